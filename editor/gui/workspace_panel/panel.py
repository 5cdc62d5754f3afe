"""Article list (title, date, status) with a status filter and a full-text search."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.article import Article
from editor.model.review import STATES
from editor.model.workspace import ArticleSummary, Workspace

SEARCH_DELAY_MS = 250
SLUG_ROLE = Qt.ItemDataRole.UserRole

STATE_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("Status", "In review"),
    "changes_requested": QT_TRANSLATE_NOOP("Status", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("Status", "Approved"),
    "changed_since_approval": QT_TRANSLATE_NOOP("Status", "Changed since approval"),
    "published": QT_TRANSLATE_NOOP("Status", "Published"),
}


def state_label(state: str) -> str:
    return QCoreApplication.translate("Status", STATE_LABELS.get(state, state))


class WorkspacePanel(QWidget):
    article_selected = Signal(str)  # slug
    refreshed = Signal()  # the list was read again (review states may have changed)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._matches: set[str] | None = None
        self.search = QLineEdit(objectName="article_search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="status_filter")
        self.list = QTreeWidget(objectName="article_list")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter, 1)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("article_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toolbar)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.list.currentItemChanged.connect(self._current_changed)
        self.retranslate()

    def add_button(self, action: QAction) -> None:
        # A toolbar folds what does not fit into its » menu instead of widening the dock.
        self.toolbar.addAction(action)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the article list again, keeping (or moving) the selection."""
        keep = select or self.current_slug()
        self.list.blockSignals(True)
        self.list.clear()
        items = self.workspace.list_articles() if self.workspace else []
        for summary in items:
            self.list.addTopLevelItem(self._item(summary))
        self.list.blockSignals(False)
        if self.search.text().strip():
            self.run_search()
        else:
            self.apply_filter()
        if keep:
            self.select(keep, emit=False)
        self.refreshed.emit()

    def _item(self, summary: ArticleSummary) -> QTreeWidgetItem:
        date = summary.date.isoformat() if isinstance(summary.date, dt.date) else (
            summary.date or "")
        item = QTreeWidgetItem([summary.title or summary.slug, str(date), ""])
        item.setData(0, SLUG_ROLE, summary.slug)
        item.setData(2, SLUG_ROLE, summary.status)
        item.setText(2, state_label(summary.status))
        item.setToolTip(0, summary.error or summary.slug)
        return item

    def show_article(self, article: Article) -> None:
        """Update the open article's row after an edit (title, date) without a rescan."""
        for item in self.items():
            if item.data(0, SLUG_ROLE) == article.slug:
                date = article.date
                item.setText(0, article.title or article.slug)
                item.setText(1, date.isoformat() if isinstance(date, dt.date) else (date or ""))

    def state_of(self, slug: str) -> str | None:
        """The review state the list shows for ``slug`` (None when not listed)."""
        for item in self.items():
            if item.data(0, SLUG_ROLE) == slug:
                return item.data(2, SLUG_ROLE)
        return None

    def folders(self) -> list:
        """The listed articles' folders (to watch for other people's review events)."""
        if self.workspace is None:
            return []
        return [self.workspace.articles_dir / it.data(0, SLUG_ROLE) for it in self.items()]

    def items(self) -> list[QTreeWidgetItem]:
        return [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]

    def visible_slugs(self) -> list[str]:
        return [it.data(0, SLUG_ROLE) for it in self.items() if not it.isHidden()]

    def current_slug(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, SLUG_ROLE) if item is not None else None

    def select(self, slug: str, emit: bool = True) -> bool:
        for item in self.items():
            if item.data(0, SLUG_ROLE) == slug:
                if not emit:
                    self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                return True
        return False

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text and self.workspace is not None:
            self._matches = {s.slug for s in self.workspace.search(text)}
        else:
            self._matches = None
        self.apply_filter()

    def apply_filter(self) -> None:
        state = self.status_filter.currentData()
        for item in self.items():
            slug = item.data(0, SLUG_ROLE)
            hidden = (state is not None and item.data(2, SLUG_ROLE) != state) or (
                self._matches is not None and slug not in self._matches)
            item.setHidden(hidden)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.article_selected.emit(current.data(0, SLUG_ROLE))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setToolTip(self.tr("Search title, lead, tags and text"))
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Date"), self.tr("Status")])
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All states"), None)
        for state in STATES:
            self.status_filter.addItem(state_label(state), state)
        index = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(0, index))
        self.status_filter.blockSignals(False)
        for item in self.items():
            item.setText(2, state_label(item.data(2, SLUG_ROLE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
