"""Workspace.duplicate_article and rename_article (used by the app's article list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.article import load_article
from editor.model.errors import WorkspaceError
from editor.model.workspace import Workspace

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def test_duplicate_copies_text_and_photos_but_not_review(sample_workspace: Path) -> None:
    ws = Workspace.open(sample_workspace)
    source = ws.load(LIBRARY)
    (source.folder / "review").mkdir(exist_ok=True)
    (source.folder / "review" / "event.json").write_text("{}", encoding="utf-8")
    copy = ws.duplicate_article(LIBRARY, "Bibliothek Kopie")
    assert copy.slug == "bibliothek-kopie"
    assert copy.title == "Bibliothek Kopie"
    reloaded = load_article(copy.folder)
    assert reloaded.body == source.body
    assert [p.file for p in reloaded.photos] == [p.file for p in source.photos]
    for photo in source.photos:
        assert (copy.folder / photo.file).read_bytes() == (source.folder / photo.file).read_bytes()
    assert list((copy.folder / "review").iterdir()) == []
    # The original is untouched.
    assert ws.load(LIBRARY).title == source.title


def test_duplicate_twice_gets_distinct_slugs(sample_workspace: Path) -> None:
    ws = Workspace.open(sample_workspace)
    first = ws.duplicate_article(LIBRARY)
    second = ws.duplicate_article(LIBRARY)
    assert first.slug != second.slug
    assert first.folder.is_dir() and second.folder.is_dir()


def test_rename_moves_folder_to_new_slug(sample_workspace: Path) -> None:
    ws = Workspace.open(sample_workspace)
    body = ws.load(LIBRARY).body
    assert ws.slug_for_title(LIBRARY, "Neue Bücherei") == "neue-buecherei"
    folder = ws.rename_article(LIBRARY, "Neue Bücherei")
    assert folder.name == "neue-buecherei"
    assert not (ws.articles_dir / LIBRARY).exists()
    article = load_article(folder)
    assert article.title == "Neue Bücherei"
    assert article.body == body
    assert (folder / "photos" / "fassade.jpg").is_file()


def test_rename_keeping_slug_only_changes_title(sample_workspace: Path) -> None:
    ws = Workspace.open(sample_workspace)
    title = ws.load(LIBRARY).title
    folder = ws.rename_article(LIBRARY, title + "!")
    assert folder.name == LIBRARY
    assert ws.load(LIBRARY).title == title + "!"


def test_rename_to_taken_slug_gets_suffix(workspace: Workspace) -> None:
    workspace.create_article("Erster")
    second = workspace.create_article("Zweiter")
    folder = workspace.rename_article(second.slug, "Erster")
    assert folder.name == "erster-2"


def test_rename_refuses_empty_title(workspace: Workspace) -> None:
    article = workspace.create_article("Titel")
    with pytest.raises(WorkspaceError):
        workspace.rename_article(article.slug, "  ")
