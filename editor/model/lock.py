"""Edit locks: a courtesy note in ``<article>/.newsdesk/lock`` saying who has it open.

The lock is created with exclusive create (``open(..., "x")``), which network shares
honour, so two people cannot both get it. It only prevents the common case of two
people editing at once; the hash check in :mod:`editor.model.storage` is what actually
stops an overwrite.

A lock is stale (may be taken over after asking) when its process on this computer is
gone, when it is older than ``stale_hours``, when it is unreadable for a minute, or when
it is dated more than :data:`CLOCK_SKEW` in the future (a wrong clock must not make a
lock eternal). :func:`take_over`, :meth:`Lock.refresh` and :meth:`Lock.release` check
and change the lock while holding the short mutex ``.newsdesk/lock.mutex``
(:mod:`editor.model.mutex`), so of several people taking over one stale lock at once
exactly one gets it, and nobody removes or overwrites a lock that is no longer theirs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from editor.model import mutex
from editor.model.article import META_DIR
from editor.model.atomic import atomic_write
from editor.model.confine import article_subdir
from editor.model.errors import NewsdeskError, StorageError
from editor.model.username import current_user  # here too: lock.current_user()

LOCK_NAME = "lock"
LOCK_MUTEX = "lock.mutex"
# A lock dated further than this in the future comes from a wrong clock: stale.
CLOCK_SKEW = mutex.CLOCK_SKEW
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
        """Renew the time so a long editing session is not mistaken for a stale lock.
        Raises StorageError when the lock file cannot be written."""
        with _guard(self.folder):
            if not self.is_held():
                return  # taken over meanwhile: never overwrite the new holder's lock
            self.info = LockInfo(self.info.user, self.info.host, self.info.pid,
                                 _now(), self.info.token)
            atomic_write(self.path, self.info.to_json())

    def release(self) -> None:
        """Remove the lock file if it is still ours. Never raises."""
        if self.released:
            return
        self.released = True
        try:
            with _guard(self.folder):
                current = read_lock(self.folder)
                if current is None or current.token != self.info.token:
                    return  # taken over by someone else meanwhile: theirs now
                try:
                    self.path.unlink()
                except OSError:
                    pass
        except StorageError:
            pass  # folder gone or read-only: the lock left behind becomes stale

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path(folder: Path | str) -> Path:
    return article_subdir(folder, META_DIR) / LOCK_NAME


def _guard(folder: Path | str) -> contextlib.AbstractContextManager[mutex.Held]:
    return mutex.hold(article_subdir(folder, META_DIR) / LOCK_MUTEX, what="cannot lock the article")


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
    if age > dt.timedelta(hours=stale_hours) or -age > CLOCK_SKEW:
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
    over first), raises LockedError with the new holder instead of removing it. Checking
    and replacing happen under the lock mutex: of many taking over at once, one wins.
    """
    path = lock_path(folder)
    try:
        with _guard(folder):
            current = read_lock(folder)
            if current is not None:
                if current.token != seen.token or current.since != seen.since:
                    raise LockedError(current, path, is_stale(current, stale_hours))
                try:
                    path.unlink()
                except FileNotFoundError:
                    pass
                except OSError as exc:
                    raise LockError(f"cannot remove the old lock: {exc.strerror or exc}",
                                    path) from exc
            return acquire(folder, user, stale_hours)
    except StorageError as exc:
        raise LockError(exc.message, path) from exc


def _pid_alive(pid: int) -> bool:
    return mutex.pid_alive(pid)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
