"""Checked saving: never overwrite a file someone else changed, keep every replaced version.

Before writing article.md we compare the file on disk with the hash it had when the
editor loaded (or last saved) it. If it differs -- a colleague saved, a sync tool
replaced it -- we refuse with ConflictError and the disk text, and the GUI offers
reload, compare or save as a copy. The text being replaced goes to the history first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
from copy import deepcopy
from pathlib import Path

from editor.model import history
from editor.model.article import ARTICLE_FILE, PHOTOS_DIR, Article, parse_article
from editor.model.atomic import atomic_write
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import ArticleFormatError, NewsdeskError, StorageError
from editor.model.frontmatter import decode
from editor.model.slug import unique_slug

# The hash of a file that does not exist (a new article, or one deleted meanwhile).
MISSING = ""
# Autosave writes every few seconds while someone types. Replacing our own text saved less
# than this long after the newest version adds no version, so the history reaches back
# hours rather than minutes. Someone else's text is always kept.
VERSION_INTERVAL_SECONDS = 60.0

# path -> hash of the bytes this process last wrote there
_own_saves: dict[Path, str] = {}


class ConflictError(NewsdeskError):
    """article.md changed on disk since it was loaded; nothing was written."""

    def __init__(self, path: Path, disk_text: str | None, disk_hash: str):
        self.disk_text = disk_text  # None when the file was deleted
        self.disk_hash = disk_hash
        if disk_text is None:
            message = "Not saved: the article was deleted or moved by someone else"
        else:
            message = "Not saved: someone else changed this article since you opened it"
        super().__init__(message, path)


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path | str) -> str:
    """SHA-256 of the file's bytes, or MISSING when there is no file."""
    try:
        return hash_bytes(Path(path).read_bytes())
    except FileNotFoundError:
        return MISSING
    except OSError as exc:
        raise StorageError(f"cannot read the file: {exc.strerror or exc}", path,
                           exc.errno) from exc


def article_bytes(article: Article) -> bytes:
    """The bytes save would write, after checking they load back to the same article.

    Raises ArticleFormatError, before anything is written, for content the file format
    cannot hold exactly (for example a carriage return in the text).
    """
    text = article.to_text()
    data = text.encode("utf-8", "strict") if _encodable(text) else b""
    if not data:
        raise ArticleFormatError("the text contains characters that cannot be stored "
                                 "(unpaired surrogates)", article.path)
    try:
        again = parse_article(decode(data, article.path), article.folder)
    except ArticleFormatError as exc:
        raise ArticleFormatError(f"this text would not load again ({exc.message}); "
                                 "nothing was saved", article.path) from exc
    if again.to_text() != text or again.body != article.body:
        raise ArticleFormatError(_why_not_exact(article), article.path)
    return data


def save_checked(article: Article, expected_hash: str, history_limit: int | None = None,
                 version_interval: float = VERSION_INTERVAL_SECONDS) -> str:
    """Save ``article`` unless article.md changed since ``expected_hash``; returns the new hash.

    ``expected_hash`` is what :func:`file_hash` gave at load (or the last save's result);
    MISSING for an article that is not on disk yet.
    """
    return save_bytes_checked(article.path, article_bytes(article), expected_hash,
                              history_limit, version_interval)


def save_bytes_checked(path: Path, data: bytes, expected_hash: str,
                       history_limit: int | None = None, version_interval: float = 0.0) -> str:
    """The checked save for ready bytes (also used by restoring a version, which keeps
    every replaced text: ``version_interval`` 0)."""
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        current = None
    except OSError as exc:
        raise StorageError(f"Not saved: {_reason(exc)}", path, exc.errno) from exc
    current_hash = MISSING if current is None else hash_bytes(current)
    if current_hash != expected_hash:
        disk_text = None if current is None else current.decode("utf-8", "replace")
        raise ConflictError(path, disk_text, current_hash)
    new_hash = hash_bytes(data)
    if current == data:
        return new_hash  # nothing changed: no write, no new version
    folder = path.parent
    limit = history_limit if history_limit is not None else _history_limit(folder)
    kept: Path | None = None
    if current is not None and limit > 0 and not _coalesce(path, current_hash,
                                                            version_interval):
        kept = history.add_version(folder, current)
    try:
        atomic_write(path, data)
    except StorageError:
        if kept is not None:
            _remove(kept)  # the text it holds is still the current one
        raise
    _own_saves[path] = new_hash
    history.prune(folder, limit)
    return new_hash


def _coalesce(path: Path, current_hash: str, interval: float) -> bool:
    """True when the text about to be replaced is our own recent autosave."""
    if interval <= 0 or _own_saves.get(path) != current_hash:
        return False
    versions = history.list_versions(path.parent)
    if not versions:
        return False
    age = (dt.datetime.now(dt.UTC) - versions[0].saved_at).total_seconds()
    return 0 <= age < interval


def _history_limit(folder: Path) -> int:
    # The article sits in <workspace>/articles/<slug>/
    config_path = folder.parent.parent / CONFIG_NAME
    try:
        return load_config(config_path).history_limit
    except NewsdeskError:
        return history.DEFAULT_LIMIT


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _why_not_exact(article: Article) -> str:
    texts = [article.body, article.title, article.kicker, article.author, article.lead]
    if any("\r" in t for t in texts):
        return ("the text contains carriage returns (CR), which article.md cannot keep "
                "exactly; nothing was saved")
    return "this text would not load back exactly as written; nothing was saved"


def _reason(exc: OSError) -> str:
    from editor.model.atomic import reason

    return reason(exc)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def save_as_copy(article: Article, title_suffix: str = " (2)") -> Path:
    """Write ``article`` as a new article beside it (photos copied); returns the new folder.

    The way out of a conflict that keeps both texts: the other person's file stays as it is.
    """
    articles = article.folder.parent
    try:
        taken = [p.name for p in articles.iterdir()]
    except OSError as exc:
        raise StorageError(f"Not saved: {_reason(exc)}", articles, exc.errno) from exc
    slug = unique_slug(f"{article.slug}{title_suffix}", taken)
    target = articles / slug
    copy = dataclasses.replace(deepcopy(article), folder=target)
    copy.title = f"{article.title}{title_suffix}"
    data = article_bytes(copy)
    try:
        target.mkdir()
        photos = article.folder / PHOTOS_DIR
        if photos.is_dir():
            shutil.copytree(photos, target / PHOTOS_DIR)
        else:
            (target / PHOTOS_DIR).mkdir()
        (target / "review").mkdir()
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StorageError(f"Not saved: {_reason(exc)}", target, exc.errno) from exc
    try:
        atomic_write(target / ARTICLE_FILE, data)
    except StorageError:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target
