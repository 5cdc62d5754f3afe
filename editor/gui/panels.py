"""Side panels from the other parts of the app, each wired to the document in one place.

An installer never sees the main window: it gets a :class:`PanelHost` (the document, its
undo stack and editor, the panel registry, the settings, the open workspace) and, where it
needs more, exactly the callbacks it uses. Each ``install_*`` adds one dock to the
registry, whose content is created when first shown (the preview's just before the window
is first shown, see MainWindow.setVisible).

A panel's own buttons that should also be menu entries with shortcuts: add the action to
editor/gui/actions.py (``A``, ``SPECS``, ``MENUS``), give the panel widget an
``actions_by_name: dict[str, QAction]``, and bind them in its installer with
``host.panels.bind_actions("review", {actions[A.SOME_ACTION]: "some_name"})``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from editor.gui import settings as S
from editor.gui.actions import A, Actions
from editor.gui.docks import PanelRegistry
from editor.gui.document import SAVED, DocumentController
from editor.gui.toolbars import name_buttons
from editor.gui.undo import PhotosCommand

if TYPE_CHECKING:
    from editor.gui.editor_pane.markdown_editor import MarkdownEditor
    from editor.gui.photos.editor_drop import EditorPhotoDrop
    from editor.gui.review.watcher import ReviewWatcher
    from editor.gui.statusbar import StatusBarWidgets
    from editor.gui.workspace_panel import WorkspacePanel
    from editor.model.validation import Problem
    from editor.model.workspace import Workspace

Area = Qt.DockWidgetArea


SYNC_QUIET_S = 0.4
REVIEW_REFRESH_MS = 200  # after the watcher's own debounce: one list read per burst


@dataclass(frozen=True)
class PanelHost:
    """What every side panel is wired to; the window builds one and keeps no other link."""

    parent: QWidget  # parent of the panels and of the dialogs they open
    settings: S.Settings
    doc: DocumentController
    stack: QUndoStack
    editor: MarkdownEditor
    panels: PanelRegistry
    workspace: Callable[[], Workspace | None]


@dataclass(frozen=True)
class WindowHooks:
    """The few window behaviours the panels trigger (install_all hands each its own)."""

    go_to_line: Callable[[int], None]
    go_to_problem: Callable[[Problem], None]
    validate: Callable[[], None]
    set_preview_width: Callable[[str], None]
    set_review_mode: Callable[[bool], None]
    notify: Callable[[str], None]  # a short message in the status bar


class CursorSync:
    """When the editor last moved the preview: the preview moving because the cursor moved
    must not scroll the editor back."""

    def __init__(self) -> None:
        self.synced_at = 0.0

    def mark(self) -> None:
        self.synced_at = time.monotonic()

    def quiet(self) -> bool:
        return time.monotonic() - self.synced_at > SYNC_QUIET_S


@dataclass
class ReviewListWatch:
    """The watcher of other people's review events, once the article list has folders."""

    watcher: ReviewWatcher | None = None


@dataclass(frozen=True)
class Installed:
    """What install_all made that the window keeps."""

    photo_drop: EditorPhotoDrop
    review_watch: ReviewListWatch


def _title(text: str) -> str:
    # The dock titles belong to the window ("MainWindow" context in the .ts files).
    return QCoreApplication.translate("MainWindow", text)


def install_all(host: PanelHost, hooks: WindowHooks, actions: Actions,
                articles: WorkspacePanel, status: StatusBarWidgets,
                cursor: CursorSync) -> Installed:
    install_preview(host, hooks.go_to_line, hooks.set_preview_width, cursor)
    install_preflight(host, hooks.go_to_problem, hooks.validate)
    install_photos(host)
    install_social_card(host)
    drop = install_editor_photos(host)
    install_review(host, articles, status, hooks.set_review_mode,
                   actions[A.REVIEW_CHANGES])
    watch = install_review_state(host, articles, status)
    install_photo_actions(host.panels, actions)
    install_review_actions(host, actions, hooks.notify)
    return Installed(drop, watch)


