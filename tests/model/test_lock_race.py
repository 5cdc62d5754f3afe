"""Taking over one stale edit lock from many real processes at once: exactly one wins.
A lock dated in the future beyond the allowed clock skew counts as stale."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import lock

TAKERS = 8
ROUNDS = 30


def _taker(folder: str, who: int, rounds: int, barrier, results) -> None:
    path = Path(folder)
    for r in range(rounds):
        barrier.wait()  # the test has written a stale lock
        seen = lock.read_lock(path)
        barrier.wait()  # everyone was shown the same stale lock ...
        try:
            held = lock.take_over(path, seen, f"taker-{who}")
        except lock.LockedError as exc:
            results.put((r, who, "refused", exc.info.token))
        else:
            results.put((r, who, "won", held.info.token))
        barrier.wait()  # ... and has an answer before the next round


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(folder: Path, info: lock.LockInfo) -> None:
    lock.lock_path(folder).parent.mkdir(parents=True, exist_ok=True)
    lock.lock_path(folder).write_text(info.to_json())


def test_concurrent_take_over_has_exactly_one_winner(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(TAKERS + 1)
    results = ctx.Queue()
    procs = [ctx.Process(target=_taker, args=(str(tmp_path), i, ROUNDS, barrier, results))
             for i in range(TAKERS)]
    for p in procs:
        p.start()
    winners = []
    for r in range(ROUNDS):
        # Abandoned by a process of this computer that no longer runs.
        stale = lock.LockInfo("carla", socket.gethostname(), _dead_pid(),
                              dt.datetime.now(dt.UTC), f"stale{r:04d}")
        lock.lock_path(tmp_path).unlink(missing_ok=True)
        _write_lock(tmp_path, stale)
        assert lock.is_stale(lock.read_lock(tmp_path))
        barrier.wait()
        barrier.wait()
        barrier.wait()
        rows = [results.get(timeout=60) for _ in range(TAKERS)]
        won = [row for row in rows if row[2] == "won"]
        assert len(won) == 1, rows
        assert sum(1 for row in rows if row[2] == "refused") == TAKERS - 1
        holder = lock.read_lock(tmp_path)
        assert holder is not None and holder.token == won[0][3]  # the winner really has it
        # Everyone refused was told about the winner's lock, not the stale one.
        assert {row[3] for row in rows if row[2] == "refused"} == {won[0][3]}
        winners.append(won[0][1])
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert not list((tmp_path / ".newsdesk").glob("*.mutex*"))
    print("winners per round:", winners)


def test_lock_from_the_future_is_stale_beyond_clock_skew(tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    near = lock.LockInfo("dora", "pc-far", 1, now + dt.timedelta(minutes=2), "t1")
    far = lock.LockInfo("dora", "pc-far", 1, now + dt.timedelta(minutes=6), "t2")
    assert not lock.is_stale(near)  # within the allowed skew: a live colleague
    assert lock.is_stale(far)
    _write_lock(tmp_path, far)
    with pytest.raises(lock.LockedError) as caught:
        lock.acquire(tmp_path, "ben")
    assert caught.value.stale and "can be taken over" in caught.value.message
    held = lock.take_over(tmp_path, caught.value.info, "ben")
    assert held.is_held() and lock.read_lock(tmp_path).user == "ben"


def test_release_after_take_over_leaves_the_new_holder(tmp_path: Path) -> None:
    first = lock.acquire(tmp_path, "anna")
    second = lock.take_over(tmp_path, first.info, "ben")
    first.release()  # anna comes back and closes: ben's lock must stay
    first.refresh()
    assert lock.read_lock(tmp_path).token == second.info.token
    second.release()
    assert lock.read_lock(tmp_path) is None
    assert sorted(os.listdir(tmp_path / ".newsdesk")) == []
