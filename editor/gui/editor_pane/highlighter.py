"""Markdown syntax highlighting: headings, emphasis, links, quotes, lists, photo references."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
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


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.formats = {
            "heading": _format("#1d4f91", bold=True),
            "quote": _format("#5b6b7a", italic=True),
            "list": _format("#a0522d", bold=True),
            "bold": _format("#000000", bold=True),
            "italic": _format("#000000", italic=True),
            "code": _format("#6a3d9a"),
            "link": _format("#0b6e4f"),
            "photo": _format("#b5179e", bold=True),
            "image": _format("#c0392b"),
            "fence": _format("#6a3d9a"),
        }

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        in_fence = previous == IN_FENCE
        if FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), self.formats["fence"])
            self.setCurrentBlockState(IN_FENCE)
            return
        self.setCurrentBlockState(0)
        if HEADING.match(text):
            self.setFormat(0, len(text), self.formats["heading"])
            return
        if QUOTE.match(text):
            self.setFormat(0, len(text), self.formats["quote"])
        mark = LIST_MARK.match(text)
        if mark:
            self.setFormat(0, mark.end(), self.formats["list"])
        for name, pattern in INLINE:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), self.formats[name])
