"""A read-only view of a unified diff with added and removed lines coloured."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_ADDED = QColor("#1a7f37")
_REMOVED = QColor("#cf222e")
_HUNK = QColor("#6e7781")


class DiffView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)  # read-only: Tab moves on, never a trap
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.lines: list[str] = []

    def set_diff(self, lines: list[str], empty_text: str = "") -> None:
        self.lines = list(lines)
        self.clear()
        if not lines:
            self.setPlainText(empty_text)
            return
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        for index, line in enumerate(lines):
            fmt = QTextCharFormat(plain)
            if line.startswith("+") and not line.startswith("+++"):
                fmt.setForeground(_ADDED)
            elif line.startswith("-") and not line.startswith("---"):
                fmt.setForeground(_REMOVED)
            elif line.startswith("@@"):
                fmt.setForeground(_HUNK)
            elif line.startswith(("---", "+++")):
                fmt.setFontWeight(QFont.Weight.Bold)
            # Very long lines (pasted paragraphs) are cut for display only.
            cursor.insertText(line if len(line) < 5000 else line[:5000] + " …", fmt)
            if index < len(lines) - 1:
                cursor.insertBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
