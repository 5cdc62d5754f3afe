"""Dropping photos on the editor: files reach the window at the drop point; text drops pass."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QPlainTextEdit

from editor.gui.photos.editor_drop import EditorPhotoDrop
from editor.model.photometa import read_photo_meta
from tests.model.test_photometa import make_jpeg


def _drop_event(mime: QMimeData, pos: QPointF) -> QDropEvent:
    return QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)


def test_photo_files_dropped_on_the_editor(qtbot, tmp_path) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(400, 300)
    editor.setPlainText("Erste Zeile\nZweite Zeile\nDritte Zeile")
    drop = EditorPhotoDrop(editor)
    got = []
    drop.files_dropped.connect(got.append)
    photo = make_jpeg(tmp_path / "bild.jpg")
    notes = tmp_path / "notiz.txt"
    notes.write_text("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(notes))])
    block = editor.document().findBlockByNumber(1)
    rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    point = QPointF(rect.left() + 5, rect.center().y())
    assert drop.eventFilter(editor.viewport(), _drop_event(mime, point))
    assert got == [[photo]]
    assert editor.textCursor().blockNumber() == 1  # the cursor moved to where it was dropped

    text_only = QMimeData()
    text_only.setText("nur Text")
    assert not drop.eventFilter(editor.viewport(), _drop_event(text_only, point))
    assert got == [[photo]]
    other = QEvent(QEvent.Type.FocusIn)
    assert not drop.eventFilter(editor.viewport(), other)


def test_an_image_without_a_file_is_saved_as_png(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    drop = EditorPhotoDrop(editor)
    got = []
    # Attaching copies the file while the signal is handled, so it must exist then.
    drop.files_dropped.connect(lambda paths: got.append(
        (paths, read_photo_meta(paths[0]).format)))
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    assert drop.eventFilter(editor.viewport(), _drop_event(mime, QPointF(5, 5)))
    assert len(got) == 1 and got[0][1] == "PNG"
    # Nothing of the dropped image is left behind in the temporary folder.
    assert not got[0][0][0].exists()
    assert list(tmp_path.iterdir()) == []
