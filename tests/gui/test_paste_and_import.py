"""Rich paste into the body (one undo step, images through the photo dialog), Ctrl+Shift+V
plain text, and File ▸ Import Document… with only the file chooser replaced."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from editor.gui import dialogs, import_document
from editor.gui.action_specs import A
from editor.gui.photos import attach as attach_mod
from editor.model.article import load_article
from tests.model.test_photometa import make_jpeg, xmp_packet

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
SAMPLES = Path(__file__).resolve().parents[1] / "model" / "paste_samples"
DOCUMENTS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "documents"


@pytest.fixture
def window(main_window, monkeypatch):
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(
        (title, text)))
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled())
    # the window wires it itself; install() is idempotent, so calling it again must not
    # add a second connection (test_the_window_wires_import_and_paste_itself checks both)
    import_document.install(main_window)
    assert main_window.open_article(SLUG)
    main_window.errors = errors
    return main_window


def _at_end(editor) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    editor.textCursor().insertText("\n\n")


def _mime(html: str, text: str = "plain words") -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    return mime


def test_word_html_is_pasted_as_markdown_in_one_undo_step(window, qtbot) -> None:
    editor = window.pane.editor
    _at_end(editor)
    before = editor.toPlainText()
    steps = window.stack.count()
    editor.insertFromMimeData(_mime((SAMPLES / "word.html").read_text("utf-8")))
    text = editor.toPlainText()
    pasted = text[len(before):]
    assert pasted.startswith("## Stadtfest 2026\n\n## Programm am Samstag\n")
    assert "- Musik\n    - Blasorchester\n" in pasted
    assert "| **Zeit** | **Bühne** |" in pasted
    assert "mso" not in pasted and "o:p" not in pasted
    assert window.stack.count() == steps + 1
    window.stack.undo()
    assert editor.toPlainText() == before
    window.stack.redo()
    assert editor.toPlainText() == text


def test_pasting_through_the_keyboard_and_plain_with_ctrl_shift_v(window, qtbot) -> None:
    editor = window.pane.editor
    _at_end(editor)
    editor.setFocus()
    before = editor.toPlainText()
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(_mime("<p>Ein <b>fetter</b> <a href='https://example.org'>Link</a></p>",
                                "Ein fetter Link"))
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == before + "Ein **fetter** [Link](https://example.org)"
    steps = window.stack.count()
    window.activateWindow()
    window.actions[A.PASTE_PLAIN].trigger()  # what Ctrl+Shift+V runs
    assert editor.toPlainText() == (before + "Ein **fetter** [Link](https://example.org)"
                                    "Ein fetter Link")
    assert window.stack.count() == steps + 1
    window.stack.undo()
    assert editor.toPlainText().endswith("[Link](https://example.org)")
    assert window.actions[A.PASTE_PLAIN].shortcut().toString() == "Ctrl+Shift+V"


def test_pasted_images_go_through_the_photo_dialog_and_stay_in_place(window, qtbot,
                                                                     tmp_path) -> None:
    editor = window.pane.editor
    _at_end(editor)
    before_text = editor.toPlainText()
    before_photos = [p.id for p in window.doc.article.photos]
    credited = make_jpeg(tmp_path / "brunnen.jpg", xmp=xmp_packet(
        creator="Ute Weiß", credit="Stadt", rights="© Stadt", alt="Der Brunnen"))
    inline = make_jpeg(tmp_path / "inline.jpg", xmp=xmp_packet(
        creator="Max Bild", credit="Stadt", rights="© Stadt", alt="Markt"))
    data = base64.b64encode(inline.read_bytes()).decode()
    html = (f"<p>Vorher</p><p><img src='{QUrl.fromLocalFile(str(credited)).toString()}'></p>"
            f"<p>Mitte</p><p><img alt='Markt' src='data:image/jpeg;base64,{data}'></p>"
            "<p>Danach</p><img alt='Fern' src='https://example.org/x.jpg'>"
            "<img src='data:image/jpeg;base64,AAAA'>")
    steps = window.stack.count()
    scratch = set(Path(tempfile.gettempdir()).glob("newsdesk-paste-*"))
    editor.insertFromMimeData(_mime(html))
    assert set(Path(tempfile.gettempdir()).glob("newsdesk-paste-*")) <= scratch  # cleaned up
    article = window.doc.article
    new = [p.id for p in article.photos if p.id not in before_photos]
    assert len(new) == 2
    pasted = editor.toPlainText()[len(before_text):]
    assert pasted == (f"Vorher\n\n![](photo:{new[0]})\n\nMitte\n\n![](photo:{new[1]})\n\n"
                      "Danach")
    assert article.photo(new[0]).creator == "Ute Weiß"
    assert article.photo(new[1]).creator == "Max Bild"
    # the unreadable ones are named in one message; nothing was fetched
    assert len(window.errors) == 1
    assert "“Fern”" in window.errors[0][1] and "embedded image 4" in window.errors[0][1]
    assert window.stack.count() == steps + 1  # photos and text: one undo step
    window.stack.undo()
    assert editor.toPlainText() == before_text
    assert [p.id for p in window.doc.article.photos] == before_photos


def test_import_document_from_the_file_menu(window, qtbot, monkeypatch) -> None:
    if not (DOCUMENTS / "buergerbuero.docx").is_file():
        pytest.skip("shared test documents are not here")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions[A.IMPORT_DOCUMENT] in file_menu.actions()
    monkeypatch.setattr(import_document, "choose_document",
                        lambda _parent: DOCUMENTS / "buergerbuero.docx")
    window.actions[A.IMPORT_DOCUMENT].trigger()
    qtbot.waitUntil(lambda: window.doc.article is not None
                    and window.doc.article.slug == "neue-oeffnungszeiten-im-buergerbuero",
                    timeout=30000)
    article = window.doc.article
    assert article.title == "Neue Öffnungszeiten im Bürgerbüro"
    assert "## Was sich ändert" in window.pane.editor.toPlainText()
    assert len(article.photos) == 2 and sum(p.incomplete for p in article.photos) == 1
    assert load_article(article.folder).title == article.title
    assert window.panel.current_slug() == "neue-oeffnungszeiten-im-buergerbuero"
    assert window.errors == []


def test_a_broken_document_is_named_in_a_message_and_creates_nothing(window, tmp_path,
                                                                     monkeypatch) -> None:
    broken = tmp_path / "kaputt.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(import_document, "choose_document", lambda _parent: broken)
    articles = sorted(p.name for p in window.workspace.articles_dir.iterdir())
    window.actions[A.IMPORT_DOCUMENT].trigger()
    assert len(window.errors) == 1 and "damaged" in window.errors[0][1]
    assert sorted(p.name for p in window.workspace.articles_dir.iterdir()) == articles
    assert window.doc.article.slug == SLUG


def test_the_window_wires_import_and_paste_itself(main_window, monkeypatch) -> None:
    """Without the test's own install(): a real window's File ▸ Import Document… asks for a
    document, and Ctrl+Shift+V reaches the plain-text paste."""
    asked: list[object] = []
    monkeypatch.setattr(import_document, "choose_document",
                        lambda parent: asked.append(parent))  # returns None: cancelled
    main_window.actions[A.IMPORT_DOCUMENT].trigger()
    assert asked == [main_window]
    assert main_window.actions[A.PASTE_PLAIN].shortcut().toString() == "Ctrl+Shift+V"
    assert main_window.actions[A.PASTE_PLAIN].isEnabled()
