"""The Markdown text editor. Its edits are recorded in the shared QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontDatabase, QTextCursor, QUndoStack
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from editor.gui.editor_pane.headings import (
    LINE_PREFIX,
    HeadingEdit,
    plan_heading,
    prefix_allowed,
)
from editor.gui.editor_pane.highlighter import IN_FENCE, MarkdownHighlighter
from editor.gui.spelling import (
    SpellingSession,
    add_spelling_actions,
    python_index,
    utf16_span,
)
from editor.gui.undo import TextCommand, UndoKeys, diff_span
from editor.model.spelling.tokens import FENCE, Token


def _utf16(text: str) -> int:
    """Length in UTF-16 units: the unit of Qt's text positions."""
    return len(text.encode("utf-16-le")) // 2


class MarkdownEditor(QPlainTextEdit):
    text_edited = Signal(str)       # the whole text after any change (typing, undo, paste)
    cursor_line_changed = Signal(int)  # 1-based line of the cursor

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("markdown_editor")
        self.stack = stack
        self._shadow = ""
        self._quiet = False
        self._line = 0
        # Set by the window: takes pasted photos (True) or leaves the paste to the editor.
        self.paste_handler: Callable[[QMimeData], bool] | None = None
        self.setUndoRedoEnabled(False)  # the shared stack does it
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self.highlighter = MarkdownHighlighter(self.document(), self)
        # Shared with the metadata form of the same pane, which tells it the article.
        self.spelling = SpellingSession.of(self)
        self.highlighter.set_spelling(self.spelling)
        self.installEventFilter(UndoKeys(stack, self))
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._on_cursor)

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(family) if family else QFontDatabase.systemFont(
            QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(size)
        self.setFont(font)

    def load_text(self, text: str) -> None:
        """Replace the whole text without an undo step (opening an article)."""
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        self._shadow = self.toPlainText()

    def apply_replacement(self, pos: int, length: int, text: str) -> None:
        """Replace ``length`` characters at ``pos`` (Python indexes), for undo and redo."""
        before = self._shadow[:pos]
        start = _utf16(before)
        end = start + _utf16(self._shadow[pos:pos + length])
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._quiet = True
        try:
            cursor.insertText(text)
        finally:
            self._quiet = False
        self._shadow = self.toPlainText()
        self.setTextCursor(cursor)
        self.text_edited.emit(self._shadow)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # Qt override
        if self.paste_handler is not None and (source.hasImage() or source.hasUrls()):
            return True
        return source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        # photo files and images first, then rich text as Markdown (editor_pane/paste.py)
        if self.paste_handler is not None and self.paste_handler(source):
            return
        from editor.gui.editor_pane.paste import paste_rich

        if paste_rich(self, source):
            return
        super().insertFromMimeData(source)

    # Spelling: the menu on a misspelled word ------------------------------------

    def misspelled_at(self, cursor: QTextCursor) -> tuple[QTextCursor, str] | None:
        """A cursor selecting the misspelled word at ``cursor``, and the word."""
        if not self.spelling.active():
            return None
        block = cursor.block()
        text = block.text()
        previous = block.previous()
        if FENCE.match(text) or (previous.isValid() and previous.userState() == IN_FENCE):
            return None
        index = python_index(text, cursor.positionInBlock())
        wrong: list[Token] = [t for t in self.spelling.checker.tokens(text)
                              if t.start <= index <= t.end]
        if not wrong or self.spelling.checker.cached(wrong[0].word) is not False:
            return None
        start, length = utf16_span(text, wrong[0].start, wrong[0].end)
        selection = QTextCursor(block)
        selection.setPosition(block.position() + start)
        selection.setPosition(block.position() + start + length,
                              QTextCursor.MoveMode.KeepAnchor)
        return selection, wrong[0].word

    def spelling_menu(self, cursor: QTextCursor, menu: QMenu) -> bool:
        """Put the spelling actions for the word at ``cursor`` at the top of ``menu``."""
        found = self.misspelled_at(cursor)
        if found is None or self.isReadOnly():
            return False
        selection, word = found
        add_spelling_actions(menu, self.spelling, word,
                             lambda text: self.replace_selection(selection, text),
                             self._spelling_problem)
        return True

    def replace_selection(self, selection: QTextCursor, text: str) -> None:
        """Replace what ``selection`` selects: one edit, so one undo step."""
        selection.beginEditBlock()
        selection.insertText(text)
        selection.endEditBlock()
        self.setTextCursor(selection)

    def _spelling_problem(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 10000)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # Qt override
        menu = self.createStandardContextMenu(event.pos())
        self.spelling_menu(self.cursorForPosition(event.pos()), menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _on_text_changed(self) -> None:
        if self._quiet:
            return
        text = self.toPlainText()
        if text == self._shadow:
            return
        pos, removed, added = diff_span(self._shadow, text)
        self._shadow = text
        self.stack.push(TextCommand(self, pos, removed, added))
        self.text_edited.emit(text)

    def _on_cursor(self) -> None:
        line = self.textCursor().blockNumber() + 1
        if line != self._line:
            self._line = line
            self.cursor_line_changed.emit(line)

    def show_line_at_top(self, line: int) -> None:
        """Scroll so body line ``line`` is the first visible one; the cursor stays."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            # QPlainTextEdit scrolls by block: the bar's value is the first block shown.
            self.verticalScrollBar().setValue(block.blockNumber())

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    # Formatting: each is a single replacement, so a single undo step ---------------

    def insert_paragraph(self, markdown: str) -> None:
        """Insert ``markdown`` as a paragraph of its own after the cursor's line."""
        cursor = self.textCursor()
        cursor.clearSelection()
        block = cursor.block()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        before = "\n\n" if block.text().strip() else ""
        following = block.next()
        after = "\n" if following.isValid() and following.text().strip() else ""
        cursor.insertText(f"{before}{markdown}\n{after}" if after else f"{before}{markdown}")
        self.setTextCursor(cursor)

    def wrap_selection(self, marker: str, placeholder: str) -> None:
        cursor = self.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n") or placeholder
        start = cursor.selectionStart()
        cursor.insertText(f"{marker}{selected}{marker}")
        cursor.setPosition(start + len(marker))
        cursor.setPosition(start + len(marker) + _utf16(selected), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def insert_link(self, placeholder: str) -> None:
        cursor = self.textCursor()
        label = cursor.selectedText() or placeholder
        url = "https://"
        start = cursor.selectionStart()
        cursor.insertText(f"[{label}]({url})")
        # Select the address so the user types it straight away.
        url_start = start + _utf16(label) + 3
        cursor.setPosition(url_start)
        cursor.setPosition(url_start + len(url), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_heading(self, wanted: int) -> HeadingEdit:
        """Make the selected lines headings of level ``wanted``, or of the nearest level
        that makes no heading jump (see headings.py); toggles off a heading of that level."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        lines = self.toPlainText().split("\n")
        plan = plan_heading(lines, first.blockNumber(), last.blockNumber(), wanted)
        old = lines[first.blockNumber():last.blockNumber() + 1]
        if plan.lines != old:
            edit = QTextCursor(doc)
            edit.setPosition(first.position())
            edit.setPosition(last.position() + last.length() - 1,
                             QTextCursor.MoveMode.KeepAnchor)
            edit.insertText("\n".join(plan.lines))
            self.setTextCursor(edit)
        return plan

    def toggle_line_prefix(self, prefix: str) -> bool:
        """Add ``prefix`` to every selected line, or remove it when all have it.

        Returns False, changing nothing, when that would break a code fence or make a
        heading jump (e.g. a heading turned into a list item)."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        lines = []
        block = first
        while block.isValid():
            lines.append(block.text())
            if block == last:
                break
            block = block.next()
        if all(line.startswith(prefix) for line in lines):
            new = [line[len(prefix):] for line in lines]
        else:
            new = [prefix + LINE_PREFIX.sub("", line, count=1) for line in lines]
        whole = self.toPlainText().split("\n")
        a, b = first.blockNumber(), last.blockNumber()
        if not prefix_allowed(whole, whole[:a] + new + whole[b + 1:], a, b):
            return False
        edit = QTextCursor(doc)
        edit.setPosition(first.position())
        edit.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText("\n".join(new))
        self.setTextCursor(edit)
        return True
