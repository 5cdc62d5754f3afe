"""The app's own signal colours (errors, warnings, notes, banners, badges), chosen for the
palette they are drawn on.

The app follows the system palette (light, dark, high contrast). A fixed red that reads
well on white is unreadable on a dark window, so every colour here comes as a pair: one
for light backgrounds, one for dark ones, and :func:`text` picks the one with the higher
contrast against the actual background. Each pair keeps a contrast of at least 4.5:1
(WCAG AA for text) on the usual light, dark and high-contrast palettes
(tests/gui/test_colours_contrast.py). The preview page keeps its own colours.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TextRole = Literal["error", "warning", "note", "added", "removed", "heading", "quote", "list",
                   "code", "link", "photo", "image"]
BannerKind = Literal["error", "notice"]
BadgeKind = Literal["error", "warning", "muted"]

# (for light backgrounds, for dark backgrounds)
TEXT: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a5a00", "#ffcc80"),
    "note": ("#595959", "#bdbdbd"),  # secondary text, e.g. where a value came from
    "added": ("#116329", "#7ee787"),
    "removed": ("#b00020", "#ff8a80"),
    # Markdown in the editor (on the Base colour); bold and italic keep the text colour.
    "heading": ("#1d4f91", "#8cb4ff"),
    "quote": ("#5b6b7a", "#b4c0cc"),
    "list": ("#a0522d", "#e0a080"),
    "code": ("#6a3d9a", "#c8a2f0"),
    "link": ("#0b6e4f", "#6fdcb0"),
    "photo": ("#b5179e", "#ff8fd8"),
    "image": ("#c0392b", "#ff9a8c"),
}

# (background, text, border) for light palettes and for dark ones
BANNERS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "error": (("#fdecea", "#5f0010", "#b00020"), ("#3b1114", "#ffdad6", "#ff8a80")),
    "notice": (("#fff4ce", "#3d2e00", "#8a5a00"), ("#3d3000", "#ffe9a8", "#ffcc80")),
}

# Badges are painted on the thumbnails themselves: white text on these, in any palette.
BADGE_TEXT = "#ffffff"
BADGES: dict[str, str] = {"error": "#b00020", "warning": "#8f4400", "muted": "#5f6368"}


def luminance(colour: QColor) -> float:
    """Relative luminance (sRGB), as WCAG defines it."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(background: QColor) -> bool:
    """True when light text reads better than dark text on ``background``."""
    return _contrast(background, QColor("#ffffff")) > _contrast(background, QColor("#000000"))


def _palette(widget: QWidget | None) -> QPalette:
    if widget is not None:
        return widget.palette()
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def background(widget: QWidget | None = None,
               role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    return _palette(widget).color(role)


def text(role: TextRole, on: QColor | None = None) -> QColor:
    """The colour of ``role`` text drawn on ``on`` (default: the application's window)."""
    light, dark = TEXT[role]
    bg = on if on is not None else background()
    return QColor(dark if is_dark(bg) else light)


def banner(kind: BannerKind, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of a banner in a window with ``palette``."""
    light, dark = BANNERS[kind]
    window = (palette or _palette(None)).color(QPalette.ColorRole.Window)
    return tuple(QColor(c) for c in (dark if is_dark(window) else light))  # type: ignore


def banner_css(kind: BannerKind, selector: str, palette: QPalette | None = None) -> str:
    """A style sheet for a banner widget matched by ``selector`` (e.g. '#save_banner')."""
    bg, fg, border = banner(kind, palette)
    return (f"{selector} {{ background: {bg.name()}; border: 1px solid {border.name()}; }}"
            f" {selector} QLabel {{ color: {fg.name()}; }}")


def tint(widget: QWidget, role: TextRole | None) -> None:
    """Draw ``widget``'s text in ``role`` for its background (None: the palette's own text
    colour again). Call again when the window's palette changes (a switch to dark mode)."""
    if role is None:
        widget.setPalette(QPalette())  # nothing set: inherits the window's palette again
        return
    palette = widget.palette()
    parent = widget.parentWidget()
    base = parent.palette() if parent is not None else _palette(None)
    colour = text(role, base.color(widget.backgroundRole()))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, colour)
        palette.setColor(group, QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
