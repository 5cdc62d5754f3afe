"""The article list as a table model over the rows the workspace index returned.

Rows are plain ArticleSummary values held in a list, so ``data()`` is a lookup: the view
asks only for the rows on screen, and 10,000 articles cost one list, not 30,000 items.
"""

from __future__ import annotations

import datetime as dt
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

    # Content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {r.slug: i for i, r in enumerate(rows)}
        self.endResetModel()

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
            return s.error or s.slug
        if role == Qt.ItemDataRole.FontRole and s.error:
            return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < 3 else None
        return None
