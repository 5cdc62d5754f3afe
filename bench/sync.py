"""Sync benchmark: a team workspace of 1,000 articles with photos against a local bare remote.

    .venv/bin/python bench/sync.py [--articles 1000] [--photos 3] [--photo-kb 300] [--runs 5]

Builds (not timed) a workspace with N articles, a few of them with photos of random bytes,
pushes it to a bare repository and clones it. Reports the median of ``--runs`` runs of
``engine.sync`` (goals: nothing to do <= 1 s; after one edited article <= 2 s), and the same
through the command line as a real process (interpreter start included); and a sync after
the minute's presence renewal of an open article (what the app's background sync meets).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.model import presence, storage  # noqa: E402
from editor.model.workspace import Workspace  # noqa: E402
from editor.sync import engine  # noqa: E402


def git(*args: str) -> None:
    subprocess.run(["git", *args], check=True, capture_output=True)


def build(tmp: Path, articles: int, photos: int, photo_kb: int) -> tuple[Path, Path]:
    remote = tmp / "remote.git"
    git("init", "-q", "--bare", "--initial-branch", "main", str(remote))
    ws = Workspace.init(tmp / "first", site_name="Bench", language="de")
    for i in range(articles):
        a = ws.create_article(f"Artikel Nummer {i}", date=dt.date(2026, 1, 1), author="Amt",
                              body=f"Absatz eins von {i}.\n\nAbsatz zwei.\n")
        if i % max(1, articles // 50) == 0:  # 50 articles with photos
            for n in range(photos):
                (a.folder / "photos" / f"p{n}.jpg").write_bytes(os.urandom(photo_kb * 1024))
    engine.init_repository(ws.root, str(remote), name="Bench", email="bench@example.org")
    clone = engine.clone(str(remote), tmp / "clone")
    git("-C", str(clone), "config", "user.name", "Bench")
    git("-C", str(clone), "config", "user.email", "bench@example.org")
    return remote, clone


CPU: list[float] = []


def timed(fn) -> float:
    """Wall time of fn(); its CPU time (ours and git's) goes to CPU."""
    started, cpu = time.perf_counter(), _cpu()
    fn()
    CPU.append(_cpu() - cpu)
    return time.perf_counter() - started


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def edit(root: Path, n: int) -> None:
    folder = root / "articles" / "artikel-nummer-500"
    if not folder.exists():
        folder = sorted((root / "articles").iterdir())[0]
    article = storage.load(folder).article
    article.body += f"\nRunde {n}.\n"
    storage.save_checked(article, storage.file_hash(article.path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--photos", type=int, default=3)
    ap.add_argument("--photo-kb", type=int, default=300)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        _remote, clone = build(Path(tmp), args.articles, args.photos, args.photo_kb)
        print(f"built {args.articles} articles in {time.perf_counter() - started:.1f} s")
        CPU.clear()
        nothing = [timed(lambda: engine.sync(clone)) for _ in range(args.runs)]
        edited = []
        for n in range(args.runs):
            edit(clone, n)
            edited.append(timed(lambda: engine.sync(clone)))
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        cli = [sys.executable, "-m", "editor", "sync", str(clone), "-q"]
        cli_nothing = [timed(lambda: subprocess.run(cli, check=True, env=env))
                       for _ in range(args.runs)]
        cli_edited = []
        for n in range(args.runs):
            edit(clone, 100 + n)
            cli_edited.append(timed(lambda: subprocess.run(cli, check=True, env=env)))
        renewed = []
        for n in range(args.runs):
            presence.write(clone, "artikel-nummer-500", "Bench", token="bench",
                           now=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=n))
            renewed.append(timed(lambda: engine.sync(clone)))
        runs = args.runs
        for k, (label, values, goal) in enumerate((
                ("sync, nothing to do", nothing, 1.0),
                ("sync after one edited article", edited, 2.0),
                ("newsdesk sync (process), nothing to do", cli_nothing, 1.0),
                ("newsdesk sync (process), one edited article", cli_edited, 2.0),
                ("sync after a presence renewal", renewed, 2.0))):
            median = statistics.median(values)
            cpu = statistics.median(CPU[k * runs:(k + 1) * runs])
            print(f"{label:45s} median {median * 1000:6.0f} ms  max {max(values) * 1000:6.0f}"
                  f" ms  CPU {cpu * 1000:6.0f} ms  goal <= {goal:.0f} s  "
                  f"{'ok' if median <= goal else 'MISSED'}")


if __name__ == "__main__":
    main()
