"""The app paints on its GUI thread alone: Qt's raster engine would hand large fills to
a pool of threads and wait for them, and with the web engine busy on the CPUs that wait
was the longest stall while typing (bench/editor_typing.py). Real processes: the setting
must be in place before QtGui first paints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_PAINT = """
import os, sys
if sys.argv[1] == "app":
    from editor.gui import app
    qapp = app.application()
else:
    from PySide6.QtWidgets import QApplication
    qapp = QApplication([])
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

def threads():
    return len(os.listdir("/proc/self/task"))

before = threads()
image = QImage(2000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
for i in range(4):
    painter.fillRect(0, 0, 2000, 2000, QColor(i, 20, 30, 128))
    gradient = QLinearGradient(0, 0, 2000, 2000)
    gradient.setColorAt(0, QColor(1, 2, 3))
    gradient.setColorAt(1, QColor(200, 2, 3))
    painter.fillRect(0, 0, 2000, 2000, gradient)
painter.end()
print(threads() - before)
"""


def _new_threads(kind: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", _PAINT, kind], capture_output=True,
                          text=True, timeout=120, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])


def test_the_app_paints_large_fills_without_a_thread_pool() -> None:
    if not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2:
        import pytest

        pytest.skip("threads are counted in /proc; Qt uses no pool on one CPU")
    # A plain QApplication starts Qt's painting threads for these fills ...
    assert _new_threads("plain") > 0
    # ... the app's does not.
    assert _new_threads("app") == 0
