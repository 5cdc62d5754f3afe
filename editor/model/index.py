"""The workspace index: titles, dates, review states and full text of every article in
SQLite (FTS5), so listing, filtering and search do not read every file.

It is a cache only. The files stay the truth: on each use the articles folder is scanned
(one ``stat`` of article.md, review/ and photos/ per article) and only articles whose
fingerprint changed are read again. A missing, corrupt or foreign-version index file is
deleted and rebuilt.

Where it lives, and why: one index per machine, in the user's local cache folder
(``$XDG_CACHE_HOME/newsdesk/index/<hash of the workspace path>.sqlite``; on Windows under
``%LOCALAPPDATA%``, on macOS ``~/Library/Caches``; ``NEWSDESK_INDEX_DIR`` overrides it).
Workspaces live on shared drives, and SQLite's file locking is unreliable over SMB/NFS
(its documentation warns of corruption; WAL does not work there at all). A local file per
machine needs no cross-machine lock, is fast, and is never in the workspace, so it is never
committed to Git or synced. Every desktop rebuilds its own from the shared files; processes
on one machine (the app and ``newsdesk list``) share it through SQLite's local locking.

Search is by word beginnings (FTS5, unicode61 tokenizer with remove_diacritics 2): every
word of the query must begin a word of the title, lead, tags or text, case-insensitively,
with German folding on both sides: ß is indexed and searched as ss, the tokenizer drops
accents (so "München" is found as "munchen"), and a second column holds every umlaut word
spelled ae/oe/ue ("muenchen"): "Strasse" finds "Straße"; "Muenchen", "Munchen" and "München"
find "München". (A trigram index would also find word parts inside compounds, "strasse" in
"Fahrradstraße", but made the index 2.5 times larger and building it 4 times slower.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from editor.model.article import ARTICLE_FILE, PHOTOS_DIR, REVIEW_DIR, Article, load_article
from editor.model.errors import ArticleFormatError, NewsdeskError

SCHEMA_VERSION = 1
# A file changed within this many seconds may change again within the same mtime tick
# (coarse clocks on network drives): its fingerprint is not trusted until it is older.
UNSETTLED_SECONDS = 2.0


class ArticleSummary:
    """One row of the article list. Immutable; ``folder`` is made on first use (10,000
    paths built per listing were a third of a warm list's time)."""

    __slots__ = ("_folder", "_parent", "date", "error", "slug", "status", "title")

    def __init__(self, slug: str, folder: Path | None, title: str,
                 date: dt.date | str | None, status: str, error: str | None = None, *,
                 parent: Path | None = None):
        set_ = object.__setattr__
        set_(self, "slug", slug)
        set_(self, "_folder", folder)
        set_(self, "_parent", parent)
        set_(self, "title", title)
        set_(self, "date", date)
        set_(self, "status", status)
        # Set when article.md cannot be read; the list still shows the folder.
        set_(self, "error", error)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ArticleSummary is immutable")

    @property
    def folder(self) -> Path:
        if self._folder is None:
            object.__setattr__(self, "_folder", (self._parent or Path()) / self.slug)
        return self._folder  # type: ignore[return-value]

    @property
    def unreadable(self) -> bool:
        return self.error is not None

    def replace(self, **changes: object) -> ArticleSummary:
        values = {name: getattr(self, name)
                  for name in ("slug", "title", "date", "status", "error")}
        values.update(changes)
        return ArticleSummary(values.pop("slug"), self._folder, parent=self._parent,
                              **values)  # type: ignore[arg-type]

    def _key(self) -> tuple:
        return (self.slug, str(self.folder), self.title, self.date, self.status, self.error)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArticleSummary) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"ArticleSummary(slug={self.slug!r}, title={self.title!r}, date={self.date!r},"
                f" status={self.status!r}, error={self.error!r})")

    def to_dict(self) -> dict:
        return {
            "slug": self.slug,
            "path": str(self.folder),
            "title": self.title,
            "date": self.date.isoformat() if isinstance(self.date, dt.date) else self.date,
            "status": self.status,
            "error": self.error,
            "unreadable": self.error is not None,
        }


# Folding --------------------------------------------------------------------------------

_HAS_WORD = re.compile(r"\w")
_MARKS = re.compile(r"[\u0300-\u036f]")


def _sharp_s(text: str) -> str:
    return text.replace("ß", "ss").replace("ẞ", "SS")


