"""Focus is always visible: every widget the Tab key reaches in the main window looks
different with the focus than without it (WCAG 2.4.7 / EN 301 549 11.2.4.7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.focus_walk import describe, tab_chain

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"

pytestmark = pytest.mark.timeout(180)


def _picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _without_focus(widget: QWidget, elsewhere: QWidget, qtbot) -> QImage:
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not widget.hasFocus(), timeout=3000)
    return _picture(widget)


def _with_focus(widget: QWidget, qtbot) -> QImage:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    return _picture(widget)


def test_every_tab_stop_shows_its_focus(main_window, qtbot) -> None:
    window = main_window
    assert window.open_article(SLUG)
    window.docks["preview"].hide()  # the web engine draws its own focus; not needed here
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    chain, closed = tab_chain(qtbot, window.panel.list)
    assert closed and len(chain) > 10
    invisible = []
    for index, widget in enumerate(chain):
        elsewhere = chain[index - 1] if index else chain[-1]
        if _with_focus(widget, qtbot) == _without_focus(widget, elsewhere, qtbot):
            invisible.append(describe(widget))
    assert not invisible, f"no visible focus on: {invisible}"


def test_the_check_sees_a_widget_that_hides_its_focus(main_window, qtbot) -> None:
    """The comparison above is able to fail: a button drawn without its focus frame."""
    window = main_window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    chain, _closed = tab_chain(qtbot, window.panel.list)
    button = next(w for w in chain if type(w).__name__ == "QToolButton")
    other = next(w for w in chain if w is not button)
    button.setStyleSheet("QToolButton { border: none; outline: none; background: none; }")
    assert _with_focus(button, qtbot) == _without_focus(button, other, qtbot)
