"""The main window's questions and small dialogs, kept out of the window class."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from editor.gui import dialogs
from editor.gui.actions import Actions
from editor.gui.dates import format_datetime
from editor.gui.settings import Settings
from editor.model.errors import NewsdeskError


@dataclass(frozen=True)
class DialogHost:
    """What the window's dialogs need of it."""

    parent: QWidget
    settings: Settings
    actions: Actions  # the Keyboard Shortcuts window lists them
    last_error: Callable[[], str]  # why the open article could not be saved
    open_workspace: Callable[[str], object]  # raises NewsdeskError
    apply_settings: Callable[[], None]


class WindowDialogs(QObject):
    def __init__(self, host: DialogHost):
        super().__init__(host.parent)
        self.host = host
        self._open: dict[str, QWidget] = {}

    def restore_journal(self, entry: Any) -> bool:
        when = entry.saved_at  # UTC: shown in local time and the interface language
        if isinstance(when, dt.datetime):
            when = format_datetime(when, length="short")
        text = self.tr("Newsdesk found unsaved changes to this article from %1 that are "
                       "newer than the saved file (the app may have closed unexpectedly)."
                       "\n\nRestore them?").replace("%1", str(when))
        return dialogs.ask_yes_no(self.host.parent, self.tr("Restore Unsaved Changes"), text)

    def quit_unsaved(self) -> bool:
        text = self.tr("The article could not be saved: %1\n\nQuit anyway? The text is kept "
                       "in the recovery journal and offered at the next start.")
        return dialogs.ask_yes_no(self.host.parent, self.tr("Not Saved"),
                                  text.replace("%1", self.host.last_error()))

    def open_workspace(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.host.parent, self.tr("Open Workspace"))
        if folder:
            try:
                self.host.open_workspace(folder)
            except NewsdeskError as exc:
                dialogs.show_error(self.host.parent, self.tr("Cannot open the workspace"),
                                   exc.describe())

    def edit_settings(self) -> None:
        from editor.gui.settings_dialog import SettingsDialog

        if SettingsDialog(self.host.settings, self.host.parent).exec():
            self.host.apply_settings()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from editor import __version__

        QMessageBox.about(self.host.parent, self.tr("About Newsdesk"), self.tr(
            "Newsdesk %1\nWrite, credit, review and export news articles.").replace(
                "%1", __version__))

    def guide(self) -> QWidget:
        from editor.gui.help import GuideDialog

        return self._single("guide", lambda: GuideDialog(self.host.parent))

    def shortcuts(self) -> QWidget:
        from editor.gui.help import ShortcutsDialog

        return self._single("shortcuts", lambda: ShortcutsDialog(self.host.actions,
                                                                   self.host.parent))

    def _single(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        """One open copy of a help window; not modal, so it can stay open beside the work."""
        dialog = self._open.get(name)
        if dialog is None:
            dialog = self._open[name] = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None, n=name: self._open.pop(n, None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
