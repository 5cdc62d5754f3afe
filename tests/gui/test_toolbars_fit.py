"""Toolbars at the default window size in German: nothing folded into the » menu.

Each case starts the app in its own process on an offscreen screen of a common size (the
test process's offscreen screen is 800x800), the way a user starts it the first time: the
first-start window size and dock layout, the German interface, the panels that are shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton

from editor.gui import app as start, i18n, settings as S

tmp = Path(sys.argv[1])
qt = start.application()
assert i18n.install("de") == "de"
settings = S.Settings.at(tmp / "settings.ini")
window = start.create_window(settings, start.ensure_default_workspace(tmp / "workspace"))
built = []  # the side panels (photos) are built right after the first page
window.first_paint_done.connect(lambda: built.append(True))
window.show()
deadline = time.monotonic() + 60
for step in range(1_000_000):  # the first layout and the fitting run from zero timers
    QCoreApplication.processEvents()
    QTimer.singleShot(20, lambda: None)
    QCoreApplication.processEvents()
    if step >= 30 and (built or time.monotonic() > deadline):
        break
    if step >= 30:
        time.sleep(0.01)
result = {"window": [window.width(), window.height()], "toolbars": {}}
for bar in window.findChildren(QToolBar):
    if not bar.isVisible():
        continue
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    buttons = []
    for action in bar.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        widget = bar.widgetForAction(action)
        buttons.append({
            "text": action.text(), "shown": bool(widget and widget.isVisible()),
            "tooltip": action.toolTip(),
            "name": widget.accessibleName() if widget is not None else "",
            "icon_only": bool(widget is not None and isinstance(widget, QToolButton)
                              and not widget.icon().isNull() and widget.toolButtonStyle()
                              == widget.toolButtonStyle().ToolButtonIconOnly),
        })
    result["toolbars"][bar.objectName()] = {
        "extension": bool(extension and extension.isVisible()), "buttons": buttons}
print("RESULT " + json.dumps(result))
window.doc.close()
"""

SCREEN_SIZES = [(1920, 1080), (1366, 768)]


def _run(tmp_path: Path, width: int, height: int) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=240,
                          cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1][len("RESULT "):])


@pytest.mark.parametrize("size", SCREEN_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_toolbar_hides_actions_at_the_default_size_in_german(tmp_path, size) -> None:
    result = _run(tmp_path, *size)
    bars = result["toolbars"]
    # The window's format toolbar, the article list's and the photo panel's (shown at start).
    assert {"format_toolbar", "article_toolbar", "photo_toolbar"} <= set(bars), bars.keys()
    for name, bar in bars.items():
        hidden = [b["text"] for b in bar["buttons"] if not b["shown"]]
        assert not bar["extension"] and not hidden, (name, result["window"], hidden)
        for button in bar["buttons"]:
            # An icon-only button still says what it does: tooltip and accessible name.
            assert button["tooltip"].strip(), (name, button)
            if button["icon_only"]:
                assert button["name"].strip(), (name, button)
