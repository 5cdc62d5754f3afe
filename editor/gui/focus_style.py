"""A visible keyboard focus on every control (WCAG 2.4.7, EN 301 549 11.2.4.7).

Some styles (Fusion among them) draw no focus at all on tool buttons, non-editable combo
boxes and tab bars, so a keyboard user cannot see where Tab went. This proxy keeps the
platform's style and adds a ring in the palette's highlight colour where it draws none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_RING_CONTROLS = (QStyle.ComplexControl.CC_ToolButton, QStyle.ComplexControl.CC_ComboBox)
_RING_ELEMENTS = (QStyle.ControlElement.CE_TabBarTab,)


def _ring(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
    painter.restore()


def _focused(option: QStyleOption, widget: QWidget | None) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus) and (
        widget is None or widget.hasFocus())


class FocusRingStyle(QProxyStyle):
    """The application's style, plus a focus ring where it draws none."""

    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
        if control in _RING_CONTROLS and _focused(option, widget):
            _ring(option, painter)

    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)
        if element in _RING_ELEMENTS and _focused(option, widget):
            _ring(option, painter)


def ensure_visible_focus() -> None:
    """Wrap the application's style once (the application owns the proxy)."""
    app = QApplication.instance()
    if app is None or isinstance(app.style(), FocusRingStyle):
        return
    app.setStyle(FocusRingStyle(app.style().name()))
