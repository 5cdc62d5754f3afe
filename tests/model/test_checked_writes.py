"""Every write of article.md goes through storage's checked save; loading for editing
is one read whose hash matches the bytes parsed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import editor
import editor.model
import editor.model.article as article_module
from editor.model import history, storage
from editor.model.storage import ConflictError

PACKAGE = Path(editor.__file__).resolve().parent


def _calls(name: str) -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called == name:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_nothing_calls_the_unchecked_save() -> None:
    assert _calls("save_article") == []
    assert "save_article" not in editor.model.__all__
    assert not hasattr(editor.model, "save_article")
    assert not hasattr(article_module, "save_article")


def test_history_does_not_import_storage() -> None:
    tree = ast.parse(Path(history.__file__).read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
             for a in n.names] + [n.module or "" for n in ast.walk(tree)
                                  if isinstance(n, ast.ImportFrom)]
    assert "storage" not in names and "editor.model.storage" not in names


def test_load_hash_is_of_the_bytes_parsed(workspace) -> None:
    folder = workspace.create_article("Eins", body="Alpha\n").folder
    loaded = storage.load(folder)
    assert loaded.raw == (folder / "article.md").read_bytes()
    assert loaded.hash == storage.hash_bytes(loaded.raw) == storage.file_hash(folder / "article.md")
    assert loaded.article.body == "Alpha\n"


def test_workspace_rename_and_duplicate_keep_history(workspace) -> None:
    folder = workspace.create_article("Alt", body="Text\n").folder
    before = (folder / "article.md").read_bytes()
    renamed = workspace.rename_article(folder.name, "Neu")
    versions = history.list_versions(renamed)
    assert [v.read_text().encode("utf-8") for v in versions] == [before]
    copy = workspace.duplicate_article(renamed.name)
    assert copy.title == "Neu (2)" and storage.load(copy.folder).article.title == "Neu (2)"


def test_save_as_copy_and_restore_go_through_the_check(workspace) -> None:
    folder = workspace.create_article("Fest", body="Eins\n").folder
    loaded = storage.load(folder)
    loaded.article.body = "Zwei\n"
    h = storage.save_checked(loaded.article, loaded.hash, version_interval=0)
    with pytest.raises(ConflictError):  # stale expected hash: refused, nothing written
        storage.restore_version(folder, 1, loaded.hash)
    assert storage.restore_version(folder, 1, h) == storage.load(folder).hash
    assert storage.load(folder).article.body == "Eins\n"
    copy = storage.save_as_copy(loaded.article)
    assert storage.load(copy).article.body == "Zwei\n"
    assert not list((copy / ".newsdesk").glob("*.mutex*"))


def test_saving_a_deleted_article_is_a_conflict_and_makes_no_folder(workspace) -> None:
    import shutil

    folder = workspace.create_article("Weg", body="Text\n").folder
    loaded = storage.load(folder)
    shutil.rmtree(folder)
    loaded.article.body = "Meins\n"
    with pytest.raises(ConflictError) as caught:
        storage.save_checked(loaded.article, loaded.hash)
    assert caught.value.disk_text is None
    assert not folder.exists()
