"""The preview's "Show changes since approval" mode.

The approved version and the article as it is now are both rendered in the render sandbox
(editor.render.changes, through editor.render.isolated: the same one render path as the
export) off the GUI thread; the page with the insertions and deletions marked replaces the
live preview until the mode is left, and a banner above it says since when. Edits made
meanwhile re-render the changes (debounced); leaving the mode loads the live preview again.
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel

from editor import resources
from editor.gui import gui_thread
from editor.gui.dates import format_datetime
from editor.gui.preview.worker import snapshot
from editor.model.article import META_DIR, Article
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError, article_subdir
from editor.render.errors import RenderError

if TYPE_CHECKING:
    from editor.gui.preview.web import PreviewPage
    from editor.render.changes import Labels, Marked

CURRENT = "newsdesk_current"  # the page property the review PDF waits for
REFRESH_MS = 500  # after the last edit, the changes are rendered again


class ChangesHost(Protocol):
    """What the mode uses of the preview panel that owns it (the panel imports this module,
    so the panel's class is not named here)."""

    page: PreviewPage
    changes_banner: QLabel

    def current_article(self) -> Article | None: ...
    def current_config(self) -> SiteConfig | None: ...
    def alive(self) -> bool: ...
    def enter_changes_mode(self) -> None: ...
    def leave_changes_mode(self) -> None: ...


class _Job(QRunnable):
    def __init__(self, generation: int, old: Article, new: Article, config: SiteConfig,
                 base_url: str, css: tuple[str, str], labels: Labels,
                 cancel: threading.Event, mode: weakref.ref[QObject]):
        super().__init__()
        self.generation, self.old, self.new, self.config = generation, old, new, config
        self.base_url, self.css, self.labels = base_url, css, labels
        self.cancel, self.mode = cancel, mode

    def run(self) -> None:
        from editor.render.changes import render_changes
        from editor.render.images import PreviewImages
        from editor.render.sandbox import RenderCancelled, RenderLimits

        result: object
        try:
            result = render_changes(
                self.old, self.new, self.config, PreviewImages(self.old, self.base_url),
                PreviewImages(self.new, self.base_url), css_href=self.css[0],
                changes_css_href=self.css[1], labels=self.labels,
                limits=RenderLimits.from_config(self.config), cancel=self.cancel)
        except RenderCancelled:
            return
        except RenderError as exc:
            result = exc.message
        except Exception as exc:  # shown in the banner, never a crash
            result = str(exc) or type(exc).__name__
        # never a signal of the mode's own: it goes with its panel, maybe while this runs
        gui_thread.deliver(self.mode, "_on_done", self.generation, result)


def _css(name: str) -> str:
    return QUrl.fromLocalFile(str(resources.path(f"css/{name}"))).toString()


class ChangesMode(QObject):
    """Owned by a PreviewPanel; :meth:`show` enters the mode, :meth:`stop` leaves it."""

    toggled = Signal(bool)
    shown = Signal()  # the marked-up page reached the view
    failed = Signal(str)

    def __init__(self, panel: ChangesHost):
        # a child of the panel (a QObject), so it goes when the panel goes
        super().__init__(panel if isinstance(panel, QObject) else None)
        self.panel = panel
        self.old: Article | None = None
        self.approved_by = ""
        self.approved_at = ""
        self.marked: Marked | None = None  # the page shown (tests, screenshots)
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._loading = False
        gui_thread.prepare()
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.render)
        panel.page.loadFinished.connect(self._load_finished)

    @property
    def active(self) -> bool:
        return self.old is not None

    def show(self, old: Article, approved_by: str = "", approved_at: str = "") -> None:
        """Show the changes from ``old`` (the approved version) to the panel's article."""
        was = self.active
        self.old = old
        self.approved_by, self.approved_at = approved_by, approved_at
        self.panel.enter_changes_mode()
        self.retranslate()
        self.panel.changes_banner.show()
        self.render()
        if not was:
            self.toggled.emit(True)

    def stop(self, reload: bool = True) -> None:
        """Back to the live preview (``reload``: load it now)."""
        if not self.active:
            return
        self.old = None
        self.marked = None
        self._timer.stop()
        self._generation += 1
        if self._cancel is not None:
            self._cancel.set()
        self._loading = False
        self.panel.changes_banner.hide()
        if reload:
            self.panel.leave_changes_mode()
        self.toggled.emit(False)

    def article_changed(self) -> None:
        """The panel's article was edited: render the changes again once typing pauses."""
        if self.active:
            self._timer.start()

    def render(self) -> None:
        panel = self.panel
        article, config = panel.current_article(), panel.current_config()
        if self.old is None or article is None or config is None:
            return
        self._generation += 1
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = threading.Event()
        base = QUrl.fromLocalFile(str(Path(article.folder))).toString().rstrip("/") + "/"
        job = _Job(self._generation, self.old, snapshot(article), config, base,
                   (_css("article.css"), _css("changes.css")), self.labels(), self._cancel,
                   gui_thread.target(self))
        QThreadPool.globalInstance().start(job)

    def reload(self) -> None:
        """The web process was lost: show the last page again (or render it)."""
        if self.marked is not None and self._show(self.marked):
            return
        self.render()

    def labels(self) -> Labels:
        from editor.render.changes import Labels

        return Labels(legend=self.tr("Changes since approval"), inserted=self.tr("Inserted"),
                      deleted=self.tr("Deleted"), inserted_start=self.tr("Inserted:"),
                      inserted_end=self.tr("End of insertion."),
                      deleted_start=self.tr("Deleted:"),
                      deleted_end=self.tr("End of deletion."))

    def retranslate(self) -> None:
        if not self.active:
            return
        when = format_datetime(self.approved_at) if self.approved_at else "?"
        if self.approved_by:
            text = self.tr("Showing changes since approval of %1 by %2.").replace(
                "%1", when).replace("%2", self.approved_by)
        else:
            text = self.tr("Showing changes since approval of %1.").replace("%1", when)
        marked = self.marked
        if marked is not None:
            if marked.insertions or marked.deletions:
                text += " " + self.tr("Underlined: inserted (%1), struck through: deleted "
                                      "(%2).").replace("%1", str(marked.insertions)).replace(
                    "%2", str(marked.deletions))
            else:
                text += " " + self.tr("The text has not changed.")
        self.panel.changes_banner.setText(text)

    # ---- internals ---------------------------------------------------------------------

    def _on_done(self, generation: int, result: object) -> None:
        if generation != self._generation or not self.active or not self.panel.alive():
            return
        if isinstance(result, str):
            self.panel.changes_banner.setText(
                self.tr("The changes could not be shown: %1").replace("%1", result))
            self.failed.emit(result)
            return
        self.marked = result  # type: ignore[assignment]
        self.retranslate()
        self._show(self.marked)  # type: ignore[arg-type]

    def _show(self, marked: Marked) -> bool:
        article = self.panel.current_article()
        if article is None or not self.panel.alive():
            return False
        base = QUrl.fromLocalFile(str(Path(article.folder))).toString().rstrip("/") + "/"
        try:  # a long page is loaded from a file beside the article, never through a link
            spill = article_subdir(article.folder, META_DIR) / "preview-changes.html"
        except UnsafePathError as exc:
            self.panel.changes_banner.setText(
                self.tr("The changes could not be shown: %1").replace("%1", exc.message))
            return False
        self._loading = True
        self.panel.page.setProperty(CURRENT, False)
        self.panel.page.show_page(marked.html, base, spill)
        return True

    def _load_finished(self, ok: bool) -> None:
        # ok is False for a live page whose load our page cut short: wait for ours
        if not ok or not self._loading or not self.active or not self.panel.alive():
            return
        self._loading = False
        # "Save preview as PDF" now prints the page with the changes marked
        self.panel.page.setProperty(CURRENT, True)
        self.shown.emit()
