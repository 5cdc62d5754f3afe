"""Recovery journal: the editor's unsaved text, kept beside the article until it is saved.

The journal lives in ``<article>/.newsdesk/recovery.json`` and is written atomically, so a
crash leaves either the previous journal or the new one. When the workspace itself is gone
(a network share dropped), :func:`write_local_recovery_copy` keeps the text on this machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from editor.model.article import META_DIR
from editor.model.atomic import atomic_write
from editor.model.confine import article_subdir
from editor.model.errors import StorageError

JOURNAL_NAME = "recovery.json"
JOURNAL_VERSION = 1
APP_NAME = "newsdesk"


@dataclass(frozen=True)
class JournalEntry:
    text: str
    saved_at: dt.datetime  # UTC, timezone-aware
    path: Path


def journal_path(folder: Path | str) -> Path:
    return article_subdir(folder, META_DIR) / JOURNAL_NAME


def write_journal(folder: Path | str, text: str) -> None:
    """Keep ``text`` (the full article.md) as the journal. Raises StorageError."""
    path = journal_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Not saved: cannot create {META_DIR}: {exc.strerror}", path,
                           exc.errno) from exc
    payload = {
        "version": JOURNAL_VERSION,
        "saved_at": _now().isoformat(),
        "text": text,
    }
    # ensure_ascii keeps NUL, lone surrogates' neighbours and odd characters safe in JSON
    atomic_write(path, json.dumps(payload, ensure_ascii=True))


def read_journal(folder: Path | str) -> JournalEntry | None:
    """The journal, or None when there is none or it cannot be read."""
    path = journal_path(folder)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        text = data["text"]
        saved_at = dt.datetime.fromisoformat(data["saved_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(text, str):
        return None
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=dt.UTC)
    return JournalEntry(text=text, saved_at=saved_at, path=path)


def clear_journal(folder: Path | str) -> None:
    """Remove the journal; missing is fine. Raises StorageError if it cannot be removed."""
    path = journal_path(folder)
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise StorageError(f"cannot remove the recovery journal: {exc.strerror}", path,
                           exc.errno) from exc


def is_writable(folder: Path | str) -> bool:
    """True when we can create files in ``folder`` (tried for real: shares lie to access())."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    probe = folder / f".newsdesk-write-test-{os.getpid()}.ndtmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return False
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def local_recovery_dir() -> Path:
    """Per-user folder on this machine for texts that could not reach the workspace."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "recovered"


def write_local_recovery_copy(text: str, slug: str, folder: Path | None = None) -> Path:
    """Save ``text`` as ``<slug>-<UTC time>.md`` in the local recovery folder; returns it.

    For when the workspace vanished (share disconnected, folder deleted) while open.
    """
    target_dir = Path(folder) if folder is not None else local_recovery_dir()
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Not saved: cannot create {target_dir}: {exc.strerror}",
                           target_dir, exc.errno) from exc
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in slug) or "article"
    stamp = _now().strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{safe}-{stamp}.md"
    atomic_write(target, text)
    return target


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
