"""One sync of a repository at a time, on every system (no fcntl: Windows has none).

The lock is ``.git/newsdesk-sync.lock``, created exclusively (a hard link of a finished
temporary file, or ``O_CREAT | O_EXCL``: :func:`editor.model.mutex._create_exclusive`), so
of several syncs starting at once exactly one gets it. It names its holder (host, pid,
UTC time, a random token) and is removed when the sync ends, only if still ours.

A lock left by a sync that died (kill -9, power loss) is stale and taken over when
- its holder is a process on this computer that no longer runs, or
- it is older than :data:`STALE_AFTER` (longer than any sync may take: every network step
  has a timeout), or dated more than that in the future (a wrong clock), or
- it cannot be read and its file is older than :data:`UNREADABLE_GRACE`.
Taking over happens under a short mutex (``<lock>.break``) and only if the file still
holds exactly the bytes judged stale, so two syncs taking over at once cannot both win.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from editor.model import mutex
from editor.model.errors import StorageError
from editor.sync.git import GitError

NAME = "newsdesk-sync.lock"
STALE_AFTER = dt.timedelta(hours=2)
UNREADABLE_GRACE = 60.0   # seconds: the file is written at once; empty longer = cut short
BUSY = "another sync of this workspace is running; try again when it has finished"


def _holder() -> tuple[bytes, str]:
    token = secrets.token_hex(8)
    data = json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                       "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                       "token": token}).encode("utf-8")
    return data, token


def _read(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read(4096)
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def is_stale(data: bytes, path: Path, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    try:
        info = json.loads(data.decode("utf-8"))
        since = dt.datetime.fromisoformat(str(info["since"]))
        since = since if since.tzinfo else since.replace(tzinfo=dt.UTC)
        host, pid = str(info["host"]), int(info["pid"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        try:
            return time.time() - path.stat().st_mtime > UNREADABLE_GRACE
        except OSError:
            return True
    if abs(now - since) > STALE_AFTER:
        return True
    return host == socket.gethostname() and not mutex.pid_alive(pid)


def _take_over(path: Path, stale: bytes) -> None:
    """Remove ``path`` if it still holds exactly ``stale``, one taker at a time."""
    try:
        with mutex.hold(path.with_name(path.name + ".break"), wait=5.0,
                        what="cannot take over the sync lock"):
            if _read(path) == stale:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
    except StorageError as exc:
        raise GitError(BUSY, path) from exc


@contextlib.contextmanager
def hold(git_dir: Path) -> Iterator[None]:
    """Hold the sync lock of the repository whose .git folder is ``git_dir``; raises
    GitError when another sync holds it."""
    path = git_dir / NAME
    data, _token = _holder()
    for _attempt in range(3):
        try:
            if mutex._create_exclusive(path, data):
                break
        except OSError as exc:
            raise GitError(f"cannot lock the workspace for the sync: {exc.strerror or exc}",
                           path) from exc
        seen = _read(path)
        if seen is None:
            continue  # gone meanwhile: try again
        if not is_stale(seen, path):
            raise GitError(BUSY, path)
        _take_over(path, seen)
    else:
        raise GitError(BUSY, path)
    try:
        yield
    finally:
        if _read(path) == data:  # still ours (never remove a lock taken over from us)
            with contextlib.suppress(OSError):
                path.unlink()
