"""Reading articles for the index: the row and the folded text of each (no database)."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


@dataclass
class Entry:
    slug: str
    title: str
    date: str | None
    is_date: int
    status: str
    error: str | None
    fingerprint: str
    folded: str | None  # None: not read for the full-text index


PARALLEL_FROM = 1500  # fewer articles are read faster than worker processes start
BATCH = 500  # articles per batch: written in one transaction while the next is read


def read_batches(articles_dir: Path, todo: Iterable[tuple[str, str]], processes: int = 1,
                 text: bool = True, count: int | None = None) -> Iterator[list[Entry]]:
    """read_entry for each (slug, fingerprint), in batches as they are read, so that the
    caller writes one batch while worker processes read the next. Workers are forked
    when there are many and ``processes`` > 1 (only where fork exists: starting
    interpreters would cost more than it saves); batches then arrive in any order.
    ``text``: also the folded text for the full-text index (else ``folded`` is None).
    ``todo`` may be an iterator still being filled (``count``: about how many it gives;
    the pool's feeder thread then consumes it while the workers read)."""
    processes = min(processes, os.cpu_count() or 1)
    base = os.fspath(articles_dir)
    if count is None:
        todo = list(todo)
        count = len(todo)
    parallel = processes >= 2 and count >= PARALLEL_FROM
    if parallel:
        import multiprocessing  # only for many articles: refreshing a few needs no pool

        parallel = "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        base += os.sep
        for batch in _batches(todo):
            yield [read_entry(base + slug, fp, text) for slug, fp in batch]
        return
    jobs = ((base, batch, text) for batch in _batches(todo))
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for rows in pool.imap_unordered(_read_chunk, jobs):
            yield [Entry(*row) for row in rows]


def _batches(todo: Iterable[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    items = iter(todo)
    while batch := list(itertools.islice(items, BATCH)):
        yield batch


def read_entries(articles_dir: Path, todo: list[tuple[str, str]],
                 processes: int = 1, text: bool = True) -> list[Entry]:
    """Every batch of read_batches in one list."""
    return [entry for batch in read_batches(articles_dir, todo, processes, text)
            for entry in batch]


def _read_chunk(job: tuple[str, list[tuple[str, str]], bool]) -> list[tuple]:
    base, todo, text = job
    base += os.sep
    # Tuples: they cross the process boundary several times faster than dataclasses.
    return [(e.slug, e.title, e.date, e.is_date, e.status, e.error, e.fingerprint, e.folded)
            for e in (read_entry(base + slug, fp, text) for slug, fp in todo)]


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
    from editor.model.review import derive, read_log  # review imports much: only here

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


def build_in_subprocess(articles_dir: Path, timeout: float = 600) -> bool:
    """Bring the index of ``articles_dir`` up to date in a fresh Python process that reads
    with every core, for programs that must not fork themselves (the app has threads).
    False when that is not possible here (a frozen build, no interpreter, a failure):
    then refresh in-process."""
    import subprocess

    if getattr(sys, "frozen", False) or not sys.executable:
        return False
    try:
        code = "import sys; from editor.model.index import _main; sys.exit(_main(sys.argv[1:]))"
        proc = subprocess.run([sys.executable, "-c", code, str(articles_dir)],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return proc.returncode == 0


def _main(argv: list[str]) -> int:
    from editor.model.index.store import ArticleIndex

    if len(argv) != 1:
        return 2
    ArticleIndex(Path(argv[0]), processes=os.cpu_count() or 1).refresh()
    return 0
