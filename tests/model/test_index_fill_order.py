"""The first search after a plain `newsdesk list` puts the words into the full-text table
in the order of the rows' ids. FTS5 flushes its pending words whenever a row id is not
larger than the last one written: in another order every article became its own segment
to be merged again (the first search after a cold list of 10,000 articles took longer than
a cold search from nothing). The words then found are those of a full read."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.index import ArticleIndex, read, write
from editor.model.workspace import Workspace
from tests.util import write_article

OLD = 1_600_000_000


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "index-cache"
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(folder))
    return folder


class _Recording:
    """A connection that records the row ids of every insert into the full-text table."""

    def __init__(self, db: sqlite3.Connection, seen: list[list[int]]):
        self._db, self._seen = db, seen

    def executemany(self, sql: str, rows):  # type: ignore[no-untyped-def]
        rows = list(rows)
        if sql.startswith("INSERT INTO fts"):
            self._seen.append([row[0] for row in rows])
        return self._db.executemany(sql, rows)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._db, name)


_LOG: dict = {}  # where _recording_write_text notes the ids, and the real _write_text


def _recording_write_text(db, entries, ids):  # type: ignore[no-untyped-def]
    seen: list[list[int]] = []
    result = _LOG["real"](_Recording(db, seen), entries, ids)
    with open(_LOG["path"], "a") as out:
        out.writelines(" ".join(map(str, batch)) + "\n" for batch in seen)
    return result


@pytest.mark.parametrize("processes", [1, 2])
def test_first_search_after_a_list_writes_words_in_id_order(
        workspace: Workspace, tmp_path: Path, monkeypatch, capsys, processes: int) -> None:
    # Slugs whose order differs from the order the folder lists them (the rows' ids).
    slugs = []
    for i in range(60):
        article = workspace.create_article(f"Meldung {(i * 37) % 60:02d} Straße",
                                           date=dt.date(2022, 1, 1 + i % 28),
                                           body=f"Text {i} über München.")
        write_article(article)
        slugs.append(article.slug)
    for path in workspace.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    monkeypatch.setattr(read, "PARALLEL_FROM", 10)
    monkeypatch.setattr(read, "BATCH", 16)
    assert main(["list", str(workspace.root)]) == 0
    listed = capsys.readouterr().out
    index = ArticleIndex(workspace.articles_dir, processes=processes)
    db = index._connect()
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY slug")]
    assert ids != sorted(ids)  # else the test proves nothing
    # every write of words, here or in a worker process (forked: it keeps the patch)
    monkeypatch.setitem(_LOG, "path", tmp_path / "fts-inserts.log")
    monkeypatch.setitem(_LOG, "real", write.write_text)
    monkeypatch.setattr(write, "write_text", _recording_write_text)
    assert index.fill_text() == 60
    seen = [[int(i) for i in line.split()]
            for line in (tmp_path / "fts-inserts.log").read_text().splitlines()]
    assert sorted(i for batch in seen for i in batch) == sorted(ids)
    for batch in seen:
        assert batch == sorted(batch)
    assert len(index.matching("strasse muenchen")) == 60
    assert index.matching("meldung 07") == {slugs[i] for i in range(60) if (i * 37) % 60 == 7}
    assert main(["list", str(workspace.root)]) == 0
    assert capsys.readouterr().out == listed


def test_words_read_quickly_are_those_of_the_full_load(workspace: Workspace, tmp_path: Path,
                                                       monkeypatch) -> None:
    """Articles in the plain form are read for search without building an Article (quick),
    also one in review (its state from its events, no content hash needed); every search
    finds what an index built from full loads finds."""
    from editor.model import review
    from editor.model.index import quick

    for i, (title, body) in enumerate([("Sperrung: Straße am Bahnhof", "Fahrradstraße"),
                                       ("Besuch aus München", "Gäste aus Köln"),
                                       ("Café am Markt", "Crème brûlée für alle."),
                                       ("'Zitat' mit: Doppelpunkt", "über Zürich")]):
        article = workspace.create_article(title, date=dt.date(2022, 1, 1 + i), body=body)
        article.tags = ["Städte", "Verkehr"] if i % 2 else []
        article.lead = f"Vorspann {i} über Düsseldorf"
        write_article(article)
    review.add_event(workspace.load("besuch-aus-muenchen"), "submitted", "Ben Autor")
    for path in workspace.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    calls: list[bool] = []
    real = quick.fields
    monkeypatch.setattr(quick, "fields", lambda raw: calls.append(True) or real(raw))
    fast = ArticleIndex(workspace.articles_dir, db_path=tmp_path / "fast.sqlite")
    fast.refresh()
    assert len(calls) == 4  # the drafts and the article in review
    monkeypatch.setattr(quick, "fields", lambda raw: None)
    full = ArticleIndex(workspace.articles_dir, db_path=tmp_path / "full.sqlite")
    full.refresh()
    assert fast.query() == full.query()
    assert fast.summary("besuch-aus-muenchen").status == "in_review"
    for text in ("strasse", "Straße", "fahrrad", "muenchen", "koeln", "cafe", "creme brulee",
                 "zitat doppelpunkt", "zurich", "duesseldorf", "vorspann 2", "staedte",
                 "verkehr", "nichts"):
        assert fast.matching(text) == full.matching(text), text
    assert fast.matching("duesseldorf") == {s.slug for s in full.query()}
