"""The live preview: exactly the rendered page, patched block by block as the text changes."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor import resources
from editor.gui import early
from editor.gui.preview.blocks import Block, plan
from editor.gui.preview.changes import ChangesMode
from editor.gui.preview.frame_watch import FrameWatcher, workspace_of
from editor.gui.preview.lifecycle import Inflight, dispatcher, track
from editor.gui.preview.web import WORLD, LocalOnlyInterceptor, PreviewPage, preview_profile
from editor.gui.preview.worker import Job, Result, new_client, preview_sandbox, snapshot
from editor.model.article import META_DIR, Article
from editor.model.config import SiteConfig
from editor.render.errors import RenderError
from editor.render.sandbox import RenderCancelled, RenderLimits

MOBILE_WIDTH = 390  # CSS pixels of a common phone
DOM_TIMEOUT_MS = 10000  # a page load or patch that never reports back frees the pipeline
KEEP_TIMEOUT_S = 2.0  # the render at the close for the next start's first page, at most
CANCEL_AFTER_S = 0.25  # switching articles stops a render of the old one running this long
# On the page: True when it shows the newest text, False while that is being rendered,
# "failed" when it could not be (the review PDF prints only a current page).
CURRENT = "newsdesk_current"


def _css_href() -> str:
    return QUrl.fromLocalFile(str(resources.path("css/article.css"))).toString()


class PreviewPanel(QWidget):
    """See the module docstring of editor.gui.preview for the contract."""

    line_clicked = Signal(int)
    top_line_changed = Signal(int)
    rendered = Signal()
    render_failed = Signal(str)
    width_mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview_panel")
        # None: the site's limits from newsdesk.toml (render_timeout_seconds, _memory_mb)
        self.limits: RenderLimits | None = None
        self._article: Article | None = None
        self._config: SiteConfig | None = None
        self._generation = 0
        self._pending: Job | None = None
        # An edit of the current article waits to be sent; its job (a copy of the text)
        # is made only when it is sent, so edits typed meanwhile cost no copy at all.
        self._edit_waiting = False
        self._job: Job | None = None  # sent to the worker, or its result is reaching the DOM
        self._applied: list[Block] = []  # what the DOM shows
        self._loaded_generation = -1
        self._scroll_y = 0.0
        self._want_line: int | None = None
        self._width_mode = "desktop"
        self.last_latency = 0.0  # seconds from sending the newest job to the DOM
        self.last_job: Job | None = None  # the job whose result the DOM shows (benchmarks)
        self.patched_blocks = 0  # blocks replaced by the last patch (tests)
        self.failure = ""
        self._loading: Result | None = None
        self._scroll_restore = 0.0
        # The app's own preview keeps its page for the next start (editor.gui.first_page).
        self.keeps_page = False
        self._first_html: str | None = None  # the kept page set_article showed first
        self._first_loading = False  # ... and it is loading: the real render waits
        self._build()
        self._connect()
        self.changes = ChangesMode(self)  # "Show changes since approval"
        self._retranslate()

    def _build(self) -> None:
        """The web view with its locked-down page, the width buttons and the banners."""
        self.view = QWebEngineView(self)
        self.view.setObjectName("preview_view")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.setAcceptDrops(False)
        # One profile for every preview, kept for the app's life (web.preview_profile):
        # a page is always gone before it, however and whenever the view lets it go.
        self.profile = preview_profile()
        self.page = PreviewPage(self.profile, self.view)
        self.interceptor = LocalOnlyInterceptor(self.page)  # this page's folders only
        self.page.setUrlRequestInterceptor(self.interceptor)
        self.view.setPage(self.page)
        self.page.setProperty(CURRENT, False)

        self.desktop_button = QToolButton(self, objectName="preview_desktop", checkable=True)
        self.mobile_button = QToolButton(self, objectName="preview_mobile", checkable=True)
        self._width_group = QButtonGroup(self)
        self._width_group.setExclusive(True)
        self._width_group.addButton(self.desktop_button)
        self._width_group.addButton(self.mobile_button)
        self.desktop_button.setChecked(True)
        self.info = QLabel(self, objectName="preview_info")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self, objectName="preview_failure")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #611a15; padding: 6px;")
        self.banner.hide()
        # "Showing changes since approval of ...": dark text on light blue, 11:1
        self.changes_banner = QLabel(self, objectName="preview_changes_banner")
        self.changes_banner.setWordWrap(True)
        self.changes_banner.setStyleSheet(
            "background: #ddf4ff; color: #0a3069; padding: 6px; border-bottom: 2px solid "
            "#0969da;")
        self.changes_banner.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(self.desktop_button)
        bar.addWidget(self.mobile_button)
        bar.addWidget(self.info, 1)
        centre = QHBoxLayout()
        centre.setContentsMargins(0, 0, 0, 0)
        # at phone width the page sits in the middle of the panel
        centre.addStretch(0)
        centre.addWidget(self.view, 1)
        centre.addStretch(0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(bar)
        box.addWidget(self.changes_banner)
        box.addWidget(self.banner)
        box.addLayout(centre, 1)

    def _connect(self) -> None:
        """The render pipeline, the page's signals and the buttons."""
        track(self)
        self._closed = False  # the application quit or the panel is being destroyed
        self._inflight = Inflight()
        self._client = new_client()  # this panel's block cache in the worker process
        self._dispatcher = dispatcher()
        # not a method of self: it must run after the Python side of the panel is gone
        self.destroyed.connect(self._inflight.cancel)
        self._dom_timer = QTimer(self, singleShot=True, interval=DOM_TIMEOUT_MS)
        self._dom_timer.timeout.connect(self._dom_lost)
        # An edit is sent on the next turn of the event loop, not inside the keystroke's
        # handler: the two are shorter apart than together (the window's longest stall).
        self._send_timer = QTimer(self, singleShot=True, interval=0)
        self._send_timer.timeout.connect(self._kick)
        self.desktop_button.clicked.connect(lambda: self._toggle("desktop"))
        self.mobile_button.clicked.connect(lambda: self._toggle("mobile"))
        self.page.loadFinished.connect(self._load_finished)
        self.page.renderProcessTerminated.connect(lambda *_: self._dom_lost())
        self.page.linkHovered.connect(self._link_hovered)
        self.page.bridge.line_clicked.connect(self.line_clicked)
        self.page.bridge.link_clicked.connect(self._link_clicked)
        self.page.bridge.scroll_changed.connect(self._scrolled)
        self._frame_watch = FrameWatcher(self)  # the workspace's templates/frame.html
        self._frame_watch.frame_changed.connect(self._frame_changed)

    # Public API ----------------------------------------------------------------------

    def set_article(self, article: Article, config: SiteConfig, first_page: bool = False) -> None:
        """Show ``article`` (a full page load; the live preview, also after "Show
        changes"). ``first_page`` (the app's start): show the page kept at the last close
        at once if nothing it was rendered from has changed (editor.gui.first_page); the
        real render follows and loads its page only if it differs."""
        self.changes.stop(reload=False)
        self._article = article
        self._config = config
        self._generation += 1
        job = self._job
        if job is not None and not job.cancel.is_set() \
                and time.perf_counter() - job.sent > CANCEL_AFTER_S:
            job.cancel.set()  # a long render of what is no longer shown: stop it
        self._applied = []
        self._scroll_y = 0.0
        self.interceptor.set_roots([article.folder, resources.path("css")])
        self._frame_watch.set_workspace(workspace_of(article.folder))
        self._edit_waiting = False
        self._pending = self._job_for(article, full=True)
        self._mark_current(False)
        self._first_html = None
        self._first_loading = False
        if first_page and self._show_kept(article, config, self._pending):
            return  # the render is sent once the kept page is shown
        if early.deferred():  # the worker was left for later, but a render is needed now
            early.resume()
            preview_sandbox().prestart()
        self._kick()

    def _show_kept(self, article: Article, config: SiteConfig, job: Job) -> bool:
        from editor.gui import first_page

        try:
            html = first_page.lookup(article, config, job.base_url, job.css_href)
        except (OSError, ValueError):
            html = None
        if html is None:
            return False
        self._first_html = html
        self._first_loading = True
        self._dom_timer.start()  # a load that never finishes frees the pipeline
        self.page.show_page(html, job.base_url, Path(article.folder) / META_DIR / "preview.html")
        return True

    def _kept_shown(self, ok: bool) -> None:
        """The kept first page is loaded: the article shows (not confirmed yet: the page
        is not marked current); now the render, in the worker started now."""
        self._first_loading = False
        self._dom_timer.stop()
        early.resume()
        if ok:
            self._loaded_generation = self._generation
            self.rendered.emit()
        else:
            self._first_html = None
        self._kick()

    def keep_page(self, timeout: float = KEEP_TIMEOUT_S) -> bool:
        """The app's close: render the article shown once more, as the next start will,
        and keep that page for it (editor.gui.first_page). The live page itself is not
        kept: patched block by block, its head can be older than a render of the saved
        file (the time of the last change). False if not kept."""
        from editor.gui import first_page

        article, config = self._article, self._config
        if not self.keeps_page or article is None or config is None or self.failure \
                or self.changes.active or not self._alive():
            return False
        job = self._job_for(article, full=True)
        env = first_page.environment(article.folder)  # before the render: a change after
        cancel = threading.Event()                    # it is a difference at the next start
        timer = threading.Timer(timeout, cancel.set)
        timer.start()
        try:
            html, _blocks = preview_sandbox().call(
                "preview", (new_client(), job.article, config, job.base_url, job.css_href, True),
                job.limits, cancel)
        except (RenderError, RenderCancelled):
            return False
        finally:
            timer.cancel()
        return html is not None and first_page.remember(job.article, config, job.base_url,
                                                       job.css_href, env, html)

    def update_article(self, article: Article) -> None:
        """Show an edit of the current article; returns at once, renders in the background."""
        if self._config is None or self._article is None:
            return
        if article.folder != self._article.folder:
            self.set_article(article, self._config)
            return
        self._article = article
        if self.changes.active:
            self.changes.article_changed()  # the live preview follows when it is back
            return
        self._pending = None  # superseded: the newest text is sent
        self._edit_waiting = True
        self._mark_current(False)
        if self._job is None and not self._send_timer.isActive():
            self._send_timer.start()

    def show_changes(self, approved: Article, approved_by: str = "",
                     approved_at: str = "") -> None:
        """Show the current article with the changes since ``approved`` (the approved
        version) marked, until :meth:`show_live`; ``changes.shown`` follows."""
        if self._article is not None:
            self.changes.show(approved, approved_by, approved_at)

    def show_live(self) -> None:
        """Leave "Show changes": the live preview again."""
        self.changes.stop()

    def current_article(self) -> Article | None:
        return self._article

    def current_config(self) -> SiteConfig | None:
        return self._config

    def alive(self) -> bool:
        return self._alive()

    def enter_changes_mode(self) -> None:
        """Results of the live pipeline still on their way are no longer shown."""
        self._generation += 1
        self._pending = None
        self._edit_waiting = False
        self._loading = None
        self._first_html = None
        self._first_loading = False
        if self._dom_timer.isActive():  # a live result was reaching the DOM: let it go
            self._dom_timer.stop()
            self._job = None
        self._mark_current(False)

    def leave_changes_mode(self) -> None:
        if self._article is None or self._config is None or not self._alive():
            return
        self._generation += 1
        self._applied = []
        self._edit_waiting = False
        self._pending = self._job_for(self._article, full=True)
        self._mark_current(False)
        self._kick()

    def scroll_to_line(self, line: int, force: bool = False) -> None:
        """Bring body source line ``line`` into view (if it is not visible already)."""
        self._want_line = line
        if self._loaded_generation == self._generation and self._alive():
            self.page.runJavaScript(
                f"window.__newsdesk && __newsdesk.scrollToLine({int(line)}, {_js(force)})",
                WORLD)

    def set_width_mode(self, mode: str) -> None:
        """"desktop" fills the panel; "mobile" shows the page at a phone's width."""
        mode = "mobile" if mode == "mobile" else "desktop"
        self._width_mode = mode
        (self.mobile_button if mode == "mobile" else self.desktop_button).setChecked(True)
        self.view.setMaximumWidth(MOBILE_WIDTH if mode == "mobile" else 16777215)

    def width_mode(self) -> str:
        return self._width_mode

    def is_idle(self) -> bool:
        """No edit waiting or on its way to the DOM."""
        return self._job is None and self._pending is None and not self._edit_waiting

    # Scheduling ----------------------------------------------------------------------

    def _job_for(self, article: Article, full: bool) -> Job:
        assert self._config is not None
        base = QUrl.fromLocalFile(str(Path(article.folder))).toString().rstrip("/") + "/"
        limits = self.limits or RenderLimits.from_config(self._config)
        return Job(self._generation, snapshot(article), self._config, _css_href(), base, full,
                   self._client, None, limits)

    def _alive(self) -> bool:
        """False once the application quit or the panel or its page is being destroyed.

        The web engine calls back while it tears a page down (loadFinished(false),
        pending runJavaScript callbacks with an empty result, renderProcessTerminated);
        by then the Python wrappers are already invalid, though Qt is still deleting
        the children. Touching the page or a child widget then crashes the process,
        so every callback asks this first."""
        if self._closed:
            return False
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.page)
                and shiboken6.isValid(self.view)):
            self._close()
            return False
        return True

    def _close(self) -> None:
        """Stop: no more jobs, the running one is cancelled, callbacks are ignored."""
        self._closed = True
        self._pending = None
        self._edit_waiting = False
        self._inflight.cancel()

    def _kick(self) -> None:
        if self._job is not None or self._first_loading or not self._alive():
            return
        if self._edit_waiting and self._article is not None and self._config is not None:
            self._edit_waiting = False
            self._pending = self._job_for(self._article, full=False)
        if self._pending is None:
            return
        job, self._pending = self._pending, None
        job.sent = time.perf_counter()
        self._job = job
        self._inflight.job = job
        self._dispatcher.send(job, self)

    def _on_result(self, result: Result) -> None:
        if result.job is not self._job or not self._alive():
            return
        if self.changes.active:  # the page shows the changes; the live one comes back later
            self._done()
            return
        if result.job.generation != self._generation or result.kind == "cancelled":
            self._done()
            return
        if result.kind == "failed":
            self._show_failure(result.message)
            self._done()
            return
        self._dom_timer.start()
        if result.kind == "page":
            first, self._first_html = self._first_html, None
            if first == result.html and self._loaded_generation == self._generation:
                self._applied = result.blocks  # the kept page shows it already: no reload
                self._reached_dom(result)
                return
            self._applied = result.blocks
            if self._loaded_generation == self._generation:
                self._scroll_restore = self._scroll_y
            else:
                self._scroll_restore = 0.0
            self._loading = result
            spill = Path(result.job.article.folder) / META_DIR / "preview.html"
            self.page.show_page(result.html, result.job.base_url, spill)
            return
        if self._loaded_generation != self._generation:
            # this article's page never reached the DOM (its load failed): load it whole
            self._dom_timer.stop()
            self._job = None
            self._reload_whole()
            return
        patch = plan(self._applied, result.blocks)
        if patch is None:
            self._reached_dom(result)
            return
        self._applied = result.blocks
        self.patched_blocks = patch.changed_blocks
        script = f"__newsdesk.patch({json.dumps(patch.to_json())})"
        self.page.runJavaScript(script, WORLD, lambda ok: self._patched(result, ok))

    def _patched(self, result: Result, ok: object) -> None:
        if self._job is not result.job or not self._alive():
            return
        if ok is True:
            self._reached_dom(result)
            return
        # The DOM is not what we think (a reload raced us): load the whole page instead.
        self._dom_timer.stop()
        self._job = None
        self._reload_whole()

    def _reload_whole(self) -> None:
        if self._edit_waiting:
            self._edit_waiting = False
            self._pending = None  # the whole page of the newest text instead
        if self._pending is not None:
            self._pending.full = True
        elif self._article is not None:
            self._pending = self._job_for(self._article, full=True)
        self._kick()

    def _frame_changed(self) -> None:
        """The page frame was edited: the page around the article is new, load it whole."""
        if self._article is None or self.changes.active or not self._alive():
            return
        self._mark_current(False)
        self._reload_whole()

    def _load_finished(self, ok: bool) -> None:
        if self._first_loading and self._loading is None:
            if self._alive():
                self._kept_shown(ok)
            return
        result = self._loading
        if result is None or self._job is not result.job or not self._alive():
            return
        self._loading = None
        self._loaded_generation = result.job.generation
        line = self._want_line
        restore = self._scroll_restore
        if restore:
            script = f"__newsdesk.restoreScroll({float(restore)})"
        elif line is not None:
            script = f"__newsdesk.scrollToLine({int(line)}, false)"
        else:
            script = "0"
        self.page.runJavaScript(script, WORLD, lambda _r: self._reached_dom(result))

    def _reached_dom(self, result: Result) -> None:
        if self._job is not result.job or not self._alive():
            return
        self.last_latency = time.perf_counter() - result.job.sent
        self.last_job = result.job
        if self.failure:
            self.failure = ""
            self.banner.hide()
        self._mark_current(self._pending is None and not self._edit_waiting)
        self._done()
        self.rendered.emit()

    def _done(self) -> None:
        self._dom_timer.stop()
        self._job = None
        self._kick()

    def _dom_lost(self) -> None:
        """The web process crashed or never answered: reload the page from scratch."""
        if not self._alive():
            return
        self._loading = None
        self._job = None
        self._loaded_generation = -1
        self._first_html = None
        self._first_loading = False
        if self.changes.active:
            self.changes.reload()
            return
        if self._article is not None and self._config is not None:
            self._edit_waiting = False
            self._pending = self._job_for(self._article, full=True)
        self._kick()

    # Feedback ------------------------------------------------------------------------

    def _mark_current(self, value: bool | str) -> None:
        if self._alive():
            self.page.setProperty(CURRENT, value)

    def _show_failure(self, message: str) -> None:
        self.failure = message
        self._mark_current("failed" if self._pending is None and not self._edit_waiting
                           else False)
        reason = message.strip().rstrip(".")
        for prefix in ("could not render: ", "could not render "):
            if reason.lower().startswith(prefix):
                reason = reason[len(prefix):]
        if reason.startswith("took too long"):
            reason = self.tr("the text takes too long to convert")
        self.banner.setText(self.tr(
            "Could not render the preview: %1. The editor keeps working; the preview "
            "updates again when the text can be rendered.").replace("%1", reason))
        self.banner.show()
        self.render_failed.emit(message)

    def _scrolled(self, top_line: int, scroll_y: float) -> None:
        if not self._alive():
            return
        self._scroll_y = scroll_y
        if top_line >= 0:
            self.top_line_changed.emit(top_line)

    def _link_hovered(self, url: str) -> None:
        if not self._alive():
            return
        self.info.setText(url)

    def _link_clicked(self, url: str) -> None:
        if not self._alive():
            return
        self.info.setText(self.tr("Links do not open in the preview: %1").replace("%1", url))

    def _toggle(self, mode: str) -> None:
        self.set_width_mode(mode)
        self.width_mode_changed.emit(mode)

    def _retranslate(self) -> None:
        self.desktop_button.setText(self.tr("Desktop"))
        self.desktop_button.setToolTip(self.tr("Preview at desktop width"))
        self.mobile_button.setText(self.tr("Mobile"))
        self.mobile_button.setToolTip(self.tr("Preview at phone width"))
        self.changes.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _js(value: bool) -> str:
    return "true" if value else "false"

