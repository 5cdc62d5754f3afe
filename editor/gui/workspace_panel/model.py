"""The article list as a table model over the rows the workspace index returned.

Rows are plain ArticleSummary values held in a list, so ``data()`` is a lookup: the view
asks only for the rows on screen, and 10,000 articles cost one list, not 30,000 items.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from editor.model.index import ArticleSummary

SLUG_ROLE = Qt.ItemDataRole.UserRole
TITLE, DATE, STATUS = range(3)

STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("Status", "In review"),
    "changes_requested": QT_TRANSLATE_NOOP("Status", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("Status", "Approved"),
    "changed_since_approval": QT_TRANSLATE_NOOP("Status", "Changed since approval"),
    "published": QT_TRANSLATE_NOOP("Status", "Published"),
    "unreadable": QT_TRANSLATE_NOOP("Status", "Unreadable"),
}

_Index = QModelIndex | QPersistentModelIndex
_MARKS = re.compile("[\u0300-\u036f]")  # combining accents, after NFKD
_STATE_ORDER = {state: i for i, state in enumerate(STATE_LABELS)}


@functools.lru_cache(maxsize=1 << 15)  # a refresh sorts the same titles again
def _letters(text: str) -> str:
    """A sort key that files Ä with A and ß with ss, upper with lower case, as a reader
    expects (code point order would put every umlaut after Z)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _MARKS.sub("", unicodedata.normalize("NFKD", folded))


def state_label(state: str) -> str:
    return QCoreApplication.translate("Status", STATE_LABELS.get(state, state))


def date_text(date: dt.date | str | None) -> str:
    return date.isoformat() if isinstance(date, dt.date) else (date or "")


class ArticleListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._row_of: dict[str, int] = {}
        self._headers = ["", "", ""]
        self._labels: dict[str, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.DescendingOrder)

    # Content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[ArticleSummary]) -> bool:
        """Show ``rows`` (sorted as the list is); False when they are the rows shown."""
        rows = self._sorted(rows)
        if len(rows) == len(self._rows) and all(
                new is old for new, old in zip(rows, self._rows, strict=True)):
            # The same rows (typing on in the search box usually finds the same articles):
            # no reset, which would paint the list again and lose its scroll position.
            return False
        self.beginResetModel()
        self._rows = rows
        self._row_of = {r.slug: i for i, r in enumerate(self._rows)}  # in the order shown
        self.endResetModel()
        return True

    def rows(self) -> list[ArticleSummary]:
        return self._rows

    def row_of(self, slug: str) -> int | None:
        return self._row_of.get(slug)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def update(self, slug: str, **changes: Any) -> None:
        row = self._row_of.get(slug)
        if row is None:
            return
        self._rows[row] = self._rows[row].replace(**changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def sort_key(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def _sorted(self, rows: list[ArticleSummary]) -> list[ArticleSummary]:
        column, order = self._sort
        if column < 0:
            return rows  # as the index returned them (newest first)
        if column == TITLE:
            def key(s: ArticleSummary) -> Any:
                return _letters(s.title or s.slug)
        elif column == DATE:
            # As the index orders: by date; a free text date counts as none (last, newest first).
            def key(s: ArticleSummary) -> Any:
                return s.date if isinstance(s.date, dt.date) else dt.date.min
        else:  # the workflow's order, not the alphabet of the labels
            def key(s: ArticleSummary) -> Any:
                return _STATE_ORDER.get("unreadable" if s.error else s.status, 99)
        # Stable: rows that tie keep the order they came in (newest first).
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by title, date or status (a header click); kept for the next set_rows."""
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        where = [(self._rows[i.row()].slug, i.column()) for i in persistent]
        self._rows = self._sorted(self._rows)
        self._row_of = {r.slug: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[slug], col) for slug, col in where])
        self.layoutChanged.emit()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers
        self._labels = {state: state_label(state) for state in STATE_LABELS}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS))

    # QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return s.title or s.slug
            if column == DATE:
                return date_text(s.date)
            state = "unreadable" if s.error else s.status
            return self._labels.get(state) or state_label(state)
        if role == SLUG_ROLE:
            return s.slug if column != STATUS else s.status
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and not s.error:  # the whole label where it is elided
                return self._labels.get(s.status) or state_label(s.status)
            return s.error or s.slug
        if role == Qt.ItemDataRole.FontRole and s.error:
            return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < 3 else None
        if role == Qt.ItemDataRole.InitialSortOrderRole and section == DATE:
            return Qt.SortOrder.DescendingOrder  # the first click on Date: newest first
        return None
