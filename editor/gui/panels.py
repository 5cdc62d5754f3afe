"""Side panels from the other parts of the app, each wired to the document in one place.

``install_all(window)`` adds every panel; each ``install_*`` adds one dock through
:meth:`MainWindow.add_dock`, whose content is created when first shown (the preview's just
before the window is first shown, see MainWindow.setVisible).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from editor.gui import settings as S
from editor.gui.undo import PhotosCommand

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow

Area = Qt.DockWidgetArea


SYNC_QUIET_S = 0.4
REVIEW_REFRESH_MS = 200  # after the watcher's own debounce: one list read per burst


def _title(text: str) -> str:
    # The dock titles belong to the window ("MainWindow" context in the .ts files).
    return QCoreApplication.translate("MainWindow", text)


def install_all(window: MainWindow) -> None:
    install_preview(window)
    install_preflight(window)
    install_photos(window)
    install_editor_photos(window)
    install_review(window)
    install_review_state(window)


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
        panel.status_ready.connect(lambda st: _show_review_state(window, st.state))
        if "preview" in window.docks:
            # "Save preview as PDF" prints the preview: enabled once the preview exists.
            preview = window.docks["preview"]

            def provide(widget: Any) -> None:
                panel.set_page_provider(lambda: getattr(widget, "page", None))

            if preview.content is not None:
                provide(preview.content)
            else:
                preview.created.connect(provide)
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


def install_editor_photos(window: MainWindow) -> None:
    """Photos dropped on (or pasted into) the Markdown editor are attached and placed there."""

    from editor.gui.photos.editor_drop import EditorPhotoDrop  # light: loads more on a drop

    window.photo_drop = EditorPhotoDrop(window.pane.editor)
    window.photo_drop.files_dropped.connect(lambda paths: attach_dropped(window, paths))

    def pasted(mime: Any) -> bool:
        from editor.gui.photos.editor_drop import photo_paths

        if mime.hasText() and not mime.hasUrls():
            return False  # text (even with an image beside it) is pasted as text
        paths = photo_paths(mime)
        if not paths:
            return False
        attach_dropped(window, paths)
        return True

    window.pane.editor.paste_handler = pasted


def attach_dropped(window: MainWindow, paths: list[Any]) -> list[str]:
    """Attach ``paths`` to the open article (credits dialog), then place every new photo as
    its own paragraph at the editor's cursor. One undo step; the new photo ids."""
    from editor.gui.photos.attach import attach_files
    from editor.model.photos import added_photo_ids, photo_markdown

    doc, workspace = window.doc, window.workspace
    if doc.article is None or workspace is None or doc.read_only or not paths:
        return []
    old = doc.article
    new = attach_files(window, old, workspace.config, list(paths), workspace.root)
    if new is None:
        return []
    ids = added_photo_ids(old, new)
    window.stack.beginMacro(QCoreApplication.translate("MainWindow", "Attach photos"))
    try:
        window.stack.push(PhotosCommand(doc, new.photos, new.lead_photo))
        for photo_id in ids:
            window.pane.editor.insert_paragraph(photo_markdown(photo_id))
    finally:
        window.stack.endMacro()
    return ids


def _show_review_state(window: MainWindow, state: str | None) -> None:
    if window.status is not None:
        window.status.set_review_state(state)


def install_review_state(window: MainWindow, watch: bool = True) -> None:
    """The open article's review state in the status bar; the list's state column follows
    review events that other people add in a shared folder."""
    panel, doc = window.panel, window.doc

    def from_list() -> None:
        article = doc.article
        _show_review_state(window, panel.state_of(article.slug) if article else None)

    def after_save() -> None:
        # An edit can turn "approved" into "changed since approval" (and back).
        article = doc.article
        if article is None or (window.status and window.status.review_state == "draft"):
            return
        if window.review is not None:
            return  # the review panel recomputes it and sends status_ready
        from editor.model.review import state_of

        state = state_of(article)
        _show_review_state(window, state)
        if state != panel.state_of(article.slug):
            panel.refresh()

    doc.opened.connect(lambda _a: from_list())
    doc.saved.connect(after_save)
    panel.refreshed.connect(from_list)
    if not watch:
        return
    timer = QTimer(window, singleShot=True, interval=REVIEW_REFRESH_MS)
    timer.timeout.connect(lambda: panel.refresh())
    state: dict[str, Any] = {"watcher": None}

    def watch_list() -> None:
        watcher = state["watcher"]
        if watcher is None:
            from editor.gui.review.watcher import ReviewWatcher

            watcher = state["watcher"] = ReviewWatcher(window)
            watcher.events_changed.connect(lambda _folder: timer.start())
            window.review_watcher = watcher
        folders = set(panel.folders())
        for gone in watcher.watched() - folders:
            watcher.unwatch(gone)
        for folder in folders - watcher.watched():
            watcher.watch(folder)

    panel.refreshed.connect(watch_list)
    if panel.workspace is not None:
        watch_list()
