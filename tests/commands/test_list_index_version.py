"""An index written by an earlier version (schema 5: rows without their list lines) is
thrown away and rebuilt by `newsdesk list`, which then prints the same lines as ever."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from editor.cli import main
from editor.commands import list as list_cmd
from editor.model.index import SCHEMA_VERSION, ArticleIndex, index_path_for
from editor.model.workspace import Workspace
from tests.util import write_article

OLD = 1_600_000_000
SCHEMA_5 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    date TEXT, is_date INTEGER NOT NULL, status TEXT NOT NULL, error TEXT,
    fingerprint TEXT NOT NULL, indexed INTEGER NOT NULL);
CREATE INDEX articles_without_text ON articles(slug) WHERE indexed = 0;
CREATE VIRTUAL TABLE fts USING fts5(text, content='', columnsize=0, detail=none,
    tokenize='unicode61 remove_diacritics 2');
"""


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


def test_an_index_of_schema_5_is_rebuilt_with_the_lines(tmp_path: Path, capsys) -> None:
    assert SCHEMA_VERSION == 7
    ws = Workspace.init(tmp_path / "ws", language="de")
    write_article(ws.create_article("Straßenfest", date=dt.date(2022, 6, 24), body="Musik"))
    write_article(ws.create_article("Ohne Datum"))
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    path = index_path_for(ws.articles_dir)
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_5)
    db.execute("INSERT INTO articles VALUES (1, 'strassenfest', 'Alter Titel', '2022-06-24', 1, "
               "'draft', NULL, 'x', 1)")
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()

    assert main(["list", str(ws.root)]) == 0
    out = capsys.readouterr().out
    rows = ArticleIndex(ws.articles_dir).rows()
    assert out == "".join(list_cmd._line(row, True) for row in rows)
    assert (f"{'24.06.2022':<10}  {'draft':<22}  {'strassenfest':<40}  Straßenfest\n"
            in out)
    assert "Alter Titel" not in out
    assert len(out.splitlines()) == 2
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()
    assert main(["list", str(ws.root), "--search", "musik"]) == 0
    assert "strassenfest" in capsys.readouterr().out
