"""Icons from resources/icons and the toolbar buttons that show them.

The icons are drawn in the palette's button text colour, so they stay visible in light,
dark and high-contrast themes. A button that shows only its icon keeps what it does as its
tooltip and its accessible name (the action's text without the mnemonic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QStyleOption, QToolBar, QToolButton, QWidget

from editor import resources

if TYPE_CHECKING:
    from collections.abc import Iterable

_cache: dict[tuple[str, str], QIcon] = {}


class _SvgIconEngine(QIconEngine):
    """One recoloured SVG, drawn at the size asked for (device pixels: crisp at every size
    and scale) when first shown, then kept: an icon costs only the sizes and modes that
    are shown, not six sizes up front. Other modes than Normal (disabled, selected) are the
    style's rendering of the Normal pixmap, as Qt's own pixmap icons do."""

    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._pixmaps: dict[tuple[int, int, int, int], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode.value, state.value)
        found = self._pixmaps.get(key)
        if found is not None:
            return found
        if mode != QIcon.Mode.Normal:
            normal = self.pixmap(size, QIcon.Mode.Normal, state)
            style = QApplication.style()
            found = style.generatedIconPixmap(mode, normal, QStyleOption()) if style \
                else normal
        else:
            from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon shown

            found = QPixmap(size)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(self._svg)).render(
                painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        self._pixmaps[key] = found
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * scale), round(rect.height() * scale)),
                             mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        twin = _SvgIconEngine(self._svg)
        _clones.append(twin)  # Qt owns it; Python keeps it alive (QIcon detaches rarely)
        return twin


_clones: list[_SvgIconEngine] = []


def icon(name: str, color: QColor | None = None) -> QIcon:
    """resources/icons/<name>.svg in ``color`` (default: the palette's button text); an
    empty icon when there is no such file."""
    try:
        path = resources.path(f"icons/{name}.svg")
    except FileNotFoundError:
        return QIcon()
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    key = (name, color.name())
    cached = _cache.get(key)
    if cached is None:
        svg = path.read_text(encoding="utf-8").replace("currentColor", color.name())
        # kept for the app's life: the icon keeps its engine's Python object alive
        cached = _cache[key] = QIcon(_SvgIconEngine(svg.encode("utf-8")))
    return cached


def set_icon(action: QAction, name: str) -> None:
    """``action`` shows icon ``name``, redrawn by :func:`recolor` when the palette changes."""
    action.setProperty("icon_name", name)
    action.setIcon(icon(name))


def recolor(actions: Iterable[QAction]) -> None:
    """Draw the icons of ``actions`` again in the current palette (light/dark switch)."""
    for action in actions:
        name = action.property("icon_name")
        if name:
            action.setIcon(icon(str(name)))


def plain_text(action: QAction) -> str:
    """The action's text as a name: without the mnemonic marker and the ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def name_buttons(toolbar: QToolBar) -> None:
    """Every button of ``toolbar`` gets its action's name and tooltip as its accessible
    name and description, now and after every relabelling (language switch)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is None or action.isSeparator() or button.property("named_by_action"):
            continue
        button.setProperty("named_by_action", True)
        _name(button, action)
        action.changed.connect(lambda b=button, a=action: _name(b, a))


def _name(button: QWidget, action: QAction) -> None:
    button.setAccessibleName(plain_text(action))
    button.setAccessibleDescription(action.toolTip())


def show_text(toolbar: QToolBar, action: QAction) -> None:
    """Icon and text for one frequent action of an icon-only toolbar."""
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
