import sys
from pathlib import Path

import pytest

from editor.model.cachedir import user_cache_dir
from editor.model.hyphenation import cache_dir
from editor.model.index.store import default_index_dir


def test_override_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("NEWSDESK_HYPHENATION_DIR", str(tmp_path / "hyph"))
    assert default_index_dir() == tmp_path / "idx"
    assert cache_dir() == tmp_path / "hyph"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG layout")
def test_caches_share_one_folder_per_computer(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSDESK_INDEX_DIR", raising=False)
    monkeypatch.delenv("NEWSDESK_HYPHENATION_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_index_dir() == tmp_path / "newsdesk" / "index"
    assert cache_dir() == tmp_path / "newsdesk" / "hyphenation"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert user_cache_dir("x", "NEWSDESK_NOT_SET") == Path.home() / ".cache" / "newsdesk" / "x"
