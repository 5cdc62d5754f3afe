"""Building the index from many files (batches, worker processes, the cheaper read and
review check) gives exactly the rows a per-file load gives, and `newsdesk list` prints
what it printed before; a warm list loads no article or YAML module."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import review
from editor.model.index import ArticleIndex, parse, read, scan
from editor.model.workspace import Workspace
from tests.util import write_article

REPO = Path(__file__).resolve().parents[2]
OLD = 1_600_000_000


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "index-cache"
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(folder))
    return folder


def _settle(ws: Workspace) -> None:
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)


@pytest.fixture
def many(workspace: Workspace, tmp_path: Path) -> Workspace:
    """39 articles of every kind a listing meets: dates, timestamps, impossible dates, no
    date, umlauts, review events, unreadable files of several sorts, a symlinked folder."""
    for i in range(30):
        article = workspace.create_article(f"Meldung {i}: Straße {i % 7}",
                                           date=dt.date(2020 + i % 4, 1 + i % 12, 1 + i % 28),
                                           body=f"Text über München {i}.")
        article.tags = ["Verkehr", "Städte"] if i % 3 else []
        if i % 5 == 0:
            article.date = dt.datetime(2021, 5, 6, 7, 8)
        if i % 7 == 0:
            article.date = "2022-02-30"  # kept as written
        if i % 11 == 0:
            article.date = None
        write_article(article)
        if i % 4 == 0:
            review.add_event(workspace.load(article.folder.name), "submitted", "Ben Autor")
    odd = {
        "kaputt": b"---\ntitle: [\n---\n",
        "latin": "---\ntitle: Gr\xfc\xdfe\n---\nx\n".encode("latin-1"),
        "kein-titel": b"---\ndate: 2022-01-01\n---\nx\n",
        "leer": b"",
    }
    for slug, raw in odd.items():
        (workspace.articles_dir / slug).mkdir()
        (workspace.articles_dir / slug / "article.md").write_bytes(raw)
    linked = workspace.articles_dir / "verlinkte-datei"
    linked.mkdir()
    (linked / "article.md").symlink_to(workspace.articles_dir / "kaputt" / "article.md")
    folder = workspace.articles_dir / "ordner-statt-datei"
    (folder / "article.md").mkdir(parents=True)
    fifo = workspace.articles_dir / "fifo"
    fifo.mkdir()
    os.mkfifo(fifo / "article.md")
    review_link = workspace.articles_dir / "review-link"
    write_article(workspace.create_article("Review verlinkt"))
    os.rename(workspace.articles_dir / "review-verlinkt", review_link)
    (review_link / "review").rmdir()
    (review_link / "review").symlink_to(tmp_path)
    outside = tmp_path / "draussen"
    outside.mkdir()
    (outside / "article.md").write_text("---\ntitle: GEHEIM\n---\nx\n")
    (workspace.articles_dir / "link").symlink_to(outside, target_is_directory=True)
    _settle(workspace)
    return workspace


def _per_file(ws: Workspace) -> list[tuple]:
    """The rows from loading each article on its own (Workspace.summary), in list order."""
    rows = []
    for folder in ws.article_dirs():
        s = ws.summary(folder)
        date = s.date.date() if isinstance(s.date, dt.datetime) else s.date
        rows.append((s.slug, s.title, date, s.status, s.error))

    def key(row: tuple) -> tuple:
        return (row[2].isoformat() if isinstance(row[2], dt.date) else "", row[0])

    return sorted(rows, key=key, reverse=True)


def _indexed(index: ArticleIndex) -> list[tuple]:
    return [(s.slug, s.title, s.date, s.status, s.error) for s in index.query()]


@pytest.mark.parametrize("nofollow", [True, False])
def test_cold_build_equals_the_per_file_load(many: Workspace, tmp_path: Path, nofollow: bool,
                                             monkeypatch) -> None:
    if not nofollow:  # as where open() has no O_NOFOLLOW (Windows): the checked load
        monkeypatch.setattr(parse, "_NOFOLLOW", 0)
    index = ArticleIndex(many.articles_dir, db_path=tmp_path / "serial.sqlite")
    index.refresh()
    expected = _per_file(many)
    assert _indexed(index) == expected
    assert {row[3] for row in expected} >= {"draft", "in_review"}
    errors = {row[0]: row[4] for row in expected if row[4]}
    assert set(errors) == {"kaputt", "latin", "leer", "verlinkte-datei", "ordner-statt-datei",
                           "fifo", "review-link", "link"}
    assert "GEHEIM" not in str(_indexed(index))


def test_cold_build_in_worker_processes_and_batches_equals_it(many: Workspace, tmp_path: Path,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(read, "PARALLEL_FROM", 5)
    monkeypatch.setattr(read, "BATCH", 7)  # several batches, arriving in any order
    monkeypatch.setattr(read.os, "cpu_count", lambda: 2)
    index = ArticleIndex(many.articles_dir, db_path=tmp_path / "parallel.sqlite", processes=2)
    assert len(index.refresh()) == 39
    assert _indexed(index) == _per_file(many)
    assert index.refresh() == set()  # settled: nothing read again
    assert index.matching("strasse muenchen") == index.matching("Straße München")
    assert len(index.matching("Straße München")) == 30


def test_a_changed_file_is_read_again_and_an_unchanged_one_is_not(many: Workspace,
                                                                  monkeypatch) -> None:
    many.list_articles()
    reads: list[str] = []
    real = read.read_entry
    monkeypatch.setattr(read, "read_entry", lambda folder, fp, text=True: reads.append(
        Path(folder).name) or real(folder, fp, text))
    fresh = Workspace.open(many.root)
    assert fresh.list_articles() and reads == []
    target = next(s.slug for s in fresh.list_articles() if not s.error)
    article = fresh.load(target)
    article.title = "Ganz neuer Titel"
    write_article(article)  # now: unsettled, so read on every listing until it is older
    assert {s.slug: s.title for s in fresh.list_articles()}[target] == "Ganz neuer Titel"
    assert reads == [target]
    _settle(many)
    reads.clear()
    fresh.list_articles()
    assert reads == [target]  # its fingerprint changed once more (the mtime)
    reads.clear()
    assert [s.slug for s in fresh.list_articles(search="ganz neuer")] == [target]
    assert reads == []


def _old_list_output(ws: Workspace) -> str:
    """`newsdesk list` as it printed before the index printed rows directly."""
    lines = []
    for slug, title, d, status, error in _per_file(ws):
        date = f"{d.day:02}.{d.month:02}.{d.year}" if isinstance(d, dt.date) else (d or "-")
        title = title if not error else f"{title}  (unreadable: {error})"
        lines.append(f"{date:<10}  {status:<22}  {slug:<40}  {title}\n")
    return "".join(lines)


def test_list_prints_what_it_printed_before(many: Workspace, capsys) -> None:
    article = many.create_article("Sehr alt", date=dt.date(999, 1, 2))
    write_article(article)
    _settle(many)
    assert main(["list", str(many.root)]) == 0
    cold = capsys.readouterr().out
    assert cold == _old_list_output(many)
    assert "02.01.999 " in cold
    assert main(["list", str(many.root)]) == 0
    assert capsys.readouterr().out == cold


def test_names_written_out_for_the_scan_agree_with_the_article_module() -> None:
    from editor.model import article, workspace

    assert (scan.ARTICLE_FILE, scan.PHOTOS_DIR, scan.REVIEW_DIR) == (
        article.ARTICLE_FILE, article.PHOTOS_DIR, article.REVIEW_DIR)
    assert workspace.META_DIR == article.META_DIR


def test_a_warm_list_loads_no_article_yaml_or_review_module(many: Workspace) -> None:
    main(["list", str(many.root)])
    code = ("import sys, io; from editor.cli import main; sys.stdout = io.StringIO(); "
            "main(['list', sys.argv[1]]); sys.stdout = sys.__stdout__; "
            "print(sorted(m for m in sys.modules if m in ('yaml', 'editor.model.article', "
            "'editor.model.review', 'editor.model.index.read')))")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code, str(many.root)], env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    assert out.strip() == "[]"


def _fts_rows(db) -> int:
    """Rows with words in the full-text table (which keeps no text and no sizes, so it
    cannot be counted directly): the documents its vocabulary names."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab "
               "USING fts5vocab(main, fts, 'instance')")
    return db.execute("SELECT count(DISTINCT doc) FROM temp.vocab").fetchone()[0]


