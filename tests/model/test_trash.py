"""Deleting into the workspace trash and restoring from it."""

from __future__ import annotations

import pytest

from editor.model import trash
from editor.model.errors import WorkspaceError


def test_move_list_restore(workspace) -> None:
    article = workspace.create_article("Sommerfest im Park")
    (article.folder / "photos" / "a.jpg").write_bytes(b"jpegbytes")
    (article.folder / ".newsdesk" / "lock").write_text("{}")
    entry = trash.move_to_trash(workspace.root, article.slug)
    assert not article.folder.exists()
    assert entry.slug == article.slug and entry.title == "Sommerfest im Park"
    assert entry.path.parent == workspace.root / ".trash"
    assert not (entry.path / ".newsdesk" / "lock").exists()
    assert [e.name for e in trash.list_trash(workspace.root)] == [entry.name]
    assert article.slug not in [s.slug for s in workspace.list_articles()]

    restored = trash.restore(workspace.root, entry.name)
    assert restored == article.folder
    assert (restored / "photos" / "a.jpg").read_bytes() == b"jpegbytes"
    assert trash.list_trash(workspace.root) == []


def test_restore_under_unique_slug_when_taken(workspace) -> None:
    first = workspace.create_article("Baustelle")
    entry = trash.move_to_trash(workspace.root, first.slug)
    again = workspace.create_article("Baustelle")
    assert again.slug == first.slug
    restored = trash.restore(workspace.root, entry.name)
    assert restored.name == "baustelle-2"
    assert workspace.load("baustelle-2").title == "Baustelle"


def test_same_slug_deleted_twice_keeps_both(workspace) -> None:
    a = workspace.create_article("Gleich")
    e1 = trash.move_to_trash(workspace.root, a.slug)
    workspace.create_article("Gleich")
    e2 = trash.move_to_trash(workspace.root, a.slug)
    assert e1.name != e2.name
    listed = trash.list_trash(workspace.root)
    assert [e.name for e in listed] == [e2.name, e1.name]  # newest first


@pytest.mark.parametrize("slug", ["", "..", "nope", "../x"])
def test_bad_slug_refused(workspace, slug: str) -> None:
    with pytest.raises(WorkspaceError):
        trash.move_to_trash(workspace.root, slug)


@pytest.mark.parametrize("name", ["", "nothing", "../articles", "20260101T000000000000Z-x"])
def test_bad_name_refused(workspace, name: str) -> None:
    with pytest.raises(WorkspaceError):
        trash.restore(workspace.root, name)


def test_refuses_while_someone_else_edits(workspace) -> None:
    import datetime as dt

    from editor.model import lock

    article = workspace.create_article("In Arbeit")
    info = lock.LockInfo("Carla", "pc-7", 99, dt.datetime.now(dt.UTC), "tok")
    lock.lock_path(article.folder).write_text(info.to_json())
    with pytest.raises(lock.LockedError) as caught:
        trash.move_to_trash(workspace.root, article.slug)
    assert "being edited by Carla on pc-7" in caught.value.message
    assert article.path.is_file()
    entry = trash.move_to_trash(workspace.root, article.slug, force=True)
    assert entry.slug == article.slug


def test_own_lock_does_not_block_delete(workspace) -> None:
    from editor.model import lock

    article = workspace.create_article("Meins")
    held = lock.acquire(article.folder, "anna")
    trash.move_to_trash(workspace.root, article.slug)
    assert not article.folder.exists()
    held.release()  # the lock went with the folder; releasing is harmless
