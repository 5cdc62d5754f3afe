"""Reading one article for the index: its row and folded text (no database). Imports the
article, YAML and folding modules: read.py loads this only when articles are read, so a
warm listing never does."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from editor.model.article import (
    ARTICLE_FILE,
    REVIEW_DIR,
    Article,
    article_from_bytes,
    load_article,
)
from editor.model.errors import ArticleFormatError, NewsdeskError
from editor.model.frontmatter import MAX_FILE_BYTES
from editor.model.index import quick, scan
from editor.model.index.folding import fold_document
from editor.model.index.read import Entry


def read_entry(folder: Path | str, fingerprint: str, text: bool = True) -> Entry:
    """Read one article for the index; never raises (an unreadable one carries its reason).
    ``text``: with the folded text for the full-text index (else ``folded`` is None)."""
    name = os.fspath(folder)
    slug = os.path.basename(name)
    raw = _read_plain(name)
    try:
        draft = _is_draft(name, fingerprint)
        if raw is not None:
            # The plain form Newsdesk writes: the row (and the text for search) without
            # building an Article; quick gives exactly what the full load gives, or None.
            found = quick.fields(raw)
            status = "draft" if draft or found is None else _state_without_hash(Path(name))
            if found is not None and status is not None:
                title, date, lead, tags, body = found
                return _entry(slug, title, date, lead, tags, body, status, fingerprint, text)
        path = Path(name)
        article = load_listed_article(path) if raw is None else article_from_bytes(raw, path)
        if draft:
            status = "draft"
        else:
            from editor.model.review import state_of  # review imports much: only here

            status = state_of(article)
    except NewsdeskError as exc:
        return Entry(slug, slug, None, 0, "draft", exc.describe(), fingerprint, None)
    except (Exception, RecursionError) as exc:
        reason = f"{Path(name) / ARTICLE_FILE}: cannot be read ({type(exc).__name__}: {exc})"
        return Entry(slug, slug, None, 0, "draft", reason, fingerprint, None)
    return _entry(slug, article.title, article.date, article.lead, article.tags, article.body,
                  status, fingerprint, text)


def _state_without_hash(folder: Path) -> str | None:
    """The review state when it does not depend on the content hash (in review, changes
    requested, reopened: what review.status derives whatever the hash), without hashing
    the article and its photos; None when an approval or publication is in force (derive
    then compares hashes: approved, published or changed since), which the full load and
    review.state_of decide."""
    from editor.model.review import derive  # review imports much: only here
    from editor.model.reviewlog import read_log

    state = derive(read_log(folder).events, "")[0]  # no hash: any approval looks changed
    return None if state in scan.PHOTO_STATES else state


def _is_draft(folder: str, fingerprint: str) -> bool:
    """No review folder when the folder was scanned (the fingerprint's fourth field,
    "size:mtime:inode:review[:photos]"), or no event file in it: a draft. Should one
    appear since, the next scan sees a new fingerprint and reads the article again."""
    fields = fingerprint.split(":")
    return (len(fields) >= 4 and fields[3] == "-1") or not _may_have_events(folder)


def _may_have_events(folder: str) -> bool:
    """False when review/ is missing, or a plain folder without a .json file: then
    review.state_of would find no events and say 'draft'. True when in doubt (a link,
    not a folder, unreadable): state_of decides, and refuses what it refuses. Saves
    importing the review module and its path checks for the many drafts."""
    path = folder + _REVIEW
    try:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            return True
        return any(name.endswith(".json") for name in os.listdir(path))
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _entry(slug: str, title: str, date: dt.date | str | None, lead: str, tags: list[str],
           body: str, status: str, fingerprint: str, text: bool) -> Entry:
    if isinstance(date, dt.date):  # a timestamp (2022-06-24T10:00) lists as its day
        day = date.date() if isinstance(date, dt.datetime) else date
        date_text, is_date = day.isoformat(), 1
    else:
        date_text, is_date = (None if date is None else str(date)), 0
    folded = fold_document(title, lead, " ".join(tags), body) if text else None
    return Entry(slug, title, date_text, is_date, status, None, fingerprint, folded)


_ARTICLE, _REVIEW = os.sep + ARTICLE_FILE, os.sep + REVIEW_DIR
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a symlinked article.md fails to open (ELOOP)
_OPEN_FLAGS = (os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


def _read_plain(name: str) -> bytes | None:
    """The bytes of article.md in folder ``name`` with one os.read of the size fstat gives
    (article.read_article_bytes reads through a buffer sized to the 5 MB limit: 90 µs an
    article instead of 16). None for anything unusual (a link, not a regular file, over
    the limit, changed while read, an error): load_listed_article then reads it, so what
    is refused, and its message, stay the same."""
    if not _NOFOLLOW or os.path.islink(name):  # without O_NOFOLLOW: its islink checks
        return None
    raw = None
    try:
        fd = os.open(name + _ARTICLE, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_FILE_BYTES:
            raw = os.read(fd, st.st_size + 1)
            if len(raw) != st.st_size:
                raw = None  # changed while read
    except OSError:
        raw = None
    finally:
        os.close(fd)
    return raw


def load_listed_article(folder: Path) -> Article:
    """load_article for listing: a symlinked folder or article.md is not followed (it may
    point outside the workspace). Raises ArticleFormatError."""
    name = os.fspath(folder)  # os.path on text: pathlib costs more than the checks
    if os.path.islink(name):
        raise ArticleFormatError("the article folder is a symbolic link; it is not followed",
                                 folder)
    if os.path.islink(os.path.join(name, ARTICLE_FILE)):
        raise ArticleFormatError("article.md is a symbolic link; it is not followed",
                                 folder / ARTICLE_FILE)
    return load_article(folder)
