"""Side panels from the other parts of the app, each wired to the document in one place.

``install_all(window)`` adds every panel; each ``install_*`` adds one dock through
:meth:`MainWindow.add_dock`, whose content is created when first shown (the preview's just
before the window is first shown, see MainWindow.setVisible).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QToolBar, QWidget

from editor.gui import settings as S
from editor.gui.actions import A
from editor.gui.document import SAVED
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
    install_photo_actions(window)
    install_review_actions(window)


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
        doc.changed.connect(panel.body_changed)  # badges ("unused") follow the text
        show()
        tab_reachable(panel.toolbar)
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
        for box in (panel.comment, panel.diff_view):  # Tab moves on, never a trap
            box.setTabChangesFocus(True)
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


# Keyboard access: every button of the photo and review panels is also an action of the
# window (menus Photos and Review, shortcuts in editor/gui/actions.py). Triggering one
# shows its panel first, so the result is visible and a lazy panel gets created.

PHOTO_ACTIONS = {A.PHOTO_ADD: "add", A.PHOTO_INSERT: "insert", A.PHOTO_CREDITS: "edit",
                 A.PHOTO_LEAD: "lead", A.PHOTO_REPLACE: "replace", A.PHOTO_UP: "up",
                 A.PHOTO_DOWN: "down", A.PHOTO_REMOVE: "remove"}
REVIEW_ACTIONS = {A.REVIEW_SUBMIT: "submitted", A.REVIEW_APPROVE: "approved",
                  A.REVIEW_REQUEST_CHANGES: "changes_requested", A.REVIEW_REOPEN: "reopened",
                  A.REVIEW_COMMENT: "comment"}


def tab_reachable(toolbar: QToolBar) -> None:
    """A QToolBar's buttons take no focus; in a panel they are its controls, so Tab must
    reach them (the window's own format toolbar repeats menu actions and stays out)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(action.text().replace("&", ""))
            action.changed.connect(
                lambda b=button, a=action: b.setAccessibleName(a.text().replace("&", "")))


def _show_panel(window: MainWindow, name: str) -> Any:
    dock = window.docks.get(name)
    if dock is None:
        return None
    dock.show()
    dock.raise_()
    return dock.ensure_created()


def install_photo_actions(window: MainWindow) -> None:
    def trigger(name: str) -> None:
        panel = _show_panel(window, "photos")
        if panel is not None and name in panel.actions_by_name:
            panel.actions_by_name[name].trigger()  # does nothing while disabled

    def follow(panel: Any) -> None:
        # The window's action is enabled exactly when the panel's is (a photo selected...).
        for key, name in PHOTO_ACTIONS.items():
            source = panel.actions_by_name.get(name)
            if source is None:
                continue
            target = window.actions[key]
            source.changed.connect(lambda s=source, t=target: t.setEnabled(s.isEnabled()))
            target.setEnabled(source.isEnabled())

    for key, name in PHOTO_ACTIONS.items():
        window.actions[key].triggered.connect(lambda _=False, n=name: trigger(n))
    dock = window.docks.get("photos")
    if dock is not None:
        if dock.content is not None:
            follow(dock.content)
        else:
            dock.created.connect(follow)


def install_review_actions(window: MainWindow) -> None:
    def act(kind: str) -> None:
        panel = _show_panel(window, "review")
        if panel is None or window.doc.article is None:
            return
        if window.doc.state != SAVED:
            window.doc.save()  # a review action records the saved file's content hash
        note = panel.comment.toPlainText().strip()
        if (kind == "comment" and not note) or (not panel.act(kind) and not note):
            panel.tabs.setCurrentIndex(0)  # the comment box is on the history tab
            panel.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)  # write it first

    def review_mode(on: bool) -> None:
        panel = _show_panel(window, "review")
        if panel is not None:
            panel.mode_button.setChecked(on)

    def save_pdf() -> None:
        panel = _show_panel(window, "review")
        if panel is None:
            return
        if panel.pdf_button.isEnabled():
            panel.pdf_button.click()
        else:
            window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "The preview is not ready for a PDF yet."), 5000)

    def follow(panel: Any) -> None:
        def sync(_status: Any = None) -> None:
            for key, kind in REVIEW_ACTIONS.items():
                if kind in panel.buttons:
                    window.actions[key].setEnabled(panel.buttons[kind].isEnabled())

        panel.status_ready.connect(sync)
        panel.mode_button.toggled.connect(window.actions[A.REVIEW_MODE].setChecked)
        if panel.status is not None:
            sync()

    act_ = window.actions
    for key, kind in REVIEW_ACTIONS.items():
        act_[key].triggered.connect(lambda _=False, k=kind: act(k))
    act_[A.REVIEW_MODE].toggled.connect(review_mode)
    act_[A.REVIEW_PDF].triggered.connect(save_pdf)
    dock = window.docks.get("review")
    if dock is not None:
        if dock.content is not None:
            follow(dock.content)
        else:
            dock.created.connect(follow)
