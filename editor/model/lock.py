"""Edit locks: a courtesy note in ``<article>/.newsdesk/lock`` saying who has it open.

The lock is created with exclusive create (``open(..., "x")``), which network shares
honour, so two people cannot both get it. It only prevents the common case of two
people editing at once; the hash check in :mod:`editor.model.storage` is what actually
stops an overwrite.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import secrets
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from editor.model.article import META_DIR
from editor.model.atomic import atomic_write
from editor.model.errors import NewsdeskError

LOCK_NAME = "lock"
DEFAULT_STALE_HOURS = 12
# A lock file that cannot be read is being written right now, or was cut short by a crash.
UNREADABLE_GRACE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: dt.datetime   # UTC
    token: str = ""      # identifies one acquisition, so we only ever remove our own
    readable: bool = True

    def describe(self) -> str:
        local = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"being edited by {self.user or 'someone'} on {self.host or 'another computer'}" \
               f" since {local}"

    def to_json(self) -> str:
        return json.dumps({"user": self.user, "host": self.host, "pid": self.pid,
                           "since": self.since.isoformat(), "token": self.token})


class LockedError(NewsdeskError):
    """Someone else holds the lock; ``info`` says who and ``stale`` whether it looks dead."""

    def __init__(self, info: LockInfo, path: Path, stale: bool):
        self.info = info
        self.stale = stale
        message = f"This article is {info.describe()}."
        if stale:
            message += " The lock looks abandoned and can be taken over."
        super().__init__(message, path)


class LockError(NewsdeskError):
    """The lock file could not be created (read-only folder, share gone)."""


class Lock:
    """A lock we hold. ``release()`` removes the file only if it is still ours."""

    def __init__(self, path: Path, info: LockInfo):
        self.path = path
        self.info = info
        self.released = False

    @property
    def folder(self) -> Path:
        return self.path.parent.parent

    def is_held(self) -> bool:
        current = read_lock(self.folder)
        return not self.released and current is not None and current.token == self.info.token

    def refresh(self) -> None:
        """Renew the time so a long editing session is not mistaken for a stale lock."""
        if not self.is_held():
            return
        self.info = LockInfo(self.info.user, self.info.host, self.info.pid,
                             _now(), self.info.token)
        atomic_write(self.path, self.info.to_json())

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        current = read_lock(self.folder)
        if current is None or current.token != self.info.token:
            return  # taken over by someone else meanwhile: theirs now
        try:
            self.path.unlink()
        except OSError:
            pass

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(folder: Path | str) -> Path:
    return Path(folder) / META_DIR / LOCK_NAME


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


def read_lock(folder: Path | str) -> LockInfo | None:
    """Who holds the lock, or None when nobody does."""
    path = lock_path(folder)
    try:
        raw = path.read_bytes()
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo("", "", 0, _now(), readable=False)
    try:
        data = json.loads(raw.decode("utf-8"))
        since = dt.datetime.fromisoformat(data["since"])
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), since,
                        str(data.get("token", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return LockInfo("", "", 0, dt.datetime.fromtimestamp(mtime, dt.UTC), readable=False)


def is_stale(info: LockInfo, stale_hours: float = DEFAULT_STALE_HOURS,
             now: dt.datetime | None = None) -> bool:
    """Abandoned: its process on this host is gone, it is too old, or it is unreadable."""
    now = now or _now()
    age = now - info.since
    if not info.readable:
        return age > UNREADABLE_GRACE
    if age > dt.timedelta(hours=stale_hours):
        return True
    return info.host == socket.gethostname() and not _pid_alive(info.pid)


def acquire(folder: Path | str, user: str | None = None,
            stale_hours: float = DEFAULT_STALE_HOURS) -> Lock:
    """Take the lock or raise LockedError (with ``stale`` set if it may be taken over)."""
    path = lock_path(folder)
    info = LockInfo(user or current_user(), socket.gethostname(), os.getpid(), _now(),
                    secrets.token_hex(8))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "x", encoding="utf-8")  # noqa: SIM115 - closed below
    except FileExistsError:
        holder = read_lock(folder) or LockInfo("", "", 0, _now(), readable=False)
        raise LockedError(holder, path, is_stale(holder, stale_hours)) from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise LockError("cannot lock the article: the folder is read-only", path) from exc
        raise LockError(f"cannot lock the article: {exc.strerror or exc}", path) from exc
    try:
        with handle:
            handle.write(info.to_json())
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        # A half-written lock would block everyone; ours, so remove it.
        try:
            path.unlink()
        except OSError:
            pass
        raise LockError(f"cannot lock the article: {exc.strerror or exc}", path) from exc
    return Lock(path, info)


def take_over(folder: Path | str, seen: LockInfo, user: str | None = None,
              stale_hours: float = DEFAULT_STALE_HOURS) -> Lock:
    """Replace the lock the user was shown (``seen``) with ours, after they confirmed.

    If the lock changed in the meantime (its owner came back, or a third person took it
    over first), raises LockedError with the new holder instead of removing it.
    """
    path = lock_path(folder)
    current = read_lock(folder)
    if current is not None:
        if current.token != seen.token or current.since != seen.since:
            raise LockedError(current, path, is_stale(current, stale_hours))
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise LockError(f"cannot remove the old lock: {exc.strerror or exc}", path) from exc
    return acquire(folder, user, stale_hours)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to another user
    except OSError:
        return True
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


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
