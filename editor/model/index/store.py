"""The index database: where it lives, keeping it current, and queries."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from _thread import RLock  # threading.RLock is this; threading itself is not needed
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from editor.model.cachedir import user_cache_dir
from editor.model.index import scan, write
from editor.model.index.schema import SCHEMA, SCHEMA_VERSION
from editor.model.index.summary import ArticleSummary

# Words of replaced or removed articles stay in the full-text table (see
# write.write_batch); when there are more such rows than articles (and at least this
# many), the index starts over.
ORPHANS_AFTER = 1000

# (slug, title, date, is_date, status, error), see ArticleIndex.rows
Row = tuple[str, str, "str | None", int, str, "str | None"]


READ_MANY_FROM = 1000  # entries of the articles folder: see would_read_many


def default_index_dir() -> Path:
    return user_cache_dir("index", "NEWSDESK_INDEX_DIR")


def index_path_for(root: Path) -> Path:
    key = _sha256(str(root).encode("utf-8", "surrogateescape"))[:24]
    return default_index_dir() / f"{key}.sqlite"


def _sha256(data: bytes) -> str:
    """hashlib.sha256's hex digest from Python's built-in implementation: hashlib loads
    OpenSSL, a few milliseconds of every listing, for one short name."""
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[no-redef]  # Python 3.11
        except ImportError:  # a build without them
            from hashlib import sha256  # type: ignore[no-redef]
    return sha256(data).hexdigest()


# The index ------------------------------------------------------------------------------


_ROW = "a.slug, a.title, a.date, a.is_date, a.status, a.error"


class ArticleIndex:
    """The index of one workspace's articles folder. Thread-safe (one connection, a lock);
    several processes may use the same file."""

    def __init__(self, articles_dir: Path, db_path: Path | None = None, processes: int = 1,
                 read_text: bool = True):
        self.articles_dir = articles_dir
        # Worker processes for reading many articles (a cold index); 1 in threaded
        # programs such as the app, where forking is not safe.
        self.processes = processes
        # Whether refresh also puts the text of every article in the full-text table.
        # False (newsdesk list without --search): only the rows, the text is read on the
        # first search (a cold list of 10,000 articles in a fifth of the time).
        self.read_text = read_text
        self.db_path = db_path if db_path is not None else index_path_for(articles_dir)
        self._lock = RLock()
        self._db: sqlite3.Connection | None = None
        self._discarded = 0  # how often a damaged index file was thrown away
        self._in_memory = False  # no writable index file: one in memory, for this process

    # Connection ----------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            db = self._open(str(self.db_path))
        except (OSError, sqlite3.Error):
            self._discard_file()
            try:
                db = self._open(str(self.db_path))
            except (OSError, sqlite3.Error):
                db = self._open(":memory:")  # no writable cache folder: index per process
                self._in_memory = True
        self._db = db
        return db

    def _open(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=30, check_same_thread=False,
                             isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                if version != 0 or write.has_tables(db):
                    raise sqlite3.DatabaseError("index from another version")
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("BEGIN IMMEDIATE")
                if db.execute("PRAGMA user_version").fetchone()[0] == 0:  # not raced
                    for statement in SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute("INSERT INTO meta VALUES ('articles_dir', ?)",
                               (str(self.articles_dir),))
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
                if target != ":memory:":
                    prune_index_dir(Path(target))
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("SELECT count(*) FROM articles").fetchone()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _discard_file(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.db_path) + suffix).unlink()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _retrying(self, work):  # type: ignore[no-untyped-def]
        """Run ``work(db)``; a corrupt index file is thrown away and rebuilt once."""
        with self._lock:
            try:
                return work(self._connect())
            except sqlite3.DatabaseError:
                self.close()
                self._discard_file()
                self._discarded += 1
                return work(self._connect())

    # Keeping it current --------------------------------------------------------------

    def refresh(self) -> set[str]:
        """Bring the index up to date with the files; returns the slugs added, changed or
        removed. The folder is scanned and articles read without holding the index, so
        queries from other threads wait only for the short writes (one per batch)."""
        generation = self._discarded
        changed = self._refresh()
        if self._discarded != generation:  # thrown away half-way: compare with the new one
            changed |= self._refresh()
        if self.read_text:
            self.fill_text()
        return changed

    def _refresh(self) -> set[str]:
        count, scanning = scan.fingerprints(self.articles_dir)
        known, photo_states, orphans = self._retrying(write.known)
        if orphans > max(len(known), ORPHANS_AFTER):
            self._retrying(write.start_over)
            known, photo_states = {}, set()
        on_disk: dict[str, str] = {}
        todo: Iterable[tuple[str, str]]
        gone: list[str] = []
        if known:
            on_disk.update(scanning)
            for slug in photo_states & on_disk.keys():
                on_disk[slug] = scan.with_photos(self.articles_dir, slug, on_disk[slug])
            if on_disk == known:  # the usual case, compared without a loop in Python
                return set()
            stale = [slug for slug, fp in on_disk.items() if known.get(slug) != fp]
            gone = [slug for slug in known if slug not in on_disk]
            if not stale and not gone:
                return set()
            todo, count = [(s, on_disk[s]) for s in stale], len(stale)
        else:
            # Nothing known (a new or rebuilt index): every article is read, the first
            # ones while the folder is still being scanned (by the worker pool's feeder
            # thread on a cold index; os.stat lets go of the interpreter lock).
            def scanned() -> Iterator[tuple[str, str]]:
                for slug, fingerprint in scanning:
                    on_disk[slug] = fingerprint
                    yield slug, fingerprint
            todo = scanned()
        from editor.model.index.read import read_batches  # parsing imports much: only now

        # One transaction per batch, written while the next batch is read (by worker
        # processes on a cold index): queries wait at most for one batch's write.
        # A cold build's worker processes write the batches they read themselves (each
        # its own connection, one transaction a batch, as here) when the text goes in:
        # the full-text words were half of all the work, and this process did them while
        # the workers waited. Rows alone are written here (a few ms a batch, while the
        # workers read on; in turns they would wait for each other).
        apart = None
        if not known and self.read_text and not self._in_memory and self.processes >= 2:
            apart = partial(write.write_apart, str(self.db_path),
                            os.fspath(self.articles_dir))
            self.close()  # no connection open across the workers' fork (SQLite's rule)
        removed = gone
        for entries, written in read_batches(self.articles_dir, todo, self.processes,
                                             self.read_text, count, apart):
            if written:
                continue
            for entry in entries:  # (from the scan's fingerprint: a worker may have added it)
                slug = entry.slug
                if (entry.status in scan.PHOTO_STATES
                        and not entry.fingerprint.startswith("unsettled")):
                    base = on_disk[slug] if slug not in photo_states \
                        else on_disk[slug].rsplit(":", 1)[0]
                    entry.fingerprint = scan.with_photos(self.articles_dir, slug, base)
            slugs = [entry.slug for entry in entries]
            self._retrying(
                lambda db, r=removed, s=slugs, e=entries: write.write_batch(db, r, s, e))
            removed = []
        if removed:  # only removals
            self._retrying(lambda db: write.write_batch(db, removed, [], []))
        return {*gone, *(slug for slug, fp in on_disk.items() if known.get(slug) != fp)}

    def fill_text(self) -> int:
        """Put the text of every readable article whose row was read without it into the
        full-text table (read again from its file); returns how many. Each row keeps its
        id and fingerprint: should the file have changed since the row was read, the next
        refresh sees another fingerprint and reads it again, as for any change."""
        todo = self._retrying(lambda db: db.execute(
            "SELECT slug, fingerprint, id FROM articles WHERE indexed = 0 AND error IS NULL "
            "ORDER BY id").fetchall())
        if not todo:
            return 0
        from editor.model.index.read import read_batches

        ids = {slug: row_id for slug, _, row_id in todo}
        # Worker processes write what they read, as in a cold build (see _refresh).
        apart = None
        if not self._in_memory and self.processes >= 2:
            apart = partial(write.write_text_apart, str(self.db_path))
            self.close()
        # In id order, so that each batch's words go into the full-text table in id order
        # (see write.write_text).
        for entries, written in read_batches(self.articles_dir,
                                             [(s, fp) for s, fp, _ in todo],
                                             self.processes, True, write=apart):
            if not written:
                self._retrying(lambda db, e=entries: write.write_text(db, e, ids))
        return len(todo)

    # Reading -------------------------------------------------------------------------

    def query(self, status: str | None = None, search: str | None = None) -> list[ArticleSummary]:
        """Articles, newest date first (then slug, descending); without a refresh."""
        folder = self.articles_dir
        return [_summary(folder, row) for row in self.rows(status, search)]

    def rows(self, status: str | None = None, search: str | None = None,
             columns: str = _ROW) -> list[Row]:
        """query's articles as plain tuples (slug, title, date, is_date, status, error):
        ``date`` is ISO text when ``is_date``, else the text written or None. For printing
        many rows (newsdesk list) without building an ArticleSummary and a date each.
        ``columns``: other SQL expressions over these columns of the table ``a`` instead
        (newsdesk list has SQLite format its lines); our own code only, never user input."""
        expression = None
        if search is not None and search.strip():
            # only for a search: folding imports unicodedata, the query builds a tokenizer
            from editor.model.index.folding import match_expression

            expression = match_expression(search)
            if expression is None:
                return []  # only punctuation: nothing can match
        if expression:
            self.fill_text()
        return self._retrying(lambda db: self._rows(db, status, expression, columns))

    def _rows(self, db: sqlite3.Connection, status: str | None,
              expression: str | None, columns: str = _ROW) -> list[Row]:
        where: list[str] = []
        params: list[str] = []
        if status:
            where.append("a.status = ?")
            params.append(status)
        if expression:
            where.append("a.error IS NULL AND fts MATCH ?")
            params.append(expression)
            sql = f"SELECT {columns} FROM articles a JOIN fts ON fts.rowid = a.id"
        else:
            sql = f"SELECT {columns} FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (CASE WHEN a.is_date THEN a.date ELSE '' END) DESC, a.slug DESC"
        return db.execute(sql, params).fetchall()

    def generation(self) -> int:
        """A number that grows with every change written to the index, by any process:
        rows read at one generation are current while it stays the same."""
        return self._retrying(lambda db: int((db.execute(
            "SELECT value FROM meta WHERE key = 'generation'").fetchone() or (0,))[0]))

    def is_empty(self) -> bool:
        """True when a refresh that reads the text would read most articles: before the
        first refresh (a new, rebuilt or foreign-version index), and after a listing that
        read only the rows (``newsdesk list``) left the text of most of them to be read.
        The app then reads them in the background, not on the GUI thread."""
        def empty(db: sqlite3.Connection) -> bool:
            rows = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            textless = db.execute("SELECT count(*) FROM articles "
                                  "WHERE indexed = 0 AND error IS NULL").fetchone()[0]
            return rows == 0 or textless * 2 > rows
        return self._retrying(empty)

    def would_read_many(self) -> bool:
        """True when a refresh now would read the text of at least READ_MANY_FROM entries
        (a new or rebuilt index of a big workspace): the app then reads in the background
        and does not choose its first article from the list before showing the window."""
        if not self.is_empty():
            return False
        try:
            with os.scandir(self.articles_dir) as entries:
                return sum(1 for _ in entries) >= READ_MANY_FROM
        except OSError:
            return False

    def matching(self, search: str) -> set[str]:
        """Slugs of the readable articles matching ``search`` (cheaper than query)."""
        from editor.model.index.folding import match_expression

        expression = match_expression(search)
        if expression is None:
            return set()
        self.fill_text()
        return self._retrying(lambda db: {row[0] for row in db.execute(
            "SELECT a.slug FROM articles a JOIN fts ON fts.rowid = a.id "
            "WHERE a.error IS NULL AND fts MATCH ?", (expression,))})

    def remembered(self, key: str) -> str | None:
        """A value kept with ``remember`` (None when none): small facts a command may
        reuse while the files they came from are unchanged (the caller checks that)."""
        return self._retrying(lambda db: (db.execute(
            "SELECT value FROM meta WHERE key = ?", (f"remembered:{key}",)).fetchone()
            or (None,))[0])

    def remember(self, key: str, value: str) -> None:
        def write(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"remembered:{key}", value))
        self._retrying(write)

    def summary(self, slug: str) -> ArticleSummary | None:
        def one(db: sqlite3.Connection) -> ArticleSummary | None:
            row = db.execute(f"SELECT {_ROW} FROM articles a WHERE slug = ?", (slug,)
                             ).fetchone()
            return _summary(self.articles_dir, row) if row else None
        return self._retrying(one)


PRUNE_AFTER_DAYS = 30


def prune_index_dir(keep: Path) -> None:
    """Delete the indexes of workspaces that are gone: their articles folder does not exist
    and it was in the temp folder or the index was unused for PRUNE_AFTER_DAYS (a network
    drive that is only unmounted keeps its index for a month). Runs when an index is
    created, so at most once per new workspace."""
    import tempfile

    temp = Path(tempfile.gettempdir()).resolve()
    old = time.time() - PRUNE_AFTER_DAYS * 86400
    for path in sorted(keep.parent.glob("*.sqlite"))[:500]:
        if path == keep:
            continue
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'articles_dir'").fetchone()
            finally:
                db.close()
            folder = Path(row[0]) if row else None
            if folder is not None and folder.exists():
                continue
            if folder is None or temp in folder.parents or path.stat().st_mtime < old:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(OSError):
                        Path(str(path) + suffix).unlink()
        except (OSError, sqlite3.Error):
            continue  # in use, locked or not ours: leave it


def _summary(folder: Path, row: tuple) -> ArticleSummary:
    slug, title, date, is_date, status, error = row
    value: dt.date | str | None = dt.date.fromisoformat(date) if is_date else date
    return ArticleSummary(slug, None, title, value, status, error, parent=folder)
