"""Side panels from the other parts of the app, each wired to the document in one place.

``install_all(window)`` adds every panel that is present; each ``install_*`` adds one
dock through :meth:`MainWindow.add_dock`, whose content is created when first shown.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from editor.gui import settings as S
from editor.gui.undo import PhotosCommand

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

Area = Qt.DockWidgetArea


SYNC_QUIET_S = 0.4


def _title(text: str) -> str:
    # The dock titles belong to the window ("MainWindow" context in the .ts files).
    return QCoreApplication.translate("MainWindow", text)


def install_all(window: MainWindow, available: Any) -> None:
    if available("editor.gui.preview"):
        install_preview(window)
    if available("editor.gui.preflight"):
        install_preflight(window)
    if available("editor.gui.photos"):
        install_photos(window)
    if available("editor.gui.review"):
        install_review(window)


def install_preview(window: MainWindow) -> None:
    def make() -> QWidget:
        from editor.gui.preview import PreviewPanel

        preview = PreviewPanel(window)
        preview.set_width_mode(window.settings.get(S.PREVIEW_WIDTH))
        preview.line_clicked.connect(window.pane.go_to_line)
        preview.width_mode_changed.connect(window.set_preview_width)

        def scrolled(line: int) -> None:
            # The preview moving because the cursor moved must not scroll the editor back.
            if time.monotonic() - window.synced_at > SYNC_QUIET_S:
                window.pane.editor.show_line_at_top(line)

        preview.top_line_changed.connect(scrolled)
        window.preview = preview
        if window.doc.article is not None and window.workspace is not None:
            preview.set_article(window.doc.article, window.workspace.config)
        return preview

    window.add_dock("preview", lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Preview")), make)


def install_preflight(window: MainWindow) -> None:
    def make() -> QWidget:
        from editor.gui.preflight import PreflightPanel

        panel = PreflightPanel(window)
        panel.problem_activated.connect(window.go_to_problem)
        window.preflight = panel
        return panel

    dock = window.add_dock(
        "preflight",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Problems")),
        make,
        Area.BottomDockWidgetArea,
        visible=False,
    )
    dock.created.connect(lambda _w: window.run_validation())


def install_photos(window: MainWindow) -> None:
    def make() -> QWidget:
        from editor.gui.photos.panel import PhotoPanel

        panel = PhotoPanel(window)
        doc = window.doc

        def show() -> None:
            config = window.workspace.config if window.workspace else None
            root = window.workspace.root if window.workspace else None
            if config is not None:
                panel.set_article(doc.article, config, root)

        def changed(article: Any) -> None:
            if doc.article is not None and article is not None:
                window.stack.push(PhotosCommand(doc, article.photos, article.lead_photo))
            show()  # the panel works on the document's article again

        panel.article_changed.connect(changed)
        panel.insert_requested.connect(window.pane.editor.insert_paragraph)
        doc.opened.connect(lambda _a: show())
        doc.photos_changed.connect(show)
        show()
        window.photos = panel
        return panel

    window.add_dock(
        "photos",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Photos")),
        make,
        Area.RightDockWidgetArea,
    )


def install_review(window: MainWindow) -> None:
    def make() -> QWidget:
        from editor.gui.review import ReviewPanel

        panel = ReviewPanel(window)
        doc = window.doc
        panel.set_user(window.settings.get(S.USER_NAME))
        panel.user_name_entered.connect(lambda name: window.settings.set(S.USER_NAME, name))
        panel.state_changed.connect(lambda _s: window.panel.refresh())
        if "preview" in window.docks:
            preview = window.docks["preview"]
            panel.set_page_provider(lambda: getattr(preview.ensure_created(), "page", None))
        panel.review_mode_requested.connect(window.set_review_mode)

        def opened(article: Any) -> None:
            panel.set_article(article, window.workspace.config if window.workspace else None)

        doc.opened.connect(opened)
        # A review action records the saved file's content hash: save first.
        doc.saved.connect(lambda: panel.update_article(doc.article) if doc.article else None)
        opened(doc.article)
        window.review = panel
        return panel

    window.add_dock(
        "review",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Review")),
        make,
        Area.RightDockWidgetArea,
        visible=False,
    )
