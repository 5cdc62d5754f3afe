"""The index database's tables, and the version that says which shape a file has."""

from __future__ import annotations

# 2: the full-text table keeps no copy of the text (content=''); 3: rows without text;
# 4: no column sizes in the full-text table (columnsize=0: only ranking needs them, and
# we sort by date; a tenth less work to build); 5: one column, no word positions
# (detail=none: half the work to build; every query is a set of word beginnings);
# 6: each row keeps its `newsdesk list` line (day_de, day_en, tail: see write.line_parts);
# 7: an index for what every refresh asks (slug, fingerprint and state)
SCHEMA_VERSION = 7

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    slug TEXT UNIQUE NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    is_date INTEGER NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    fingerprint TEXT NOT NULL,
    -- the row's line of `newsdesk list`, formatted when written (SQLite formatting 10,000
    -- lines took a fifth of a warm list): the day (German, English) and the rest
    day_de TEXT NOT NULL,
    day_en TEXT NOT NULL,
    tail TEXT NOT NULL,
    -- 1: the article's words are in the full-text table under this id, 0: not yet
    -- (a listing that did not search read only the rows, see ArticleIndex.read_text)
    indexed INTEGER NOT NULL
);
-- in id order, as fill_text asks (on every search): no scan of the table when empty
CREATE INDEX articles_without_text ON articles(id) WHERE indexed = 0;
-- every refresh reads all (slug, fingerprint) and the rows in a photo-bound state: from
-- this, not from the table with its list lines (one index: each costs a cold build more)
CREATE INDEX articles_known ON articles(slug, fingerprint, status);
CREATE VIRTUAL TABLE fts USING fts5(text, content='', columnsize=0, detail=none,
    tokenize='unicode61 remove_diacritics 2');
"""
