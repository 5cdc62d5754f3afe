"""Racing saves in real processes: exactly one saver wins each round, the others get a
conflict, and every text reported as saved is kept (the file or the history)."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from editor.model import history, storage
from editor.model.workspace import Workspace

WRITERS = 8
ROUNDS = 4


def _writer(folder: str, who: int, rounds: int, barrier, results) -> None:
    path = Path(folder)
    for r in range(rounds):
        barrier.wait()
        loaded = storage.load(path)  # everyone reads the same text and hash ...
        barrier.wait()  # ... before anyone saves
        loaded.article.body = f"round {r} writer {who}\n"
        try:
            storage.save_checked(loaded.article, loaded.hash, history_limit=1000,
                                 version_interval=0)
        except storage.ConflictError as exc:
            results.put((r, who, "conflict", exc.disk_hash))
        else:
            results.put((r, who, "saved", ""))


def test_racing_savers_one_wins_each_round_and_no_text_is_lost(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws")
    folder = ws.create_article("Wettlauf").folder
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WRITERS)
    results = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(folder), i, ROUNDS, barrier, results))
             for i in range(WRITERS)]
    for p in procs:
        p.start()
    rows = [results.get(timeout=120) for _ in range(WRITERS * ROUNDS)]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    saved = [(r, who) for r, who, outcome, _ in rows if outcome == "saved"]
    conflicts = [(r, who) for r, who, outcome, _ in rows if outcome == "conflict"]
    per_round = {r: sum(1 for rr, _ in saved if rr == r) for r in range(ROUNDS)}
    assert per_round == {r: 1 for r in range(ROUNDS)}, sorted(saved)
    assert len(conflicts) == ROUNDS * (WRITERS - 1)
    kept = [storage.load(folder).article.body]
    kept += [v.read_text() for v in history.list_versions(folder)]
    for r, who in saved:
        assert sum(f"round {r} writer {who}\n" in text for text in kept) == 1, (r, who)
    # The created text and every round's winner but the last are in the history.
    assert len(history.list_versions(folder)) == ROUNDS
    assert not list((folder / ".newsdesk").glob("*.mutex*"))