def _ae(text: str) -> str:
    return (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


def fold(text: str) -> str:
    """Search form of ``text``: casefolded (ß -> ss), umlauts as ae/oe/ue, no accents."""
    text = _ae(unicodedata.normalize("NFC", text).casefold())
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", text)))


def fold_document(*parts: str) -> tuple[str, str]:
    """The two indexed columns: the text with ß as ss (the tokenizer removes accents, so
    "München" is indexed as "munchen"), and the umlaut words spelled ae/oe/ue."""
    text = "\n".join(parts)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Every non-ASCII word (a superset of the umlaut words; the rest is harmless there).
    words = {w for w in text.split() if not w.isascii()} if not text.isascii() else ()
    return _sharp_s(text), _ae(_sharp_s(" ".join(words)))


def match_expression(text: str) -> str | None:
    """FTS5 query for ``text``: every word, as a prefix, in any column (None: no words)."""
    words = [_sharp_s(unicodedata.normalize("NFC", w).casefold()) for w in text.split()]
    words = [w for w in words if _HAS_WORD.search(w)]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


# Where ----------------------------------------------------------------------------------

def default_index_dir() -> Path:
    override = os.environ.get("NEWSDESK_INDEX_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "newsdesk" / "cache" / "index"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "newsdesk" / "index"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsdesk" / "index"


def index_path_for(root: Path) -> Path:
    key = hashlib.sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return default_index_dir() / f"{key}.sqlite"


# The index ------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    slug TEXT UNIQUE NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    is_date INTEGER NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    fingerprint TEXT NOT NULL
);
CREATE VIRTUAL TABLE fts USING fts5(text, umlauts,
    tokenize='unicode61 remove_diacritics 2');
"""

_ROW = "slug, title, date, is_date, status, error"


@dataclass
class _Entry:
    slug: str
    title: str
    date: str | None
    is_date: int
    status: str
    error: str | None
    fingerprint: str
    folded: tuple[str, str]


class ArticleIndex:
    """The index of one workspace's articles folder. Thread-safe (one connection, a lock);
    several processes may use the same file."""

    def __init__(self, articles_dir: Path, db_path: Path | None = None, processes: int = 1):
        self.articles_dir = articles_dir
        # Worker processes for reading many articles (a cold index); 1 in threaded
        # programs such as the app, where forking is not safe.
        self.processes = processes
        self.db_path = db_path if db_path is not None else index_path_for(articles_dir)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._discarded = 0  # how often a damaged index file was thrown away

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
        self._db = db
        return db

    def _open(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=30, check_same_thread=False,
                             isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                if version != 0 or _has_tables(db):
                    raise sqlite3.DatabaseError("index from another version")
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("BEGIN IMMEDIATE")
                if db.execute("PRAGMA user_version").fetchone()[0] == 0:  # not raced
                    for statement in _SCHEMA.split(";"):
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
        queries from other threads wait only for the short write."""
        generation = self._discarded
        changed = self._refresh()
        if self._discarded != generation:  # thrown away half-way: compare with the new one
            changed |= self._refresh()
        return changed

    def _refresh(self) -> set[str]:
        on_disk = scan_fingerprints(self.articles_dir)
        known = self._retrying(lambda db: {slug: (fp, status) for slug, fp, status in db.execute(
            "SELECT slug, fingerprint, status FROM articles")})
        stale = []
        for slug, fp in on_disk.items():
            old = known.get(slug)
            if old is not None and old[1] in _PHOTO_STATES:
                fp = on_disk[slug] = _with_photos(self.articles_dir, slug, fp)
            if old is None or old[0] != fp:
                stale.append(slug)
        gone = [slug for slug in known if slug not in on_disk]
        if not stale and not gone:
            return set()
        entries: list[_Entry] = []
        for entry in read_entries(self.articles_dir, [(s, on_disk[s]) for s in stale],
                                  self.processes):
            slug = entry.slug
            if entry.status in _PHOTO_STATES and not entry.fingerprint.startswith("unsettled"):
                base = on_disk[slug] if known.get(slug, ("", ""))[1] not in _PHOTO_STATES \
                    else on_disk[slug].rsplit(":", 1)[0]
                entry.fingerprint = _with_photos(self.articles_dir, slug, base)
            entries.append(entry)
        self._retrying(lambda db: self._write(db, gone, stale, entries))
        return {*gone, *stale}

    def _write(self, db: sqlite3.Connection, gone: list[str], stale: list[str],
               entries: list[_Entry]) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            # Ids are looked up again inside the write lock: another process may have
            # refreshed the index since we read it.
            removed = [(slug,) for slug in [*gone, *stale]]
            db.executemany("DELETE FROM fts WHERE rowid IN "
                           "(SELECT id FROM articles WHERE slug = ?)", removed)
            db.executemany("DELETE FROM articles WHERE slug = ?", removed)
            first = (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0) + 1
            db.executemany(
                "INSERT INTO articles(id, slug, title, date, is_date, status, error, "
                "fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(first + n, e.slug, e.title, e.date, e.is_date, e.status, e.error,
                  e.fingerprint) for n, e in enumerate(entries)])
            db.executemany("INSERT INTO fts(rowid, text, umlauts) VALUES (?, ?, ?)",
                           [(first + n, *e.folded) for n, e in enumerate(entries)])
            db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', "
                       "coalesce((SELECT value FROM meta WHERE key = 'generation'), 0) + 1)")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # Reading -------------------------------------------------------------------------

    def query(self, status: str | None = None, search: str | None = None) -> list[ArticleSummary]:
        """Articles, newest date first (then slug, descending); without a refresh."""
        if search is not None and search.strip() and match_expression(search) is None:
            return []  # only punctuation: nothing can match
        expression = match_expression(search or "")
        return self._retrying(lambda db: self._query(db, status, expression))

    def _query(self, db: sqlite3.Connection, status: str | None,
               expression: str | None) -> list[ArticleSummary]:
        where: list[str] = []
        params: list[str] = []
        if status:
            where.append("a.status = ?")
            params.append(status)
        if expression:
            where.append("a.error IS NULL AND fts MATCH ?")
            params.append(expression)
            sql = f"SELECT {_ROW} FROM articles a JOIN fts ON fts.rowid = a.id"
        else:
            sql = f"SELECT {_ROW} FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (CASE WHEN a.is_date THEN a.date ELSE '' END) DESC, a.slug DESC"
        folder = self.articles_dir
        return [_summary(folder, row) for row in db.execute(sql, params)]

    def generation(self) -> int:
        """A number that grows with every change written to the index, by any process:
        rows read at one generation are current while it stays the same."""
        return self._retrying(lambda db: int((db.execute(
            "SELECT value FROM meta WHERE key = 'generation'").fetchone() or (0,))[0]))

    def is_empty(self) -> bool:
        """True before the first refresh (a new, rebuilt or foreign-version index)."""
        return self._retrying(
            lambda db: db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None)

    def matching(self, search: str) -> set[str]:
        """Slugs of the readable articles matching ``search`` (cheaper than query)."""
        expression = match_expression(search)
        if expression is None:
            return set()
        return self._retrying(lambda db: {row[0] for row in db.execute(
            "SELECT a.slug FROM articles a JOIN fts ON fts.rowid = a.id "
            "WHERE a.error IS NULL AND fts MATCH ?", (expression,))})

    def summary(self, slug: str) -> ArticleSummary | None:
        def one(db: sqlite3.Connection) -> ArticleSummary | None:
            row = db.execute(f"SELECT {_ROW} FROM articles WHERE slug = ?", (slug,)).fetchone()
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


