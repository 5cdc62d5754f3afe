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


KEEP_THEIRS = "keep_theirs"
USE_MINE = "use_mine"
LATER = "later"


class SyncConflictDialog(QDialog):
    """After a sync: the article shows the other computer's version, mine is kept as a
    conflict copy; the comparison is shown at once. ``choice`` after it closes:
    KEEP_THEIRS, USE_MINE (my text into the editor, one undo step), SAVE_COPY (my text as
    a new article) or LATER (the conflict copy stays and is offered again). Opened with
    ``open()``: the writer may look at the article while it is open.

    A dialog of its own rather than a ConflictDialog subclass: PySide's ``self.tr`` looks
    up the runtime class's context, so inherited texts would lose their translations."""

    def __init__(self, mine: str, theirs: str, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = LATER
        self.mine = mine
        self.disk_text = theirs
        self.setWindowTitle(self.tr("Changed on Two Computers"))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr(
            "“%1” was changed on another computer too, in the same place. The article now "
            "shows the other version; yours is kept as a copy. Take over what you need, or "
            "use your text (one undo step).").replace("%1", title or self.tr("This article")))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.diff_view = DiffView(self)
        self.diff_view.setAccessibleName(self.tr("Differences between their text and yours"))
        self.diff_view.setMinimumHeight(260)
        layout.addWidget(self.diff_view, 1)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Keep Their Version"), self)
        self.reload_button.setToolTip(self.tr("Keep the article as it is now; your copy is "
                                              "removed (it stays in the article's versions)."))
        self.mine_button = QPushButton(self.tr("Use &My Text"), self)
        self.mine_button.setToolTip(self.tr("Put your text into the editor; Undo brings the "
                                            "other version back."))
        self.copy_button = QPushButton(self.tr("Save Mine as a &Copy"), self)
        self.copy_button.setToolTip(self.tr("Keep both: your text becomes a new article "
                                            "beside this one."))
        self.cancel_button = QPushButton(self.tr("Decide &Later"), self)
        self.cancel_button.setToolTip(self.tr("Keep the conflict copy; you are asked again "
                                              "when you open the article."))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.reload_button.clicked.connect(lambda: self._finish(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._finish(USE_MINE))
        self.copy_button.clicked.connect(lambda: self._finish(SAVE_COPY))
        self.cancel_button.clicked.connect(lambda: self._finish(LATER))
        self.reload_button.setDefault(True)
        self.diff_view.set_diff(self.comparison(), self.tr("The texts are identical."))
        self.resize(820, 560)

    def comparison(self) -> list[str]:
        """Unified diff from their version (now in the article) to mine (the copy)."""
        return diff(self.disk_text or "", self.mine, self.tr("theirs (now in the article)"),
                    self.tr("mine (kept as a copy)"))

    def _finish(self, choice: str) -> None:
        if choice == LATER:
            self.reject()
        else:
            self.choice = choice
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button: decide later
        self.choice = LATER
        super().reject()