def test_replaced_words_are_never_found_and_the_index_starts_over(workspace: Workspace,
                                                                  monkeypatch) -> None:
    """The full-text table keeps no text, so a replaced article's words stay in it under an
    id no article has: never a match; when they outnumber the articles, it starts over."""
    from editor.model.index import store, write

    monkeypatch.setattr(store, "ORPHANS_AFTER", 3)
    article = workspace.create_article("Obst", body="Apfel")
    write_article(workspace.create_article("Gemüse", body="Möhre"))
    _settle(workspace)
    index = workspace.index

    def counts() -> tuple[int, int, int]:
        db = index._connect()
        return (write.meta(db, "orphans", 0),
                _fts_rows(db),
                db.execute("SELECT count(*) FROM articles").fetchone()[0])

    assert [s.slug for s in workspace.list_articles(search="apfel")] == ["obst"]
    previous = "apfel"
    seen = []
    for word in ("Kirsche", "Pflaume", "Traube", "Melone", "Banane"):
        article.body = word
        write_article(article)
        _settle(workspace)
        assert [s.slug for s in workspace.list_articles(search=word)] == ["obst"]
        assert workspace.list_articles(search=previous) == []
        assert [s.slug for s in workspace.list_articles(search="moehre")] == ["gemuese"]
        previous = word
        seen.append(counts())
    # (orphans, full-text rows, articles): one orphan a change; at the first refresh that
    # finds more than max(articles, 3), the index starts over (within the 4th change's
    # listings), and every article was read again
    assert seen == [(1, 3, 2), (2, 4, 2), (3, 5, 2), (0, 2, 2), (1, 3, 2)]


