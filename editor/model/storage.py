"""Loading for editing and the one checked save: never overwrite a file someone else
changed, keep every replaced version.

The API (everything that loads an article to change it, and every write of article.md)::

    loaded = storage.load(folder)          # Loaded(article, hash, raw): ONE read
    ...change loaded.article...
    new_hash = storage.save_checked(loaded.article, loaded.hash)   # or ConflictError
    storage.save_checked(new_article, storage.NO_FILE)             # a new article
    storage.restore_version(folder, number, expected_hash)         # history -> current
    storage.save_as_copy(article)                                  # conflict way out

``loaded.hash`` is the SHA-256 of exactly the bytes that were parsed, so a colleague's
save between reading and hashing cannot slip through. Before writing, the save compares
the file on disk with that hash; if it differs -- a colleague saved, a sync tool replaced
it -- it refuses with ConflictError and the disk text, and the GUI offers reload, compare
or save as a copy. The text being replaced goes to the history first.

Read, compare, history copy and rename happen under a short exclusive mutex,
``<article>/.newsdesk/save.mutex`` (see :mod:`editor.model.mutex`), so two savers on two
computers with the same expected hash cannot both win: exactly one saves, the other gets
ConflictError. Nothing else in the program writes article.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path

from editor.model import history, mutex
from editor.model.article import (
    ARTICLE_FILE,
    META_DIR,
    PHOTOS_DIR,
    Article,
    article_from_bytes,
    parse_article,
    read_article_bytes,
)
from editor.model.atomic import atomic_write, reason
from editor.model.config import CONFIG_NAME, load_config
from editor.model.confine import article_subdir
from editor.model.errors import ArticleFormatError, NewsdeskError, StorageError
from editor.model.frontmatter import decode
from editor.model.slug import unique_slug

# The expected hash of an article.md that does not exist (a new article, or one deleted
# meanwhile). Not to be confused with contenthash's marker for an unreadable photo.
NO_FILE = ""
SAVE_MUTEX = "save.mutex"
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


@dataclass(frozen=True)
class Loaded:
    """An article as read for editing: ``hash`` is the SHA-256 of exactly ``raw``, the
    bytes ``article`` was parsed from; pass it to :func:`save_checked`."""

    article: Article
    hash: str
    raw: bytes


def load(folder: Path | str) -> Loaded:
    """Read ``<folder>/article.md`` once; never writes. Raises ArticleFormatError."""
    folder = Path(folder)
    raw = read_article_bytes(folder / ARTICLE_FILE)  # bounded, like every load
    return Loaded(article_from_bytes(raw, folder), hash_bytes(raw), raw)


def save_mutex_path(folder: Path | str) -> Path:
    return article_subdir(folder, META_DIR) / SAVE_MUTEX


def hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path | str) -> str:
    """SHA-256 of the file's bytes, or NO_FILE when there is no file.

    Only for noticing outside changes (the file watcher); to edit, use :func:`load`."""
    try:
        return hash_bytes(Path(path).read_bytes())
    except FileNotFoundError:
        return NO_FILE
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

    ``expected_hash`` is :attr:`Loaded.hash` (or the last save's result); NO_FILE for an
    article that is not on disk yet. Raises ConflictError, ArticleFormatError (content the
    file cannot hold; nothing written), StorageError (write failed; the old file stays;
    BusyError when another save held the mutex too long).
    """
    return save_bytes_checked(article.path, article_bytes(article), expected_hash,
                              history_limit, version_interval)


def save_bytes_checked(path: Path, data: bytes, expected_hash: str | None,
                       history_limit: int | None = None, version_interval: float = 0.0) -> str:
    """The checked save for ready bytes. ``expected_hash`` None takes the file as it is at
    that moment (restoring a version from the command line); ``version_interval`` 0 keeps
    every replaced text."""
    folder = path.parent
    if not folder.is_dir() and expected_hash not in (None, NO_FILE):
        raise ConflictError(path, None, NO_FILE)  # the article was deleted or moved
    limit = history_limit if history_limit is not None else _history_limit(folder)
    with mutex.hold(save_mutex_path(folder)) as held:
        try:
            current: bytes | None = path.read_bytes()
        except FileNotFoundError:
            current = None
        except OSError as exc:
            raise StorageError(f"Not saved: {reason(exc)}", path, exc.errno) from exc
        current_hash = NO_FILE if current is None else hash_bytes(current)
        if expected_hash is not None and current_hash != expected_hash:
            disk_text = None if current is None else current.decode("utf-8", "replace")
            raise ConflictError(path, disk_text, current_hash)
        new_hash = hash_bytes(data)
        if current == data:
            return new_hash  # nothing changed: no write, no new version
        kept: Path | None = None
        if current is not None and limit > 0 and not _coalesce(path, current_hash,
                                                                version_interval):
            kept = history.add_version(folder, current)
        try:
            if not held.still_held():
                # We were too slow and another saver may have gone ahead: do not race it.
                raise mutex.BusyError("Not saved: the disk answered too slowly; please try "
                                      "again", path)
            atomic_write(path, data)
        except StorageError:
            if kept is not None:
                _remove(kept)  # the text it holds is still the current one
            raise
        _own_saves[path] = new_hash
    history.prune(folder, limit)
    return new_hash


def restore_version(folder: Path | str, number: int, expected_hash: str | None = None,
                    limit: int | None = None) -> str:
    """Make history version ``number`` the current text; the replaced text becomes a new
    version. ``expected_hash`` is the hash of article.md as the caller knows it (None: the
    file as it is at that moment). Returns the new hash. Raises HistoryError,
    ConflictError, StorageError."""
    version = history.get_version(folder, number)
    data = version.read_text().encode("utf-8")
    return save_bytes_checked(Path(folder) / ARTICLE_FILE, data, expected_hash, limit)


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
        raise StorageError(f"Not saved: {reason(exc)}", articles, exc.errno) from exc
    slug = unique_slug(f"{article.slug}{title_suffix}", taken)
    target = articles / slug
    copy = dataclasses.replace(deepcopy(article), folder=target)
    copy.title = f"{article.title}{title_suffix}"
    data = article_bytes(copy)
    try:
        target.mkdir()  # exclusive: a racing copy under the same name fails here
    except OSError as exc:
        raise StorageError(f"Not saved: {reason(exc)}", target, exc.errno) from exc
    try:
        photos = article.folder / PHOTOS_DIR
        if photos.is_dir():
            shutil.copytree(photos, target / PHOTOS_DIR)
        else:
            (target / PHOTOS_DIR).mkdir()
        (target / "review").mkdir()
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StorageError(f"Not saved: {reason(exc)}", target, exc.errno) from exc
    try:
        save_bytes_checked(target / ARTICLE_FILE, data, NO_FILE, history_limit=0)
    except NewsdeskError:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target
