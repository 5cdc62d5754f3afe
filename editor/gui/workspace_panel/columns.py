"""The article list's view and its columns: date and status widths from the font (or the
user's drag), fitted to a narrow list, and the sort order and widths kept for the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from editor.gui import settings as S
from editor.gui.workspace_panel.model import (
    DATE,
    STATE_LABELS,
    STATUS,
    TITLE,
    ArticleListModel,
    state_label,
)


class _Header:
    """headerItem() of the former tree widget: the column titles by number."""

    def __init__(self, model: ArticleListModel):
        self._model = model

    def text(self, column: int) -> str:
        return str(self._model.headerData(column, Qt.Orientation.Horizontal) or "")


class ArticleView(QTableView):
    """A flat list of rows. A table view, not a tree view: a tree view lays out every row
    on each reset (asking the model per row), 45 ms for 10,000 articles; a table only
    paints the rows on screen."""

    resized = Signal()

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as in the former tree
        self.setCornerButtonEnabled(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)

    def header(self) -> QHeaderView:
        return self.horizontalHeader()

    def resizeEvent(self, event: Any) -> None:  # Qt override
        super().resizeEvent(event)
        self.resized.emit()

    def headerItem(self) -> _Header:
        return _Header(self.model())  # type: ignore[arg-type]

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Home and End go to the first and last article (a table would change column).
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveHome and model.rowCount():
            return model.index(0, 0)
        if action == QAbstractItemView.CursorAction.MoveEnd and model.rowCount():
            return model.index(model.rowCount() - 1, 0)
        return super().moveCursor(action, modifiers)


class ColumnLayout:
    """Sorting and column widths of ``view`` (with its model set), kept in ``settings``."""

    def __init__(self, view: ArticleView, settings: S.Settings | None):
        self._view = view
        self._settings = settings
        # Widths the user gave the date and status columns (0: from the font).
        self._wanted = {DATE: 0, STATUS: 0}
        self._fitting = False
        header = view.header()
        header.setStretchLastSection(False)
        # Fixed widths from the font, not ResizeToContents, which measures every row.
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        # A header click sorts (the model sorts its list: no proxy between view and rows).
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)

    def start(self) -> None:
        """Restore the kept layout, sort by it and keep what the user changes from now on."""
        self.restore()
        self._view.setSortingEnabled(True)  # sorts by the restored indicator
        header = self._view.header()
        header.sortIndicatorChanged.connect(lambda _c, _o: self.save())
        header.sectionResized.connect(self._section_resized)
        self._view.resized.connect(self.fit)

    def _natural_width(self, column: int) -> int:
        """The user's width of a column, else one that fits its longest text."""
        if self._wanted[column]:
            return self._wanted[column]
        metrics = self._view.fontMetrics()
        pad = 3 * metrics.horizontalAdvance("M")
        if column == DATE:
            return metrics.horizontalAdvance("0000-00-00") + pad
        return max(metrics.horizontalAdvance(state_label(s)) for s in STATE_LABELS) + pad

    def fit(self) -> None:
        """Date and status keep their width while there is room; in a narrow list they give
        way (status text elided, whole in the tooltip) so the title keeps at least half."""
        width = self._view.viewport().width()
        share = max(self._view.fontMetrics().horizontalAdvance("M") * 4, width // 4)
        self._fitting = True
        try:
            header = self._view.header()
            for column in (DATE, STATUS):
                header.resizeSection(column, min(self._natural_width(column), share))
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column not in self._wanted:
            return
        self._wanted[column] = new  # dragged by the user
        self.save()

    def restore(self) -> None:
        if self._settings is None:
            self._view.header().setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
            return
        column = self._settings.get(S.LIST_SORT_COLUMN)
        order = (Qt.SortOrder.AscendingOrder
                 if self._settings.get(S.LIST_SORT_ORDER) == "ascending"
                 else Qt.SortOrder.DescendingOrder)
        self._view.header().setSortIndicator(column, order)
        self._wanted = {DATE: self._settings.get(S.LIST_DATE_WIDTH),
                        STATUS: self._settings.get(S.LIST_STATUS_WIDTH)}
        self.fit()

    def save(self) -> None:
        if self._settings is None:
            return
        header = self._view.header()
        self._settings.set(S.LIST_SORT_COLUMN, header.sortIndicatorSection())
        self._settings.set(S.LIST_SORT_ORDER,
                           "ascending" if header.sortIndicatorOrder()
                           == Qt.SortOrder.AscendingOrder else "descending")
        self._settings.set(S.LIST_DATE_WIDTH, self._wanted[DATE])
        self._settings.set(S.LIST_STATUS_WIDTH, self._wanted[STATUS])
