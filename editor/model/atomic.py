"""Atomic file writes: temporary file in the same folder, flush, fsync, rename, fsync folder.

All user data goes through :func:`atomic_write`, so a crash, a full disk or a lost
network share leaves either the old file or the new one, never a mixture.
"""

from __future__ import annotations

import errno as errno_mod
import os
import secrets
from pathlib import Path

from editor.model.errors import StorageError

TEMP_SUFFIX = ".ndtmp"

_REASONS = {
    errno_mod.ENOSPC: "the disk is full",
    errno_mod.EDQUOT: "the disk quota is exceeded",
    errno_mod.EACCES: "permission denied",
    errno_mod.EPERM: "permission denied",
    errno_mod.EROFS: "the folder is read-only",
    errno_mod.EIO: "the disk or network share reported an input/output error",
    errno_mod.ENOENT: "the folder no longer exists",
}


def reason(exc: OSError) -> str:
    """Plain words for an OSError, for messages such as 'Not saved: the disk is full'."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def is_temp_file(path: Path) -> bool:
    """True for our leftover temporary files, which are never content."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def atomic_write(path: Path | str, data: bytes | str, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically. Raises StorageError; the old file stays."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    fd = -1
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except OSError as exc:
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StorageError(f"Not saved: {reason(exc)}", target, exc.errno) from exc
    except BaseException:
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(target.parent)


def replace_cache_file(path: Path | str, text: str) -> bool:
    """Replace a cache file (JSON that is only ever a shortcut) by rename, without the
    fsyncs user data gets: a torn or lost file only means the slow way next time. Creates
    the folder; False when it cannot be written (the caller goes on without it)."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            tmp.write_text(text, "utf-8", errors="surrogatepass")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, UnicodeError):
        return False
    return True


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform or share allows it.
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
