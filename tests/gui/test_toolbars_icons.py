"""Toolbar icons are drawn when shown, at the size shown: crisp at every size and scale,
disabled ones greyed by the style, the same pixels as drawing the SVG at that size, and
nothing drawn for an icon that is never shown."""

from __future__ import annotations

import gc

import PySide6.QtSvg as qtsvg
import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QToolBar

from editor import resources
from editor.gui.toolbars import icon

INK = QColor("#123456")


def _drawn_directly(name: str, px: int) -> QImage:
    """The SVG drawn at ``px`` pixels, as the icons were drawn before (six sizes ahead)."""
    svg = resources.path(f"icons/{name}.svg").read_text(encoding="utf-8")
    renderer = qtsvg.QSvgRenderer(QByteArray(svg.replace("currentColor", INK.name()).encode()))
    pixmap = QPixmap(px, px)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px, px))
    painter.end()
    return pixmap.toImage()


def _inked(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() > 128)


@pytest.mark.parametrize("px", [16, 18, 20, 24, 30, 32, 48, 64])
def test_drawn_at_the_size_asked_for(qapp, px) -> None:
    image = icon("bold", INK).pixmap(QSize(px, px)).toImage()
    assert (image.width(), image.height()) == (px, px)
    assert image == _drawn_directly("bold", px).convertToFormat(image.format())
    assert _inked(image) > px  # not an empty square


def test_high_dpi_gets_device_pixels(qapp) -> None:
    pixmap = icon("italic", INK).pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height()) == (32, 32)  # not 16 px scaled up
    assert pixmap.devicePixelRatio() == 2.0
    image = pixmap.toImage()
    image.setDevicePixelRatio(1.0)
    assert image == _drawn_directly("italic", 32).convertToFormat(image.format())


def test_disabled_icons_are_greyed_by_the_style(qapp) -> None:
    qicon = icon("bold", INK)
    normal = qicon.pixmap(QSize(24, 24)).toImage()
    disabled = qicon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert disabled.size() == normal.size() and disabled != normal
    inked = [disabled.pixelColor(x, y) for x in range(24) for y in range(24)
             if disabled.pixelColor(x, y).alpha() > 0]
    assert inked and all(abs(c.red() - c.green()) < 8 and abs(c.green() - c.blue()) < 8
                         for c in inked)  # grey, not the blue ink


def test_nothing_is_drawn_until_shown(qapp, qtbot, monkeypatch) -> None:
    drawn: list[int] = []

    class Counting(qtsvg.QSvgRenderer):
        def render(self, painter, *args):  # type: ignore[override]
            drawn.append(painter.device().width())
            return super().render(painter, *args)

    monkeypatch.setattr(qtsvg, "QSvgRenderer", Counting)
    colour = QColor("#654321")  # a colour no other test uses: fresh icons
    icons = [icon(name, colour) for name in ("bold", "italic", "link", "h2")]
    assert drawn == [] and not any(i.isNull() for i in icons)
    bar = QToolBar()
    qtbot.addWidget(bar)
    bar.setIconSize(QSize(22, 22))
    for qicon in icons[:2]:
        bar.addAction(qicon, "x")
    bar.show()
    qtbot.waitExposed(bar)
    bar.grab()
    assert drawn and set(drawn) == {22}  # two icons shown, at the bar's size only
    count = len(drawn)
    bar.grab()
    icons[0].pixmap(QSize(22, 22))
    assert len(drawn) == count  # drawn once, then kept


def test_icons_outlive_their_python_objects(qapp, qtbot) -> None:
    """Qt keeps copies of the icon (the action's); the engine behind them stays valid after
    the Python references are gone and a collection ran."""
    bar = QToolBar()
    qtbot.addWidget(bar)
    action = bar.addAction(icon("link", QColor("#0a0b0c")), "x")
    copy = QIcon(action.icon())
    gc.collect()
    bar.show()
    qtbot.waitExposed(bar)
    bar.grab()
    assert _inked(copy.pixmap(QSize(40, 40)).toImage()) > 40
    detached = QIcon(copy)
    detached.addPixmap(QPixmap(8, 8))  # a change makes Qt clone the engine
    gc.collect()
    assert not detached.isNull() and detached.pixmap(QSize(20, 20)).width() == 20
