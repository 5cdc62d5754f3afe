"""A cold index built by worker processes: each writes the batches it reads itself (the
refreshing process only scans and hands out work); the index is the same as one built
serially, the photos' state of approved articles included, and a worker that cannot
write hands its batch back to the refreshing process."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from editor.model import review
from editor.model.article import Photo, load_article
from editor.model.config import SiteConfig
from editor.model.index import ArticleIndex, read, write
from editor.model.workspace import Workspace
from tests.util import write_article

OLD = 1_600_000_000
CREDITS = dict(caption="Der Rathausplatz", alt="Ein Platz mit Brunnen", creator="Eva Bild",
               credit="Stadt", copyright="© Stadt", license="Nur für diesen Artikel")


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


@pytest.fixture
def parallel(monkeypatch) -> None:
    monkeypatch.setattr(read, "PARALLEL_FROM", 5)
    monkeypatch.setattr(read, "BATCH", 4)  # several batches, from both workers
    monkeypatch.setattr(read.os, "cpu_count", lambda: 2)


def _age(root: Path) -> None:
    for path in root.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)


def _photo(folder: Path, colour: tuple[int, int, int]) -> None:
    from PIL import Image

    (folder / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (64, 48), colour).save(folder / "photos" / "a.jpg")


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    """21 articles: drafts, in review, approved with a photo; one unreadable."""
    config = SiteConfig()
    for i in range(18):
        article = workspace.create_article(f"Meldung {i} über die Straße",
                                           date=dt.date(2024, 1 + i % 12, 1 + i),
                                           body=f"Text {i} zum Wasserwerk.")
        write_article(article)
        if i % 3 == 1:
            review.add_event(load_article(article.folder), "submitted", "Ben Autor")
    for title in ("Freigegeben mit Foto", "Noch eins mit Foto"):
        article = workspace.create_article(title, date=dt.date(2025, 3, 4),
                                           body="Ein Absatz über München.\n")
        _photo(article.folder, (40, 120, 200))
        article.photos = [Photo(id="a", file="photos/a.jpg", **CREDITS)]
        article.lead_photo = "a"
        write_article(article)
        article = load_article(article.folder)
        review.add_event(article, "submitted", "Ben Autor")
        review.add_event(article, "approved", "Anna Prüferin", config=config)
    broken = workspace.articles_dir / "kaputt"
    broken.mkdir()
    (broken / "article.md").write_bytes(b"---\ntitle: [\n---\n")
    _age(workspace.root)
    return workspace


def _table(index: ArticleIndex) -> list[tuple]:
    index.fill_text()
    db = sqlite3.connect(index.db_path)
    try:
        return db.execute("SELECT slug, title, date, is_date, status, error, fingerprint, "
                          "indexed FROM articles ORDER BY slug").fetchall()
    finally:
        db.close()


def _writers(log: Path) -> list[int]:
    return [int(pid) for pid in log.read_text().split()] if log.exists() else []


def _logging_writes(monkeypatch, log: Path, fail_in_workers: bool = False) -> None:
    """write.write_batch, noting which process wrote (the workers are forked: they inherit
    the patch); ``fail_in_workers``: their writes fail as on a locked or damaged file."""
    real = write.write_batch
    main_pid = os.getpid()

    def noting(db, gone, stale, entries):  # type: ignore[no-untyped-def]
        if entries and os.getpid() != main_pid and fail_in_workers:
            raise sqlite3.OperationalError("database is locked")
        if entries:
            with open(log, "a") as out:
                out.write(f"{os.getpid()}\n")
        return real(db, gone, stale, entries)

    monkeypatch.setattr(write, "write_batch", noting)


def test_workers_write_what_they_read_and_the_index_is_the_serial_one(
        filled: Workspace, tmp_path: Path, parallel, monkeypatch) -> None:
    serial = ArticleIndex(filled.articles_dir, db_path=tmp_path / "serial.sqlite")
    assert len(serial.refresh()) == 21
    log = tmp_path / "writers.log"
    _logging_writes(monkeypatch, log)
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "workers.sqlite", processes=2)
    assert len(built.refresh()) == 21
    writers = _writers(log)
    assert len(writers) == 6  # 21 articles in batches of 4
    assert os.getpid() not in writers  # every batch was written by a worker process
    assert _table(built) == _table(serial)
    assert built.query() == serial.query()
    assert {s.status for s in built.query()} >= {"draft", "in_review", "approved"}
    assert built.matching("strasse") == serial.matching("strasse")
    assert len(built.matching("muenchen")) == 2
    # the photos' state came with the rows: a new photo is a change, seen by a refresh
    assert built.refresh() == set()
    approved = next(s for s in built.query() if s.status == "approved")
    _photo(approved.folder, (200, 20, 20))
    os.utime(approved.folder / "photos", (OLD + 5, OLD + 5))
    assert built.refresh() == {approved.slug}
    assert built.summary(approved.slug).status == "changed_since_approval"


def test_a_worker_that_cannot_write_hands_its_batch_back(
        filled: Workspace, tmp_path: Path, parallel, monkeypatch) -> None:
    serial = ArticleIndex(filled.articles_dir, db_path=tmp_path / "serial.sqlite")
    serial.refresh()
    log = tmp_path / "writers.log"
    _logging_writes(monkeypatch, log, fail_in_workers=True)
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "workers.sqlite", processes=2)
    assert len(built.refresh()) == 21
    assert _writers(log) == [os.getpid()] * 6  # all written here instead
    assert _table(built) == _table(serial)
    assert built.refresh() == set()


def test_no_writing_workers_for_an_index_in_memory(filled: Workspace, tmp_path: Path,
                                                   parallel, monkeypatch) -> None:
    """Without a writable cache folder the index lives in this process only: the
    workers cannot reach it, so they read and this process writes."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    log = tmp_path / "writers.log"
    _logging_writes(monkeypatch, log)
    built = ArticleIndex(filled.articles_dir, db_path=blocked / "index.sqlite", processes=2)
    assert len(built.refresh()) == 21
    assert _writers(log) == [os.getpid()] * 6
    assert len(built.query()) == 21
    assert len(built.matching("wasserwerk")) == 18


