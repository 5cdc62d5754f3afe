"""GUI fixtures: settings in a temporary ini file, a main window on the sample workspace."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def gui_settings(tmp_path: Path):
    from editor.gui.settings import AUTOSAVE_DELAY_MS, Settings

    settings = Settings.at(tmp_path / "settings.ini")
    settings.set(AUTOSAVE_DELAY_MS, 200)
    return settings


@pytest.fixture
def main_window(qtbot, gui_settings, sample_workspace: Path, monkeypatch):
    """A main window on a copy of the sample workspace, not shown (no web engine start)."""
    from editor.gui import dialogs
    from editor.gui.app import create_window

    # No test may ever block on a modal question.
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "ask_take_over", lambda *a, **k: False)
    window = create_window(gui_settings, sample_workspace)
    qtbot.addWidget(window)
    yield window
    window.doc.close()
