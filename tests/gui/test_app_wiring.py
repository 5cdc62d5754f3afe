"""End-to-end wiring in the main window: photos dropped or pasted on the editor, the review
state in the status bar and the article list, review mode and "Save preview as PDF"."""

from __future__ import annotations

import tempfile

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QDialogButtonBox

from editor.gui.photos import attach as attach_mod
from editor.model import review
from editor.model.article import load_article
from tests.model.test_photometa import make_jpeg, xmp_packet

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


@pytest.fixture
def window(main_window, monkeypatch, qtbot):
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled())
    assert main_window.open_article(SLUG)
    qtbot.waitUntil(lambda: main_window.photo_drop is not None, timeout=3000)
    return main_window


def _drop_on_line(editor, line: int, mime: QMimeData) -> QDropEvent:
    block = editor.document().findBlockByNumber(line)
    rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    point = QPointF(rect.left() + 5, rect.center().y())
    return QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)


def test_photo_dropped_on_the_editor_is_attached_and_placed(window, tmp_path) -> None:
    editor = window.pane.editor
    editor.resize(600, 800)
    before_text = editor.toPlainText()
    before_ids = [p.id for p in window.doc.article.photos]
    src = make_jpeg(tmp_path / "Neuer Anbau.jpg", xmp=xmp_packet(
        creator="Ute Weiß", credit="Stadt", rights="© Stadt", alt="Leserinnen im Lesesaal"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    first_line = editor.document().findBlockByNumber(0).text()
    assert window.photo_drop.eventFilter(editor.viewport(), _drop_on_line(editor, 0, mime))
    assert [p.id for p in window.doc.article.photos] == [*before_ids, "neuer-anbau"]
    lines = editor.toPlainText().split("\n")
    assert lines[0] == first_line
    assert lines[1:3] == ["", "![](photo:neuer-anbau)"]  # its own paragraph after line 1
    assert window.doc.save()
    saved = load_article(window.doc.article.folder)
    assert saved.photo("neuer-anbau").creator == "Ute Weiß"
    assert "![](photo:neuer-anbau)" in saved.body
    # Attaching and placing is one undo step.
    window.stack.undo()
    assert editor.toPlainText() == before_text
    assert [p.id for p in window.doc.article.photos] == before_ids
    window.stack.redo()
    assert "![](photo:neuer-anbau)" in editor.toPlainText()
    assert window.doc.article.photo("neuer-anbau") is not None


def test_pasted_image_is_attached_text_pastes_as_text(window, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    editor = window.pane.editor
    # A pasted image has no credits: the dialog accepts it as incomplete.
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: True)
    monkeypatch.setattr(attach_mod.PhotoDialog, "allow_incomplete", lambda self: True)
    before = len(window.doc.article.photos)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert len(window.doc.article.photos) == before + 1
    new_id = window.doc.article.photos[-1].id
    assert f"![](photo:{new_id})" in editor.toPlainText()
    assert list((tmp_path / "temp").iterdir()) == []  # the pasted PNG's scratch copy is gone
    text = QMimeData()
    text.setText("Nur Text")
    editor.insertFromMimeData(text)
    assert "Nur Text" in editor.toPlainText()
    assert len(window.doc.article.photos) == before + 1


def _row_state(window, slug: str) -> str | None:
    return window.panel.state_of(slug)


def test_review_state_in_status_bar_and_list(window, qtbot) -> None:
    status = window.status
    assert status.review_state == "draft"
    assert "Draft" in status.review_label.text()
    window.docks["review"].ensure_created()
    panel = window.review
    qtbot.waitUntil(lambda: panel.status is not None, timeout=5000)
    panel.set_user("Ute Weiß")
    assert panel.act("submitted")
    assert status.review_state == "in_review"
    assert "In review" in status.review_label.text()
    assert _row_state(window, SLUG) == "in_review"

    # Someone else submits another article in the shared folder: the list follows.
    other = next(s for s in (it.data(0, Qt.ItemDataRole.UserRole)
                             for it in window.panel.items()) if s != SLUG)
    assert _row_state(window, other) == "draft"
    article = window.workspace.load(other)
    review.add_event(article, "submitted", "Max Muster")
    qtbot.waitUntil(lambda: _row_state(window, other) == "in_review", timeout=5000)
    assert window.panel.current_slug() == SLUG  # the selection stays
    assert status.review_state == "in_review"

    # ... and the open one: the status bar follows too.
    review.add_event(window.doc.article, "comment", "Max Muster", "Bitte kürzen")
    review.add_event(window.doc.article, "changes_requested", "Max Muster", "Kürzen")
    qtbot.waitUntil(lambda: status.review_state == "changes_requested", timeout=5000)
    assert _row_state(window, SLUG) == "changes_requested"


@pytest.mark.timeout(90)
def test_review_mode_and_pdf_from_the_window(window, qtbot, tmp_path) -> None:
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    review_dock = window.docks["review"]
    review_dock.show()
    review_dock.raise_()
    panel = review_dock.ensure_created()
    qtbot.waitUntil(lambda: panel.status is not None, timeout=5000)
    preview_dock = window.docks["preview"]
    preview = preview_dock.ensure_created()
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=5000)

    panel.mode_button.setChecked(True)
    qtbot.waitUntil(lambda: not window.centralWidget().isVisible(), timeout=3000)
    assert not window.docks["articles"].isVisible()
    assert preview_dock.isVisible()
    qtbot.waitUntil(lambda: preview_dock.width() > window.width() * 0.9, timeout=3000)
    assert review_dock.isVisible()  # the way back stays on screen

    panel.mode_button.setChecked(False)
    qtbot.waitUntil(lambda: window.centralWidget().isVisible(), timeout=3000)
    assert window.docks["articles"].isVisible()
    assert preview_dock.width() < window.width() * 0.7

    target = tmp_path / "freigabe.pdf"
    panel._ask_pdf_path = lambda parent: str(target)
    with qtbot.waitSignal(preview.rendered, timeout=30000, raising=False):
        pass
    with qtbot.waitSignal(panel.pdf_saved, timeout=30000):
        panel.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def _title_bar(window) -> str:
    """The title as the window manager shows it: Qt resolves the [*] placeholder, then the
    platform (X11, Wayland, Windows) appends the application's display name unless the
    title already ends with it (QPlatformWindow::formatWindowTitle, " — " on X11)."""
    from PySide6.QtGui import QGuiApplication

    title = window.windowHandle().title()
    name = QGuiApplication.applicationDisplayName()
    if title.endswith(name):
        return title
    return f"{title} \N{EM DASH} {name}" if title else name


@pytest.fixture
def named_app():
    from PySide6.QtGui import QGuiApplication

    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("Newsdesk")  # as editor.gui.app.application()
    yield
    QGuiApplication.setApplicationDisplayName(before)


def test_title_names_the_app_once_and_marks_unsaved_edits(window, named_app, qtbot) -> None:
    window.winId()  # the native window whose title the platform shows
    site = window.workspace.config.site_name
    article = window.doc.article.title
    assert _title_bar(window) == f"{article} – {site} \N{EM DASH} Newsdesk"
    assert window.windowTitle().count("[*]") == 1
    qtbot.keyClicks(window.pane.editor, "x")
    assert window.doc.state != "saved"
    title = _title_bar(window)
    assert title.count("Newsdesk") == 1, title
    assert title == f"{article} – {site}* \N{EM DASH} Newsdesk"
    assert window.doc.save()
    assert _title_bar(window) == f"{article} – {site} \N{EM DASH} Newsdesk"


def test_title_follows_the_title_field_and_keeps_a_literal_placeholder(window, qtbot) -> None:
    window.winId()
    field = window.pane.form.title
    field.selectAll()
    qtbot.keyClicks(field, "Sterne [*] am Himmel")
    qtbot.waitUntil(lambda: window.doc.article.title == "Sterne [*] am Himmel", timeout=3000)
    assert window.windowHandle().title().startswith("Sterne [*] am Himmel – ")


@pytest.mark.timeout(90)
def test_show_changes_since_approval_from_the_review_menu(window, qtbot) -> None:
    from editor.gui.actions import A

    doc = window.doc
    review.add_event(doc.article, "submitted", "Ben Autor")
    review.add_event(doc.article, "approved", "Anna Prüferin", config=window.workspace.config)
    editor = window.pane.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Neu")
    assert doc.save()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    preview = window.panels.get("preview")
    assert preview is not None  # made before the window was first shown
    assert window.panels.get("review") is None  # the review dock is not created yet
    action = window.actions[A.REVIEW_CHANGES]
    assert action in window.actions.menu("&Review").actions()
    action.trigger()  # Review > Show Changes Since Approval
    qtbot.waitUntil(lambda: preview.changes.active, timeout=30000)
    panel = window.panels.get("review")
    assert panel is not None and panel.changes_button.isChecked() and action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: not preview.changes.active, timeout=30000)
    assert not panel.changes_button.isChecked()
