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
accents (so "München" is indexed as "munchen"), and a search word spelled ae/oe/ue also
tries a/o/u there ("muenchen" OR "munchen"): "Strasse" finds "Straße"; "Muenchen",
"Munchen" and "München" find "München". The full-text table keeps no word positions
(``detail=none``: half the work to build, a cold search of 10,000 articles is mostly that),
so a word with punctuation inside matches its parts anywhere ("e-mail": "e" and "mail").
(A trigram index would also find word parts inside compounds, "strasse" in
"Fahrradstraße", but made the index 2.5 times larger and building it 4 times slower.)
The full-text table keeps no copy of the text (FTS5 ``content=''``) and no positions: the
index of 10,000 articles is 5.3 MB (2.9 MB before schema 6 and 7 added each row's
`newsdesk list` line, so that a warm list only reads them, and two small indexes for what
every refresh asks; 10 MB with positions and a second column, 50 MB with the text); the
words of replaced articles stay in it, unmatched (see write.write_batch).

A cold build with several cores reads in worker processes, and each worker writes the
batches it read (its own connection, one transaction a batch); the refreshing process only
scans the folder and hands out the work, and closes its connection before the workers are
forked (SQLite's rule for fork).

The words are read only when needed: ``newsdesk list`` without ``--search`` builds a
cold index with the rows alone (``ArticleIndex.read_text`` False), and the first search
reads the text of the rows without it (``fill_text``; the app's refresh does it too), in
the order of the rows' ids: FTS5 starts a new segment whenever an id is not above the last
one, and filling in slug order cost five times a build with the text from the start.
Front matter in the plain form Newsdesk writes is read for the row and the text without
building an Article (``quick``, which declines anything else: that goes to the full load).

Modules: ``summary`` (the row type), ``folding`` (German folding, search expressions),
``scan`` (which articles changed: a stat per file, nothing heavy imported), ``store`` (the
database: location, refresh, queries), ``read`` (reading in batches, in worker processes
for a cold index), ``parse`` (reading and folding one article; imported only when something
must be read, so a warm ``newsdesk list`` never loads the article and YAML modules) and
``quick`` (the row from the bytes of a plain article.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.model.index.scan import UNSETTLED_SECONDS, scan_fingerprints
from editor.model.index.summary import ArticleSummary

if TYPE_CHECKING:
    from editor.model.index.folding import fold, fold_document, match_expression
    from editor.model.index.store import (
        PRUNE_AFTER_DAYS,
        SCHEMA_VERSION,
        ArticleIndex,
        default_index_dir,
        index_path_for,
        prune_index_dir,
    )

_FOLDING_NAMES = ("fold", "fold_document", "match_expression")
_STORE_NAMES = ("PRUNE_AFTER_DAYS", "SCHEMA_VERSION", "ArticleIndex", "default_index_dir",
                "index_path_for", "prune_index_dir")
_READ_NAMES = ("PARALLEL_FROM", "build_in_subprocess", "load_listed_article", "read_entries",
               "read_entry", "_main")

__all__ = ["PARALLEL_FROM", "PRUNE_AFTER_DAYS", "SCHEMA_VERSION", "UNSETTLED_SECONDS",
           "ArticleIndex", "ArticleSummary", "build_in_subprocess", "default_index_dir", "fold",
           "fold_document", "index_path_for", "load_listed_article", "match_expression",
           "prune_index_dir", "read_entries", "read_entry", "scan_fingerprints"]


def __getattr__(name: str) -> Any:
    # On first use (PEP 562): folding and the database side (sqlite3) are not needed by
    # commands that only name the workspace's folders, such as export; the reading side
    # imports the article and YAML modules.
    if name in _FOLDING_NAMES:
        from editor.model.index import folding

        return getattr(folding, name)
    if name in _STORE_NAMES:
        from editor.model.index import store

        return getattr(store, name)
    if name in _READ_NAMES:
        from editor.model.index import read

        return getattr(read, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
