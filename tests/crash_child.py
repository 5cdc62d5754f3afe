"""Helper for tests/model/test_crash.py: save an article, review events and the journal
in a loop until killed.

``python crash_child.py ARTICLE_DIR SEED`` runs one saving loop. ``python crash_child.py
--server ARTICLE_DIR`` imports once and then, for each line ``SEED`` on stdin, forks a
saving loop, prints its pid, waits for it to be killed and prints ``done``: this spares
the test a Python start-up per kill.

Every text it writes is self-describing (see ``body_for``), so the test can tell a
complete version from a torn one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.model import lock, recovery, storage  # noqa: E402
from editor.model.atomic import atomic_write  # noqa: E402

HISTORY_LIMIT = 5


def body_for(n: int) -> str:
    # Sizes vary from a few bytes to ~250 KB so kills land inside long writes too.
    repeat = (1, 300, 6000)[n % 3]
    return f"version {n}\n" + f"Zeile {n} äöü 😀 Rathaus\n" * repeat + f"end {n}\n"


def event_for(n: int) -> dict:
    return {"event": "comment", "n": n, "note": "x" * (n % 5000)}


def save_loop(folder: Path, seed: int) -> None:
    try:
        held = lock.acquire(folder, "crash-child")
    except lock.LockedError as exc:
        held = lock.take_over(folder, exc.info, "crash-child")
    loaded = storage.load(folder)
    article, expected = loaded.article, loaded.hash
    review_dir = folder / "review"
    n = seed * 1_000_000
    while True:
        n += 1
        article.body = body_for(n)
        article.title = f"Titel {n}"
        recovery.write_journal(folder, article.to_text())
        expected = storage.save_checked(article, expected, history_limit=HISTORY_LIMIT,
                                          version_interval=0)
        atomic_write(review_dir / f"{n:012d}-comment.json", json.dumps(event_for(n)))
        if n % 7 == 0:
            recovery.clear_journal(folder)
        if n % 50 == 0:
            held.refresh()


def serve(folder: Path) -> None:
    import os

    for line in sys.stdin:
        seed = int(line)
        pid = os.fork()
        if pid == 0:
            try:
                save_loop(folder, seed)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("done", flush=True)


def main() -> None:
    if sys.argv[1] == "--server":
        serve(Path(sys.argv[2]))
    else:
        print("ready", flush=True)
        save_loop(Path(sys.argv[1]), int(sys.argv[2]))


if __name__ == "__main__":
    main()
