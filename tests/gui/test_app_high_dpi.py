"""High DPI: at a scale factor of 1.5 the window must fit the screen, on the first start
and when a geometry (or dock layout) saved on a bigger screen is restored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run in a process of its own: the scale factor is read when the QApplication starts.
SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMainWindow
from editor.gui import settings as S
from editor.gui.app import create_window

app = QApplication(sys.argv[:1])
settings = S.Settings.at(sys.argv[2])
if sys.argv[3] == "restore":  # saved on a screen far bigger than this one
    big = QMainWindow()
    big.setGeometry(0, 0, 2400, 1500)
    settings.store.setValue(S.WINDOW_GEOMETRY, big.saveGeometry())
window = create_window(settings, Path(sys.argv[1]))
window.show()
app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({"screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                  "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                  "ratio": window.devicePixelRatio()}))
window.doc.close()
"""


@pytest.mark.parametrize("start", ["first", "restore"])
def test_window_fits_the_screen_at_scale_1_5(sample_workspace: Path, tmp_path: Path,
                                            start: str) -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample_workspace), str(tmp_path / "s.ini"), start],
        env=env, capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = found["screen"]
    fx, fy, fw, fh = found["frame"]
    assert found["ratio"] == 1.5
    assert fw <= sw and fh <= sh, found
    assert sx <= fx and sy <= fy and fx + fw <= sx + sw and fy + fh <= sy + sh, found
