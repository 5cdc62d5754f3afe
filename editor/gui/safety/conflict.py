"""When article.md changed on disk under us: reload theirs, compare, or save ours as a copy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui.safety.diffview import DiffView
from editor.model.history import diff

RELOAD = "reload"
SAVE_COPY = "save_copy"
CANCEL = "cancel"


class ConflictDialog(QDialog):
    """Ask what to do about an outside change. After ``exec()``, ``choice`` is RELOAD
    (drop my edits, load the file), SAVE_COPY (keep my text as a new article) or CANCEL
    (keep editing; nothing is saved until the user decides).

    ``disk_text`` is None when the file was deleted or moved away.
    """

    def __init__(self, mine: str, disk_text: str | None, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = CANCEL
        self.mine = mine
        self.disk_text = disk_text
        self.setWindowTitle(self.tr("Changed by Someone Else"))
        layout = QVBoxLayout(self)
        if disk_text is None:
            text = self.tr("“%1” was deleted or moved by someone else since you opened it. "
                           "Your text has not been saved.")
        else:
            text = self.tr("“%1” was changed by someone else (or a sync program) since you "
                           "opened it. Your text has not been saved, so nothing was "
                           "overwritten.")
        self.message = QLabel(text.replace("%1", title or self.tr("This article")))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.diff_view = DiffView(self)
        self.diff_view.setAccessibleName(self.tr("Differences between their text and yours"))
        self.diff_view.setTabChangesFocus(True)  # read-only: Tab moves on to the buttons
        self.diff_view.setMinimumHeight(260)
        self.diff_view.hide()
        layout.addWidget(self.diff_view, 1)

        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Reload Their Version"), self)
        self.reload_button.setToolTip(self.tr("Discard your unsaved changes and show the "
                                              "article as it is on disk now."))
        self.compare_button = QPushButton(self.tr("Co&mpare"), self)
        self.compare_button.setCheckable(True)
        self.copy_button = QPushButton(self.tr("Save Mine as a &Copy"), self)
        self.copy_button.setToolTip(self.tr("Keep both: your text becomes a new article "
                                            "beside this one."))
        self.cancel_button = QPushButton(self.tr("Keep &Editing"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.reload_button.setEnabled(disk_text is not None)
        self.compare_button.setEnabled(disk_text is not None)
        self.copy_button.setDefault(True)

        self.reload_button.clicked.connect(lambda: self._finish(RELOAD))
        self.copy_button.clicked.connect(lambda: self._finish(SAVE_COPY))
        self.cancel_button.clicked.connect(lambda: self._finish(CANCEL))
        self.compare_button.toggled.connect(self.show_comparison)
        self.resize(640, 200)

    def comparison(self) -> list[str]:
        """Unified diff from their version (on disk) to mine."""
        return diff(self.disk_text or "", self.mine, self.tr("theirs (on disk)"),
                    self.tr("mine (not saved)"))

    def show_comparison(self, shown: bool = True) -> None:
        if shown:
            self.diff_view.set_diff(self.comparison(), self.tr("The texts are identical."))
            self.resize(max(self.width(), 820), max(self.height(), 560))
        self.diff_view.setVisible(shown)
        self.compare_button.setChecked(shown)
        self.compare_button.setText(self.tr("Hide Co&mparison") if shown else self.tr("Co&mpare"))

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button
        self.choice = CANCEL
        super().reject()
