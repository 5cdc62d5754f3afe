"""How long a checked save takes (hash check, history copy, atomic write, pruning).

Run by hand from the repository: .venv/bin/python -m bench.safe_save [FOLDER]
FOLDER defaults to a temporary folder; pass one on a network share to measure that.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.model import history, lock, recovery, storage
from editor.model.article import load_article
from editor.model.workspace import Workspace


def measure(base: Path, body_kb: int, saves: int = 60) -> dict[str, float]:
    ws = Workspace.init(base / f"ws-{body_kb}")
    article = load_article(ws.create_article(f"Bench {body_kb}").folder)
    h = storage.file_hash(article.path)
    paragraph = "Der Stadtrat hat heute über den Haushalt beraten. Grüße 😀\n\n"
    filler = paragraph * max(1, body_kb * 1024 // len(paragraph.encode()))
    save_ms, journal_ms = [], []
    for i in range(saves):
        article.body = f"{i}\n{filler}"
        t = time.perf_counter()
        h = storage.save_checked(article, h, version_interval=0)
        save_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        recovery.write_journal(article.folder, article.to_text())
        journal_ms.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    for _ in range(20):
        lock.acquire(article.folder, "bench").release()
    lock_ms = (time.perf_counter() - t) * 1000 / 20
    assert len(history.list_versions(article.folder)) == ws.config.history_limit
    return {"median_save_ms": statistics.median(save_ms), "max_save_ms": max(save_ms),
            "median_journal_ms": statistics.median(journal_ms), "lock_ms": lock_ms}


def main() -> None:
    if len(sys.argv) > 1:
        base = Path(sys.argv[1])
        base.mkdir(parents=True, exist_ok=True)
        run(base)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(Path(tmp))


def run(base: Path) -> None:
    print(f"folder: {base}")
    for kb in (5, 100, 1000):
        r = measure(base, kb)
        print(f"{kb:>5} KB body: save median {r['median_save_ms']:.1f} ms "
              f"(max {r['max_save_ms']:.1f}), journal {r['median_journal_ms']:.1f} ms, "
              f"lock+release {r['lock_ms']:.1f} ms")


if __name__ == "__main__":
    main()
