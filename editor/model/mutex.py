"""Short exclusive locks between processes and computers sharing a folder.

    with mutex.hold(folder / ".newsdesk" / "save.mutex"):
        ...  # read, compare, write: milliseconds, never a person's thinking time

The mutex's folder is created if missing, but not its parents.

A mutex is a small file that only one process can create: it is written under a
temporary name and hard-linked into place (``link`` fails if the name exists), or, on a
share without hard links, created with ``O_CREAT | O_EXCL``. Local disks and network
shares (SMB, NFSv3 and later) honour both: of any number of processes on any number of
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
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.model.atomic import TEMP_SUFFIX, reason
from editor.model.errors import StorageError


def _hostname() -> str:
    """This computer's name, as socket.gethostname() gives it (socket costs every
    command that takes the mutex an import; uname reads the same name)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()

WAIT_SECONDS = 15.0
# Longer than any save should take; a holder seen unchanged this long is considered dead.
HOLD_LIMIT = 10.0
# How far the clocks of two computers on one share may disagree.
CLOCK_SKEW = dt.timedelta(minutes=5)
BREAK_SUFFIX = ".break"
# The break guard is held for microseconds; one seen unchanged this long is abandoned.
GUARD_LIMIT = 1.0


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
    mutex_seen = _Watch()
    guard_seen = _Watch()
    while True:
        held = _try_create(path, what)
        if held is not None:
            return held
        current = _read(path)
        now = time.monotonic()
        if current is None:
            continue  # released meanwhile: try again at once
        if _is_stale(current) or mutex_seen.unchanged_for(current, now) >= HOLD_LIMIT:
            _break(path, current, guard_seen)
            if _read(path) != current:
                continue  # broken (by us or another waiter): try to take it
        if now >= deadline:
            raise BusyError(f"{what}: {_busy(current)}; please try again", path)
        time.sleep(min(pause * random.uniform(0.5, 1.5), max(deadline - now, 0.0)))
        pause = min(pause * 2, 0.05)


class _Watch:
    """How long the same bytes have been seen in a file, by our own monotonic clock."""

    def __init__(self) -> None:
        self.data: bytes | None = None
        self.since = 0.0

    def unchanged_for(self, data: bytes, now: float) -> float:
        if data != self.data:
            self.data, self.since = data, now
        return now - self.since


def release(held: Held) -> None:
    """Remove the mutex if it is still ours. Never raises."""
    try:
        if _read(held.path) == held.data:
            os.unlink(held.path)
    except OSError:
        pass  # left behind, it is broken as stale by the next one who needs it


def _try_create(path: Path, what: str) -> Held | None:
    token = os.urandom(8).hex()
    data = json.dumps({"host": _hostname(), "pid": os.getpid(),
                       "since": dt.datetime.now(dt.UTC).isoformat(),
                       "token": token}).encode("utf-8")
    try:
        created = _create_exclusive(path, data)
    except OSError as exc:
        raise StorageError(f"{what}: {reason(exc)}", path, exc.errno) from exc
    return Held(path, token, data) if created else None


def _create_exclusive(path: Path, data: bytes) -> bool:
    """Create ``path`` holding ``data`` unless it exists (False). Raises OSError.

    The bytes go to a temporary file first, which is then hard-linked to ``path`` (fails
    if it exists): a holder killed at any moment never leaves an empty mutex, whose owner
    nobody could tell. Where the share has no hard links, ``O_CREAT | O_EXCL`` and a write.
    No fsync: others see the bytes after close (close-to-open consistency), and a file
    emptied by a power cut is broken as stale after HOLD_LIMIT.
    """
    tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    _write_new(tmp, data)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError:
        pass  # no hard links on this share
    else:
        return True
    finally:
        _unlink(tmp)
    try:
        _write_new(path, data)
    except FileExistsError:
        return False
    return True


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except BaseException:
        _close(fd)
        _unlink(path)  # a half-written file would only make others wait
        raise
    _close(fd)


def _break(path: Path, stale: bytes, guard_seen: _Watch) -> None:
    """Remove ``path`` if it still holds exactly ``stale``, one breaker at a time."""
    guard = path.with_name(path.name + BREAK_SUFFIX)
    try:
        created = _create_exclusive(guard, _holder_bytes())
    except OSError:
        time.sleep(0.01)
        return
    if not created:
        _break_guard_if_dead(guard, guard_seen)
        time.sleep(0.001)
        return
    try:
        if _read(path) == stale:
            _unlink(path)
    finally:
        _unlink(guard)


def _break_guard_if_dead(guard: Path, guard_seen: _Watch) -> None:
    # A breaker killed in its few microseconds: its process is gone, or the same guard
    # (even an empty one) stayed for GUARD_LIMIT although it is only ever held a moment.
    data = _read(guard)
    if data is None:
        return
    dead = _is_stale(data) or guard_seen.unchanged_for(data, time.monotonic()) >= GUARD_LIMIT
    if dead and _read(guard) == data:
        _unlink(guard)


def _holder_bytes() -> bytes:
    return json.dumps({"host": _hostname(), "pid": os.getpid(),
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
    if info["host"] == _hostname():
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