def _has_tables(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _summary(folder: Path, row: tuple) -> ArticleSummary:
    slug, title, date, is_date, status, error = row
    value: dt.date | str | None = dt.date.fromisoformat(date) if is_date else date
    return ArticleSummary(slug, None, title, value, status, error, parent=folder)


# Scanning and reading (no database) -----------------------------------------------------

def scan_fingerprints(articles_dir: Path) -> dict[str, str]:
    """slug -> fingerprint for every listed entry of the articles folder: size, mtime and
    inode of article.md and the mtime of review/ (a new event changes it). A symlinked
    entry is listed (as unreadable) but never followed. Plain ``os`` calls: this runs for
    every article on every listing."""
    found: dict[str, str] = {}
    now = time.time_ns()
    unsettled = int(UNSETTLED_SECONDS * 1e9)
    stat = os.stat
    md, review_dir = os.sep + ARTICLE_FILE, os.sep + REVIEW_DIR
    try:
        entries = list(os.scandir(articles_dir))
        # Paths relative to the folder's descriptor: shorter for the kernel to walk.
        fd = os.open(articles_dir, os.O_RDONLY) if os.stat in os.supports_dir_fd else None
    except OSError:
        return found
    try:
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_symlink():
                    found[name] = "link"
                    continue
                if not entry.is_dir(follow_symlinks=False):
                    continue
                base = name if fd is not None else entry.path
                st = stat(base + md, dir_fd=fd, follow_symlinks=False)
            except OSError:
                continue  # a folder without article.md is not an article (yet)
            try:
                review = stat(base + review_dir, dir_fd=fd, follow_symlinks=False).st_mtime_ns
            except OSError:
                review = -1
            if now - max(st.st_mtime_ns, review) < unsettled:
                found[name] = f"unsettled {now}"  # may change again within the tick: re-read
            else:
                found[name] = f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}:{review}"
    finally:
        if fd is not None:
            os.close(fd)
    return found


