"""Toolbar icons: drawn in the palette's text colour, again after a light/dark switch."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.gui.actions import A
from editor.gui.toolbars import icon


def _ink(qicon) -> QColor:
    """The colour of the icon's most opaque pixel."""
    image = qicon.pixmap(QSize(24, 24)).toImage()
    best = max(((image.pixelColor(x, y)) for x in range(image.width())
                for y in range(image.height())), key=lambda c: c.alpha())
    assert best.alpha() > 200
    return best


def test_icons_exist_for_every_toolbar_action(main_window) -> None:
    toolbars = [main_window.pane.toolbar, main_window.panel.toolbar]
    for bar in toolbars:
        for action in bar.actions():
            if not action.isSeparator():
                assert not action.icon().isNull(), action.text()
    assert icon("no-such-icon").isNull()


def test_icons_follow_a_switch_to_a_dark_palette(main_window, qtbot) -> None:
    app = QApplication.instance()
    before = app.palette()
    bold = main_window.actions[A.BOLD]
    down = main_window.panels.show("photos").actions_by_name["down"]
    assert _ink(bold.icon()).lightness() < 128  # dark ink on the light default palette
    assert _ink(down.icon()).lightness() < 128
    dark = QPalette(before)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button,
                 QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.Text):
        dark.setColor(role, QColor("#e8eaed"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: _ink(bold.icon()).lightness() > 128, timeout=2000)
        qtbot.waitUntil(lambda: _ink(down.icon()).lightness() > 128, timeout=2000)
    finally:
        app.setPalette(before)
    qtbot.waitUntil(lambda: _ink(bold.icon()).lightness() < 128, timeout=2000)
