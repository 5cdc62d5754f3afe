"""Recovery journal, writability check and the local recovery copy."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor.model import recovery
from editor.model.atomic import is_temp_file


def test_journal_round_trip_keeps_text_and_time(tmp_path: Path) -> None:
    text = "---\ntitle: Grüße 😀\n---\nZeile\r\nmit\x00NUL\n"
    before = dt.datetime.now(dt.UTC)
    recovery.write_journal(tmp_path, text)
    entry = recovery.read_journal(tmp_path)
    assert entry is not None
    assert entry.text == text
    assert before - dt.timedelta(seconds=1) <= entry.saved_at <= dt.datetime.now(dt.UTC)
    assert entry.path == tmp_path / ".newsdesk" / "recovery.json"


def test_journal_overwrite_and_clear(tmp_path: Path) -> None:
    recovery.write_journal(tmp_path, "one")
    recovery.write_journal(tmp_path, "two")
    assert recovery.read_journal(tmp_path).text == "two"
    recovery.clear_journal(tmp_path)
    assert recovery.read_journal(tmp_path) is None
    recovery.clear_journal(tmp_path)  # clearing twice is fine
    assert not [p for p in (tmp_path / ".newsdesk").iterdir() if is_temp_file(p)]


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"text": 3, "saved_at": "x"}',
                                     b'{"saved_at": "2026-01-01T00:00:00+00:00"}', b"\xff\xfe"])
def test_unreadable_journal_is_none(tmp_path: Path, content: bytes) -> None:
    (tmp_path / ".newsdesk").mkdir()
    (tmp_path / ".newsdesk" / "recovery.json").write_bytes(content)
    assert recovery.read_journal(tmp_path) is None


def test_is_writable(tmp_path: Path) -> None:
    assert recovery.is_writable(tmp_path)
    assert not recovery.is_writable(tmp_path / "missing")
    assert list(tmp_path.iterdir()) == []  # the probe is gone
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        try:
            assert not recovery.is_writable(ro)
        finally:
            ro.chmod(0o700)


def test_local_recovery_copy(tmp_path: Path) -> None:
    first = recovery.write_local_recovery_copy("text A", "my/slug", tmp_path / "rec")
    second = recovery.write_local_recovery_copy("text B", "my/slug", tmp_path / "rec")
    assert first != second
    assert first.read_text() == "text A" and second.read_text() == "text B"
    assert first.parent == tmp_path / "rec" and first.name.startswith("my-slug-")


def test_local_recovery_default_folder_is_user_data(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(recovery, "local_recovery_dir", lambda: tmp_path / "userdata")
    path = recovery.write_local_recovery_copy("x", "s")
    assert path.parent == tmp_path / "userdata"
