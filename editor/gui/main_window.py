"""The main window: builds the components, then connects their signals. Nothing else.

The side panels live in one registry (``self.panels``: lazy docks, a panel's widget is
created when its dock is first shown). The modules that install panels, dialogs and the
shared-drive safety net get small typed hosts (panels.PanelHost, safety_wiring.SafetyHost,
window_dialogs.DialogHost), never the window: no module of editor/gui imports this one
but app.py.

Built in two steps, one way: the first, the shell (editor/gui/window_shell.py, the base
class), makes the window with the preview's dock and the list's place (reserved docks) and
a quiet placeholder for the editor; :meth:`MainWindow.complete` imports and builds the rest
and adopts those docks. A window made with ``staged=True`` (the app's real start,
editor/gui/app.py) is shown after the first step: its first paint needs only Qt and the
preview (and the render worker, unless the page kept at the last close is shown), and
``complete()`` runs once the preview shows the article. Otherwise both run at once.
The modules of the second step are imported where they are used, not at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QChildEvent, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMenu, QTabBar, QWidget

from editor.gui import settings as S
from editor.gui.docks import LazyDock
from editor.gui.window_shell import Area, WindowShell

if TYPE_CHECKING:
    from editor.gui.panes import Pane
    from editor.model.article import Article
    from editor.model.validation import Problem
    from editor.model.workspace import Workspace

VALIDATE_DELAY_MS = 400
STATUS_MESSAGE_MS = 5000


class MainWindow(WindowShell):
    workspace_opened = Signal(object)  # Workspace
    completed = Signal()  # complete(): the editor, the list and the menus exist
    # first_paint_done (WindowShell): the preview shows the article; panels built

    def __init__(self, settings: S.Settings, staged: bool = False):
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings
        self.workspace: Workspace | None = None
        self.problems: list[Problem] = []
        self._checks_wait = False  # hold_checks(): problems found after the first page
        self.is_complete = False
        self._closed = False
        self._first: tuple[Article, Workspace] | None = None  # prime(): what stage 1 shows
        self._staged = staged  # the app's start: the preview's page is kept at the close
        self._build_shell()
        if staged:
            self._shell_menus()
        else:
            self.complete()

    # Build ---------------------------------------------------------------------------

    def complete(self) -> None:
        """The second step: everything but the shell (once; emits ``completed``)."""
        if self.is_complete:
            return
        self.is_complete = True
        self.removeAction(self._shell_quit)  # the menu's Quit has Ctrl+Q from now on
        self._shell_quit.deleteLater()
        del self._shell_quit
        self._build()
        self._connect()
        self.retranslate()
        self.completed.emit()

    def _build(self) -> None:
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QVBoxLayout

        from editor.gui import dialogs, panels
        from editor.gui.actions import A, Actions
        from editor.gui.document import DocumentController
        from editor.gui.editor_pane import EditorPane
        from editor.gui.focus_style import ensure_visible_focus
        from editor.gui.panes import PaneCycler
        from editor.gui.readability_label import ReadabilityLabel
        from editor.gui.safety.locking import EditLocks
        from editor.gui.save_banner import SaveBanner
        from editor.gui.statusbar import StatusBarWidgets
        from editor.gui.toolbars import name_buttons
        from editor.gui.window_dialogs import DialogHost, WindowDialogs
        from editor.gui.workspace_panel import ArticleOps, WorkspacePanel

        settings = self.settings
        ensure_visible_focus()
        for menu in self.menuBar().findChildren(QMenu):  # the shell's empty ones
            self.menuBar().removeAction(menu.menuAction())
            menu.deleteLater()
        self.actions = Actions(self)
        self.actions.build_menus(self.menuBar())
        self.panels.set_view_menu(self.actions.menu("&View"))
        self.stack = QUndoStack(self)
        self.doc = DocumentController(settings.get(S.AUTOSAVE_DELAY_MS), self)
        self.ask = WindowDialogs(DialogHost(
            self, settings, self.actions, lambda: self.doc.last_error, self.open_workspace,
            self.apply_settings))
        self.doc.confirm_restore = self.ask.restore_journal
        self.doc.locks = EditLocks(
            settings.get(S.USER_NAME) or None, parent=self,
            ask=lambda _parent, info, stale: dialogs.ask_take_over(self, info, stale))
        self.pane = EditorPane(self.doc, self.stack, self.actions, self)
        name_buttons(self.pane.toolbar)  # icon-only: named by their actions' texts
        self.pane.editor.set_editor_font(settings.get(S.EDITOR_FONT_FAMILY),
                                         settings.get(S.EDITOR_FONT_SIZE))
        self.banner = SaveBanner(self.doc, self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.banner)
        box.addWidget(self.pane, 1)
        self.setCentralWidget(central)  # in place of the shell's empty one
        self.panel = WorkspacePanel(self)
        self.ops = ArticleOps(self.panel, self.doc, self)
        for key in (A.NEW_ARTICLE, A.DUPLICATE_ARTICLE, A.RENAME_ARTICLE, A.DELETE_ARTICLE):
            self.panel.add_button(self.actions[key], with_text=key == A.NEW_ARTICLE)
        self.status = StatusBarWidgets(self.statusBar())  # counts, save state, problems
        # readability figure of the open article, after the counts (computed in a thread)
        self.readability = ReadabilityLabel()
        self.statusBar().insertPermanentWidget(1, self.readability)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self.cursor_sync = panels.CursorSync()
        self._build_docks()
        self.panes = PaneCycler(self._panes(), self)

    def _build_docks(self) -> None:
        from editor.gui import panels, safety_wiring
        from editor.gui.sync import wiring as sync_wiring

        articles = self.add_dock("articles", lambda: self.tr("Articles"), lambda: self.panel,
                                 Area.LeftDockWidgetArea)
        articles.ensure_created()
        # The other parts' panels (preview, problems, photos, review): editor/gui/panels.py.
        host = panels.PanelHost(self, self.settings, self.doc, self.stack, self.pane.editor,
                                self.panels, lambda: self.workspace)
        hooks = panels.WindowHooks(
            go_to_line=self.pane.go_to_line, go_to_problem=self.go_to_problem,
            validate=self.run_validation, set_preview_width=self.set_preview_width,
            set_review_mode=self.set_review_mode, notify=self._notify)
        made = panels.install_all(host, hooks, self.actions, self.panel, self.status,
                                  self.cursor_sync)
        self.photo_drop = made.photo_drop
        self.review_watch = made.review_watch
        self.safety_host = safety_wiring.SafetyHost(
            self, self.doc, self.actions, self.banner, lambda: self.workspace,
            self.workspace_opened, self.panel.refresh, self.open_article)
        self.watcher = safety_wiring.install(self.safety_host)
        safety_wiring.follow_presence(self.pane.read_only_note, self.doc)
        self.sync = sync_wiring.install(sync_wiring.SyncHost(  # team work through Git
            self, self.settings, self.doc, self.actions, self.status, self.panels,
            self.pane.toolbar, self.pane.editor, self.stack, lambda: self.workspace,
            self.workspace_opened, self.panel.refresh, self.open_article, self._notify))
        self.sync.controller.sync_running.connect(self._sync_running)
        if "photos" in self.panels and "review" in self.panels and not (
                self.docks["photos"].restored or self.docks["review"].restored):
            self.tabifyDockWidget(self.docks["photos"], self.docks["review"])
            self.docks["photos"].raise_()

    def _sync_running(self, running: bool) -> None:
        """git rewrites the files while it syncs: the on-disk watcher and the autosave wait,
        and the sync reloads the open article when it is done."""
        for part in (self.watcher, self.doc):
            part.hold() if running else part.release()

    def _panes(self) -> list[Pane]:
        """F6 order: list, fields, text, then the side panels (see editor/gui/panes.py)."""
        from editor.gui.panes import Pane

        pane = self.pane

        def dock_pane(name: str, attribute: str | None = None) -> Pane:
            def target(widget: QWidget) -> QWidget | None:
                return getattr(widget, attribute, None) if attribute else None

            return Pane(name, lambda: self.panels.get(name), target,
                        lambda: self.panels.dock(name))

        return [
            dock_pane("articles", "list"),
            Pane("metadata", lambda: pane.form, lambda form: form.title),  # type: ignore[attr-defined]
            Pane("text", lambda: pane, lambda _w: pane.editor),
            dock_pane("preview", "view"),
            dock_pane("photos", "list"),
            dock_pane("review"),
            dock_pane("preflight", "tree"),
        ]

    # Connect -------------------------------------------------------------------------

    def _connect(self) -> None:
        self._connect_actions()
        self._connect_document()
        self.status.problems_clicked.connect(lambda: self._raise_dock("preflight"))
        self.panels.when_created("review", lambda panel: panel.hint_activated.connect(
            self.go_to_problem))  # a plain-language hint in the review panel: go there
        for name in ("photos", "review"):
            if name in self.panels:
                self.docks[name].created.connect(lambda _w: self.name_controls())

    def _connect_actions(self) -> None:
        from editor.gui import import_document
        from editor.gui.actions import A

        act = self.actions
        act[A.UNDO].triggered.connect(self.stack.undo)
        act[A.REDO].triggered.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(act[A.UNDO].setEnabled)
        self.stack.canRedoChanged.connect(act[A.REDO].setEnabled)
        act[A.UNDO].setEnabled(False)
        act[A.REDO].setEnabled(False)
        act[A.SAVE].triggered.connect(self.doc.save)
        act[A.EXPORT].triggered.connect(self._export)
        act[A.QUIT].triggered.connect(self.close)
        act[A.NEW_ARTICLE].triggered.connect(self.ops.new_article)
        act[A.DUPLICATE_ARTICLE].triggered.connect(self.ops.duplicate)
        act[A.RENAME_ARTICLE].triggered.connect(self.ops.rename)
        act[A.DELETE_ARTICLE].triggered.connect(self.ops.delete)
        act[A.OPEN_WORKSPACE].triggered.connect(self.ask.open_workspace)
        act[A.SETTINGS].triggered.connect(self.ask.edit_settings)
        act[A.ABOUT].triggered.connect(self.ask.about)
        act[A.GUIDE].triggered.connect(self.ask.guide)
        act[A.SHORTCUTS].triggered.connect(self.ask.shortcuts)
        act[A.NEXT_PANE].triggered.connect(self.panes.next)
        act[A.PREVIOUS_PANE].triggered.connect(self.panes.previous)
        act[A.FOCUS_LIST].triggered.connect(self._focus_list)
        act[A.FOCUS_SEARCH].triggered.connect(self._focus_search)
        act[A.REFRESH].triggered.connect(lambda: self.panel.refresh_in_background())
        act[A.FOCUS_EDITOR].triggered.connect(self.pane.editor.setFocus)
        act[A.SHOW_PREFLIGHT].triggered.connect(lambda: self._raise_dock("preflight"))
        act[A.PREVIEW_DESKTOP].triggered.connect(lambda: self.set_preview_width("desktop"))
        act[A.PREVIEW_MOBILE].triggered.connect(lambda: self.set_preview_width("mobile"))
        width = self.settings.get(S.PREVIEW_WIDTH)
        act[A.PREVIEW_MOBILE if width == "mobile" else A.PREVIEW_DESKTOP].setChecked(True)
        import_document.install(self)  # File > Import Document, paste as plain text, images

    def _connect_document(self) -> None:
        self.panel.article_selected.connect(self.open_article)
        self.ops.open_requested.connect(self._open_after_change)
        self.doc.opened.connect(self._article_opened)
        self.doc.changed.connect(self._validate_timer.start)
        self.doc.changed.connect(self._article_changed)
        self.doc.save_state_changed.connect(self._save_state)
        self.doc.saved.connect(lambda: self.panel.show_article(self.doc.article))
        self._validate_timer.timeout.connect(self.run_validation)
        self.pane.cursor_line_changed.connect(self._cursor_line)

    # Panels by name (None until created) ----------------------------------------------

    @property
    def preview(self) -> Any:
        return self.panels.get("preview")

    @property
    def photos(self) -> Any:
        return self.panels.get("photos")

    @property
    def review(self) -> Any:
        return self.panels.get("review")

    @property
    def preflight(self) -> Any:
        return self.panels.get("preflight")

    @property
    def review_watcher(self) -> Any:
        """Watches other people's review events (panels.install_review_state)."""
        return self.review_watch.watcher

    # Docks ---------------------------------------------------------------------------

    def add_dock(self, name: str, title: Callable[[], str], factory: Callable[[], QWidget],
                 area: Area = Area.RightDockWidgetArea, visible: bool = True) -> LazyDock:
        """Add a side panel to the registry; ``title`` is called again on a language switch."""
        return self.panels.add(name, title, factory, area, visible)

    def _raise_dock(self, name: str) -> None:
        panel = self.panels.show(name)
        if panel is not None:
            panel.setFocus()

    def _notify(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # Workspace and article ----------------------------------------------------------

    def open_workspace(self, root: Path | str | Workspace) -> Workspace:
        """Open a workspace folder (or one opened already). Raises NewsdeskError."""
        from editor.model.errors import NewsdeskError
        from editor.model.workspace import Workspace

        workspace = root if isinstance(root, Workspace) else Workspace.open(root)
        if not self.doc.close():
            raise NewsdeskError(self.tr("The open article could not be saved."))
        self.workspace = workspace
        if self.doc.locks is not None:
            self.doc.locks.stale_hours = float(workspace.config.lock_stale_hours)
        self.panel.set_workspace(workspace)
        self.settings.set(S.LAST_WORKSPACE, str(workspace.root))
        self.workspace_opened.emit(workspace)
        self.setWindowTitle(self._title())
        return workspace

    def open_article(self, slug: str) -> bool:
        from editor.gui import dialogs
        from editor.model.errors import NewsdeskError

        if self.workspace is None:
            return False
        if self.doc.article is not None and self.doc.article.slug == slug:
            return True
        try:
            opened = self.doc.open(self.workspace.find(slug))
        except NewsdeskError as exc:
            dialogs.show_error(self, self.tr("Cannot open the article"), exc.describe())
            opened = None
        if opened is None:  # stay on the article that is open (its save failed)
            if self.doc.article is not None:
                self.panel.select(self.doc.article.slug, emit=False)
            return False
        self.panel.select(slug, emit=False)
        self.settings.set(S.LAST_ARTICLE, slug)
        return True

    def _open_after_change(self, slug: str | None) -> None:
        if slug is None:
            self.doc.close()
        else:
            if self.doc.article is not None and not self.doc.article.folder.is_dir():
                self.doc.article = None  # renamed or deleted underneath
            self.open_article(slug)

    def _article_opened(self, article: Any) -> None:
        self.setWindowTitle(self._title())
        self.readability.set_article(article, self.workspace.config if self.workspace else None)
        first, self._first = self._first, None
        if first is not None and article == first[0] and self.workspace is first[1]:
            pass  # the preview shows it since the first paint (prime): no second load
        elif self.preview is not None and article is not None and self.workspace is not None:
            self.preview.set_article(article, self.workspace.config)
        if self._checks_wait and self.status is not None and article is not None:
            self.status.update_counts(article.body)  # the problems after the first page
        else:
            self.run_validation()

    def _article_changed(self) -> None:
        self.setWindowTitle(self._title())  # the title field may have changed
        if self.preview is not None and self.doc.article is not None:
            self.preview.update_article(self.doc.article)
        if self.status is not None and self.doc.article is not None:
            self.status.update_counts(self.doc.article.body)
        if self.doc.article is not None:
            self.readability.update_article(self.doc.article)

    def run_validation(self) -> None:
        from editor.model.validation import preflight

        article = self.doc.article
        config = self.workspace.config if self.workspace else None
        self.problems = preflight(article, config) if article and config else []
        if self.status is not None:
            self.status.set_problems(self.problems)
            if article is not None:
                self.status.update_counts(article.body)
        if self.preflight is not None:
            self.preflight.set_problems(self.problems)

    def go_to_problem(self, problem: Problem) -> None:
        location = problem.location
        if location is None:
            return
        if location.kind == "field":
            self.pane.focus_field(str(location.ref))
        elif location.kind == "line":
            self.pane.go_to_line(int(location.ref))
        elif location.kind == "photo" and "photos" in self.docks:
            self._raise_dock("photos")
            if self.photos is not None:
                self.photos.select(str(location.ref))

    def _cursor_line(self, line: int) -> None:
        if self.preview is not None:
            self.cursor_sync.mark()
            self.preview.scroll_to_line(line)

    def set_review_mode(self, on: bool) -> None:
        """Reading mode for reviewers: the preview gets the room of list and editor."""
        self.centralWidget().setVisible(not on)
        if "articles" in self.docks:
            self.docks["articles"].setVisible(not on)
        if on:
            self._raise_dock("preview")

    def set_preview_width(self, mode: str) -> None:
        from editor.gui.actions import A

        self.settings.set(S.PREVIEW_WIDTH, mode)
        self.actions[A.PREVIEW_MOBILE if mode == "mobile" else A.PREVIEW_DESKTOP].setChecked(True)
        if self.preview is not None:
            self.preview.set_width_mode(mode)

    def _save_state(self, state: str) -> None:
        from editor.gui.document import SAVED

        if self.status is not None:
            self.status.set_save_state(self.save_state_text(state))
        self.setWindowModified(state != SAVED)

    def save_state_text(self, state: str) -> str:
        from editor.gui.document import FAILED, MODIFIED, SAVED

        return {SAVED: self.tr("Saved"), MODIFIED: self.tr("Edited"),
                FAILED: self.tr("Not saved")}.get(state, state)

    def _export(self) -> None:
        # Imported on use: the export dialog pulls in publish and render (~115 ms at start).
        from editor.gui.export import open_export_dialog

        open_export_dialog(self)

    def _focus_list(self) -> None:
        self._raise_dock("articles")
        self.panel.list.setFocus()

    def _focus_search(self) -> None:
        self._raise_dock("articles")
        self.panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.search.selectAll()

    def _title(self) -> str:
        """Article and site, and the [*] where Qt shows the modified marker. The platform
        appends the application's display name ("… — Newsdesk"), so it is not part of the
        title: written here too, it showed twice, once after the marker."""
        article = self.doc.article if self.is_complete else None
        parts = [article.title] if article else []
        if self.workspace:
            parts.append(self.workspace.config.site_name)
        return self.title_of(parts)

    @staticmethod
    def title_of(parts: list[str]) -> str:
        # A literal "[*]" in a title is written "[*][*]"; any other is the placeholder.
        return " – ".join(p.replace("[*]", "[*][*]") for p in parts if p) + "[*]"

    def apply_settings(self) -> None:
        from editor.gui import i18n

        self.doc.set_autosave_delay(self.settings.get(S.AUTOSAVE_DELAY_MS))
        if self.doc.locks is not None and self.settings.get(S.USER_NAME):
            self.doc.locks.user = self.settings.get(S.USER_NAME)
        if self.review is not None:  # a new name in Settings is who reviews from now on
            self.review.set_user(self.settings.get(S.USER_NAME))
        self.pane.editor.set_editor_font(self.settings.get(S.EDITOR_FONT_FAMILY),
                                         self.settings.get(S.EDITOR_FONT_SIZE))
        self.set_preview_width(self.settings.get(S.PREVIEW_WIDTH))
        self.sync.controller.apply_settings()
        i18n.install(self.settings.get(S.UI_LANGUAGE))

    # Qt events ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.panels.retranslate()
        self.setWindowTitle(self._title())
        self._save_state(self.doc.state)
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            self._name_tab_bar(bar)
        self.name_controls()

    def name_controls(self) -> None:
        """Screen-reader names for the panels' lists and boxes that have no label of their
        own; a name the panel sets itself is kept."""
        names: dict[QWidget, str] = {self.panel.list: self.tr("Articles"),
                                     self.panel.search: self.tr("Search articles")}
        if self.photos is not None:
            names[self.photos.list] = self.tr("Photos of the article")
        if self.review is not None:
            names[self.review.history] = self.tr("Review history")
            names[self.review.comment] = self.tr("Comment")
        for widget, name in names.items():
            if widget.property("named_by_window") or not widget.accessibleName():
                widget.setAccessibleName(name)
                widget.setProperty("named_by_window", True)

    def changeEvent(self, event: QEvent) -> None:
        if not self.is_complete:  # the shell: retranslate() does it all once complete
            pass
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light/dark: icons in text colour
            from editor.gui.toolbars import recolor

            recolor(self.actions.all().values())
        super().changeEvent(event)

    def childEvent(self, event: QChildEvent) -> None:
        # Qt makes a tab bar for docks tabbed together (photos and review); it takes the
        # focus, so it needs a name for screen readers like every other control.
        # event.child() is asked only for polished children: asking for each of the ~90
        # children added while the window is built cost a noticeable part of start-up.
        if event.polished():
            child = event.child()
            if isinstance(child, QTabBar):
                self._name_tab_bar(child)
        super().childEvent(event)

    def _name_tab_bar(self, bar: QTabBar) -> None:
        bar.setAccessibleName(self.tr("Panel tabs"))
        bar.setAccessibleDescription(self.tr("Switch between the panels tabbed here"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.is_complete:
            # Closed before the editor existed: nothing was opened or changed, and the
            # saved layout (with the panels not made yet) stays as it is.
            self._closed = True
            event.accept()
            return
        if not self.doc.close() and not self.ask.quit_unsaved():
            event.ignore()
            return
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.preview is not None:
            self.preview.keep_page()  # the next start shows it at once if nothing changed
        event.accept()

