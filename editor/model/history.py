"""Earlier versions of an article in ``<article>/.newsdesk/history/``.

Each save (see :mod:`editor.model.storage`) first copies the text it replaces here, as
``<UTC time>-<random>.md``. Versions are numbered newest first: 1 is the text just before
the current one. Restoring a version is itself a save (``storage.restore_version``), so it
can be undone the same way. This module only stores and lists versions; it never writes
article.md (and does not import storage).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from editor.model.article import ARTICLE_FILE, META_DIR
from editor.model.atomic import atomic_write, is_temp_file
from editor.model.confine import article_subdir
from editor.model.errors import NewsdeskError, StorageError

HISTORY_DIR = "history"
DEFAULT_LIMIT = 50
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-[0-9a-f]{6}\.md$")


class HistoryError(NewsdeskError):
    """No such version, or a version file cannot be read."""


@dataclass(frozen=True)
class Version:
    number: int               # 1 = newest
    saved_at: dt.datetime     # UTC: when this text was replaced by a newer one
    path: Path
    size: int

    def read_text(self) -> str:
        try:
            return self.path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise HistoryError("this version cannot be read", self.path) from exc


def history_dir(folder: Path | str) -> Path:
    return article_subdir(folder, META_DIR) / HISTORY_DIR


def list_versions(folder: Path | str) -> list[Version]:
    """Stored versions, newest first."""
    hdir = history_dir(folder)
    try:
        names = [p for p in hdir.iterdir() if not is_temp_file(p) and _NAME.match(p.name)]
    except OSError:
        return []
    names.sort(key=lambda p: p.name, reverse=True)
    versions = []
    for number, path in enumerate(names, start=1):
        stamp = _NAME.match(path.name).group(1)  # type: ignore[union-attr]
        try:
            size = path.stat().st_size
        except OSError:
            continue
        saved_at = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC)
        versions.append(Version(number, saved_at, path, size))
    return versions


def get_version(folder: Path | str, number: int) -> Version:
    versions = list_versions(folder)
    if not 1 <= number <= len(versions):
        count = len(versions)
        raise HistoryError(
            f"there is no version {number} (this article has {count} earlier "
            f"version{'s' if count != 1 else ''})", history_dir(folder))
    return versions[number - 1]


def add_version(folder: Path | str, data: bytes) -> Path:
    """Store ``data`` as the newest version; returns its path. Raises StorageError."""
    hdir = history_dir(folder)
    try:
        hdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Not saved: cannot create the version folder: {exc.strerror}",
                           hdir, exc.errno) from exc
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    latest = _latest_name(hdir)
    if latest is not None and latest[:len(stamp)] >= stamp:
        # Keep names in save order even if the clock steps back (NTP, another host).
        stamp = _next_stamp(latest[:len(stamp)])
    path = hdir / f"{stamp}-{os.urandom(3).hex()}.md"
    atomic_write(path, data)
    return path


def prune(folder: Path | str, limit: int = DEFAULT_LIMIT) -> int:
    """Drop the oldest versions beyond ``limit``; returns how many went. Best effort."""
    removed = 0
    for version in list_versions(folder)[max(limit, 0):]:
        try:
            version.path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def diff(old: str, new: str, old_label: str = "earlier", new_label: str = "now",
         context: int = 3) -> list[str]:
    """Unified diff lines (without line endings) from ``old`` to ``new``."""
    import difflib  # only when a diff is shown

    return list(difflib.unified_diff(old.split("\n"), new.split("\n"), old_label, new_label,
                                     n=context, lineterm=""))


def diff_with_current(folder: Path | str, number: int) -> list[str]:
    """What restoring version ``number`` would change, as a unified diff."""
    version = get_version(folder, number)
    try:
        current = (Path(folder) / ARTICLE_FILE).read_bytes().decode("utf-8", "replace")
    except OSError:
        current = ""
    when = version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    label = f"version {number} ({when})"
    return diff(current, version.read_text(), "current", label)


def _latest_name(hdir: Path) -> str | None:
    try:
        names = [n.name for n in hdir.iterdir() if _NAME.match(n.name)]
    except OSError:
        return None
    return max(names) if names else None


def _next_stamp(stamp: str) -> str:
    moment = dt.datetime.strptime(stamp, _STAMP) + dt.timedelta(microseconds=1)
    return moment.strftime(_STAMP)
