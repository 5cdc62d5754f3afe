"""Start-up: QApplication, language, workspace (seeded on first start), the main window.

Order matters for the time to the first preview (bench/startup.py): the preview's render
worker process is started first (editor.gui.early: by ``editor.cli`` before this module and
Qt are imported, else by ``application()``), so its interpreter and the renderer's imports
run on the other core while this process imports Qt and the window's modules (done in
``create_window``, not when this module is imported), unless the first page will be the one
kept at the last close (editor.gui.first_page: shown without a render, the worker is
started once it is shown); then the web engine is started, so
its helper processes too start while the window is built. The window is staged
(create_window): its first paint is the shell with the preview of the article it opens, the
editor, the list and the menus are imported and built once the preview shows it
(MainWindow.complete), the other visible panels right after. Until then Python's collector
is off (gc_tuning.hold/release).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from editor.gui import early, gc_tuning, helper_priority, i18n, pyside_hook
from editor.gui import settings as S
from editor.model.config import CONFIG_NAME
from editor.model.errors import NewsdeskError

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow
    from editor.model.article import Article
    from editor.model.workspace import Workspace

DEFAULT_FOLDER = "Newsdesk"
# --disable-gpu: see application(). --no-unsandboxed-zygote: Chromium keeps a second zygote
# for the helpers it runs unsandboxed (a GPU process, some utilities); the app starts none
# of them, so it sat idle at about 9 MiB (bench/startup.py), and one needed later is
# started directly instead. The renderer's zygote and its sandbox stay as they are.
CHROMIUM_FLAGS = "--disable-gpu --no-unsandboxed-zygote"
NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"  # read by QtGui when it first paints

_starting = False  # application() made the QApplication: its first window is the app's start


def default_workspace_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / DEFAULT_FOLDER


def ensure_default_workspace(folder: Path | None = None) -> Path:
    """The default workspace, created from the sample workspace if it is not there yet."""
    from editor import resources
    from editor.model.workspace import copy_tree

    folder = folder or default_workspace_dir()
    if not (folder / CONFIG_NAME).is_file():
        copy_tree(resources.path("sample-workspace"), folder)
    return folder


def pick_workspace(settings: S.Settings, requested: str | None) -> Path:
    """The folder given on the command line, else the last one used, else the default."""
    if requested:
        return Path(requested).expanduser()
    last = settings.get(S.LAST_WORKSPACE)
    if last and (Path(last) / CONFIG_NAME).is_file():
        return Path(last)
    return ensure_default_workspace()


def prestart_render_worker() -> None:
    """Start the preview's render worker now, if editor.cli has not (returns at once), and
    make it the preview's; the first page is rendered there, never here (untrusted input
    stays in the sandbox)."""
    early.start_render_worker()
    early.hand_over()


def start_web_engine() -> None:
    """The preview's web engine starts its helper processes while the window is built."""
    from editor.gui.preview.web import start_engine

    start_engine()


def application() -> QApplication:
    global _starting
    app = QApplication.instance()
    if app is None:
        _starting = True
        gc_tuning.hold()  # no collections while starting; settled after the first paint
        pyside_hook.install()  # the window's modules are imported without caching sources
        prestart_render_worker()
        # The preview's web engine shares OpenGL contexts; this must precede the app.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        # The preview is one static page: Chromium's software compositing draws it as
        # well, and without GPU compositing the app's process is about 60 MB smaller
        # (bench/startup.py). Setting QTWEBENGINE_CHROMIUM_FLAGS (even empty) overrides.
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", CHROMIUM_FLAGS)
        # Qt's raster painting hands large fills to a pool of threads and waits for them;
        # while the web engine and the render worker hold the CPUs those threads wait for
        # one, and so does the GUI thread, asleep inside a paint (bench/editor_typing.py:
        # the longest stalls were such waits). The GUI thread paints them itself.
        os.environ.setdefault(NO_PAINT_THREADS, "1")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # Chromium refuses to start its sandbox as root (containers, CI); the preview
            # runs no script and loads nothing remote, so it can do without.
            os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        app = QApplication(sys.argv[:1])
        start_web_engine()
        helper_priority.start()  # the render worker and the web engine yield to typing
    app.setOrganizationName(S.ORGANIZATION)
    app.setApplicationName(S.APPLICATION)
    app.setApplicationDisplayName("Newsdesk")
    return app  # type: ignore[return-value]


