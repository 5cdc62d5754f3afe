"""Edit locks: exclusive create, owner info, stale detection, take over, release."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import lock
from editor.model.lock import LockedError


def test_acquire_writes_owner_and_release_removes(tmp_path: Path) -> None:
    held = lock.acquire(tmp_path, "anna")
    data = json.loads((tmp_path / ".newsdesk" / "lock").read_text())
    assert data["user"] == "anna" and data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert held.is_held()
    held.release()
    assert not (tmp_path / ".newsdesk" / "lock").exists()
    held.release()  # twice is harmless


def test_second_acquire_is_refused_with_owner(tmp_path: Path) -> None:
    with lock.acquire(tmp_path, "anna"):
        with pytest.raises(LockedError) as caught:
            lock.acquire(tmp_path, "ben")
        err = caught.value
        assert err.info.user == "anna"
        assert not err.stale  # our own process is alive
        assert "being edited by anna on " in err.message
    assert not lock.lock_path(tmp_path).exists()


def _foreign_lock(folder: Path, *, host: str, pid: int, age: dt.timedelta,
                  user: str = "carla") -> lock.LockInfo:
    info = lock.LockInfo(user, host, pid, dt.datetime.now(dt.UTC) - age, "feedbeef")
    lock.lock_path(folder).parent.mkdir(parents=True, exist_ok=True)
    lock.lock_path(folder).write_text(info.to_json())
    return info


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_when_process_gone_on_same_host(tmp_path: Path) -> None:
    _foreign_lock(tmp_path, host=socket.gethostname(), pid=_dead_pid(),
                  age=dt.timedelta(minutes=5))
    with pytest.raises(LockedError) as caught:
        lock.acquire(tmp_path, "ben")
    assert caught.value.stale


def test_not_stale_on_other_host_until_old(tmp_path: Path) -> None:
    info = _foreign_lock(tmp_path, host="other-pc", pid=1, age=dt.timedelta(hours=2))
    assert not lock.is_stale(info, stale_hours=12)
    assert lock.is_stale(info, stale_hours=1)


def test_take_over_replaces_seen_lock(tmp_path: Path) -> None:
    _foreign_lock(tmp_path, host="other-pc", pid=1, age=dt.timedelta(hours=20))
    with pytest.raises(LockedError) as caught:
        lock.acquire(tmp_path, "ben", stale_hours=12)
    assert caught.value.stale
    held = lock.take_over(tmp_path, caught.value.info, "ben")
    assert lock.read_lock(tmp_path).user == "ben"
    held.release()
    assert lock.read_lock(tmp_path) is None


def test_take_over_refuses_if_lock_changed_meanwhile(tmp_path: Path) -> None:
    seen = _foreign_lock(tmp_path, host="other-pc", pid=1, age=dt.timedelta(hours=20))
    _foreign_lock(tmp_path, host="other-pc", pid=1, age=dt.timedelta(0), user="dora")
    with pytest.raises(LockedError) as caught:
        lock.take_over(tmp_path, seen, "ben")
    assert caught.value.info.user == "dora"
    assert lock.read_lock(tmp_path).user == "dora"


def test_release_does_not_remove_someone_elses_lock(tmp_path: Path) -> None:
    held = lock.acquire(tmp_path, "anna")
    taken = lock.take_over(tmp_path, lock.read_lock(tmp_path), "ben")
    assert not held.is_held()
    held.release()
    assert lock.read_lock(tmp_path).user == "ben"
    taken.release()


def test_unreadable_lock_is_stale_only_after_grace(tmp_path: Path) -> None:
    path = lock.lock_path(tmp_path)
    path.parent.mkdir()
    path.write_bytes(b"")
    info = lock.read_lock(tmp_path)
    assert info is not None and not info.readable
    assert not lock.is_stale(info)
    old = dt.datetime.now().timestamp() - 3600
    os.utime(path, (old, old))
    assert lock.is_stale(lock.read_lock(tmp_path))


def test_refresh_renews_time(tmp_path: Path) -> None:
    held = lock.acquire(tmp_path, "anna")
    before = lock.read_lock(tmp_path).since
    held.info = lock.LockInfo(held.info.user, held.info.host, held.info.pid,
                              before, held.info.token)
    held.refresh()
    after = lock.read_lock(tmp_path)
    assert after.token == held.info.token and after.since >= before
    held.release()


@pytest.mark.parametrize("err", [errno.EROFS, errno.EACCES])
def test_read_only_folder_gives_lock_error(tmp_path: Path, monkeypatch, err: int) -> None:
    def refuse(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(lock, "open", refuse, raising=False)
    with pytest.raises(lock.LockError) as caught:
        lock.acquire(tmp_path, "anna")
    assert "read-only" in caught.value.message
