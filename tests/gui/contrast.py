"""WCAG 2 contrast ratio, written out here independently of the app's own colour code, and
the palettes the app's colours are checked against."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | str) -> float:
    c = QColor(colour)
    return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def palette(window: str, base: str, text: str) -> QPalette:
    p = QPalette(QColor(window))  # Qt derives the other roles from the window colour
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Text, text)):
        p.setColor(role, QColor(colour))
    return p


# Fusion's light palette, Windows' light one, a common dark one (KDE Breeze Dark, macOS
# dark are close), and the two high-contrast themes.
PALETTES: dict[str, QPalette] = {
    "light": palette("#efefef", "#ffffff", "#000000"),
    "light-windows": palette("#f0f0f0", "#ffffff", "#000000"),
    "dark": palette("#353535", "#2a2a2a", "#ffffff"),
    "dark-breeze": palette("#202326", "#141618", "#fcfcfc"),
    "high-contrast-black": palette("#000000", "#000000", "#ffffff"),
    "high-contrast-white": palette("#ffffff", "#ffffff", "#000000"),
}
