"""The review dock: state, history, comment box, review actions, changes since approval,
and "Save preview as PDF". The actions themselves (and the four-eyes rule) are in
editor.gui.review.actions."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui import gui_thread
from editor.gui.dates import format_datetime
from editor.gui.review.actions import ReviewActions
from editor.gui.review.changes_list import ChangesList
from editor.gui.review.footer import footer_text
from editor.gui.review.jobs import StatusJob, plain_threads
from editor.gui.review.pdf import PdfPrinter
from editor.gui.review.watcher import ReviewWatcher
from editor.gui.workspace_panel.panel import state_label
from editor.model import readability, review
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.contenthash import short
from editor.model.errors import NewsdeskError
from editor.model.validation import Problem

# Button -> event kind; the order they appear in.
ACTIONS = ("submitted", "approved", "changes_requested", "reopened", "comment")


def _event_label(kind: str) -> str:
    labels = {
        "submitted": QCoreApplication.translate("Review", "Submitted for review"),
        "comment": QCoreApplication.translate("Review", "Comment"),
        "changes_requested": QCoreApplication.translate("Review", "Changes requested"),
        "approved": QCoreApplication.translate("Review", "Approved"),
        "reopened": QCoreApplication.translate("Review", "Reopened"),
        "published": QCoreApplication.translate("Review", "Published"),
    }
    return labels.get(kind, kind)


class ReviewPanel(QWidget, ReviewActions):
    """Give it the open article with :meth:`set_article` (again after edits with
    :meth:`update_article`) and the user's name with :meth:`set_user`."""

    state_changed = Signal(str)  # after an action or when a refresh finds a new state
    user_name_needed = Signal()
    user_name_entered = Signal(str)  # asked for on first use; the window stores it
    review_mode_requested = Signal(bool)
    pdf_saved = Signal(str)
    pdf_failed = Signal(str)
    status_ready = Signal(object)  # review.Status, after every refresh
    # "Show changes since approval" in the preview (see editor.gui.review.changes_mode)
    changes_mode_requested = Signal(bool)
    # a plain-language hint double-clicked in the "Plain language" tab: go to its line
    hint_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None,
                 ask_name: Callable[[QWidget], str | None] | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.config = SiteConfig()
        self.user = ""
        self.status: review.Status | None = None
        self._ask_name = ask_name or self._default_ask_name
        self._generation = 0
        gui_thread.prepare()
        plain_threads()  # made here, on the GUI thread, not by the first status job
        self.figure: readability.Figure | None = None
        self.hints: list[Problem] = []
        self._printer = PdfPrinter(self)
        self._printer.finished.connect(self._on_pdf)
        # Other people's events on the open article (shared folder) refresh the panel.
        self.watcher = ReviewWatcher(self)
        self.watcher.events_changed.connect(self._on_events_changed)

        self.state_label = QLabel(objectName="review_state")
        self.hash_label = QLabel(objectName="review_hash")
        self.message = QLabel(objectName="review_message", wordWrap=True)
        # newsdesk.toml review.self_approval, and the warning before approving one's own
        self.four_eyes_label = QLabel(objectName="review_four_eyes", wordWrap=True)
        self._self_approval_confirmed = False
        # plain language: the figure and the hints, so a reviewer sees them too
        self.plain_label = QLabel(objectName="review_plain_language", wordWrap=True)
        self.hint_list = QTreeWidget(objectName="review_hints", rootIsDecorated=False)
        self.hint_list.setColumnCount(2)
        self.hint_list.itemActivated.connect(self._hint_activated)
        self.history = QTreeWidget(objectName="review_history", rootIsDecorated=False)
        self.history.setColumnCount(4)
        self.comment = QPlainTextEdit(objectName="review_comment")
        self.comment.setMaximumHeight(90)
        self.buttons = {kind: QPushButton(objectName=f"review_{kind}") for kind in ACTIONS}
        for kind, button in self.buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.act(k))
        self.mode_button = QPushButton(objectName="review_mode", checkable=True)
        self.mode_button.toggled.connect(self.review_mode_requested)
        self.pdf_button = QPushButton(objectName="review_pdf")
        self.pdf_button.clicked.connect(self._pdf_clicked)
        self.changes = ChangesList()
        self.changes.show_changes_toggled.connect(self.changes_mode_requested)
        self.changes_button = self.changes.show_button
        self.diff_view = self.changes.raw_view  # the raw diff, behind "Show raw diff"
        self._page_provider: Callable[[], object] | None = None
        self._ask_pdf_path: Callable[[QWidget], str | None] = self._default_pdf_path

        buttons = QHBoxLayout()
        for kind in ("submitted", "approved", "changes_requested", "reopened"):
            buttons.addWidget(self.buttons[kind])
        history_tab = QWidget()
        h = QVBoxLayout(history_tab)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.history, 1)
        h.addWidget(self.comment)
        row = QHBoxLayout()
        row.addWidget(self.buttons["comment"])
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.mode_button)
        h.addLayout(row)
        self.tabs = QTabWidget(objectName="review_tabs")
        self.tabs.addTab(history_tab, "")
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.hint_list, "")
        self.tabs.currentChanged.connect(lambda _i: self._maybe_show_diff())
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.hash_label)
        layout.addWidget(self.plain_label)
        layout.addWidget(self.four_eyes_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_buttons()

    # ---- API for the main window ------------------------------------------------------

    def retranslate(self) -> None:
        texts = {"submitted": self.tr("Submit for review"),
                 "changes_requested": self.tr("Request changes"), "reopened": self.tr("Reopen"),
                 "comment": self.tr("Add comment")}
        for kind, text in texts.items():
            self.buttons[kind].setText(text)
        self._label_approve()
        self.four_eyes_label.setText({
            "allow": self.tr("Approving an article you submitted yourself: allowed"),
            "forbid": self.tr("Approving an article you submitted yourself: not allowed "
                              "(a second person approves)"),
        }.get(self.config.self_approval,
              self.tr("Approving an article you submitted yourself: with a warning")))
        self.mode_button.setText(self.tr("Review mode"))
        self.pdf_button.setText(self.tr("Save preview as PDF…"))
        self.comment.setPlaceholderText(self.tr("Comment or requested changes"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Event"), self.tr("Who"),
                                      self.tr("Note")])
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Changes since approval"))
        self.hint_list.setHeaderLabels([self.tr("Hint"), self.tr("Where")])
        self.changes.retranslate()
        self._show_status()
        self._show_plain()

    def set_article(self, article: Article | None, config: SiteConfig | None = None) -> None:
        if self.article is None or article is None or article.folder != self.article.folder:
            self.changes_button.setChecked(False)  # another article: the live preview
            self.watcher.clear()
            self.figure, self.hints = None, []  # until the new article's are computed
            if article is not None:
                self.watcher.watch(article.folder)
        self.article = article
        if config is not None:
            self.config = config
        self._self_approval_confirmed = False
        self.retranslate()
        self.status = None
        self.message.clear()
        self.changes.clear()
        self.refresh()

    def update_article(self, article: Article) -> None:
        """The same article after an edit: recompute the state (in the background)."""
        self.article = article
        self.refresh()

    def set_user(self, name: str) -> None:
        self.user = name.strip()
        self._self_approval_confirmed = False
        self._label_approve()
        self._update_buttons()

    def set_page_provider(self, provider: Callable[[], object] | object | None) -> None:
        """The preview's QWebEnginePage for "Save preview as PDF", or a callable returning
        it (for a preview created later)."""
        if provider is not None and not callable(provider):
            page = provider
            provider = lambda: page  # noqa: E731
        self._page_provider = provider  # type: ignore[assignment]
        self._update_buttons()

    def refresh(self) -> None:
        """Reload events and recompute the hash off the GUI thread; ``status_ready`` follows."""
        self._generation += 1
        if self.article is None:
            self._show_status()
            return
        job = StatusJob(copy.deepcopy(self.article), self._generation,
                         gui_thread.target(self), self.config)
        QThreadPool.globalInstance().start(job)

    def refresh_now(self) -> None:
        """Synchronous refresh (after our own actions; the hashes are cached by then)."""
        self._generation += 1
        if self.article is not None:
            self._apply(review.status(self.article))

    def save_pdf(self, page: object, path: Path | str) -> bool:
        """Print ``page`` (a QWebEnginePage showing the preview) to ``path`` with the state,
        short hash and date in the footer; ``pdf_saved`` or ``pdf_failed`` follows."""
        st = self.status
        language = QLocale().name()[:2]  # the interface language (i18n sets the default)
        footer = footer_text(self.article.title if self.article else "",
                             st.state if st else "", short(st.content_hash) if st else "",
                             language)
        if not self._printer.print(page, path, footer, language):  # type: ignore[arg-type]
            self.message.setText(self.tr("A PDF is still being written."))
            return False
        self.message.setText(self.tr("Writing PDF…"))
        return True

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_history()
        super().changeEvent(event)

    # ---- internals ---------------------------------------------------------------------

    def _default_pdf_path(self, parent: QWidget) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        suggested = f"{self.article.slug}-review.pdf" if self.article else "review.pdf"
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Save preview as PDF"),
                                              suggested, self.tr("PDF files (*.pdf)"))
        return path or None

    def _on_events_changed(self, folder: Path) -> None:
        if self.article is not None and folder == self.article.folder:
            self.refresh()

    def _on_status(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # an older job; a newer refresh is on its way
        if isinstance(result, NewsdeskError):
            self.message.setText(result.describe())
            return
        previous = self.status.state if self.status else None
        self._apply(result)  # type: ignore[arg-type]
        if previous is not None and self.status and self.status.state != previous:
            self.state_changed.emit(self.status.state)

    def _on_plain(self, generation: int, result: object) -> None:
        if generation != self._generation or self.article is None:
            return
        figure, hints = result  # type: ignore[misc]
        self.figure = figure if isinstance(figure, readability.Figure) else None
        self.hints = list(hints)
        self._show_plain()

    def _show_plain(self) -> None:
        """One line under the state (figure and the number of hints by kind) and the hints
        in the "Plain language" tab, each with its line."""
        from editor.gui.preflight import messages
        from editor.gui.readability_label import band_name

        self.tabs.setTabText(2, self.tr("Plain language (%1)").replace(
            "%1", str(len(self.hints))))
        self.hint_list.clear()
        for problem in self.hints:
            item = QTreeWidgetItem([messages.message(problem),
                                    messages.location(problem.location)])
            item.setData(0, Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(0, item.text(0))
            self.hint_list.addTopLevelItem(item)
        if self.article is None or (self.figure is None and not self.hints):
            self.plain_label.clear()
            return
        parts = []
        if self.figure is not None and self.figure.shown is not None:
            parts.append(self.tr("readability %1 (%2)").replace("%1", str(self.figure.shown))
                         .replace("%2", band_name(self.figure.band)))
        counts = {code: sum(1 for p in self.hints if p.code == code)
                  for code in ("long-sentence", "long-word", "long-paragraph")}
        names = {"long-sentence": self.tr("long sentences: %1"),
                 "long-word": self.tr("long words: %1"),
                 "long-paragraph": self.tr("long paragraphs: %1")}
        found = [names[code].replace("%1", str(n)) for code, n in counts.items() if n]
        parts.append(", ".join(found) if found else self.tr("no plain-language hints"))
        self.plain_label.setText(self.tr("Plain language: %1").replace("%1", " · ".join(parts)))

    def _hint_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        problem = item.data(0, Qt.ItemDataRole.UserRole)
        if problem is not None:
            self.hint_activated.emit(problem)

    def _apply(self, status: review.Status) -> None:
        self.status = status
        self._show_status()
        self._fill_history()
        self._update_buttons()
        self.changes.clear()
        self._maybe_show_diff()
        self.status_ready.emit(status)

    def _show_status(self) -> None:
        st = self.status
        if self.article is None or st is None:
            self.state_label.setText(self.tr("No article") if self.article is None else "…")
            self.hash_label.clear()
            return
        self.state_label.setText(self.tr("State: {0}").format(state_label(st.state)))
        text = self.tr("Content {0}").format(short(st.content_hash))
        if st.approval is not None:
            a = st.approval
            text += " · " + self.tr("approved {0} by {1} at {2}").format(
                short(a.content_hash), a.by, format_datetime(a.at))
        self.hash_label.setText(text)
        if st.broken:
            self.message.setText(self.tr("Unreadable review events: {0}").format(
                ", ".join(p.name for p, _ in st.broken)))

    def _fill_history(self) -> None:
        self.history.clear()
        for e in (self.status.events if self.status else ()):
            item = QTreeWidgetItem([format_datetime(e.at), _event_label(e.kind), e.by, e.note])
            item.setToolTip(0, e.at)  # the stored UTC time, to the microsecond
            item.setToolTip(3, self.tr("Content {0}").format(e.content_hash))
            self.history.addTopLevelItem(item)
        if self.history.topLevelItemCount():
            self.history.scrollToBottom()

    def _update_buttons(self) -> None:
        allowed = self.status.allowed if self.status and self.article else ()
        for kind, button in self.buttons.items():
            button.setEnabled(kind in allowed)
        if self.config.self_approval == "forbid" and self.own_article():
            self.buttons["approved"].setEnabled(False)
            self.buttons["approved"].setToolTip(self.tr(
                "You submitted this article; someone else must approve it."))
        else:
            self.buttons["approved"].setToolTip("")
        self.pdf_button.setEnabled(self.article is not None and self.status is not None
                                   and self._page_provider is not None
                                   and not self._printer.busy)
        approved = any(e.kind == "approved" for e in
                       (self.status.events if self.status else ()))
        self.tabs.setTabEnabled(1, approved)
        self.changes_button.setEnabled(approved and self.article is not None)
        if not self.changes_button.isEnabled():
            self.changes_button.setChecked(False)

    def _maybe_show_diff(self) -> None:
        if self.tabs.currentIndex() != 1 or self.article is None:
            return
        if self.changes.diff is not None or self.diff_view.toPlainText():
            return
        try:
            diff = review.changes_since_approval(self.article)
        except NewsdeskError as exc:
            self.changes.set_message(exc.describe())
            return
        if diff is None:
            self.changes.set_message(self.tr("This article has never been approved."))
            return
        self.changes.set_diff(diff)

    def diff_text(self) -> str:
        """The raw 'changes since approval' (a unified diff; the tab's "Show raw diff")."""
        if self.article is None:
            return ""
        try:
            diff = review.changes_since_approval(self.article)
        except NewsdeskError as exc:
            return exc.describe()
        if diff is None:
            return self.tr("This article has never been approved.")
        return diff.to_text()

    def approved_version(self) -> tuple[review.Event, Article] | None:
        """The latest approval and the article as approved, for "Show changes"; None
        (with the reason in the message line) when there is none or it cannot be read."""
        if self.article is None:
            return None
        try:
            found = review.approved_version(self.article)
        except NewsdeskError as exc:
            self.message.setText(exc.describe())
            return None
        if found is None:
            self.message.setText(self.tr("This article has never been approved."))
        return found

    def _pdf_clicked(self) -> None:
        if self._page_provider is None:
            return
        path = self._ask_pdf_path(self)
        if path:
            self.save_pdf(self._page_provider(), path)
            self._update_buttons()

    def _on_pdf(self, path: str, ok: bool) -> None:
        self._update_buttons()
        if ok:
            self.message.setText(self.tr("PDF saved: {0}").format(path))
            self.pdf_saved.emit(path)
        else:
            self.message.setText(self.tr("The PDF could not be written: {0}").format(path))
            self.pdf_failed.emit(path)
