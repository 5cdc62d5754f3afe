"""A non-blocking message above the editor when saving fails; the text stays in the editor.

When someone else changed the file meanwhile, it offers to keep this version (the other
one goes to the article's history) or to load theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from editor.gui.document import FAILED, DocumentController


class SaveBanner(QWidget):
    def __init__(self, doc: DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("save_banner")
        self.setStyleSheet("#save_banner { background: #fdecea; border: 1px solid #b00020; }"
                           " QLabel { color: #5f0010; }")
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry = QPushButton(self)
        self.keep_mine = QPushButton(self)
        self.take_theirs = QPushButton(self)
        self.compare = QPushButton(self)  # connected by safety_wiring when available
        self.compare_available = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        for button in (self.retry, self.compare, self.keep_mine, self.take_theirs):
            layout.addWidget(button)
        self.retry.clicked.connect(doc.save)
        self.keep_mine.clicked.connect(doc.keep_mine)
        self.take_theirs.clicked.connect(doc.take_theirs)
        doc.save_failed.connect(self.show_failure)
        doc.saved.connect(self.hide)
        # Saving works again (an autosave wrote, typing since is still to save).
        doc.save_state_changed.connect(lambda state: state == FAILED or self.hide())
        doc.opened.connect(lambda _a: self.hide())
        self._message = ""
        self.retranslate()
        self.hide()

    def show_failure(self, message: str) -> None:
        self._message = message
        conflict = self.doc.in_conflict is not None
        self.retry.setVisible(not conflict)
        self.keep_mine.setVisible(conflict)
        self.take_theirs.setVisible(conflict)
        self.compare.setVisible(conflict and self.compare_available)
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        if self.doc.in_conflict is not None:
            hint = self.tr("%1\nKeep your version (the other one is kept in the article's "
                           "history), or load theirs and lose your unsaved edits.")
        else:
            hint = self.tr("%1\nYour text is kept here and saving is retried automatically.")
        self.label.setText(hint.replace("%1", self._message))

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Try &Again"))
        self.keep_mine.setText(self.tr("&Keep Mine"))
        self.take_theirs.setText(self.tr("&Load Theirs"))
        self.compare.setText(self.tr("&Compare…"))
        if self._message:
            self._show_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