def test_rows_without_text_are_written_here(filled: Workspace, tmp_path: Path, parallel,
                                            monkeypatch) -> None:
    """A plain cold list (no text): the rows are a few ms a batch, written here while the
    workers read on; the text is filled in later, as from a serial build."""
    log = tmp_path / "writers.log"
    _logging_writes(monkeypatch, log)
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "rows.sqlite", processes=2,
                         read_text=False)
    assert len(built.refresh()) == 21
    assert _writers(log) == [os.getpid()] * 6
    serial = ArticleIndex(filled.articles_dir, db_path=tmp_path / "serial.sqlite")
    serial.refresh()
    assert _table(built) == _table(serial)


def test_the_text_filled_in_later_is_written_by_the_workers(
        filled: Workspace, tmp_path: Path, parallel, monkeypatch) -> None:
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "rows.sqlite", processes=2,
                         read_text=False)
    built.refresh()
    real_fill = write.write_text
    main_pid = os.getpid()
    log = tmp_path / "text-writers.log"

    def noting(db, entries, ids):  # type: ignore[no-untyped-def]
        with open(log, "a") as out:
            out.write(f"{os.getpid()}\n")
        return real_fill(db, entries, ids)

    monkeypatch.setattr(write, "write_text", noting)
    assert built.matching("wasserwerk") and len(built.matching("wasserwerk")) == 18
    writers = _writers(log)
    assert len(writers) == 5 and main_pid not in writers  # 20 readable rows, batches of 4
    serial = ArticleIndex(filled.articles_dir, db_path=tmp_path / "serial.sqlite")
    serial.refresh()
    assert _table(built) == _table(serial)
    assert built.matching("muenchen") == serial.matching("muenchen")
    assert built.fill_text() == 0
    assert built.refresh() == set()


def test_text_read_for_a_row_replaced_meanwhile_is_not_written(
        filled: Workspace, tmp_path: Path, parallel, monkeypatch) -> None:
    """A worker writes the text only to rows that still wait for it with the fingerprint
    it read: a row replaced since (here: by a change written before the worker's turn)
    keeps waiting, and the next search reads it again."""
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "rows.sqlite", processes=2,
                         read_text=False)
    built.refresh()
    db = sqlite3.connect(built.db_path)
    slug = db.execute("SELECT slug FROM articles WHERE error IS NULL ORDER BY id").fetchone()[0]
    db.close()
    monkeypatch.setitem(_REPLACE, "slug", slug)
    monkeypatch.setitem(_REPLACE, "real", write.write_text_apart)
    monkeypatch.setattr(write, "write_text_apart", _replacing_first)
    built.fill_text()
    db = sqlite3.connect(built.db_path)
    try:
        waiting = db.execute("SELECT slug FROM articles WHERE indexed = 0 AND error IS NULL"
                             ).fetchall()
    finally:
        db.close()
    assert waiting == [(slug,)]


_REPLACE: dict = {}  # the slug _replacing_first replaces, the real function (forked: kept)


def _replacing_first(db_path, entries):  # type: ignore[no-untyped-def]
    """_write_text_apart, after changing the row of _REPLACE["slug"] as a refresh in
    another process would (module level: the pool pickles it by name)."""
    slug = _REPLACE["slug"]
    if any(e.slug == slug for e in entries):
        other = sqlite3.connect(db_path)
        other.execute("UPDATE articles SET fingerprint = 'changed' WHERE slug = ?", (slug,))
        other.commit()
        other.close()
    return _REPLACE["real"](db_path, entries)


def _turn_never_free(lock) -> None:  # type: ignore[no-untyped-def]
    """As if another worker had died during its turn: the lock stays taken."""
    import threading

    taken = threading.Lock()
    taken.acquire()
    read._write_lock = taken


def test_a_worker_that_never_gets_its_turn_hands_its_batch_back(
        filled: Workspace, tmp_path: Path, parallel, monkeypatch) -> None:
    monkeypatch.setattr(read, "WRITE_TURN_SECONDS", 0.1)
    monkeypatch.setattr(read, "_set_write_lock", _turn_never_free)
    log = tmp_path / "writers.log"
    _logging_writes(monkeypatch, log)
    built = ArticleIndex(filled.articles_dir, db_path=tmp_path / "workers.sqlite", processes=2)
    assert len(built.refresh()) == 21
    assert _writers(log) == [os.getpid()] * 6
    serial = ArticleIndex(filled.articles_dir, db_path=tmp_path / "serial.sqlite")
    serial.refresh()
    assert _table(built) == _table(serial)
