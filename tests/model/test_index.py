"""The workspace index: a cache of titles, states and folded full text in SQLite."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from editor.model import review
from editor.model.article import load_article
from editor.model.index import ArticleIndex, fold, index_path_for
from editor.model.index import read as index_read
from editor.model.workspace import Workspace
from tests.util import write_article

OLD = 1_600_000_000  # a settled mtime (seconds)


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "index-cache"
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(folder))
    return folder


def settle(ws: Workspace) -> None:
    """Age every file so the index trusts its fingerprint (fresh ones are re-read)."""
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)


def make(ws: Workspace, title: str, body: str = "", **fields) -> str:
    article = ws.create_article(title, date=fields.pop("date", dt.date(2022, 6, 1)), body=body)
    for key, value in fields.items():
        setattr(article, key, value)
    write_article(article)
    return article.slug


def search(ws: Workspace, text: str) -> list[str]:
    return sorted(s.slug for s in ws.list_articles(search=text))


def test_german_folding_finds_every_spelling(workspace: Workspace) -> None:
    make(workspace, "Sperrung: Straße am Bahnhof", "Die Fahrradstraße wird gebaut.")
    make(workspace, "Besuch aus München", lead="Gäste aus Köln und Zürich", tags=["Städte"])
    make(workspace, "Café am Markt", "Crème brûlée für alle.")
    street, munich, cafe = "sperrung-strasse-am-bahnhof", "besuch-aus-muenchen", "cafe-am-markt"
    for query in ("Strasse", "STRASSE", "straße", "fahrradstrasse", "Fahrrad", "bahnh"):
        assert search(workspace, query) == [street], query
    for query in ("München", "Muenchen", "Munchen", "muench", "Köln", "Koeln", "Koln",
                  "stadte", "Staedte", "zurich"):
        assert search(workspace, query) == [munich], query
    for query in ("cafe", "Café", "creme brulee"):
        assert search(workspace, query) == [cafe], query
    assert search(workspace, "München Straße") == []  # every word must occur
    assert search(workspace, "au") == [munich]  # word beginnings, also short ones
    assert search(workspace, "hof") == []  # not inside words
    assert search(workspace, "gibtsnicht") == []
    assert fold("Straße ÄÖÜ") == "strasse aeoeue"


def test_short_words_and_quotes_do_not_break_the_query(workspace: Workspace) -> None:
    make(workspace, "Ein \"Zitat\" im Titel", "a b c")
    slug = "ein-zitat-im-titel"
    assert search(workspace, '"zitat"') == [slug]
    assert search(workspace, "im") == [slug]
    assert search(workspace, 'zit" OR x') == []
    assert search(workspace, "NEAR( *") == []


def test_only_changed_articles_are_read_again(workspace: Workspace, monkeypatch) -> None:
    slugs = [make(workspace, f"Artikel {i}", f"Text {i}") for i in range(5)]
    settle(workspace)
    reads: list[str] = []
    real = index_read.read_entry

    def counting(folder: Path | str, fingerprint: str, text: bool = True):
        reads.append(Path(folder).name)
        return real(folder, fingerprint, text)

    monkeypatch.setattr(index_read, "read_entry", counting)
    assert len(Workspace.open(workspace.root).list_articles()) == 5
    assert sorted(reads) == sorted(slugs)  # cold: every article once
    reads.clear()
    fresh = Workspace.open(workspace.root)  # another process would see the same file
    assert len(fresh.list_articles()) == 5
    assert fresh.list_articles(search="text 3") and reads == []
    # One article edited (a colleague's save): only that one is read again.
    article = load_article(workspace.articles_dir / slugs[2])
    article.title = "Neuer Titel"
    write_article(article)
    assert {s.slug: s.title for s in fresh.list_articles()}[slugs[2]] == "Neuer Titel"
    assert reads == [slugs[2]]
    # Deleted and added articles are noticed.
    import shutil

    shutil.rmtree(workspace.articles_dir / slugs[0])
    make(workspace, "Ganz neu")
    assert sorted(s.slug for s in fresh.list_articles()) == sorted(
        [*slugs[1:], "ganz-neu"])


def test_review_state_comes_from_the_index(workspace: Workspace) -> None:
    slug = make(workspace, "Stadtrat beschließt Haushalt", lead="Ein Vorspann")
    settle(workspace)
    assert [s.status for s in workspace.list_articles()] == ["draft"]
    review.add_event(workspace.load(slug), "submitted", "Ben Autor")
    assert [s.status for s in workspace.list_articles()] == ["in_review"]
    assert [s.slug for s in workspace.list_articles(status="in_review")] == [slug]
    assert workspace.list_articles(status="draft") == []


def test_index_lives_outside_the_workspace(workspace: Workspace,
                                           private_index_dir: Path) -> None:
    make(workspace, "Eins")
    before = sorted(p.relative_to(workspace.root) for p in workspace.root.rglob("*"))
    workspace.list_articles()
    after = sorted(p.relative_to(workspace.root) for p in workspace.root.rglob("*"))
    assert before == after
    assert index_path_for(workspace.articles_dir).is_file()
    assert index_path_for(workspace.articles_dir).parent == private_index_dir


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other-version", "foreign"])
def test_damaged_index_is_rebuilt(workspace: Workspace, damage: str) -> None:
    make(workspace, "Eins", "Wasserwerk")
    make(workspace, "Zwei")
    workspace.list_articles()
    workspace.index.close()
    path = index_path_for(workspace.articles_dir)
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:1500])
    else:
        db = sqlite3.connect(path)
        if damage == "other-version":
            db.execute("PRAGMA user_version = 999")
        else:
            db.execute("DROP TABLE articles")
            db.execute("CREATE TABLE articles(x)")
        db.commit()
        db.close()
    fresh = Workspace.open(workspace.root)
    assert sorted(s.slug for s in fresh.list_articles()) == ["eins", "zwei"]
    assert [s.slug for s in fresh.list_articles(search="wasserwerk")] == ["eins"]


def test_unwritable_cache_folder_still_lists(workspace: Workspace, tmp_path: Path,
                                            monkeypatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(blocker / "index"))
    make(workspace, "Eins")
    assert [s.slug for s in Workspace.open(workspace.root).list_articles()] == ["eins"]


def _list_in_process(root: str, index_dir: str, queue) -> None:
    os.environ["NEWSDESK_INDEX_DIR"] = index_dir
    ws = Workspace.open(root)
    queue.put(sorted((s.slug, s.status) for s in ws.list_articles(search="rathaus")))


def test_processes_building_the_index_at_once(workspace: Workspace,
                                              private_index_dir: Path) -> None:
    for i in range(40):
        make(workspace, f"Rathaus Meldung {i}", "Text aus dem Rathaus")
    make(workspace, "Anderes")
    settle(workspace)
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_list_in_process,
                         args=(str(workspace.root), str(private_index_dir), queue))
             for _ in range(4)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert all(len(r) == 40 for r in results)
    assert all(r == results[0] for r in results)


def test_index_object_is_usable_from_threads(workspace: Workspace) -> None:
    import threading

    make(workspace, "Eins")
    idx = ArticleIndex(workspace.articles_dir)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                idx.refresh()
                assert [s.slug for s in idx.query()] == ["eins"]
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_indexes_of_removed_workspaces_are_pruned(tmp_path: Path) -> None:
    import shutil

    gone = Workspace.init(tmp_path / "gone")
    make(gone, "Eins")
    gone.list_articles()
    gone.index.close()
    kept = Workspace.init(tmp_path / "kept")
    make(kept, "Zwei")
    kept.list_articles()
    kept.index.close()
    gone_file, kept_file = (index_path_for(w.articles_dir) for w in (gone, kept))
    assert gone_file.is_file() and kept_file.is_file()
    shutil.rmtree(gone.root)
    third = Workspace.init(tmp_path / "third")
    third.list_articles()
    assert not gone_file.exists()  # its workspace (in the temp folder) is gone
    assert kept_file.is_file()


def test_reading_in_worker_processes_gives_the_same_index(workspace: Workspace,
                                                          monkeypatch) -> None:
    for i in range(30):
        make(workspace, f"Artikel über Straßen {i}", f"Text {i}")
    broken = workspace.articles_dir / "kaputt"
    broken.mkdir()
    (broken / "article.md").write_bytes(b"---\ntitle: [\n---\n")
    serial = ArticleIndex(workspace.articles_dir, db_path=workspace.root.parent / "a.sqlite")
    serial.refresh()
    monkeypatch.setattr(index_read, "PARALLEL_FROM", 5)
    monkeypatch.setattr(index_read.os, "cpu_count", lambda: 2)
    parallel = ArticleIndex(workspace.articles_dir, db_path=workspace.root.parent / "b.sqlite",
                            processes=2)
    assert len(parallel.refresh()) == 31
    assert parallel.query() == serial.query()
    assert parallel.matching("strassen") == serial.matching("strassen")
    assert len(parallel.matching("Straßen")) == 30


def test_index_built_by_a_helper_process(workspace: Workspace) -> None:
    from editor.model.index import build_in_subprocess

    make(workspace, "Eins", "Wasserwerk")
    settle(workspace)
    assert build_in_subprocess(workspace.articles_dir)
    fresh = ArticleIndex(workspace.articles_dir)
    assert not fresh.is_empty()
    assert fresh.refresh() == set()  # already current: nothing read here
    assert fresh.matching("wasserwerk") == {"eins"}
