"""Two processes adding events to the same article at the same time lose none."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from editor.model import review, reviewlog
from editor.model.article import load_article
from tests.model.test_review import make_article

PER_PROCESS = 200


def _append(folder: str, who: str, start, count: int) -> None:
    article = load_article(Path(folder))
    start.wait()
    for i in range(count):
        review.add_event(article, "comment", who, f"{who} {i}")


def test_two_processes_lose_no_event(workspace):
    a = make_article(workspace)
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_append, args=(str(a.folder), who, start, PER_PROCESS))
             for who in ("Anna", "Ben")]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    log = reviewlog.read_log(a.folder)
    assert log.broken == ()
    notes = [e.note for e in log.events]
    assert len(notes) == 2 * PER_PROCESS
    for who in ("Anna", "Ben"):
        mine = [n for n in notes if n.startswith(who)]
        # Every event is there, and each writer's events read back in the order written.
        assert mine == [f"{who} {i}" for i in range(PER_PROCESS)]
    leftovers = [p for p in (a.folder / "review").iterdir() if not p.name.endswith(".json")]
    assert leftovers == []