def install_preview(host: PanelHost, go_to_line: Callable[[int], None],
                    set_width: Callable[[str], None], cursor: CursorSync) -> None:
    """The preview's dock (the window reserves it for its first paint: adopted here, with
    the panel it may show already) and the preview's wiring to the editor."""
    def make() -> QWidget:
        from editor.gui.preview import new_preview

        return new_preview(host.parent, host.settings.get(S.PREVIEW_WIDTH))

    def wire(preview: Any) -> None:
        preview.line_clicked.connect(go_to_line)
        preview.width_mode_changed.connect(set_width)

        def scrolled(line: int) -> None:
            if cursor.quiet():
                host.editor.show_line_at_top(line)

        preview.top_line_changed.connect(scrolled)
        workspace = host.workspace()
        if host.doc.article is not None and workspace is not None:
            preview.set_article(host.doc.article, workspace.config)

    host.panels.add("preview", lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Preview")), make)
    host.panels.when_created("preview", wire)


def install_preflight(host: PanelHost, go_to_problem: Callable[[Problem], None],
                      validate: Callable[[], None]) -> None:
    def make() -> QWidget:
        from editor.gui.preflight import PreflightPanel

        panel = PreflightPanel(host.parent)
        panel.problem_activated.connect(go_to_problem)
        return panel

    dock = host.panels.add(
        "preflight",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Problems")),
        make,
        Area.BottomDockWidgetArea,
        visible=False,
    )
    dock.created.connect(lambda _w: validate())


def install_photos(host: PanelHost) -> None:
    def make() -> QWidget:
        from editor.gui.photos.panel import PhotoPanel

        panel = PhotoPanel(host.parent)
        doc = host.doc

        def show() -> None:
            workspace = host.workspace()
            if workspace is not None:
                panel.set_article(doc.article, workspace.config, workspace.root)

        def changed(article: Any) -> None:
            if doc.article is not None and article is not None:
                host.stack.push(PhotosCommand(doc, article.photos, article.lead_photo))
            show()  # the panel works on the document's article again

        panel.article_changed.connect(changed)
        panel.insert_requested.connect(host.editor.insert_paragraph)
        doc.opened.connect(lambda _a: show())
        doc.photos_changed.connect(show)
        doc.changed.connect(panel.body_changed)  # badges ("unused") follow the text
        show()
        tab_reachable(panel.toolbar)
        return panel

    host.panels.add(
        "photos",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Photos")),
        make,
        Area.RightDockWidgetArea,
    )


def install_social_card(host: PanelHost) -> None:
    """How the article's link looks when shared (og:image crop, host, title, description);
    hidden until chosen in the View menu."""
    def make() -> QWidget:
        from editor.gui.social_card import SocialCardPreview

        card = SocialCardPreview(host.parent)

        def show(*_args: Any) -> None:
            workspace = host.workspace()
            if workspace is not None:
                card.set_article(host.doc.article, workspace.config)

        host.doc.opened.connect(show)
        host.doc.changed.connect(show)  # cheap: the photo is read again only when it changed
        host.doc.photos_changed.connect(show)
        show()
        return card

    host.panels.add("social_card",
                    lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Social media card")), make,
                    visible=False)


def install_review(host: PanelHost, articles: WorkspacePanel, status: StatusBarWidgets,
                   set_review_mode: Callable[[bool], None],
                   changes_action: QAction | None = None) -> None:
    def make() -> QWidget:
        from editor.gui.review import ReviewPanel

        panel = ReviewPanel(host.parent)
        doc = host.doc
        for box in (panel.comment, panel.diff_view):  # Tab moves on, never a trap
            box.setTabChangesFocus(True)
        panel.set_user(host.settings.get(S.USER_NAME))
        panel.user_name_entered.connect(lambda name: host.settings.set(S.USER_NAME, name))
        panel.state_changed.connect(lambda _s: articles.refresh())
        panel.status_ready.connect(lambda st: status.set_review_state(st.state))
        # "Save preview as PDF" prints the preview: enabled once the preview exists.
        host.panels.when_created("preview", lambda widget: panel.set_page_provider(
            lambda: getattr(widget, "page", None)))
        panel.review_mode_requested.connect(set_review_mode)

        def changes_mode(preview: QWidget) -> None:
            # "Show changes since approval": the review's button, the preview and the
            # window's action (Review menu) share one state.
            from editor.gui.review.changes_mode import connect_changes_mode

            connect_changes_mode(panel, preview, changes_action)  # type: ignore[arg-type]

        host.panels.when_created("preview", changes_mode)

        def opened(article: Any) -> None:
            workspace = host.workspace()
            panel.set_article(article, workspace.config if workspace else None)

        doc.opened.connect(opened)
        # A review action records the saved file's content hash: save first.
        doc.saved.connect(lambda: panel.update_article(doc.article) if doc.article else None)
        opened(doc.article)
        return panel

    host.panels.add(
        "review",
        lambda: _title(QT_TRANSLATE_NOOP("MainWindow", "Review")),
        make,
        Area.RightDockWidgetArea,
        visible=False,
    )


def install_editor_photos(host: PanelHost) -> EditorPhotoDrop:
    """Photos dropped on (or pasted into) the Markdown editor are attached and placed there."""

    from editor.gui.photos.editor_drop import EditorPhotoDrop  # light: loads more on a drop

    drop = EditorPhotoDrop(host.editor)
    drop.files_dropped.connect(lambda paths: attach_dropped(host, paths))

    def pasted(mime: Any) -> bool:
        from editor.gui.photos.editor_drop import photo_paths

        if mime.hasText() and not mime.hasUrls():
            return False  # text (even with an image beside it) is pasted as text
        with photo_paths(mime) as paths:
            if not paths:
                return False
            attach_dropped(host, paths)
            return True

    host.editor.paste_handler = pasted
    return drop


def attach_dropped(host: PanelHost, paths: list[Any]) -> list[str]:
    """Attach ``paths`` to the open article (credits dialog), then place every new photo as
    its own paragraph at the editor's cursor. One undo step; the new photo ids."""
    from editor.gui.photos.attach import attach_files
    from editor.model.photos import added_photo_ids, photo_markdown

    doc, workspace = host.doc, host.workspace()
    if doc.article is None or workspace is None or doc.read_only or not paths:
        return []
    old = doc.article
    new = attach_files(host.parent, old, workspace.config, list(paths), workspace.root)
    if new is None:
        return []
    ids = added_photo_ids(old, new)
    host.stack.beginMacro(QCoreApplication.translate("MainWindow", "Attach photos"))
    try:
        host.stack.push(PhotosCommand(doc, new.photos, new.lead_photo))
        for photo_id in ids:
            host.editor.insert_paragraph(photo_markdown(photo_id))
    finally:
        host.stack.endMacro()
    return ids


def install_review_state(host: PanelHost, articles: WorkspacePanel, status: StatusBarWidgets,
                         watch: bool = True) -> ReviewListWatch:
    """The open article's review state in the status bar; the list's state column follows
    review events that other people add in a shared folder."""
    doc = host.doc
    found = ReviewListWatch()

    def from_list() -> None:
        article = doc.article
        status.set_review_state(articles.state_of(article.slug) if article else None)

    def after_save() -> None:
        # An edit can turn "approved" into "changed since approval" (and back).
        article = doc.article
        if article is None or status.review_state == "draft":
            return
        if host.panels.get("review") is not None:
            return  # the review panel recomputes it and sends status_ready
        from editor.model.review import state_of

        state = state_of(article)
        status.set_review_state(state)
        if state != articles.state_of(article.slug):
            articles.refresh()

    doc.opened.connect(lambda _a: from_list())
    doc.saved.connect(after_save)
    articles.refreshed.connect(from_list)
    if not watch:
        return found
    timer = QTimer(host.parent, singleShot=True, interval=REVIEW_REFRESH_MS)
    timer.timeout.connect(lambda: articles.refresh())

    def watch_list() -> None:
        watcher = found.watcher
        if watcher is None:
            from editor.gui.review.watcher import ReviewWatcher

            watcher = found.watcher = ReviewWatcher(host.parent)
            watcher.events_changed.connect(lambda _folder: timer.start())
        folders = set(articles.folders())
        for gone in watcher.watched() - folders:
            watcher.unwatch(gone)
        for folder in folders - watcher.watched():
            watcher.watch(folder)

    articles.refreshed.connect(watch_list)
    if articles.workspace is not None:
        watch_list()
    return found


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
    name_buttons(toolbar)  # an icon-only button is named by its action's text


def install_photo_actions(panels: PanelRegistry, actions: Actions) -> None:
    panels.bind_actions("photos", {actions[key]: name for key, name in PHOTO_ACTIONS.items()})


def _changes_before_review(panels: PanelRegistry, action: QAction, checked: bool) -> None:
    """Show Changes Since Approval while the review panel does not exist yet: create it
    (it connects the action, see install_review) and ask once it knows the approval."""
    if panels.get("review") is not None:
        return  # connected: the review panel's button does the work
    action.setChecked(False)  # nothing is shown yet
    panel: Any = panels.show("review")
    if panel is None or not checked:
        return
    asked = [False]

    def ready(_status: object) -> None:
        if not asked[0]:
            asked[0] = True
            # Not inside the panel's own signal: the button's handlers change it again.
            QTimer.singleShot(0, lambda: panel.changes_button.isEnabled()
                              and panel.changes_button.setChecked(True))

    panel.status_ready.connect(ready)
    if panel.status is not None:
        ready(panel.status)


def install_review_actions(host: PanelHost, actions: Actions,
                           notify: Callable[[str], None]) -> None:
    doc, panels = host.doc, host.panels

    def act(kind: str) -> None:
        panel: Any = panels.show("review")
        if panel is None or doc.article is None:
            return
        if doc.state != SAVED:
            doc.save()  # a review action records the saved file's content hash
        note = panel.comment.toPlainText().strip()
        if (kind == "comment" and not note) or (not panel.act(kind) and not note):
            panel.tabs.setCurrentIndex(0)  # the comment box is on the history tab
            panel.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)  # write it first

    def review_mode(on: bool) -> None:
        panel: Any = panels.show("review")
        if panel is not None:
            panel.mode_button.setChecked(on)

    def save_pdf() -> None:
        panel: Any = panels.show("review")
        if panel is None:
            return
        if panel.pdf_button.isEnabled():
            panel.pdf_button.click()
        else:
            notify(QCoreApplication.translate(
                "MainWindow", "The preview is not ready for a PDF yet."))

    def follow(panel: Any) -> None:
        def sync(_status: Any = None) -> None:
            for key, kind in REVIEW_ACTIONS.items():
                if kind in panel.buttons:
                    actions[key].setEnabled(panel.buttons[kind].isEnabled())

        panel.status_ready.connect(sync)
        panel.mode_button.toggled.connect(actions[A.REVIEW_MODE].setChecked)
        if panel.status is not None:
            sync()

    for key, kind in REVIEW_ACTIONS.items():
        actions[key].triggered.connect(lambda _=False, k=kind: act(k))
    actions[A.REVIEW_MODE].toggled.connect(review_mode)
    actions[A.REVIEW_PDF].triggered.connect(save_pdf)
    actions[A.REVIEW_CHANGES].triggered.connect(
        lambda checked: _changes_before_review(panels, actions[A.REVIEW_CHANGES], checked))
    panels.when_created("review", follow)

