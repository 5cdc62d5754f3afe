"""tools/screenshot_sync.py makes the README's pictures of team work through Git: the window
after a sync (status bar "Synchronised 12:04") and the compare dialog after a conflict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_sync_screenshots(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "tools/screenshot_sync.py", "--out-dir",
                             str(tmp_path), "--size", "1000x640", "--dialog-size", "800x500"],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "(Synchronised " in result.stdout  # the status bar's text when the picture was taken
    from PySide6.QtGui import QImage

    status = QImage(str(tmp_path / "screenshot-sync-status.png"))
    assert (status.width(), status.height()) == (1000, 640)
    dialog = QImage(str(tmp_path / "screenshot-sync-conflict.png"))
    assert (dialog.width(), dialog.height()) == (800, 500)

    def tinted(x: int, y: int, channel: str) -> bool:
        c = dialog.pixelColor(x, y)
        values = {"red": c.red(), "green": c.green(), "blue": c.blue()}
        mine = values.pop(channel)
        return mine > 90 and mine - max(values.values()) > 50

    pixels = [(x, y) for x in range(dialog.width()) for y in range(40, dialog.height() - 40)]
    # their line removed, my line added (the tool prints what the dialog compared)
    assert sum(1 for p in pixels if tinted(*p, "red")) > 10, result.stdout
    assert sum(1 for p in pixels if tinted(*p, "green")) > 10, result.stdout
