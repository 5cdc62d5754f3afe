"""The locked-down web page behind the preview: local files only, no script, no navigation."""

from __future__ import annotations

import atexit
import os
import weakref
from collections import deque
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from editor.gui.preview.script import injected_source
from editor.model.atomic import atomic_write

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
SET_HTML_LIMIT = 2_000_000  # bytes of the data: URL that setHtml makes
_MAIN_FRAME = QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame


def _real(path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(path))


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Allows file:// URLs inside the given folders (after resolving links) and the page
    itself (setHtml loads it as a data: URL in the main frame). Blocks everything else."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._roots: tuple[str, ...] = ()
        self.blocked: deque[str] = deque(maxlen=100)  # for tests and diagnostics

    def set_roots(self, folders: list[Path]) -> None:
        # one tuple assignment: safe however the engine threads its callbacks
        self._roots = tuple(_real(f) for f in folders)

    def allows(self, url: QUrl, main_frame: bool = False) -> bool:
        scheme = url.scheme().lower()
        if scheme == "data":
            return main_frame
        if scheme != "file" or url.host() not in ("", "localhost"):
            return False
        path = _real(url.toLocalFile())
        return any(path == root or path.startswith(root + os.sep) for root in self._roots)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if not self.allows(url, info.resourceType() == _MAIN_FRAME):
            info.block(True)
            self.blocked.append(url.toString())


class Bridge(QObject):
    """The Python end of the QWebChannel; only our injected world can reach it."""

    ready_changed = Signal()
    line_clicked = Signal(int)
    link_clicked = Signal(str)
    scroll_changed = Signal(int, float)

    @Slot()
    def ready(self) -> None:
        self.ready_changed.emit()

    @Slot(int)
    def lineClicked(self, line: int) -> None:
        self.line_clicked.emit(line)

    @Slot(str)
    def linkClicked(self, href: str) -> None:
        self.link_clicked.emit(href)

    @Slot(int, float)
    def scrolled(self, top_line: int, scroll_y: float) -> None:
        # top_line is -1 while the preview scrolls itself (no echo back to the editor)
        self.scroll_changed.emit(top_line, scroll_y)


def _new_profile(parent: QObject | None) -> QWebEngineProfile:
    profile = QWebEngineProfile(parent)
    # Nothing is fetched over HTTP (local files only), so no cache at all.
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setSpellCheckEnabled(False)
    return profile


# The app's one preview profile, made by start_engine (early) or the first preview.
_early: QWebEngineProfile | None = None
_pages: weakref.WeakSet[QWebEnginePage] = weakref.WeakSet()  # pages on the shared profile


def start_engine() -> None:
    """Start the web engine now (its context and helper processes) by making the preview's
    profile: its helpers then start on the other core while the app builds its window, not
    after (about 0.1 s sooner to the first page, bench/startup.py). Call after the
    QApplication exists."""
    if QCoreApplication.instance() is not None:
        preview_profile()


def preview_profile() -> QWebEngineProfile:
    """The one profile of every preview page, kept for the application's life.

    A profile per panel was deleted together with its page whenever a panel went (in
    the tests: at the next test's first event loop, while a new page loads): Chromium
    tears a profile down with tasks still posted for the page just deleted. One profile
    that outlives every page never is; at quit its pages are deleted first, then it."""
    global _early
    app = QCoreApplication.instance()
    if _early is None or not shiboken6.isValid(_early):
        _early = _new_profile(None)
        if app is not None:
            app.aboutToQuit.connect(_drop_shared)
        atexit.register(_drop_shared)  # a process that ends without quitting (tests)
    return _early


def _drop_shared() -> None:
    """At quit: every page still on the shared profile, then the profile."""
    global _early
    profile, _early = _early, None
    for page in list(_pages):
        if shiboken6.isValid(page) and page.profile() is profile:
            shiboken6.delete(page)
    if profile is not None and shiboken6.isValid(profile):
        shiboken6.delete(profile)


def make_profile(parent: QObject | None) -> QWebEngineProfile:
    """A private, off-the-record profile: nothing is written to disk, no shared cookies.
    Its owner deletes it after its pages (the review sheet of the command line)."""
    return _new_profile(parent)


def lock_down(settings: QWebEngineSettings) -> None:
    A = QWebEngineSettings.WebAttribute
    off = (A.JavascriptEnabled,  # the page's own world; our isolated world still runs
           A.PluginsEnabled, A.LocalContentCanAccessRemoteUrls, A.JavascriptCanOpenWindows,
           A.JavascriptCanAccessClipboard, A.JavascriptCanPaste, A.AutoLoadIconsForPage,
           A.PdfViewerEnabled, A.NavigateOnDropEnabled, A.ErrorPageEnabled,
           A.FocusOnNavigationEnabled, A.DnsPrefetchEnabled, A.ScreenCaptureEnabled,
           A.WebRTCPublicInterfacesOnly, A.AllowRunningInsecureContent,
           A.AllowGeolocationOnInsecureOrigins, A.AllowWindowActivationFromJavaScript,
           A.PlaybackRequiresUserGesture, A.FullScreenSupportEnabled)
    for attribute in off:
        settings.setAttribute(attribute, False)
    settings.setAttribute(A.LocalContentCanAccessFileUrls, True)  # the article's photos
    settings.setAttribute(A.PlaybackRequiresUserGesture, True)
    settings.setAttribute(A.WebRTCPublicInterfacesOnly, True)


class PreviewPage(QWebEnginePage):
    """Shows pages we load with setHtml and refuses every other navigation."""

    link_activated = Signal(str)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None):
        super().__init__(profile, parent)
        lock_down(self.settings())
        self.bridge = Bridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        self.setWebChannel(self.channel, WORLD)
        script = QWebEngineScript()
        script.setName("newsdesk-preview")
        script.setSourceCode(injected_source())
        script.setWorldId(WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setRunsOnSubFrames(False)
        self.scripts().insert(script)
        self.console: deque[str] = deque(maxlen=50)
        self._expected: QUrl | None = None
        _pages.add(self)

    def show_page(self, html: str, base_url: str, spill: Path) -> None:
        """Load ``html`` as if it were at ``base_url``; very long pages go through ``spill``.

        setHtml sends the page as a percent-encoded data: URL, which Chromium cuts off at
        2 MB; a longer page is written to ``spill`` (beside the article) and loaded from
        there, with the same absolute image and stylesheet URLs."""
        data = html.encode("utf-8")
        if len(data) * 3 < SET_HTML_LIMIT:
            self._expected = None
            self.setHtml(html, QUrl(base_url))
            return
        atomic_write(spill, data)
        self._expected = QUrl.fromLocalFile(str(spill))
        self.load(self._expected)

    def acceptNavigationRequest(self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        url = QUrl(url)
        ours = url.scheme() == "data" or (self._expected is not None and url == self._expected)
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeTyped and is_main_frame and ours:
            return True  # our own setHtml or spilled page
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.link_activated.emit(url.toString())
        return False

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:
        return None

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel,
                                 message: str, line: int, source: str) -> None:
        # Kept for diagnostics (CSP reports land here), never printed.
        self.console.append(message)
