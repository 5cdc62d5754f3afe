"""The app after a `newsdesk list` that read only the rows (no words for search): the
words are read off the GUI thread, and search as you type finds what it always found."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from editor.model import index as index_mod
from editor.model.index import store as store_mod
from tests.gui.test_workspace_list_scale import busy_workspace  # noqa: F401 - fixture

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


def test_app_after_a_plain_cli_list_reads_the_words_off_the_gui_thread(
        qtbot, gui_settings, busy_workspace: Path, monkeypatch) -> None:  # noqa: F811
    from editor.gui.app import create_window

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "editor", "list", str(busy_workspace)], check=True,
                   capture_output=True, timeout=120, env=env)
    index = index_mod.ArticleIndex(busy_workspace / "articles")
    assert index.is_empty()  # rows, but most words not read yet
    index.close()
    monkeypatch.setattr(store_mod, "READ_MANY_FROM", 10)
    fills: list[str] = []
    real = index_mod.ArticleIndex.fill_text

    def spy(self):
        done = real(self)
        if done:
            fills.append(threading.current_thread().name)
        return done

    monkeypatch.setattr(index_mod.ArticleIndex, "fill_text", spy)
    win = create_window(gui_settings, busy_workspace)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(win.panel.visible_slugs()) == 43, timeout=20000)
    assert threading.main_thread().name not in fills  # read in a helper process or thread
    win.panel.search.setText("strasse muenchen")
    qtbot.waitUntil(lambda: win.panel.visible_slugs() == ["sperrung-der-strasse-in-muenchen"],
                    timeout=10000)
    win.doc.close()
