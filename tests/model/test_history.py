"""Versions: listing, diff, restore (a restore is itself a new version)."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.model import history, storage
from editor.model.article import load_article
from editor.model.storage import ConflictError


def _three_saves(workspace):
    article = load_article(workspace.create_article("Markt").folder)
    h = storage.file_hash(article.path)
    for body in ("eins\n", "zwei\n", "drei\n"):
        article.body = body
        h = storage.save_checked(article, h, version_interval=0)
    return article, h


def test_versions_newest_first(workspace) -> None:
    article, _ = _three_saves(workspace)
    versions = history.list_versions(article.folder)
    assert [v.number for v in versions] == [1, 2, 3]
    assert versions[0].read_text().endswith("zwei\n")
    assert versions[2].read_text().endswith("---\n")  # the freshly created article
    assert versions[0].saved_at >= versions[1].saved_at >= versions[2].saved_at
    assert versions[0].saved_at <= dt.datetime.now(dt.UTC)


def test_diff_with_current(workspace) -> None:
    article, _ = _three_saves(workspace)
    lines = history.diff_with_current(article.folder, 2)
    assert "-drei" in lines and "+eins" in lines
    assert lines[0].startswith("--- current")


def test_restore_is_a_new_version(workspace) -> None:
    article, h = _three_saves(workspace)
    new_hash = storage.restore_version(article.folder, 2, h)
    assert load_article(article.folder).body == "eins\n"
    assert new_hash == storage.file_hash(article.path)
    versions = history.list_versions(article.folder)
    assert len(versions) == 4
    assert versions[0].read_text().endswith("drei\n")  # the replaced text is kept


def test_restore_refuses_on_conflict(workspace) -> None:
    article, h = _three_saves(workspace)
    article.path.write_text(article.path.read_text() + "fremd\n")
    with pytest.raises(ConflictError):
        storage.restore_version(article.folder, 1, h)


def test_unknown_version(workspace) -> None:
    article, _ = _three_saves(workspace)
    with pytest.raises(history.HistoryError) as caught:
        history.get_version(article.folder, 9)
    assert "3 earlier versions" in caught.value.message


def test_temp_and_foreign_files_ignored(workspace) -> None:
    article, _ = _three_saves(workspace)
    hdir = history.history_dir(article.folder)
    (hdir / ".20990101T000000000000Z-abcdef.md.1234.ndtmp").write_text("half")
    (hdir / "notes.txt").write_text("x")
    assert len(history.list_versions(article.folder)) == 3


def test_names_stay_ordered_when_clock_steps_back(workspace, monkeypatch) -> None:
    article, _ = _three_saves(workspace)
    newest = history.list_versions(article.folder)[0]
    future = newest.path.with_name("29990101T000000000000Z-aaaaaa.md")
    newest.path.rename(future)
    added = history.add_version(article.folder, b"later")
    assert history.list_versions(article.folder)[0].path == added


def test_diff_function() -> None:
    assert history.diff("a\nb", "a\nb") == []
    lines = history.diff("a\nb", "a\nc", "old", "new")
    assert lines[:2] == ["--- old", "+++ new"] and "-b" in lines and "+c" in lines
