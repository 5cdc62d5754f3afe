"""A non-blocking message above the editor when saving fails; the text stays in the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from editor.gui.document import DocumentController


class SaveBanner(QWidget):
    def __init__(self, doc: DocumentController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("save_banner")
        self.setStyleSheet("#save_banner { background: #fdecea; border: 1px solid #b00020; }"
                           " QLabel { color: #5f0010; }")
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.retry = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry)
        self.retry.clicked.connect(doc.save)
        doc.save_failed.connect(self.show_failure)
        doc.saved.connect(self.hide)
        doc.opened.connect(lambda _a: self.hide())
        self.retry.setText(self.tr("Try &Again"))
        self.hide()

    def show_failure(self, message: str) -> None:
        self.label.setText(self.tr("%1\nYour text is kept here and saving is retried "
                                   "automatically.").replace("%1", message))
        self.show()
