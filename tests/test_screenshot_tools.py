"""The screenshot tools' offscreen screen: a window of the requested size fits it with its
frame, so the picture has that size (on Qt's default 800x800 screen a 1440x900 window came
out 796x796)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tools.offscreen_screen import parse_size, use_offscreen_screen

REPO = Path(__file__).resolve().parents[1]

CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from editor.gui.app import fit_to_screen
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
fit_to_screen(window)
window.show()
app.processEvents()
fit_to_screen(window)
app.processEvents()
image = window.grab()
print(f"{image.width()}x{image.height()}")
"""


def _picture_size(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_window_keeps_the_requested_size(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert use_offscreen_screen(parse_size("1440x900"), tmp_path)
    platform = os.environ["QT_QPA_PLATFORM"]
    assert platform.startswith("offscreen:configfile=")
    screen = json.loads((tmp_path / "screen.json").read_text(encoding="utf-8"))["screens"][0]
    assert screen["width"] >= 1440 and screen["height"] >= 900
    assert _picture_size({**os.environ}) == "1440x900"
    # without the config: Qt's own offscreen screen cuts the window down
    assert _picture_size({**os.environ, "QT_QPA_PLATFORM": "offscreen"}) != "1440x900"


def test_a_platform_chosen_by_the_user_is_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert not use_offscreen_screen((1440, 900), tmp_path)
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    assert not (tmp_path / "screen.json").exists()
