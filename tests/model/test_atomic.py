"""atomic_write basics and the writability probe (also for read-only shares)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.model import atomic, recovery
from editor.model.errors import StorageError


def test_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    atomic.atomic_write(target, "neu 😀")
    assert target.read_text(encoding="utf-8") == "neu 😀"
    assert os.listdir(tmp_path) == ["a.md"]


def test_temp_file_names_are_recognisable(tmp_path: Path, monkeypatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    atomic.atomic_write(tmp_path / "article.md", b"x")
    assert atomic.is_temp_file(tmp_path / seen[0])
    assert not atomic.is_temp_file(tmp_path / "article.md")
    assert not atomic.is_temp_file(tmp_path / ".newsdesk")


def test_missing_folder_gives_plain_message(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        atomic.atomic_write(tmp_path / "gone" / "a.md", b"x")
    assert caught.value.message == "Not saved: the folder no longer exists"


@pytest.mark.parametrize("err", [errno.EROFS, errno.EACCES])
def test_is_writable_false_on_read_only_share(tmp_path: Path, monkeypatch, err: int) -> None:
    def refuse(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(recovery.os, "open", refuse)
    assert not recovery.is_writable(tmp_path)


def test_is_writable_true_and_clean(tmp_path: Path) -> None:
    assert recovery.is_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_cache_file_is_replaced_whole_or_not_at_all(tmp_path) -> None:
    from editor.model.atomic import replace_cache_file

    target = tmp_path / "cache" / "deep" / "record.json"
    assert replace_cache_file(target, '{"a": 1}')  # the folders are made
    assert replace_cache_file(target, '{"a": 2}')
    assert target.read_text("utf-8") == '{"a": 2}'
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]  # no temp file left
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not replace_cache_file(blocker / "record.json", "{}")  # cannot be written: False