def _search_rows(index: ArticleIndex, text: str) -> list[tuple]:
    return [(s.slug, s.title, s.date, s.status, s.error) for s in index.query(search=text)]


def test_a_list_reads_no_text_and_the_first_search_gives_what_a_full_read_gives(
        many: Workspace, tmp_path: Path, capsys) -> None:
    """A plain `newsdesk list` leaves the words out of the index; the first search puts them
    in and finds exactly what an index built with the text finds."""
    assert main(["list", str(many.root)]) == 0
    listed = capsys.readouterr().out
    index = many.index
    db = index._connect()
    assert _fts_rows(db) == 0
    assert db.execute("SELECT count(*) FROM articles WHERE indexed = 0 AND error IS NULL"
                      ).fetchone()[0] == 31
    # an article edited after the list and before the first search: the search sees it
    article = many.load("meldung-3-strasse-3")
    article.body = "Jetzt über Wolkenkratzer."
    write_article(article)
    _settle(many)
    full = ArticleIndex(many.articles_dir, db_path=tmp_path / "full.sqlite")
    full.refresh()
    for text in ("strasse muenchen", "Straße", "wolkenkratzer", "verkehr", "meldung 7"):
        assert main(["list", str(many.root), "--search", text, "--json"]) == 0
        out = capsys.readouterr().out
        assert [(r["slug"], r["title"]) for r in json.loads(out)] == [
            (row[0], row[1]) for row in _search_rows(full, text)], text
    assert _search_rows(index, "wolkenkratzer")[0][0] == "meldung-3-strasse-3"
    assert db.execute("SELECT count(*) FROM articles WHERE indexed = 0 AND error IS NULL"
                      ).fetchone()[0] == 0
    from editor.model.index import write

    assert write.meta(db, "orphans", 0) == 0  # rows got their words, nothing replaced
    assert main(["list", str(many.root)]) == 0
    assert capsys.readouterr().out == listed == _old_list_output(many)


def test_matching_and_refresh_with_text_fill_a_list_without_text(many: Workspace,
                                                                 tmp_path: Path) -> None:
    rows_only = ArticleIndex(many.articles_dir, db_path=tmp_path / "i.sqlite", read_text=False)
    rows_only.refresh()
    other = ArticleIndex(many.articles_dir, db_path=tmp_path / "i.sqlite")  # the app's
    assert len(other.matching("Straße München")) == 30
    rows_only.refresh()
    assert len(rows_only.matching("straße")) == 30
    again = ArticleIndex(many.articles_dir, db_path=tmp_path / "j.sqlite", read_text=False)
    assert again.is_empty()
    again.refresh()
    assert again.is_empty()  # most text still to read: the app reads it in the background
    ArticleIndex(many.articles_dir, db_path=tmp_path / "j.sqlite").refresh()  # app refresh
    db = again._connect()
    assert db.execute("SELECT count(*) FROM articles WHERE indexed = 0 AND error IS NULL"
                      ).fetchone()[0] == 0
    assert _indexed(again) == _per_file(many)
    assert not again.is_empty()
    article = many.load("meldung-3-strasse-3")
    article.body = "Neu."
    write_article(article)
    again.refresh()  # one article read again without its text: not 'empty'
    assert not again.is_empty()
