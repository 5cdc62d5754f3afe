"""Article list (title, date, status) with a status filter and a full-text search.

The list is a model over the workspace index (the package editor/model/index/). Typing in the search
box queries the index on a worker thread and shows the result when it arrives (a newer
keystroke supersedes an older query); the status filter only hides rows. One
WorkspaceWatcher per workspace notices other people's changes (new, removed, edited
articles and review events) and refreshes the list off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.gui import gui_thread
from editor.gui import settings as S
from editor.gui.toolbars import name_buttons, show_text
from editor.gui.workspace_panel.columns import ArticleView, ColumnLayout
from editor.gui.workspace_panel.model import (
    DATE,
    SLUG_ROLE,
    STATUS,
    TITLE,
    ArticleListModel,
    date_text,
    state_label,
)
from editor.gui.workspace_panel.watcher import WorkspaceWatcher
from editor.model.article import Article
from editor.model.index import ArticleSummary, build_in_subprocess
from editor.model.review import STATES
from editor.model.workspace import Workspace

# A first index of this many articles is built off the GUI thread: the window shows at once
# and the list (and the first article) follow when it is ready.
SEARCH_DELAY_MS = 40  # coalesces a burst of keys; the query itself runs off the GUI thread

__all__ = ["SEARCH_DELAY_MS", "SLUG_ROLE", "WorkspacePanel", "state_label"]


class Row:
    """One listed article, read like the former tree item (data(column, role), text)."""

    def __init__(self, summary: ArticleSummary, hidden: bool):
        self.summary = summary
        self._hidden = hidden

    def data(self, column: int, role: int) -> Any:
        if role == SLUG_ROLE:
            return self.summary.status if column == STATUS else self.summary.slug
        return self.text(column) if role == Qt.ItemDataRole.DisplayRole else None

    def text(self, column: int) -> str:
        s = self.summary
        if column == TITLE:
            return s.title or s.slug
        if column == DATE:
            return date_text(s.date)
        return state_label("unreadable" if s.error else s.status)

    def isHidden(self) -> bool:
        return self._hidden


class WorkspacePanel(QWidget):
    article_selected = Signal(str)  # slug
    refreshed = Signal()  # the list was read again (review states may have changed)
    search_shown = Signal(str)  # the list now shows the result for this search text

    def __init__(self, parent: QWidget | None = None, settings: S.Settings | None = None):
        super().__init__(parent)
        if settings is None:  # the window's, when it is the parent
            found = getattr(parent, "settings", None)
            settings = found if isinstance(found, S.Settings) else None
        self.settings = settings
        self.workspace: Workspace | None = None
        self._all: list[ArticleSummary] = []
        self._by_slug: dict[str, ArticleSummary] = {}
        self._matches: set[str] | None = None
        self._matches_for = ""
        self._quiet = False
        self._search_generation = 0
        self._refresh_generation = 0
        self._refreshing = False
        # (workspace, index generation) of the rows on show.
        self._listed: tuple[Workspace, int] | None = None
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="article-list")
        self.search = QLineEdit(objectName="article_search")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="status_filter")
        self.model = ArticleListModel(self)
        self.list = ArticleView(objectName="article_list")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setAlternatingRowColors(True)
        self._columns = ColumnLayout(self.list, settings)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter, 1)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("article_toolbar")
        # Icons with tooltips: the German labels did not fit the list's default width.
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setIconSize(QSize(20, 20))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toolbar)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_in_background)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.watcher = WorkspaceWatcher(self)
        self.watcher.changed.connect(self.refresh_in_background)
        self.retranslate()
        self._columns.start()

    def add_button(self, action: QAction, with_text: bool = False) -> None:
        """A button for ``action``: its icon (with the text beside it for a frequent one);
        the action's text is the button's accessible name, its tooltip says more."""
        # A toolbar folds what does not fit into its » menu instead of widening the dock.
        self.toolbar.addAction(action)
        if with_text:
            show_text(self.toolbar, action)
        name_buttons(self.toolbar)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        if workspace is not None and workspace.index.would_read_many():
            self._show_rows([], None)
            self.refresh_in_background(open_first=True)
        else:
            self.refresh()
        self.watcher.set_folder(workspace.articles_dir if workspace else None)

    # Reading the list --------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Bring the index up to date and show the list again, keeping (or moving) the
        selection. On the GUI thread: for start-up and after our own changes."""
        self._refresh_generation += 1
        started = time.monotonic()
        rows, key = self._read_rows()
        self.watcher.refresh_took(time.monotonic() - started)
        if rows is None:
            rows = self._all
        self._matches = self._match(self.search.text())
        self._matches_for = self.search.text()
        self._show_rows(rows, select, key)

    def refresh_in_background(self, open_first: bool = False) -> None:
        """The same, with the files read on a worker thread (other people's changes).
        ``open_first``: select (and so open) the first article if none is selected."""
        if self.workspace is None or self._refreshing:
            return
        self._refreshing = True
        self._refresh_generation += 1
        generation = self._refresh_generation
        text = self.search.text()

        Result = tuple[list[ArticleSummary] | None, Any, set[str] | None, float]

        articles_dir = self.workspace.articles_dir

        def work() -> Result:
            started = time.monotonic()
            if open_first:  # a big first index: read with every core, in a new process
                build_in_subprocess(articles_dir)
            rows, key = self._read_rows()
            matches = self._match(text) if rows is not None else None
            return rows, key, matches, time.monotonic() - started

        def done(result: Result | BaseException) -> None:
            self._refreshing = False
            if isinstance(result, BaseException):
                self.watcher.refresh_took(0)
                return
            rows, key, matches, seconds = result
            self.watcher.refresh_took(seconds)
            if generation != self._refresh_generation or rows is None:
                return  # superseded, or nothing changed: the list stays as it is
            if text == self.search.text():
                self._matches, self._matches_for = matches, text
            self._show_rows(rows, None, key)
            if open_first and self.current_slug() is None and self.model.rowCount():
                self.select(self.model.summary(0).slug)
            if text != self.search.text():
                self._search_timer.start()

        self._submit(work, done)

    def _read_rows(self) -> tuple[list[ArticleSummary] | None, Any]:
        """The articles from the index brought up to date, and what they were read at;
        None when nothing changed since the rows on show were read (no query)."""
        workspace = self.workspace
        if workspace is None:
            return [], None
        workspace.index.refresh()
        key = (workspace, workspace.index.generation())
        if self._listed == key:
            return None, key
        return workspace.index.query(), key

    def _match(self, text: str) -> set[str] | None:
        text = text.strip()
        if not text or self.workspace is None:
            return None
        return self.workspace.index.matching(text)

    def _show_rows(self, rows: list[ArticleSummary], select: str | None,
                   key: Any = None) -> None:
        keep = select or self.current_slug()
        self._listed = key
        self._all = rows
        self._by_slug = {r.slug: r for r in rows}
        self.apply_filter(keep)
        self.refreshed.emit()

    def _submit(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        owner = gui_thread.target(self)  # the panel may be gone when the work is done

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:
                result = exc
            gui_thread.deliver(owner, "_call", done, result)

        self._pool.submit(run)

    def _call(self, done: Callable[[Any], None], result: Any) -> None:
        done(result)

    # Search and filter -----------------------------------------------------------------

    def run_search(self) -> None:
        """Search now, on this thread (the search box does it in the background)."""
        self._search_timer.stop()
        self._search_generation += 1
        text = self.search.text()
        self._matches, self._matches_for = self._match(text), text
        self.apply_filter()
        self.search_shown.emit(text)

    def _search_in_background(self) -> None:
        self.watcher.postpone()
        self._search_generation += 1
        generation = self._search_generation
        text = self.search.text()

        def done(result: set[str] | BaseException | None) -> None:
            if generation != self._search_generation or isinstance(result, BaseException):
                return
            self._matches, self._matches_for = result, text
            self.apply_filter()
            self.search_shown.emit(text)

        if not text.strip():
            done(None)
            return
        self._submit(lambda: self._match(text), done)

    def apply_filter(self, keep: str | None = None) -> None:
        keep = keep or self.current_slug()
        state = self.status_filter.currentData()
        matches = self._matches
        if state is None and matches is None:
            shown = self._all
        else:
            shown = [s for s in self._all
                     if (state is None or s.status == state)
                     and (matches is None or s.slug in matches)]
        self._quiet = True
        try:
            changed = self.model.set_rows(list(shown))
            if keep and (changed or keep != self.current_slug()):
                self.select(keep, emit=False)
        finally:
            self._quiet = False

    # Rows --------------------------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        """Update the open article's row after an edit (title, date) without a rescan."""
        old = self._by_slug.get(article.slug)
        if old is None:
            return
        changes = {"title": article.title, "date": article.date}
        new = old.replace(**changes)
        self._by_slug[article.slug] = new
        self._all = [new if s.slug == article.slug else s for s in self._all]
        self.model.update(article.slug, **changes)

    def state_of(self, slug: str) -> str | None:
        """The review state the list shows for ``slug`` (None when not listed)."""
        summary = self._by_slug.get(slug)
        return summary.status if summary is not None else None

    def folders(self) -> list:
        """Article folders for a per-article review watcher: none, since the panel's own
        WorkspaceWatcher notices review events in every article of the workspace."""
        return []

    def items(self) -> list[Row]:
        """Every listed article, shown or filtered out."""
        shown = {s.slug for s in self.model.rows()}
        return [Row(s, s.slug not in shown) for s in self._all]

    def visible_slugs(self) -> list[str]:
        return [s.slug for s in self.model.rows()]

    def current_slug(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.summary(index.row()).slug

    def select(self, slug: str, emit: bool = True) -> bool:
        row = self.model.row_of(slug)
        if row is None:
            return False
        quiet, self._quiet = self._quiet, self._quiet or not emit
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
            self.list.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = quiet
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.article_selected.emit(self.model.summary(current.row()).slug)

    # Language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setToolTip(self.tr("Search title, lead, tags and text (word beginnings; "
                                       "ß/ss and ä/ae/a are the same)"))
        self.model.set_headers([self.tr("Title"), self.tr("Date"), self.tr("Status")])
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All states"), None)
        for state in STATES:
            self.status_filter.addItem(state_label(state), state)
        index = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(0, index))
        self.status_filter.blockSignals(False)
        self._columns.fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.watcher.set_folder(None)
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)
