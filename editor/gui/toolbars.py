"""Icons from resources/icons and the toolbar buttons that show them.

The icons are drawn in the palette's button text colour, so they stay visible in light,
dark and high-contrast themes. A button that shows only its icon keeps what it does as its
tooltip and its accessible name (the action's text without the mnemonic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from editor import resources

if TYPE_CHECKING:
    from collections.abc import Iterable

SIZES = (16, 20, 24, 32, 48, 64)  # QIcon picks the nearest, also for high-DPI screens
_cache: dict[tuple[str, str], QIcon] = {}


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
    if cached is not None:
        return cached
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon, not at import

    svg = path.read_text(encoding="utf-8").replace("currentColor", color.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    _cache[key] = result
    return result


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