# Approved and published states hold for a content hash that covers the photos' bytes.
_PHOTO_STATES = ("approved", "published", "changed_since_approval")


def _with_photos(articles_dir: Path, slug: str, fingerprint: str) -> str:
    """The fingerprint of an article whose state depends on its photos: plus photos/."""
    try:
        photos = os.stat(os.path.join(articles_dir, slug, PHOTOS_DIR),
                         follow_symlinks=False).st_mtime_ns
    except OSError:
        photos = -1
    return f"{fingerprint}:{photos}"


PARALLEL_FROM = 1500  # fewer articles are read faster than worker processes start


def read_entries(articles_dir: Path, todo: list[tuple[str, str]],
                 processes: int = 1) -> list[_Entry]:
    """read_entry for each (slug, fingerprint), in forked worker processes when there are
    many and ``processes`` > 1 (only where fork exists: starting interpreters would cost
    more than it saves)."""
    import multiprocessing

    processes = min(processes, os.cpu_count() or 1)
    if (processes < 2 or len(todo) < PARALLEL_FROM
            or "fork" not in multiprocessing.get_all_start_methods()):
        return [read_entry(articles_dir / slug, fp) for slug, fp in todo]
    chunks = [(articles_dir, todo[i::processes]) for i in range(processes)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_read_chunk, chunks)
    return [entry for part in parts for entry in part]


def _read_chunk(job: tuple[Path, list[tuple[str, str]]]) -> list[_Entry]:
    articles_dir, todo = job
    return [read_entry(articles_dir / slug, fp) for slug, fp in todo]


def read_entry(folder: Path, fingerprint: str) -> _Entry:
    """Read one article for the index; never raises (an unreadable one carries its reason)."""
    from editor.model.review import state_of  # review imports much; only when reading

    slug = folder.name
    try:
        article = load_listed_article(folder)
        # No review folder when the folder was scanned (the fingerprint's fourth field,
        # "size:mtime:inode:review[:photos]"): no events, a draft. Should one appear since,
        # the next scan sees a new fingerprint and reads the article again.
        fields = fingerprint.split(":")
        status = "draft" if len(fields) >= 4 and fields[3] == "-1" else state_of(article)
    except NewsdeskError as exc:
        return _Entry(slug, slug, None, 0, "draft", exc.describe(), fingerprint, ("", ""))
    except (Exception, RecursionError) as exc:
        reason = f"{folder / ARTICLE_FILE}: cannot be read ({type(exc).__name__}: {exc})"
        return _Entry(slug, slug, None, 0, "draft", reason, fingerprint, ("", ""))
    return _entry(article, status, fingerprint)


def _entry(article: Article, status: str, fingerprint: str) -> _Entry:
    date = article.date
    if isinstance(date, dt.date):  # a timestamp (2022-06-24T10:00) lists as its day
        day = date.date() if isinstance(date, dt.datetime) else date
        date_text, is_date = day.isoformat(), 1
    else:
        date_text, is_date = (None if date is None else str(date)), 0
    folded = fold_document(article.title, article.lead, " ".join(article.tags), article.body)
    return _Entry(article.slug, article.title, date_text, is_date, status, None, fingerprint,
                  folded)


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
    with every core, for programs that must not fork
    themselves (the app has threads). False when that is not possible here (a frozen
    build, no interpreter, a failure): then refresh in-process."""
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
    if len(argv) != 1:
        return 2
    ArticleIndex(Path(argv[0]), processes=os.cpu_count() or 1).refresh()
    return 0
