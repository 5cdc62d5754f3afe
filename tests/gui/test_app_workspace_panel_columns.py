"""The article list's columns: sorted by a header click, a long status never squeezes the
titles, and sort order and column widths come back on the next start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from editor.gui import settings as S
from editor.gui.workspace_panel.model import DATE, STATUS, TITLE, state_label
from editor.gui.workspace_panel.panel import WorkspacePanel
from editor.model.index import ArticleSummary

ROWS = [  # as the index returns them: newest first
    ArticleSummary("c", None, "Zebrastreifen am Markt", dt.date(2024, 5, 3), "approved"),
    ArticleSummary("a", None, "Ämter geschlossen", dt.date(2024, 4, 1), "draft"),
    ArticleSummary("b", None, "bürgerfest im Park", dt.date(2023, 9, 9),
                   "changed_since_approval"),
]


def _click_header(panel: WorkspacePanel, column: int) -> None:
    header = panel.list.header()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _panel(qtbot, settings: S.Settings | None, width: int = 600) -> WorkspacePanel:
    panel = WorkspacePanel(settings=settings)
    qtbot.addWidget(panel)
    panel.resize(width, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel._all = list(ROWS)
    panel.apply_filter()
    return panel


def test_header_clicks_sort_by_title_date_and_status(qtbot, gui_settings) -> None:
    panel = _panel(qtbot, gui_settings)
    assert panel.visible_slugs() == ["c", "a", "b"]  # date, newest first
    panel.select("b", emit=False)
    _click_header(panel, TITLE)
    assert panel.visible_slugs() == ["a", "b", "c"]  # Ä and lower case sort as letters
    assert panel.current_slug() == "b"  # the selection follows its row
    _click_header(panel, TITLE)
    assert panel.visible_slugs() == ["c", "b", "a"]
    _click_header(panel, STATUS)
    assert panel.visible_slugs() == ["a", "c", "b"]  # draft, approved, changed since
    _click_header(panel, DATE)
    assert panel.visible_slugs() == ["c", "a", "b"]  # the first click: newest first
    _click_header(panel, DATE)
    assert panel.visible_slugs() == ["b", "a", "c"]  # then oldest first
    # A new listing (refresh, filter) keeps the chosen order.
    panel.apply_filter()
    assert panel.visible_slugs() == ["b", "a", "c"]


def test_a_long_status_never_squeezes_the_titles(qtbot) -> None:
    panel = _panel(qtbot, None, width=240)
    width = panel.list.viewport().width()
    header = panel.list.header()
    assert header.sectionSize(TITLE) >= width // 2
    assert header.sectionSize(TITLE) + header.sectionSize(DATE) + header.sectionSize(
        STATUS) <= width + 1
    index = panel.model.index(panel.model.row_of("b"), STATUS)
    assert panel.model.data(index, Qt.ItemDataRole.ToolTipRole) == state_label(
        "changed_since_approval")  # the elided label whole in the tooltip
    panel.resize(900, 300)
    qtbot.waitUntil(lambda: header.sectionSize(STATUS) >= panel.list.fontMetrics()
                    .horizontalAdvance(state_label("changed_since_approval")))


def test_sort_order_and_widths_come_back_on_the_next_start(qtbot, gui_settings) -> None:
    first = _panel(qtbot, gui_settings, width=900)
    _click_header(first, TITLE)
    _click_header(first, TITLE)
    first.list.header().resizeSection(STATUS, 101)  # as a drag of the section edge does
    first.close()

    again = _panel(qtbot, gui_settings, width=900)
    header = again.list.header()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        TITLE, Qt.SortOrder.DescendingOrder)
    assert again.visible_slugs() == ["c", "b", "a"]
    assert header.sectionSize(STATUS) == 101


def test_the_window_lists_with_its_settings(main_window) -> None:
    assert main_window.panel.settings is main_window.settings


def test_selection_after_a_new_listing_in_a_chosen_order(qtbot, gui_settings) -> None:
    """A new listing (refresh, search, filter) while sorted by a column keeps the selected
    article selected, and select() finds each article's row in that order."""
    panel = _panel(qtbot, gui_settings)
    _click_header(panel, TITLE)
    assert panel.visible_slugs() == ["a", "b", "c"]
    panel.select("c", emit=False)
    panel.apply_filter()  # rows again, from the index's order (c, a, b)
    assert panel.visible_slugs() == ["a", "b", "c"]
    assert panel.current_slug() == "c"
    for slug in ("a", "b", "c"):
        assert panel.select(slug, emit=False)
        assert panel.current_slug() == slug
