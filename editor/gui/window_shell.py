"""The main window's first step, the shell, and its first paint (MainWindow's base class).

:class:`WindowShell` builds what the first paint needs (the preview's dock, the list's place,
an empty editor place, the status bar and the menus' titles), shows the article the start
opens in the preview (:meth:`prime`; the page kept at the last close when nothing changed,
editor.gui.first_page), creates the preview's web view before the first show (so the
native window is built once) and, once the preview shows the article, has the window
completed (``complete()``) and the side panels built. ``MainWindow`` (editor/gui/
main_window.py) holds the second step and everything after; this module imports none of
it. Its strings keep the context "MainWindow" (the translations have them there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from editor.gui import settings as S
from editor.gui.docks import LazyDock, PanelRegistry

if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.validation import Problem
    from editor.model.workspace import Workspace

FIRST_PAINT_FALLBACK_MS = 1500  # side panels built at the latest this long after the show
Area = Qt.DockWidgetArea


class WindowShell(QMainWindow):
    """The shell of :class:`editor.gui.main_window.MainWindow`, which sets the state below
    before :meth:`_build_shell` and provides ``complete()``, ``run_validation()`` and
    ``title_of()``."""

    first_paint_done = Signal()  # the preview shows the article (or gave up): panels built

    settings: S.Settings
    problems: list[Problem]
    is_complete: bool
    _closed: bool
    _checks_wait: bool  # hold_checks(): problems found after the first page
    _staged: bool  # the app's start: the preview's page is kept at the close
    _first: tuple[Article, Workspace] | None  # prime(): what stage 1 shows

    # The first step ------------------------------------------------------------------

    def _build_shell(self) -> None:
        """What the first paint needs: the preview's dock, the list's place, the editor's
        place (an empty widget) and the status bar, so the layout does not move later."""
        self.panels = PanelRegistry(self)
        self.docks: dict[str, LazyDock] = self.panels.docks  # the registry's, by name
        # In the context the translations have them (and MainWindow's other strings).
        self.panels.reserve("articles", lambda: QCoreApplication.translate(
            "MainWindow", "Articles"), None, Area.LeftDockWidgetArea)
        self.panels.reserve("preview", lambda: QCoreApplication.translate(
            "MainWindow", "Preview"), self._new_preview, Area.RightDockWidgetArea)
        self.setCentralWidget(QWidget(self))
        self.statusBar()
        # Until the menus exist, Ctrl+Q (and the window manager) still close the window.
        self._shell_quit = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self._shell_quit.triggered.connect(self.close)
        self.addAction(self._shell_quit)

    def _shell_menus(self) -> None:
        """The menu bar's titles (empty menus) until complete() fills it: the layout does not
        move down when the menus come."""
        from editor.gui.action_specs import CONTEXT, MENUS

        bar = self.menuBar()
        for title, _keys in MENUS:
            bar.addMenu(QCoreApplication.translate(CONTEXT, title))

    def _new_preview(self) -> QWidget:
        from editor.gui.preview import new_preview

        preview = new_preview(self, self.settings.get(S.PREVIEW_WIDTH))
        preview.keeps_page = self._staged  # for the next start (editor.gui.first_page)
        if self._first is not None:  # stage 1: the article the start opens, before the editor
            article, workspace = self._first
            preview.set_article(article, workspace.config, first_page=True)
        return preview

    def prime(self, article: Article, workspace: Workspace) -> None:
        """Before the first show of a staged window: the preview shows ``article`` at once;
        opened in the editor later, it is not loaded into the preview again."""
        self._first = (article, workspace)
        self.setWindowTitle(self.title_of([article.title, workspace.config.site_name]))

    def hold_checks(self) -> None:
        """Start-up: the open article's problems are found right after the first page, not
        before it (the photo file checks load the image libraries); counts show at once."""
        self._checks_wait = True

    # The first show and paint ---------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        if visible and self.windowHandle() is None and not self._closed:
            # The preview's web view needs an OpenGL-capable native window; added to a
            # window that is already shown, Qt destroys and rebuilds the whole window
            # (about 70 ms). Created before the first show, the window is built once.
            preview = self.docks.get("preview")
            shown = preview.ensure_created() if preview and not preview.isHidden() else None
            self._after_first_paint(shown)
        super().setVisible(visible)

    def _after_first_paint(self, preview: Any) -> None:
        """The first paint needs the window, the editor, the list and the preview (a staged
        window: the preview only); the rest of a staged window (complete()) and the other
        visible panels (photos: thumbnails in threads) are built once the preview shows
        the article, or after FIRST_PAINT_FALLBACK_MS, not in the way of the first page."""
        self.panels.hold(keep=("articles", "preview"))
        done = [False]

        def release() -> None:
            if done[0] or self._closed:
                return
            done[0] = True
            if not self.is_complete:
                self.complete()  # the window takes input between this and the panels
                QTimer.singleShot(0, self, panels_after)
            else:
                panels_after()

        def panels_after() -> None:
            if self._closed:
                return
            self.panels.release()
            if self._checks_wait:
                self._checks_wait = False
                self.run_validation()
            self.first_paint_done.emit()

        def soon() -> None:  # after the page's own handlers: the page is painted first
            QTimer.singleShot(0, self, release)

        if preview is None or (not self.is_complete and self._first is None):
            soon()  # no page to wait for (a staged start with no article to show first)
            return
        preview.rendered.connect(soon)
        preview.render_failed.connect(lambda _reason: soon())
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self, release)

    # Provided by MainWindow ---------------------------------------------------------

    def complete(self) -> None:
        """The second step (MainWindow)."""
        raise NotImplementedError

    def run_validation(self) -> None:
        raise NotImplementedError

    @staticmethod
    def title_of(parts: list[str]) -> str:
        raise NotImplementedError
