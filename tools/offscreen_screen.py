"""The offscreen screen of the screenshot tools (tools/screenshot*.py).

Qt's offscreen platform has one 800x800 screen unless a config file says otherwise, and
the window (with its frame, 2 px a side offscreen) always fits its screen: a 1440x900
picture on the default screen comes out 796x796. These helpers give the tools a screen a
little larger than the picture and check the size of what they saved; ``run_in_temp`` and
``save_window`` are the start and the end both tools share.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def run_in_temp(size: tuple[int, int], shoot: Callable[[Path], int]) -> int:
    """``shoot(folder)``'s exit code, run with a throw-away folder for settings (nothing of
    the user's is touched) and an offscreen screen of ``size``; the folder goes after."""
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-shot-"))
    use_offscreen_screen(size, temp)
    os.environ["NEWSDESK_SETTINGS"] = str(temp / "settings.ini")
    try:
        return shoot(temp)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def save_window(qapp: Any, window: Any, out: Path, size: tuple[int, int]) -> int:
    """Save a picture of ``window`` to ``out`` and close it; the exit code (0: saved at
    ``size``)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out)) and size_ok(out, size)
    window.close()
    qapp.processEvents()
    print(f"{'saved' if ok else 'could not save'} {out}")
    return 0 if ok else 1
