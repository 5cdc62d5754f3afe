"""The workspace trash: deleted articles wait in ``<workspace>/.trash/<time>-<slug>/``.

Deleting is a rename into the trash (same volume, so it is atomic and keeps photos,
review events and history); restoring renames back under the old slug or a free variant.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

from editor.model import lock
from editor.model.article import ARTICLE_FILE, META_DIR, load_article
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import NewsdeskError, WorkspaceError
from editor.model.slug import unique_slug

TRASH_DIR = ".trash"
ARTICLES_DIR = "articles"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(\d{8}T\d{12}Z)-(.+)$")


@dataclass(frozen=True)
class TrashEntry:
    name: str                 # folder name inside .trash, used to restore
    slug: str                 # the slug it had before deletion
    title: str
    deleted_at: dt.datetime   # UTC
    path: Path


def trash_dir(workspace_root: Path | str) -> Path:
    return Path(workspace_root) / TRASH_DIR


def move_to_trash(workspace_root: Path | str, slug: str, force: bool = False) -> TrashEntry:
    """Move ``articles/<slug>`` into the trash. Raises WorkspaceError, or LockedError while
    someone else (another program or computer) has the article open, unless ``force``."""
    root = Path(workspace_root)
    source = root / ARTICLES_DIR / slug
    if not slug or "/" in slug or "\\" in slug or slug in (".", "..") or not source.is_dir():
        raise WorkspaceError(f"no article '{slug}' in this workspace", root)
    if not force:
        _refuse_if_in_use(source)
    bin_dir = trash_dir(root)
    try:
        bin_dir.mkdir(exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create the trash folder: {exc.strerror}", bin_dir) from exc
    now = dt.datetime.now(dt.UTC)
    while True:
        name = f"{now.strftime(_STAMP)}-{slug}"
        target = bin_dir / name
        if not target.exists():
            break
        now += dt.timedelta(microseconds=1)
    try:
        source.rename(target)
    except OSError as exc:
        raise WorkspaceError(f"cannot move the article to the trash: {exc.strerror or exc}",
                             source) from exc
    # A lock in the trash means nothing; drop it so a restored article opens normally.
    try:
        (target / META_DIR / "lock").unlink()
    except OSError:
        pass
    return _entry(target)


def list_trash(workspace_root: Path | str) -> list[TrashEntry]:
    """Everything in the trash, most recently deleted first."""
    bin_dir = trash_dir(workspace_root)
    if not bin_dir.is_dir():
        return []
    entries = [
        _entry(p) for p in bin_dir.iterdir()
        if p.is_dir() and _NAME.match(p.name)
    ]
    return sorted(entries, key=lambda e: (e.deleted_at, e.name), reverse=True)


def restore(workspace_root: Path | str, name: str) -> Path:
    """Move a trashed article back; returns its folder (the old slug or ``<slug>-2`` ...)."""
    root = Path(workspace_root)
    source = trash_dir(root) / name
    match = _NAME.match(name)
    if "/" in name or "\\" in name or match is None or not source.is_dir():
        raise WorkspaceError(f"nothing called '{name}' in the trash", trash_dir(root))
    slug = match.group(2)
    articles = root / ARTICLES_DIR
    taken = [p.name for p in articles.iterdir()] if articles.is_dir() else []
    new_slug = slug if slug.lower() not in {t.lower() for t in taken} else unique_slug(slug, taken)
    target = articles / new_slug
    try:
        articles.mkdir(exist_ok=True)
        source.rename(target)
    except OSError as exc:
        raise WorkspaceError(f"cannot restore the article: {exc.strerror or exc}",
                             source) from exc
    return target


def _refuse_if_in_use(folder: Path) -> None:
    holder = lock.read_lock(folder)
    if holder is None or not holder.readable:
        return
    if holder.host == socket.gethostname() and holder.pid == os.getpid():
        return  # our own lock: the caller is deleting what it has open
    if not lock.is_stale(holder, _stale_hours(folder)):
        raise lock.LockedError(holder, lock.lock_path(folder), stale=False)


def _stale_hours(folder: Path) -> float:
    try:
        return load_config(folder.parent.parent / CONFIG_NAME).lock_stale_hours
    except NewsdeskError:
        return lock.DEFAULT_STALE_HOURS


def _entry(folder: Path) -> TrashEntry:
    match = _NAME.match(folder.name)
    assert match is not None
    deleted_at = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
    slug = match.group(2)
    title = slug
    if (folder / ARTICLE_FILE).is_file():
        try:
            title = load_article(folder).title or slug
        except NewsdeskError:
            pass
    return TrashEntry(name=folder.name, slug=slug, title=title, deleted_at=deleted_at,
                      path=folder)
