"""Team work through Git, wired into the window: the Synchronise action and its toolbar
button, the status bar text, commits at the right moments, and the compare dialog after
a conflict. The window calls :func:`install` once with a :class:`SyncHost`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from editor.gui import dialogs
from editor.gui import settings as S
from editor.gui.actions import A, Actions
from editor.gui.document import METADATA_FIELDS, SAVED, DocumentController
from editor.gui.statusbar import StatusBarWidgets
from editor.gui.sync.controller import SyncController

if TYPE_CHECKING:
    from editor.gui.docks import PanelRegistry
    from editor.gui.safety.conflict import SyncConflictDialog
    from editor.model.workspace import Workspace


@dataclass(frozen=True)
class SyncHost:
    """What syncing needs of the window, and nothing more."""

    parent: QWidget  # parent of the controller and the dialogs
    settings: S.Settings
    doc: DocumentController
    actions: Actions
    status: StatusBarWidgets
    panels: PanelRegistry
    toolbar: QToolBar  # gets the Synchronise button (shown only in a repository)
    editor: Any  # the MarkdownEditor: "use my text" replaces its text as one undo step
    stack: QUndoStack
    workspace: Callable[[], Workspace | None]
    workspace_opened: SignalInstance  # emits the Workspace
    refresh_list: Callable[..., object]  # refresh(select=None) of the article list
    open_article: Callable[[str], bool]
    notify: Callable[[str], None]  # a short message in the status bar


class SyncWiring(QObject):
    def __init__(self, host: SyncHost):
        super().__init__(host.parent)
        self.host = host
        self.controller = SyncController(host.settings, self._save_open_article, self)
        self.conflict_dialog: SyncConflictDialog | None = None
        self._open_folder: Path | None = None
        c, doc, actions = self.controller, host.doc, host.actions
        action = actions[A.SYNC]
        action.setEnabled(False)
        action.triggered.connect(self.sync_clicked)
        self._separator = host.toolbar.addSeparator()
        self.button = QToolButton(host.toolbar, objectName="sync_button")
        self.button.setDefaultAction(action)
        self._button_action = host.toolbar.addWidget(self.button)
        action.changed.connect(self._name_button)
        self._name_button()
        self._show_button(False)
        c.repository_changed.connect(self._repository_changed)
        c.state_changed.connect(host.status.set_sync_state)
        c.synced.connect(self._synced)
        c.large_photos.connect(self._large_photos)
        host.status.sync_clicked.connect(self.sync_clicked)
        doc.opened.connect(self._opened)
        doc.changed.connect(c.edited)
        host.workspace_opened.connect(lambda ws: c.set_workspace(ws.root))
        host.panels.when_created("review", lambda panel: panel.state_changed.connect(
            lambda _state: c.commit_now(prepare=False)))  # each review event at once
        host.panels.when_created("photos", lambda panel: panel.article_changed.connect(
            lambda _article: QTimer.singleShot(0, self, c.commit_now)))  # each photo at once
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.closing)
        workspace = host.workspace()
        if workspace is not None:
            c.set_workspace(workspace.root)

    # Commits -------------------------------------------------------------------------

    def _save_open_article(self) -> bool:
        return self.host.doc.save()

    def _opened(self, article: Any) -> None:
        """Switching article (or closing it): commit the one left, saved by now."""
        previous = self._open_folder
        self._open_folder = article.folder if article is not None else None
        if previous is not None and previous != self._open_folder:
            self.controller.commit_now(prepare=False)
        if article is not None:
            QTimer.singleShot(0, self, self.offer_conflict)

    def closing(self) -> None:
        """The app quits: commit the open article's last edits, waiting a bounded time."""
        self.host.doc.save()
        self.controller.commit_now(prepare=False)
        self.controller.shutdown()

    def _large_photos(self, warnings: list[str]) -> None:
        dialogs.show_error(self.host.parent, self.tr("Large photo"), self.tr(
            "These photos are large. Every copy of the workspace keeps every version of "
            "them; a smaller export of the photo would do. They are committed now.")
            + "\n\n" + "\n".join(warnings))
        self.controller.photos_warned(warnings)

    # Syncing -------------------------------------------------------------------------

    def sync_clicked(self) -> None:
        if not self.controller.sync_now() and self.controller.repository:
            self.host.notify(self.tr("A sync is already running."))

    def _repository_changed(self, on: bool) -> None:
        self.host.actions[A.SYNC].setEnabled(on)
        self._show_button(on)

    def _show_button(self, shown: bool) -> None:
        self._separator.setVisible(shown)
        self._button_action.setVisible(shown)

    def _name_button(self) -> None:
        """The button's name, and its toolbar entry's icon and text, follow the action
        (language and palette switches)."""
        action = self.host.actions[A.SYNC]
        self.button.setAccessibleName(action.text().replace("&", ""))
        self._button_action.setIcon(action.icon())
        self._button_action.setText(action.text())

    def _synced(self, result: Any) -> None:
        host, doc = self.host, self.host.doc
        if result.received or result.conflicts:
            host.refresh_list()
            self._reload_open_article()
        articles = [c for c in result.conflicts if c.kind == "article"]
        if articles:
            host.notify(self.tr("Changed on two computers: %1. The other version is shown; "
                                "yours is kept as a copy.").replace(
                "%1", ", ".join(Path(c.path).parent.name for c in articles)))
        elif result.warnings:
            host.notify(result.warnings[0])
        if doc.article is not None:
            self.offer_conflict()

    def _reload_open_article(self) -> None:
        from editor.model import storage

        doc = self.host.doc
        if doc.article is None:
            return
        try:
            changed = storage.file_hash(doc.article.path) != doc.disk_hash
        except Exception:  # moved away: the shared-drive safety net tells the user
            return
        if not changed:
            return
        if doc.state == SAVED and doc.in_conflict is None:
            doc.take_theirs()  # the remote version is what the article shows
        else:
            doc.save()  # typed during the sync: the checked save reports the conflict

    # Conflicts -----------------------------------------------------------------------

    def offer_conflict(self) -> SyncConflictDialog | None:
        """The open article has a conflict copy: open the compare dialog (once)."""
        from editor.gui.safety.conflict import SyncConflictDialog
        from editor.sync import app_api

        doc = self.host.doc
        if not self.controller.repository or doc.article is None or \
                self.conflict_dialog is not None:
            return self.conflict_dialog
        copies = app_api.conflict_copies(doc.article.folder)
        if not copies:
            return None
        copy = copies[0]
        try:
            mine = copy.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        dialog = SyncConflictDialog(mine, doc.article.to_text(), doc.article.title,
                                    self.host.parent)
        dialog.mine_button.setEnabled(not doc.read_only)
        self.conflict_dialog = dialog
        folder = doc.article.folder
        dialog.finished.connect(lambda _code: self._decided(dialog, folder, copy, mine))
        dialog.open()
        return dialog

    def _decided(self, dialog: SyncConflictDialog, folder: Path, copy: Path, mine: str) -> None:
        from editor.gui.safety import conflict

        self.conflict_dialog = None
        dialog.deleteLater()
        doc = self.host.doc
        if dialog.choice == conflict.LATER:
            return
        if doc.article is None or doc.article.folder != folder:
            return  # the article was closed meanwhile: ask again when it is opened
        if dialog.choice == conflict.USE_MINE and not self.use_mine(mine):
            return
        if dialog.choice == conflict.SAVE_COPY and not self._save_copy(mine):
            return
        # decided: the copy goes (the local version stays in the article's history)
        with contextlib.suppress(OSError):
            copy.unlink()
        self.controller.commit_now()
        QTimer.singleShot(0, self, self.offer_conflict)  # an older copy, if any

    def use_mine(self, mine: str) -> bool:
        """My version into the open article: text and fields, one undo step."""
        from editor.gui.undo import FieldCommand
        from editor.model.article import parse_article
        from editor.model.errors import NewsdeskError

        doc, editor, stack = self.host.doc, self.host.editor, self.host.stack
        if doc.article is None or doc.read_only:
            return False
        try:
            article = parse_article(mine, doc.article.folder)
        except NewsdeskError as exc:
            dialogs.show_error(self.host.parent, self.tr("Cannot use your text"), str(exc))
            return False
        stack.beginMacro(self.tr("Use my text"))
        try:
            if editor.toPlainText() != article.body:
                cursor = QTextCursor(editor.document())
                cursor.select(QTextCursor.SelectionType.Document)
                editor.replace_selection(cursor, article.body)
            for name in METADATA_FIELDS:
                old, new = doc.field(name), getattr(article, name)
                if old != new:
                    stack.push(FieldCommand(doc, name, old, new, merge=False))
        finally:
            stack.endMacro()
        return True

    def _save_copy(self, mine: str) -> bool:
        from editor.model import storage
        from editor.model.article import parse_article
        from editor.model.errors import NewsdeskError

        doc = self.host.doc
        assert doc.article is not None
        try:
            folder = storage.save_as_copy(parse_article(mine, doc.article.folder))
        except (NewsdeskError, OSError) as exc:
            dialogs.show_error(self.host.parent, self.tr("Not saved"), str(exc))
            return False
        self.host.refresh_list(select=folder.name)
        return True


def install(host: SyncHost) -> SyncWiring:
    return SyncWiring(host)
