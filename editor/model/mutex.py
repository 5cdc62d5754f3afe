"""Short exclusive locks between processes and computers sharing a folder.

    with mutex.hold(folder / ".newsdesk" / "save.mutex"):
        ...  # read, compare, write: milliseconds, never a person's thinking time

The mutex's folder is created if missing, but not its parents.

A mutex is a small file created with ``O_CREAT | O_EXCL``, which local disks and network
shares (SMB, NFSv3 and later) honour: of any number of processes on any number of
computers, exactly one creates it. It names its holder (host, pid, UTC time, a random
token) and is removed when the block ends. Who has an article open for editing is a
different, long-lived note: :mod:`editor.model.lock`.

A mutex left behind by a holder that died (crash, kill, lost share) is broken when
- its holder is a process on this computer that no longer runs, or
- its time is older than :data:`HOLD_LIMIT` (this computer) or ``CLOCK_SKEW +
  HOLD_LIMIT`` (another computer), or more than :data:`CLOCK_SKEW` in the future, or
- we saw the very same file (same bytes) stay for :data:`HOLD_LIMIT` seconds by our own
  monotonic clock -- this needs no clock agreement and also covers half-written files.

Breaking happens under a second mutex (``<name>.break``) and only if the file still holds
exactly the bytes judged stale, so waiters breaking at once cannot remove a fresh mutex.
A waiter retries with short random pauses for up to :data:`WAIT_SECONDS`, then raises
:class:`BusyError` (a StorageError: the caller's data is untouched; try again later).
Creating or writing the file can fail like any write (disk full, read-only share): that
raises StorageError with the usual "Not saved: ..." wording and leaves no file behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import secrets
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.model.atomic import reason
from editor.model.errors import StorageError

WAIT_SECONDS = 15.0
# Longer than any save should take; a holder seen unchanged this long is considered dead.
HOLD_LIMIT = 10.0
# How far the clocks of two computers on one share may disagree.
CLOCK_SKEW = dt.timedelta(minutes=5)
BREAK_SUFFIX = ".break"


class BusyError(StorageError):
    """The mutex stayed taken for WAIT_SECONDS; nothing was done."""


@dataclass(frozen=True)
class Held:
    """A mutex we hold (yielded by :func:`hold`)."""

    path: Path
    token: str
    data: bytes

    def still_held(self) -> bool:
        """True while the file is still ours (not broken as stale by someone else)."""
        return _read(self.path) == self.data


def hold(path: Path | str, *, wait: float = WAIT_SECONDS,
         what: str = "Not saved") -> contextlib.AbstractContextManager[Held]:
    """Hold the mutex at ``path`` for the ``with`` block (its folder is created).

    ``what`` starts the error messages ("Not saved", "Not recorded", ...).
    Raises BusyError after ``wait`` seconds, StorageError when the file cannot be written.
    """
    return _hold(Path(path), wait, what)


@contextlib.contextmanager
def _hold(path: Path, wait: float, what: str) -> Iterator[Held]:
    held = acquire(path, wait=wait, what=what)
    try:
        yield held
    finally:
        release(held)


def acquire(path: Path, *, wait: float = WAIT_SECONDS, what: str = "Not saved") -> Held:
    """Take the mutex (see :func:`hold`, which also releases it)."""
    try:
        # Only the mutex's own folder: a vanished article folder is never made again.
        path.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{what}: {reason(exc)}", path.parent, exc.errno) from exc
    deadline = time.monotonic() + wait
    pause = 0.002
    seen: bytes | None = None
    seen_since = 0.0
    while True:
        held = _try_create(path, what)
        if held is not None:
            return held
        current = _read(path)
        now = time.monotonic()
        if current is None:
            continue  # released meanwhile: try again at once
        if current != seen:
            seen, seen_since = current, now
        if _is_stale(current) or now - seen_since >= HOLD_LIMIT:
            _break(path, current)
            if _read(path) != current:
                continue  # broken (by us or another waiter): try to take it
        if now >= deadline:
            raise BusyError(f"{what}: {_busy(current)}; please try again", path)
        time.sleep(min(pause * random.uniform(0.5, 1.5), max(deadline - now, 0.0)))
        pause = min(pause * 2, 0.05)


def release(held: Held) -> None:
    """Remove the mutex if it is still ours. Never raises."""
    try:
        if _read(held.path) == held.data:
            os.unlink(held.path)
    except OSError:
        pass  # left behind, it is broken as stale by the next one who needs it


def _try_create(path: Path, what: str) -> Held | None:
    token = secrets.token_hex(8)
    data = json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                       "since": dt.datetime.now(dt.UTC).isoformat(),
                       "token": token}).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return None
    except OSError as exc:
        raise StorageError(f"{what}: {reason(exc)}", path, exc.errno) from exc
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        _close(fd)
        _unlink(path)  # a half-written mutex would only make others wait
        raise StorageError(f"{what}: {reason(exc)}", path, exc.errno) from exc
    except BaseException:
        _close(fd)
        _unlink(path)
        raise
    _close(fd)
    # No fsync: others see the bytes after close (close-to-open), and a file emptied by a
    # power cut is broken as stale after HOLD_LIMIT.
    return Held(path, token, data)


def _break(path: Path, stale: bytes) -> None:
    """Remove ``path`` if it still holds exactly ``stale``, one breaker at a time."""
    guard = path.with_name(path.name + BREAK_SUFFIX)
    try:
        fd = os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        _break_guard_if_dead(guard)
        time.sleep(0.001)
        return
    except OSError:
        time.sleep(0.01)
        return
    try:
        try:
            os.write(fd, _holder_bytes())
        except OSError:
            pass  # the guard's content only helps to recognise a dead breaker
        _close(fd)
        if _read(path) == stale:
            _unlink(path)
    finally:
        _unlink(guard)


def _break_guard_if_dead(guard: Path) -> None:
    # A breaker killed in its few microseconds: same tests as for the mutex itself,
    # plus the file's age (the guard is never held longer than a moment).
    data = _read(guard)
    if data is None:
        return
    try:
        age = time.time() - guard.stat().st_mtime
    except OSError:
        return
    dead = _is_stale(data) or abs(age) > CLOCK_SKEW.total_seconds() + HOLD_LIMIT
    if dead and _read(guard) == data:
        _unlink(guard)


def _holder_bytes() -> bytes:
    return json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                       "since": dt.datetime.now(dt.UTC).isoformat()}).encode("utf-8")


def _parse(data: bytes) -> dict | None:
    try:
        value = json.loads(data.decode("utf-8"))
        since = dt.datetime.fromisoformat(value["since"])
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return {"host": str(value["host"]), "pid": int(value["pid"]), "since": since}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _is_stale(data: bytes) -> bool:
    """Judged from the content alone (unreadable content: only by watching it)."""
    info = _parse(data)
    if info is None:
        return False
    now = dt.datetime.now(dt.UTC)
    age = now - info["since"]
    if info["host"] == socket.gethostname():
        if not pid_alive(info["pid"]):
            return True
        return abs(age.total_seconds()) > HOLD_LIMIT  # one clock: no skew to allow for
    return age > CLOCK_SKEW + dt.timedelta(seconds=HOLD_LIMIT) or -age > CLOCK_SKEW


def _busy(data: bytes) -> str:
    info = _parse(data)
    if info is None:
        return "another program is writing to this article"
    return f"another program (on {info['host']}) is writing to this article"


def _read(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(4096)
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer (True when we cannot tell)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, belongs to another user, or we may not ask
    return True


def _pid_alive_windows(pid: int) -> bool:
    import ctypes

    synchronize = 0x00100000
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return False
    try:
        # WAIT_TIMEOUT (0x102) means still running
        return kernel32.WaitForSingleObject(handle, 0) == 0x102
    finally:
        kernel32.CloseHandle(handle)
