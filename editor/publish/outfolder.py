"""Putting a bundle folder and its zip into the export folder together.

For one bundle name ``N`` in an export folder ``OUT`` the public entries are ``OUT/N/`` and
``OUT/N.zip``. While an export writes, it also uses (all hidden, all removed before it
returns, successful or not):

    OUT/.N.lock              exclusive lock: one export of N into OUT at a time (any process)
    OUT/.N.staging/N/        the new bundle, complete and flushed before the switch
    OUT/.N.staging/N.zip     the new zip (with --zip)
    OUT/.N.staging/commit.json   the switch intent, written atomically when both are complete
    OUT/.N.old/              what the switch moved out of the way (the earlier bundle/zip)

The switch, under the lock: write ``commit.json`` (temporary name, fsync, rename, fsync the
folder), then move the old ``N`` and ``N.zip`` into ``.N.old``, move the new ones from
``.N.staging`` into place (or, when the new export has no zip, move an earlier export's
zip away), fsync ``OUT``, delete ``commit.json``, delete ``.N.staging`` and ``.N.old``.

Guarantee. Every export, and :func:`settle` (for any other reader we control), first takes
the lock and then finishes a switch that was interrupted: if ``commit.json`` exists the
switch is completed (every step is idempotent), otherwise the staging and old folders are
deleted and ``N``/``N.zip`` are untouched. So after any export returns, and after
:func:`settle` or the next export following any kill, ``N/`` and ``N.zip`` are the same
export: both new, or both as before (the zip absent when that export had none). Readers
outside our control (a web server) can see a mixed pair only while the few renames of a
switch run (microseconds), or after a process was killed inside that window, until the
next export of N or :func:`settle`. Hidden leftovers of a killed
export stay only until the next export of that name, which removes them whatever their
age; an export running in another process is never disturbed, as both hold the same lock.
The lock file itself is removed by its holder at the end (a killed holder's empty lock
file stays until the next export).
On a share without file locks, exports still run, but two exports of the same name into
the same folder at the same moment are then not serialised.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from editor.model.atomic import reason
from editor.model.errors import NewsdeskError, StorageError

COMMIT = "commit.json"
REPLACE, REMOVE, KEEP = "replace", "remove", "keep"  # what the switch does with N.zip
# Names of earlier Newsdesk versions' build folders (they used random suffixes).
_LEGACY = (".{n}.export-*", ".{n}.old-*", ".{n}.zip.*.staged", "..{n}.zip.*.ndtmp")


class Cancelled(NewsdeskError):
    """Waiting for the lock was cancelled."""


def staging_dir(out_dir: Path, name: str) -> Path:
    return out_dir / f".{name}.staging"


def old_dir(out_dir: Path, name: str) -> Path:
    return out_dir / f".{name}.old"


def lock_path(out_dir: Path, name: str) -> Path:
    return out_dir / f".{name}.lock"


# ---- lock ---------------------------------------------------------------------------------


_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in _NO_LOCKS:
            # A share without locks: exporting must still work there. Only exports of the
            # same article into the same folder at the same moment are then not serialised.
            return True
        raise


@contextlib.contextmanager
def locked(out_dir: Path, name: str, cancel: threading.Event | None = None) -> Iterator[None]:
    """Hold ``OUT/.N.lock`` exclusively (waits for another export of N into OUT).

    The holder deletes the file when done; a waiter that then holds a deleted file's lock
    notices (the path no longer names its file) and tries again, so two processes never
    both believe they hold it. A killed holder's lock is released by the system."""
    path = lock_path(out_dir, name)
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Not exported: {reason(exc)}", out_dir, exc.errno) from exc
        try:
            while not _try_lock(fd):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("export cancelled", out_dir)
                time.sleep(0.05)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the previous holder removed this file: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


# ---- recovery and cleanup -----------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform or share
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _read_intent(staging: Path) -> str | None:
    try:
        value = json.loads((staging / COMMIT).read_text("utf-8")).get("zip")
    except (OSError, ValueError, AttributeError):
        return None  # absent (or torn, which the atomic write rules out): nothing committed
    return value if value in (REPLACE, REMOVE, KEEP) else None


def _roll_forward(out_dir: Path, name: str, zip_mode: str) -> None:
    """Move the committed staging into place; each step may run again after a kill."""
    staging, old = staging_dir(out_dir, name), old_dir(out_dir, name)
    old.mkdir(exist_ok=True)
    target, zip_path = out_dir / name, out_dir / f"{name}.zip"
    new_bundle, new_zip = staging / name, staging / f"{name}.zip"
    if new_bundle.exists():
        if target.exists() or target.is_symlink():
            _remove(old / name)
            os.rename(target, old / name)
        os.rename(new_bundle, target)
    if zip_mode == REPLACE and new_zip.exists():
        if zip_path.exists() or zip_path.is_symlink():
            _remove(old / f"{name}.zip")
            os.rename(zip_path, old / f"{name}.zip")
        os.rename(new_zip, zip_path)
    elif zip_mode == REMOVE and (zip_path.exists() or zip_path.is_symlink()):
        _remove(old / f"{name}.zip")
        os.rename(zip_path, old / f"{name}.zip")
    _fsync_dir(out_dir)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(staging / COMMIT)
    _fsync_dir(staging)


def recover(out_dir: Path, name: str) -> None:
    """With the lock held: finish or undo an interrupted switch, then delete every hidden
    leftover of N (staging, old, earlier versions' build folders), whatever its age."""
    staging = staging_dir(out_dir, name)
    mode = _read_intent(staging)
    if mode is not None:
        _roll_forward(out_dir, name, mode)
    # From here no commit.json exists: whatever is left is not content.
    _remove(staging)
    _remove(old_dir(out_dir, name))
    for pattern in _LEGACY:
        for path in out_dir.glob(pattern.format(n=name)):
            _remove(path)


def settle(out_dir: Path, name: str) -> None:
    """For readers of an export folder: make ``N/`` and ``N.zip`` one version again after
    an export was killed (nothing to do otherwise)."""
    out_dir = Path(out_dir)
    if not (staging_dir(out_dir, name).exists() or old_dir(out_dir, name).exists()):
        return
    with locked(out_dir, name):
        recover(out_dir, name)


def new_staging(out_dir: Path, name: str) -> Path:
    """A fresh, empty staging folder (lock held, after :func:`recover`)."""
    staging = staging_dir(out_dir, name)
    _remove(staging)
    staging.mkdir()
    return staging


def switch(out_dir: Path, name: str, zip_mode: str) -> None:
    """Put the complete, flushed ``.N.staging/N`` (and ``N.zip``) into place together.
    Lock held. Raises OSError; a failed switch is finished by the next export/settle."""
    staging = staging_dir(out_dir, name)
    tmp = staging / f".{COMMIT}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"zip": zip_mode}, f)
        f.flush()
        os.fsync(f.fileno())
    os.rename(tmp, staging / COMMIT)
    _fsync_dir(staging)
    _roll_forward(out_dir, name, zip_mode)
    # Remove the earlier bundle now: it must not stay reachable in a web root.
    _remove(staging)
    _remove(old_dir(out_dir, name))
