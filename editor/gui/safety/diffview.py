"""A read-only view of a unified diff with added and removed lines coloured."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.gui import colours


class DiffView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)  # read-only: Tab moves on, never a trap
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.lines: list[str] = []
        self._empty_text = ""

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if (event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
                and hasattr(self, "_empty_text")):  # (not while Qt constructs the view)
            # light/dark: the lines again in colours for the new base, scrolled as they were
            bars = (self.verticalScrollBar(), self.horizontalScrollBar())
            where = [bar.value() for bar in bars]
            self.set_diff(self.lines, self._empty_text)
            for bar, value in zip(bars, where, strict=True):
                bar.setValue(value)

    def role_colours(self) -> dict[str, QColor]:
        """The line colours for the view's current base colour."""
        base = self.palette().color(QPalette.ColorRole.Base)
        return {role: colours.text(role, base) for role in ("added", "removed", "note")}

    def set_diff(self, lines: list[str], empty_text: str = "") -> None:
        self.lines = list(lines)
        self._empty_text = empty_text
        self.clear()
        if not lines:
            self.setPlainText(empty_text)
            return
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        colour = self.role_colours()
        for index, line in enumerate(lines):
            fmt = QTextCharFormat(plain)
            if line.startswith("+") and not line.startswith("+++"):
                fmt.setForeground(colour["added"])
            elif line.startswith("-") and not line.startswith("---"):
                fmt.setForeground(colour["removed"])
            elif line.startswith("@@"):
                fmt.setForeground(colour["note"])  # where the hunk is
            elif line.startswith(("---", "+++")):
                fmt.setFontWeight(QFont.Weight.Bold)
            # Very long lines (pasted paragraphs) are cut for display only.
            cursor.insertText(line if len(line) < 5000 else line[:5000] + " …", fmt)
            if index < len(lines) - 1:
                cursor.insertBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
