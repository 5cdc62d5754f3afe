"""The offscreen screen of the screenshot tools (tools/screenshot*.py).

Qt's offscreen platform has one 800x800 screen unless a config file says otherwise, and
the window (with its frame, 2 px a side offscreen) always fits its screen: a 1440x900
picture on the default screen comes out 796x796. These helpers give the tools a screen a
little larger than the picture and check the size of what they saved.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

FRAME_ROOM = 64  # px beyond the picture on each axis: room for any window frame


def parse_size(text: str) -> tuple[int, int]:
    width, height = (int(v) for v in text.lower().split("x"))
    return width, height


def use_offscreen_screen(size: tuple[int, int], folder: Path) -> bool:
    """Run offscreen on a screen that holds a window of ``size`` with its frame (a config
    file in ``folder``), unless QT_QPA_PLATFORM already says where to run. Call before the
    QApplication exists. True when the screen was set up here."""
    if "QT_QPA_PLATFORM" in os.environ:
        return False
    width, height = size
    screen = {"screens": [{"name": "shot", "x": 0, "y": 0, "width": width + FRAME_ROOM,
                           "height": height + FRAME_ROOM, "logicalDpi": 96, "dpr": 1}]}
    config = folder / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return True


def size_ok(saved: Path, size: tuple[int, int]) -> bool:
    """True when the picture at ``saved`` is ``size``; says so on stderr when it is not."""
    from PySide6.QtGui import QImage

    image = QImage(str(saved))
    got = (image.width(), image.height())
    if got != size:
        print(f"{saved}: {got[0]}x{got[1]} instead of {size[0]}x{size[1]}", file=sys.stderr)
    return got == size
