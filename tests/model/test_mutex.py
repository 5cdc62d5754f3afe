"""The short exclusive mutex (editor.model.mutex): mutual exclusion between real
processes, abandoned mutexes broken, live ones waited for, then a clear error."""

from __future__ import annotations

import datetime as dt
import errno
import json
import multiprocessing as mp
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from editor.model import history, mutex, storage
from editor.model.errors import StorageError

REPO = Path(__file__).resolve().parents[2]
WORKERS = 8
ENTRIES = 40


def _plant(path: Path, host: str, pid: int, since: dt.datetime) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"host": host, "pid": pid, "since": since.isoformat(),
                                "token": "planted"}))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _critical(path: str, inside: str, rounds: int, start, violations) -> None:
    start.wait()
    for _ in range(rounds):
        with mutex.hold(Path(path)):
            try:  # only one process may be here at any moment
                fd = os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                violations.put(1)
                continue
            os.close(fd)
            os.unlink(inside)
    violations.put(0)


def test_mutual_exclusion_between_processes_after_a_dead_holder(tmp_path: Path) -> None:
    path = tmp_path / ".newsdesk" / "x.mutex"
    # Everyone starts by finding a mutex whose holder died: all try to break it at once.
    _plant(path, socket.gethostname(), _dead_pid(), dt.datetime.now(dt.UTC))
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(WORKERS)
    violations = ctx.Queue()
    procs = [ctx.Process(target=_critical, args=(str(path), str(tmp_path / "inside"), ENTRIES,
                                                 start, violations)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    results = [violations.get(timeout=120) for _ in range(WORKERS)]
    extra = []
    while not violations.empty():
        extra.append(violations.get())
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sum(results) + sum(extra) == 0
    assert sorted(p.name for p in path.parent.iterdir()) == []


def test_a_live_holder_is_waited_for_then_busy(tmp_path: Path) -> None:
    path = tmp_path / "save.mutex"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pathlib import Path; from editor.model import "
         f"mutex\nwith mutex.hold(Path({str(path)!r})):\n print('in', flush=True)\n"
         " sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline() == "in\n"
        before = path.read_bytes()
        with pytest.raises(mutex.BusyError) as caught, mutex.hold(path, wait=0.3):
            pass
        assert "another program (on " in caught.value.message
        assert isinstance(caught.value, StorageError)
        assert path.read_bytes() == before  # never broken while its holder lives
    finally:
        holder.communicate("", timeout=30)
    assert not path.exists()  # released by its holder
    with mutex.hold(path, wait=0.3):
        pass


def test_a_killed_holder_is_broken_at_once(tmp_path: Path) -> None:
    path = tmp_path / "save.mutex"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import time; from pathlib import Path; from editor.model import "
         f"mutex\nwith mutex.hold(Path({str(path)!r})):\n print('in', flush=True)\n"
         " time.sleep(600)"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert holder.stdout.readline() == "in\n"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert path.exists()
    with mutex.hold(path, wait=0.5) as held:  # far less than HOLD_LIMIT: not by watching
        assert held.still_held()
    assert not path.exists()


@pytest.mark.parametrize(("offset", "stale"), [
    (dt.timedelta(minutes=-6), True),    # older than skew + hold limit
    (dt.timedelta(minutes=10), True),    # from the future beyond the skew
    (dt.timedelta(minutes=-2), False),   # could be a live holder with a slow clock
    (dt.timedelta(minutes=3), False),
])
def test_other_computer_by_its_time(tmp_path: Path, offset: dt.timedelta, stale: bool) -> None:
    path = tmp_path / "save.mutex"
    _plant(path, "pc-far-away", 4242, dt.datetime.now(dt.UTC) + offset)
    if stale:
        with mutex.hold(path, wait=0.5):
            pass
    else:
        with pytest.raises(mutex.BusyError), mutex.hold(path, wait=0.3):
            pass
        assert path.exists()


def test_unreadable_or_unchanged_mutex_is_broken_after_watching(tmp_path: Path,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(mutex, "HOLD_LIMIT", 0.3)
    path = tmp_path / "save.mutex"
    path.write_bytes(b"")  # created, never written: its holder died in between
    with mutex.hold(path, wait=3):
        pass
    _plant(path, "pc-far-away", 4242, dt.datetime.now(dt.UTC))  # another computer, silent
    with mutex.hold(path, wait=3):
        pass


def test_unwritable_folder_is_a_storage_error(tmp_path: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    fake_os = SimpleNamespace(**{n: getattr(os, n) for n in dir(os) if not n.startswith("_")})
    fake_os.open = refuse
    monkeypatch.setattr(mutex, "os", fake_os)
    with pytest.raises(StorageError, match="Not saved: permission denied"):
        mutex.acquire(tmp_path / "save.mutex")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_save_that_lost_its_mutex_writes_nothing(workspace, monkeypatch) -> None:
    folder = workspace.create_article("Langsam", body="alt\n").folder
    loaded = storage.load(folder)
    before = loaded.raw
    monkeypatch.setattr(mutex.Held, "still_held", lambda self: False)
    loaded.article.body = "neu\n"
    with pytest.raises(mutex.BusyError):
        storage.save_checked(loaded.article, loaded.hash, version_interval=0)
    assert (folder / "article.md").read_bytes() == before
    assert history.list_versions(folder) == []


def test_an_abandoned_break_guard_does_not_block_for_ever(tmp_path: Path) -> None:
    path = tmp_path / "save.mutex"
    _plant(path, socket.gethostname(), _dead_pid(), dt.datetime.now(dt.UTC))
    # A breaker killed between creating its guard and writing into it.
    (tmp_path / ("save.mutex" + mutex.BREAK_SUFFIX)).write_bytes(b"")
    with mutex.hold(path, wait=mutex.GUARD_LIMIT + 2):
        pass
    assert list(tmp_path.iterdir()) == []
