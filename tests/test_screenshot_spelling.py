"""tools/screenshot_spelling.py makes the README's picture: the window at its size, with
the spelling menu painted in and a red wavy underline in the text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_spelling_screenshot(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "tools/screenshot_spelling.py", "--out", str(out),
                             "--size", "1000x640"], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 640)
    def reddish(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return c.red() > 180 and c.red() - max(c.green(), c.blue()) > 80

    red = sum(1 for x in range(image.width()) for y in range(250, image.height() - 40)
              if reddish(x, y))
    assert red > 10  # the wavy underline (the menu alone has no red)
