"""Checked save: hash comparison, conflicts, history on every save."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.model import history, storage
from editor.model.article import load_article
from editor.model.errors import ArticleFormatError
from editor.model.storage import ConflictError


def _loaded(workspace):
    article = workspace.create_article("Stadtfest")
    loaded = storage.load(article.folder)
    return loaded.article, loaded.hash


def test_save_keeps_previous_version(workspace) -> None:
    article, h0 = _loaded(workspace)
    before = article.path.read_bytes()
    article.body = "Neuer Text\n"
    h1 = storage.save_checked(article, h0)
    assert h1 == storage.file_hash(article.path) != h0
    versions = history.list_versions(article.folder)
    assert len(versions) == 1 and versions[0].path.read_bytes() == before
    assert load_article(article.folder).body == "Neuer Text\n"


def test_unchanged_save_writes_nothing(workspace) -> None:
    article, h0 = _loaded(workspace)
    assert storage.save_checked(article, h0) == h0
    assert history.list_versions(article.folder) == []


def test_conflict_when_changed_on_disk(workspace) -> None:
    article, h0 = _loaded(workspace)
    theirs = article.path.read_text().replace("Stadtfest", "Stadtfest (Kollegin)")
    article.path.write_text(theirs)
    article.body = "meins"
    with pytest.raises(ConflictError) as caught:
        storage.save_checked(article, h0)
    assert caught.value.disk_text == theirs
    assert caught.value.disk_hash == storage.file_hash(article.path)
    assert article.path.read_text() == theirs
    assert history.list_versions(article.folder) == []
    assert "someone else changed" in caught.value.message


def test_conflict_when_deleted(workspace) -> None:
    article, h0 = _loaded(workspace)
    article.path.unlink()
    with pytest.raises(ConflictError) as caught:
        storage.save_checked(article, h0)
    assert caught.value.disk_text is None and not article.path.exists()


def test_new_article_with_missing_hash(workspace) -> None:
    article, _ = _loaded(workspace)
    article.path.unlink()
    new_hash = storage.save_checked(article, storage.NO_FILE)
    assert new_hash == storage.file_hash(article.path)


def test_history_is_bounded(workspace) -> None:
    article, h = _loaded(workspace)
    for i in range(7):
        article.body = f"Fassung {i}\n"
        h = storage.save_checked(article, h, history_limit=3, version_interval=0)
    versions = history.list_versions(article.folder)
    assert len(versions) == 3
    bodies = [load_article_text(v) for v in versions]
    assert bodies == ["Fassung 5\n", "Fassung 4\n", "Fassung 3\n"]


def load_article_text(version: history.Version) -> str:
    return version.read_text().split("---\n", 2)[2]


def test_history_limit_from_config(workspace) -> None:
    toml = workspace.root / "newsdesk.toml"
    toml.write_text(toml.read_text().replace("history_limit = 50", "history_limit = 2"))
    article, h = _loaded(workspace)
    for i in range(5):
        article.body = f"v{i}"
        h = storage.save_checked(article, h, version_interval=0)
    assert len(history.list_versions(article.folder)) == 2


def test_history_limit_zero_keeps_none(workspace) -> None:
    article, h = _loaded(workspace)
    article.body = "x"
    storage.save_checked(article, h, history_limit=0)
    assert history.list_versions(article.folder) == []


def test_carriage_return_refused_before_writing(workspace) -> None:
    article, h = _loaded(workspace)
    before = article.path.read_bytes()
    article.body = "Zeile eins\r\nZeile zwei"
    with pytest.raises(ArticleFormatError) as caught:
        storage.save_checked(article, h)
    assert "carriage return" in caught.value.message
    assert article.path.read_bytes() == before


def test_unpaired_surrogate_refused(workspace) -> None:
    article, h = _loaded(workspace)
    before = article.path.read_bytes()
    article.body = "bad \ud800"
    with pytest.raises(ArticleFormatError) as caught:
        storage.save_checked(article, h)
    assert "cannot be stored" in caught.value.message
    assert article.path.read_bytes() == before


def test_save_as_copy_keeps_both(workspace) -> None:
    article, h0 = _loaded(workspace)
    (article.folder / "photos" / "p.jpg").write_bytes(b"img")
    theirs = article.path.read_text().replace("Stadtfest", "Stadtfest (Kollegin)")
    article.path.write_text(theirs)
    article.body = "meine Fassung\n"
    with pytest.raises(ConflictError):
        storage.save_checked(article, h0)
    target = storage.save_as_copy(article)
    assert target.name == "stadtfest-2" and target.parent == article.folder.parent
    copy = load_article(target)
    assert copy.body == "meine Fassung\n" and copy.title == "Stadtfest (2)"
    assert (target / "photos" / "p.jpg").read_bytes() == b"img"
    assert article.path.read_text() == theirs
    assert article.folder.name == "stadtfest"  # the open article object is unchanged


def test_rapid_own_saves_coalesce_but_foreign_text_is_kept(workspace) -> None:
    article, h = _loaded(workspace)
    for i in range(5):  # autosave while typing
        article.body = f"Tippen {i}\n"
        h = storage.save_checked(article, h, version_interval=60)
    versions = history.list_versions(article.folder)
    assert len(versions) == 1  # the text as opened; the in-between autosaves are coalesced
    # A colleague saves; we overwrite after a conflict ("keep mine"): theirs is kept.
    theirs = article.path.read_text().replace("Tippen 4", "Kollegin")
    article.path.write_text(theirs)
    article.body = "meins\n"
    storage.save_checked(article, storage.file_hash(article.path), version_interval=60)
    versions = history.list_versions(article.folder)
    assert len(versions) == 2 and versions[0].read_text() == theirs


def test_own_save_after_interval_adds_version(workspace, monkeypatch) -> None:
    article, h = _loaded(workspace)
    article.body = "eins\n"
    h = storage.save_checked(article, h, version_interval=60)
    real_now = dt.datetime.now(dt.UTC)

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return real_now + dt.timedelta(minutes=2)

    monkeypatch.setattr(storage.dt, "datetime", Later)
    article.body = "zwei\n"
    storage.save_checked(article, h, version_interval=60)
    versions = history.list_versions(article.folder)
    assert len(versions) == 2 and versions[0].read_text().endswith("eins\n")
