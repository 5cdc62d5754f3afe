"""Markdown syntax highlighting: headings, emphasis, links, quotes, lists, photo references;
and misspelled words with a red wavy underline over it (editor.gui.spelling)."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from editor.gui import colours
from editor.gui.spelling import SpellingSession, underline_block, underline_format


def _format(color: QColor | None, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color is not None:  # None: the editor's own text colour
        fmt.setForeground(color)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


HEADING = re.compile(r"^ {0,3}#{1,6}(\s.*|$)")
QUOTE = re.compile(r"^ {0,3}>.*")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Inline rules in order; later ones paint over earlier ones.
INLINE = (
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    # Not the inner markers of **bold**: the text must not start or end with a marker.
    ("italic", re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("link", re.compile(r"(?<!!)\[[^\]\n]*\]\([^)\n]*\)")),
    ("photo", re.compile(r"!\[[^\]\n]*\]\(photo:[^)\s]+\)")),
    ("image", re.compile(r"!\[[^\]\n]*\]\((?!photo:)[^)\n]*\)")),
)

IN_FENCE = 1
# Highlighting again the blocks of newly found misspellings: at most this long on the GUI
# thread per event-loop turn (the visible blocks first), so a keystroke waits for at most
# one slice, never for the whole document.
SLICE_SECONDS = 0.004


def formats_for(base: QColor) -> dict[str, QTextCharFormat]:
    """The highlighting formats for text on ``base`` (the editor's Base colour): each colour
    from editor.gui.colours, readable (>= 4.5:1) on light, dark and high-contrast bases."""
    def c(role: colours.TextRole) -> QColor:
        return colours.text(role, base)

    return {
        "heading": _format(c("heading"), bold=True),
        "quote": _format(c("quote"), italic=True),
        "list": _format(c("list"), bold=True),
        "bold": _format(None, bold=True),
        "italic": _format(None, italic=True),
        "code": _format(c("code")),
        "link": _format(c("link")),
        "photo": _format(c("photo"), bold=True),
        "image": _format(c("image")),
        "fence": _format(c("code")),
    }


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, view: QWidget | None = None):
        """``view``: the editor showing ``document``, for its colours. Told, not found
        from the document: its owner is Qt's private text control, and a Python wrapper
        for that makes PySide build every enum of QtWidgets (about 2 MiB)."""
        super().__init__(document)
        self.view = view
        self._base = self._view_base()
        self.formats = formats_for(self._base)
        if self.view is not None:  # light/dark: new colours when the editor's palette changes
            self.view.installEventFilter(self)
        self.spelling: SpellingSession | None = None
        self._underline = underline_format(self._base)
        self._words: set[str] = set()  # misspelled words still to underline ...
        self._next = 0                 # ... in the blocks from this number on
        self._blocks = 0               # the document's block count at that time
        self._slice = QTimer(self, singleShot=True, interval=0)
        self._slice.timeout.connect(self._rehighlight_slice)

    def set_spelling(self, session: SpellingSession) -> None:
        self.spelling = session
        session.changed.connect(self.rehighlight)
        session.found.connect(self._rehighlight_words)

    def _rehighlight_words(self, words: set[str]) -> None:
        """Highlight again the blocks holding a word just found misspelled: the visible
        ones now, the others in slices of at most SLICE_SECONDS per event-loop turn."""
        document = self.document()
        if document is None or not words:
            return
        words = set(words)
        self._rehighlight_visible(words)
        self._words |= words
        self._next = self._blocks = 0  # new words may be in blocks passed: from the start
        self._slice.start()

    def _rehighlight_visible(self, words: set[str]) -> None:
        view = self.view
        first = getattr(view, "firstVisibleBlock", None)
        if first is None or not view.isVisible():
            return
        block = first()
        height = view.viewport().height()
        offset = view.contentOffset()
        while block.isValid():
            top = view.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            if self._holds(block.text(), words):
                self.rehighlightBlock(block)
            block = block.next()

    def _holds(self, text: str, words: set[str]) -> bool:
        """Whether line ``text`` has one of ``words`` as a word of its own. Not only
        inside another: while typing, the words found are often the beginnings of words
        ("sc" of "schnell"), and highlighting again every line that merely contains them
        took tens of ms on the GUI thread."""
        if not any(word in text for word in words):
            return False  # the cheap test first: most lines
        checker = self.spelling.checker if self.spelling is not None else None
        if checker is None:
            return True
        return not words.isdisjoint(checker.spans(text)[1:])  # tokens cached per line

    def _rehighlight_slice(self) -> None:
        document = self.document()
        words = self._words
        if document is None or not words:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        # Lines added or removed since the last slice move the blocks not done yet by at
        # most that many: go back as far, so none is skipped.
        count = document.blockCount()
        if self._blocks:
            self._next = max(0, self._next - abs(count - self._blocks))
        self._blocks = count
        block = document.findBlockByNumber(self._next)
        while block.isValid():
            if self._holds(block.text(), words):
                self.rehighlightBlock(block)
            block = block.next()
            if time.perf_counter() >= deadline:
                break
        if block.isValid():
            self._next = block.blockNumber()
            self._slice.start()
        else:
            self._words = set()
            self._next = self._blocks = 0

    def underline_misspelled(self, text: str) -> None:
        if self.spelling is not None:
            underline_block(self, self.spelling, self._underline, text)

    def _view_base(self) -> QColor:
        return colours.background(self.view, QPalette.ColorRole.Base)  # no view: the app's

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.palette_changed()
        return False

    def palette_changed(self) -> None:
        """Rebuild the formats for the editor's base colour and highlight again, once per
        real change (both palette events arrive for one switch)."""
        base = self._view_base()
        if base == self._base:
            return
        self._base = base
        self.formats = formats_for(base)
        self._underline = underline_format(base)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._syntax(text):  # not inside a code block
            self.underline_misspelled(text)

    def _syntax(self, text: str) -> bool:
        """Markdown formats of one line; False for a line of a code block."""
        previous = self.previousBlockState()
        in_fence = previous == IN_FENCE
        if FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            return False
        if in_fence:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(IN_FENCE)
            return False
        self.setCurrentBlockState(0)
        if HEADING.match(text):
            self.setFormat(0, len(text), self.formats["heading"])
            return True
        if QUOTE.match(text):
            self.setFormat(0, len(text), self.formats["quote"])
        mark = LIST_MARK.match(text)
        if mark:
            self.setFormat(0, mark.end(), self.formats["list"])
        for name, pattern in INLINE:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), self.formats[name])
        return True

