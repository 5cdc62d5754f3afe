"""Reproducible zip archives: the same files give the same bytes, on every machine."""

from __future__ import annotations

import os
import secrets
import zipfile
from pathlib import Path

from editor.model.atomic import reason
from editor.model.errors import StorageError
from editor.publish.names import check_entry

# The earliest time a zip can hold; any fixed value works, this one says "no date".
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644  # regular file, rw-r--r--
UNIX = 3
# Already-compressed formats are stored: deflating them costs time and saves nothing.
STORED_SUFFIXES = {".jpg", ".jpeg", ".webp", ".avif", ".png", ".gif"}


def _info(name: str, suffix: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(check_entry(name), date_time=FIXED_TIME)
    info.create_system = UNIX
    info.create_version = 20
    info.extract_version = 20
    info.external_attr = FILE_MODE << 16
    info.compress_type = zipfile.ZIP_STORED if suffix in STORED_SUFFIXES else zipfile.ZIP_DEFLATED
    return info


def write_zip(target: Path, folder: Path, prefix: str) -> None:
    """Zip every file under ``folder`` as ``<prefix>/<relative path>``, sorted, with fixed
    times and permissions and no extra fields; replaces ``target`` atomically."""
    files = sorted((p for p in folder.rglob("*") if p.is_file()),
                   key=lambda p: p.relative_to(folder).as_posix())
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.ndtmp")
    try:
        with open(tmp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=False) as zf:
                for path in files:
                    name = f"{prefix}/{path.relative_to(folder).as_posix()}"
                    info = _info(name, path.suffix.lower())
                    zf.writestr(info, path.read_bytes(), compresslevel=9)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The zip was not written: {reason(exc)}", target, exc.errno) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