def create_window(settings: S.Settings, workspace: Path) -> MainWindow:
    """A main window on ``workspace`` with the last layout and article. Raises NewsdeskError.

    At the app's real start (application() made the QApplication) the window is staged:
    shown, it paints the preview of the article it opens before the editor, the list and
    the menus are built (MainWindow.complete, once the preview shows it); then the
    workspace and the article are opened as always."""
    from editor.gui.main_window import MainWindow

    global _starting
    staged, _starting = _starting, False
    window = MainWindow(settings, staged=staged)
    window.first_paint_done.connect(gc_tuning.release)
    if staged:  # the article's problems right after the first page, not before it
        window.hold_checks()
    geometry, state = settings.window_state()
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1400, 860)
    if state is None or not window.restoreState(state):
        # First start: sized once the window has its real geometry (and all its docks).
        QTimer.singleShot(0, lambda: _first_layout(window))
        if staged:
            window.completed.connect(lambda: QTimer.singleShot(0, lambda: _first_layout(window)))
    fit_to_screen(window)
    same_workspace = settings.get(S.LAST_WORKSPACE) == str(workspace.resolve())
    last = settings.get(S.LAST_ARTICLE) if same_workspace else ""

    def open_start(opened: Path | Workspace = workspace) -> None:
        window.open_workspace(opened)
        slugs = window.panel.visible_slugs()  # listed once, by the panel (not read again here)
        if last in slugs:
            window.open_article(last)
        elif slugs:
            window.open_article(slugs[0])
        if staged:
            window.pane.editor.setFocus()  # the preview had it until the editor existed

    if not staged:
        open_start()
        return window
    from editor.model.workspace import Workspace

    opened = Workspace.open(workspace)  # a folder that is no workspace fails here, not later
    first = _first_article(opened, last)
    if first is not None:
        window.prime(first, opened)
    window.completed.connect(lambda: open_start(opened))
    return window


def _first_article(workspace: Workspace, last: str) -> Article | None:
    """The article the start will open, for the preview's first paint: the last one, else
    the first of the list in its default order (None if that cannot be told or read)."""
    from editor.model.article import load_article

    try:
        if not (last and (workspace.articles_dir / last / "article.md").is_file()):
            # The workspace is listed once: a big new index is read by the article list in
            # the background (no article is shown before); a known one is taken as it was
            # left (the list brings it up to date in stage 2 and opens its first row, which
            # a change since the last start may make another article); a small new one is
            # read now, and the list finds nothing left to read.
            index = workspace.index
            if index.would_read_many():
                return None
            listed = workspace.list_articles() if index.is_empty() else index.query()
            rows = [row for row in listed if not row.error]
            last = rows[0].slug if rows else ""
        return load_article(workspace.find(last)) if last else None
    except (NewsdeskError, OSError, ValueError):
        return None


def fit_to_screen(window: QWidget) -> None:
    """Keep the window (with its frame) inside its screen's available area: a geometry saved
    on a bigger screen, or at another scale factor, and the first start's default size
    can be larger than this screen. Checked again once shown, when the frame is known."""
    def fit() -> None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None or window.isMaximized() or window.isFullScreen():
            return
        area = screen.availableGeometry()
        frame, inner = window.frameGeometry(), window.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = min(inner.width(), area.width() - extra_w)
        height = min(inner.height(), area.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            # An explicit minimum, so the docks' minimum sizes cannot hold the window
            # larger than a small screen (their contents are squeezed instead).
            window.setMinimumSize(min(window.minimumSizeHint().width(), width),
                                  min(window.minimumSizeHint().height(), height))
            window.resize(width, height)
        frame = window.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            window.move(x, y)

    fit()
    QTimer.singleShot(0, fit)


def _first_layout(window: MainWindow) -> None:
    """A narrow article list, a wide preview, the photos below the preview."""
    docks = window.docks
    across = [d for d in (docks.get("articles"), docks.get("preview")) if d is not None]
    width = window.width()
    window.resizeDocks(across, [int(width * 0.22), int(width * 0.38)][:len(across)],
                       Qt.Orientation.Horizontal)
    if "preview" in docks and "photos" in docks:
        window.resizeDocks([docks["preview"], docks["photos"]], [700, 200],
                           Qt.Orientation.Vertical)


def run(workspace: str | None) -> int:
    app = application()
    settings = S.Settings()
    i18n.install(settings.get(S.UI_LANGUAGE))
    try:
        window = create_window(settings, pick_workspace(settings, workspace))
    except NewsdeskError as exc:
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsdesk: cannot create the workspace: {exc}", file=sys.stderr)
        return 2
    window.show()
    _close_on_signals(window)
    return app.exec()


def _close_on_signals(window: MainWindow) -> None:
    """Ctrl+C in the terminal or a polite kill closes the window, which saves first."""
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_a: QTimer.singleShot(0, window.close))
    # Python handles signals only when it runs; a light timer lets it look.
    ticker = QTimer(window, interval=300)
    ticker.timeout.connect(lambda: None)
    ticker.start()
