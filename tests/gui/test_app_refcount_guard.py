"""The guard against PySide6 6.12's lost references to None keeps long sessions alive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

LOOP = ("from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(300_000):\n"
        "    o.setObjectName('x')\n"
        "print('alive')\n")


def test_many_qt_calls_after_importing_the_gui_package() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", "import editor.gui\n" + LOOP], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
