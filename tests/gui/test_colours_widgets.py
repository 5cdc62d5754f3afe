"""Widgets that draw the app's signal colours (editor.gui.colours) stay readable on a dark
palette and follow a switch of the system palette while they are open."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from editor.gui import colours
from editor.gui.photos.panel import BADGES_ROLE, ICON, PhotoPanel
from editor.gui.safety.diffview import DiffView
from editor.model.photos import attach_photo
from tests.gui.contrast import PALETTES, contrast
from tests.model.test_photometa import make_jpeg

AA = 4.5
Role = QPalette.ColorRole


# Photo panel: badges on the thumbnails -------------------------------------------------


def _pixel(item, x: int, y: int) -> QColor:
    return item.icon().pixmap(ICON, ICON).toImage().pixelColor(x, y)


@pytest.fixture
def badged_panel(qtbot, workspace, tmp_path):
    """A panel listing one photo with all four badges and no picture (file gone)."""
    article = workspace.create_article("Stadtfest", body="Text.\n")
    article, _ = attach_photo(article, workspace.config, make_jpeg(tmp_path / "a.jpg"),
                              {}, allow_incomplete=True)
    article.photo_path(article.photos[0]).unlink()  # the thumbnail stays a placeholder
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    panel.set_article(article, workspace.config, workspace.root)
    return panel


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast-black"])
def test_photo_badges_are_readable(badged_panel, app_palette, name) -> None:
    app_palette(name)
    item = badged_panel.list.item(0)
    assert item.data(BADGES_ROLE) == ["incomplete", "credit", "alt", "unused"]
    kinds = ["error", "error", "warning", "muted"]
    for i, kind in enumerate(kinds):  # a dot per badge, right to left, white sign on it
        dot = _pixel(item, ICON - 18 - i * 18 + 3, 10)
        assert dot.name() == colours.BADGES[kind], (i, dot.name())
        assert contrast(colours.BADGE_TEXT, dot) >= AA, (kind, dot.name())
    # the 'alt' badge was #c25e00 under white: 4.29:1
    assert contrast("#ffffff", _pixel(item, ICON - 54 + 3, 10)) >= AA


def test_photo_placeholder_follows_a_switch_to_dark(qtbot, badged_panel, app_palette) -> None:
    app_palette("light")
    item = badged_panel.list.item(0)
    light = _pixel(item, 4, ICON - 4)
    assert light == badged_panel.palette().color(Role.Button)
    app_palette("dark")
    qtbot.waitUntil(lambda: _pixel(item, 4, ICON - 4) != light, timeout=3000)
    assert _pixel(item, 4, ICON - 4) == QApplication.palette().color(Role.Button)
    assert colours.is_dark(_pixel(item, 4, ICON - 4))  # no light square on a dark window


# Diff view (versions, conflicts) ------------------------------------------------------

DIFF = ["--- Current text", "+++ Version 3", "@@ -1,2 +1,2 @@", " same", "-old line",
        "+new line"]


def _line_colour(view: DiffView, line: int) -> QColor:
    block = view.document().findBlockByNumber(line)
    return block.begin().fragment().charFormat().foreground().color()


def _check_diff(view: DiffView) -> None:
    base = view.palette().color(Role.Base)
    for line, role in ((2, "note"), (4, "removed"), (5, "added")):
        colour = _line_colour(view, line)
        assert colour == colours.text(role, base), (role, colour.name())
        ratio = contrast(colour, base)
        assert ratio >= AA, f"{role} {colour.name()} on {base.name()}: {ratio:.2f}"


@pytest.mark.parametrize("name", PALETTES)
def test_diff_lines_are_readable(qtbot, app_palette, name) -> None:
    app_palette(name)
    view = DiffView()
    qtbot.addWidget(view)
    view.set_diff(DIFF)
    _check_diff(view)


def test_diff_view_follows_a_switch_to_dark(qtbot, app_palette) -> None:
    app_palette("light")
    view = DiffView()
    qtbot.addWidget(view)
    view.set_diff(DIFF)
    light = _line_colour(view, 5)
    app_palette("dark")
    qtbot.waitUntil(lambda: _line_colour(view, 5) != light, timeout=3000)
    _check_diff(view)
    assert view.lines == DIFF and view.toPlainText() == "\n".join(DIFF)
