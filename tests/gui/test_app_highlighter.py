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


def test_the_editor_makes_no_wrapper_for_qts_private_text_control() -> None:
    """From outside, in a fresh interpreter: the highlighter is told its editor. Asking the
    document for its owner (Qt's private text control) made PySide build every enum of
    QtWidgets on the way to a wrapper: 180 enum classes, 2.4 MiB of the app's memory."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import enum, gc
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication
        from editor.gui.editor_pane.markdown_editor import MarkdownEditor
        app = QApplication([])
        def enums():
            return {id(o) for o in gc.get_objects() if isinstance(o, enum.EnumMeta)}
        before = enums()
        editor = MarkdownEditor(QUndoStack())
        print("VIEW", editor.highlighter.view is editor, len(enums() - before), flush=True)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    line = next((x.split() for x in done.stdout.splitlines() if x.startswith("VIEW")), [])
    assert line[:2] == ["VIEW", "True"], done.stdout + done.stderr[-2000:]
    assert int(line[2]) < 20, line  # the editor's own enums, not all of QtWidgets'
