"""Writing the index: a batch of read articles, their words later, starting over; from
the refreshing process or from a cold build's worker processes (see store.ArticleIndex)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from editor.model.index import scan
from editor.model.index.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from editor.model.index.read import Entry


def known(db: sqlite3.Connection) -> tuple[dict[str, str], set[str], int]:
    """slug -> fingerprint of every row, the slugs in a state that depends on the photos,
    and the count of orphaned full-text rows."""
    marks = ", ".join("?" * len(scan.PHOTO_STATES))
    return (dict(db.execute("SELECT slug, fingerprint FROM articles")),
            {slug for (slug,) in db.execute(
                f"SELECT slug FROM articles WHERE status IN ({marks})", scan.PHOTO_STATES)},
            meta(db, "orphans", 0))


@contextlib.contextmanager
def changing(db: sqlite3.Connection) -> Iterator[None]:
    """One write of the index: under SQLite's write lock, counted in the generation (which
    tells readers the rows changed), all or nothing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', "
                   "coalesce((SELECT value FROM meta WHERE key = 'generation'), 0) + 1)")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def write_batch(db: sqlite3.Connection, gone: list[str], stale: list[str],
           entries: list[Entry]) -> None:
    """One batch: the rows of ``gone`` and ``stale`` removed, ``entries`` added."""
    with changing(db):
        # Rows are looked up again inside the write lock: another process may have
        # refreshed the index since we read it.
        removed = [(slug,) for slug in [*gone, *stale]]
        dropped = 0
        if removed:  # none on a cold build: no counting then
            count = "SELECT count(*) FROM articles WHERE indexed"
            before = db.execute(count).fetchone()[0]
            db.executemany("DELETE FROM articles WHERE slug = ?", removed)
            dropped = before - db.execute(count).fetchone()[0]
        # The full-text table keeps no copy of the text (less than a sixth of the size,
        # a third less work to build), so its rows cannot be deleted (SQLite 3.43 could:
        # contentless_delete). A replaced or removed article's words stay under an id
        # no article has again (ids only grow); queries join on the id, so they never
        # match. Counted, and the index starts over when they outnumber the articles.
        first = meta(db, "next_id", 1)
        db.executemany(
            "INSERT INTO articles(id, slug, title, date, is_date, status, error, "
            "fingerprint, indexed, day_de, day_en, tail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + n, e.slug, e.title, e.date, e.is_date, e.status, e.error,
              e.fingerprint, e.folded is not None, *line_parts(e))
             for n, e in enumerate(entries)])
        db.executemany("INSERT INTO fts(rowid, text) VALUES (?, ?)",
                       [(first + n, e.folded) for n, e in enumerate(entries)
                        if e.folded is not None])
        set_meta(db, "next_id", first + len(entries))
        set_meta(db, "orphans", meta(db, "orphans", 0) + dropped)

_APART: dict[str, sqlite3.Connection] = {}  # a worker process's connection, by index file


def write_apart(db_path: str, articles_dir: str, entries: list[Entry]) -> bool:
    """A cold build's worker process writes the batch it read (see _refresh), with the
    photos' state added as _refresh adds it. False when it could not (the index file
    gone, damaged or replaced by another version meanwhile, locked for too long): the
    batch then goes back to the refreshing process, which writes it or starts over."""
    for entry in entries:
        if (entry.status in scan.PHOTO_STATES
                and not entry.fingerprint.startswith("unsettled")):
            entry.fingerprint = scan.with_photos(Path(articles_dir), entry.slug,
                                                 entry.fingerprint)
    try:
        db = apart_connection(db_path)
        if db is None:
            return False
        write_batch(db, [], [entry.slug for entry in entries], entries)
    except sqlite3.Error:
        return False
    return True


def apart_connection(db_path: str) -> sqlite3.Connection | None:
    """A worker process's connection to the index file (opened once); None when the file
    is from another version now. Raises sqlite3.Error."""
    db = _APART.get(db_path)
    if db is None:
        db = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True, timeout=30,
                             check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA synchronous = NORMAL")
        _APART[db_path] = db
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return None
    return db


