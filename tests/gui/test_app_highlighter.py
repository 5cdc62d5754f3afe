"""Markdown highlighting marks headings, emphasis, links, quotes, lists and photo references."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument

from editor.gui.editor_pane.highlighter import MarkdownHighlighter


def _formats(text: str) -> list[tuple[int, int, object]]:
    doc = QTextDocument()
    highlighter = MarkdownHighlighter(doc)
    doc.setPlainText(text)
    highlighter.rehighlight()
    block = doc.firstBlock()
    # Copies: the layout's own formats go away with the document.
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def _covering(text: str, needle: str):
    start = text.index(needle)
    for begin, length, fmt in _formats(text):
        if begin <= start and start + len(needle) <= begin + length:
            return fmt
    return None


def test_heading_is_bold(qapp) -> None:
    fmt = _covering("## Ein Haus für alle", "Ein Haus")
    assert fmt is not None and fmt.fontWeight() == QFont.Weight.Bold


def test_photo_reference_differs_from_plain_image_and_link(qapp) -> None:
    text = "Bild ![](photo:fassade) und ![x](bild.png) und [Link](https://example.org)"
    photo = _covering(text, "![](photo:fassade)")
    image = _covering(text, "![x](bild.png)")
    link = _covering(text, "[Link](https://example.org)")
    assert photo is not None and image is not None and link is not None
    colours = {photo.foreground().color().name(), image.foreground().color().name(),
               link.foreground().color().name()}
    assert len(colours) == 3
    assert _covering(text, "Bild") is None


def test_emphasis_quote_and_list(qapp) -> None:
    assert _covering("ein **fettes** Wort", "**fettes**").fontWeight() == QFont.Weight.Bold
    assert _covering("ein *schiefes* Wort", "*schiefes*").fontItalic()
    assert _covering("> Zitat", "Zitat").fontItalic()
    assert _covering("- Punkt", "- ") is not None
    assert _covering("- Punkt", "Punkt") is None
