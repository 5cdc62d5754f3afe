"""GUI fixtures: settings in a temporary ini file, a main window on the sample workspace, the
application's palette switched, the process's time zone set."""

from __future__ import annotations

import os
import time
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


@pytest.fixture
def app_palette(qapp):
    """Switch the application's palette as the system would (light/dark): a function of a
    name in tests.gui.contrast.PALETTES; the palette is restored after."""
    from PySide6.QtGui import QPalette

    from tests.gui.contrast import PALETTES

    saved = QPalette(qapp.palette())

    def use(name: str) -> QPalette:
        qapp.setPalette(PALETTES[name])
        return PALETTES[name]

    yield use
    qapp.setPalette(saved)


@pytest.fixture
def time_zone():
    """Put the process in a time zone (a function of its name, e.g. "Europe/Berlin");
    the previous TZ is restored after."""
    old = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def berlin(time_zone):
    """The process in Europe/Berlin (UTC+1 in winter, +2 in summer), restored after."""
    time_zone("Europe/Berlin")