def write_text_apart(db_path: str, entries: list[Entry]) -> bool:
    """fill_text's write of a batch in the worker process that read it; False when it
    could not (see write_apart). The ids are those of the rows still waiting for their
    text with the fingerprint the worker was given (fill_text's ids: a row replaced since
    has another fingerprint, or was read again for the same file)."""
    try:
        db = apart_connection(db_path)
        if db is None:
            return False
        ids: dict[str, int] = {}
        slugs = {entry.slug: entry.fingerprint for entry in entries}
        names = list(slugs)
        for start in range(0, len(names), 500):  # within any SQLite's limit of parameters
            chunk = names[start:start + 500]
            ids.update((slug, row_id) for slug, row_id, fingerprint in db.execute(
                "SELECT slug, id, fingerprint FROM articles WHERE indexed = 0 AND error IS "
                f"NULL AND slug IN ({', '.join('?' * len(chunk))})", chunk)
                if slugs[slug] == fingerprint)
        write_text(db, entries, ids)
    except sqlite3.Error:
        return False
    return True


def write_text(db: sqlite3.Connection, entries: list[Entry], ids: dict[str, int]) -> None:
    """fill_text's write of one batch: the rows as read now, under the ids they had when
    fill_text began (``ids``: slug -> id), and their words. A row replaced meanwhile (by a
    refresh here or in another process) has a new id, and one filled meanwhile is indexed:
    neither is touched.

    The words go in by increasing id: FTS5 flushes its pending words to a new segment
    whenever a row id is not above the last one, so in slug order every article was a
    segment of its own, merged again and again (filling 10,000 articles cost 5 times the
    time of building with the text from the start)."""
    with changing(db):
        rows = sorted(((ids[e.slug], e) for e in entries if e.slug in ids),
                      key=lambda row: row[0])
        waiting: set[int] = set()
        for start in range(0, len(rows), 500):  # within any SQLite's limit of parameters
            chunk = [row_id for row_id, _ in rows[start:start + 500]]
            waiting.update(row_id for (row_id,) in db.execute(
                "SELECT id FROM articles WHERE indexed = 0 AND error IS NULL AND id IN "
                f"({', '.join('?' * len(chunk))})", chunk))
        rows = [(row_id, e) for row_id, e in rows if row_id in waiting]
        db.executemany(
            "UPDATE articles SET title = ?, date = ?, is_date = ?, status = ?, error = ?, "
            "indexed = ?, day_de = ?, day_en = ?, tail = ? WHERE id = ?",
            [(e.title, e.date, e.is_date, e.status, e.error, e.folded is not None,
              *line_parts(e), row_id) for row_id, e in rows])
        db.executemany("INSERT INTO fts(rowid, text) VALUES (?, ?)",
                       [(row_id, e.folded) for row_id, e in rows if e.folded is not None])


def line_parts(e: Entry) -> tuple[str, str, str]:
    """The entry's line of `newsdesk list` (editor.commands.list._line gives the same):
    the day as a German workspace prints it, as an English one does, and the rest."""
    date = e.date
    day_en = date or "-"
    day_de = f"{date[8:10]}.{date[5:7]}.{int(date[:4])}" if e.is_date and date else day_en
    # one article, one line: a line break in a hand-edited title is shown escaped
    title = e.title.replace("\r", "\\r").replace("\n", "\\n")
    if e.error:
        title = f"{title}  (unreadable: {e.error})"
    return f"{day_de:<10}  ", f"{day_en:<10}  ", f"{e.status:<22}  {e.slug:<40}  {title}\n"


def meta(db: sqlite3.Connection, key: str, default: int) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else default


def set_meta(db: sqlite3.Connection, key: str, value: int) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def start_over(db: sqlite3.Connection) -> None:
    """Empty the index (every article is read again): the full-text table holds more words
    of replaced articles than of current ones."""
    with changing(db):
        db.execute("INSERT INTO fts(fts) VALUES ('delete-all')")
        db.execute("DELETE FROM articles")
        set_meta(db, "orphans", 0)


def has_tables(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
