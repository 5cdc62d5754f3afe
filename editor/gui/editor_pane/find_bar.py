"""Find and replace under the editor (Ctrl+F, Ctrl+H; Esc closes)."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from editor.gui.editor_pane.markdown_editor import MarkdownEditor


class FindBar(QWidget):
    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.find_field = QLineEdit(objectName="find_field")
        self.replace_field = QLineEdit(objectName="replace_field")
        self.case = QCheckBox()
        self.status = QLabel()
        self.find_label = QLabel()
        self.replace_label = QLabel()
        self.find_label.setBuddy(self.find_field)
        self.replace_label.setBuddy(self.replace_field)
        self.next_button = QPushButton()
        self.previous_button = QPushButton()
        self.replace_button = QPushButton()
        self.replace_all_button = QPushButton()
        self.close_button = QPushButton("×")
        self.close_button.setFlat(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.case, 0, 4)
        grid.addWidget(self.close_button, 0, 5)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.addWidget(self.status, 1, 4, 1, 2)
        # The fields take the spare width, and never fewer than ~24 characters.
        grid.setColumnStretch(1, 1)
        width = self.fontMetrics().averageCharWidth() * 24
        for field in (self.find_field, self.replace_field):
            field.setMinimumWidth(max(width, 15 * self.fontMetrics().horizontalAdvance("M")))
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Reading order: both fields first, then the buttons.
        order = (self.find_field, self.replace_field, self.previous_button, self.next_button,
                 self.case, self.replace_button, self.replace_all_button, self.close_button)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self.hide()

    def open_bar(self, replace: bool) -> None:
        for widget in (self.replace_label, self.replace_field, self.replace_button,
                       self.replace_all_button):
            widget.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, backward: bool = False) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        flags = self._flags(backward)
        found = self.editor.find(needle, flags)
        if not found:  # wrap around
            cursor = self.editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_previous(self) -> bool:
        return self.find_next(backward=True)

    def _matches_selection(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_field.text()
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if not self.find_field.text():
            return
        if self._matches_selection():
            self.editor.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in one undo step; returns the count."""
        needle = self.find_field.text()
        if not needle:
            return 0
        flags = 0 if self.case.isChecked() else re.IGNORECASE
        pattern = re.compile(re.escape(needle), flags)
        text = self.editor.toPlainText()
        replacement = self.replace_field.text()
        new, count = pattern.subn(lambda _m: replacement, text)
        if count:
            cursor = QTextCursor(self.editor.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(new)
        self.status.setText(self.tr("%n replaced", "", count))
        return count

    def retranslate(self) -> None:
        # Mnemonics that no menu title or metadata label of the window uses.
        self.find_label.setText(self.tr("F&ind:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.next_button.setText(self.tr("&Next"))
        self.previous_button.setText(self.tr("Previou&s"))
        self.replace_button.setText(self.tr("Repla&ce"))
        self.replace_all_button.setText(self.tr("Replace All"))
        self.case.setText(self.tr("&Match case"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.find_field.setAccessibleName(self.tr("Find"))
        self.replace_field.setAccessibleName(self.tr("Replace with"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
