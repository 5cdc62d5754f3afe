"""The whole working day by key events only: new article, title, lead and text, a photo with
its credits placed in the text, submitted, approved by another person, exported with a zip.
Not a single mouse event may be delivered on the way (an application event filter checks).

Every action is a key press to the focused widget; the app's own methods are only called to
read state for the assertions. Modal questions are answered by typing into them, the file
dialog included: the app asks with QFileDialog's static functions, which show the desktop's
own picker on a desktop and Qt's dialog on the offscreen test platform; the test types the
photo's path into that one (nothing is monkeypatched).
"""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog

from editor.gui import dialogs
from editor.gui import settings as S
from editor.gui.dialogs import ask_text as real_ask_text  # the fixture answers it with None
from editor.gui.export.dialog import ExportDialog
from editor.gui.photos.dialog import PhotoDialog
from editor.gui.settings_dialog import SettingsDialog
from editor.model import review
from tests.gui.focus_walk import (
    ModalAnswers,
    MouseGuard,
    accessible_name,
    press,
    tab_until,
    type_text,
)
from tests.model.test_photometa import make_jpeg

pytestmark = pytest.mark.timeout(180)

TITLE = "Neue Buecherei im Rathaus"
LEAD = "Die Stadtbuecherei zieht ins Rathaus um."
BODY = "Ab Montag sind die Regale im Erdgeschoss offen."


@pytest.fixture
def keyboard_only(qtbot):
    guard = MouseGuard()
    guard.start()
    yield guard
    guard.stop()
    assert not guard.seen, f"mouse events were delivered: {guard.seen[:10]}"


def focused_name() -> str:
    focus = QApplication.focusWidget()
    return focus.objectName() if focus is not None else ""


def window_manager_activates(qtbot, window) -> None:
    """After a modal dialog closes, a desktop's window manager activates the window under
    it again; the offscreen platform of the tests has none, so the test does that part."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_the_whole_job_by_keys_only(main_window, qtbot, tmp_path, monkeypatch, gui_settings,
                                    keyboard_only) -> None:
    window = main_window
    monkeypatch.setattr(dialogs, "ask_text", real_ask_text)  # asked, and answered by keys
    gui_settings.set(S.USER_NAME, "Ben Autor")
    photo = make_jpeg(tmp_path / "rathaus.jpg", size=(800, 600))
    out_dir = tmp_path / "export"
    answers = ModalAnswers(qtbot)

    window.docks["preview"].hide()  # the web engine is not needed here
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)

    # New article (Ctrl+N): the title is asked in a dialog and typed there.
    def new_title(dialog: QDialog) -> None:
        type_text(qtbot, TITLE)
        press(qtbot, "Return")

    answers.expect(QInputDialog, new_title)
    press(qtbot, "Ctrl+N")
    answers.done()
    qtbot.waitUntil(lambda: window.doc.article is not None
                    and window.doc.article.title == TITLE, timeout=5000)
    window_manager_activates(qtbot, window)

    # Title, then Tab to the lead, then Tab on to the text.
    press(qtbot, "Ctrl+Shift+E")  # the editor
    press(qtbot, "Shift+F6")  # the metadata pane starts at the title
    assert focused_name() == "field_title"
    tab_until(qtbot, "field_lead")
    type_text(qtbot, LEAD)
    tab_until(qtbot, "markdown_editor")
    type_text(qtbot, BODY)
    press(qtbot, "Return")
    press(qtbot, "Return")

    # Add a photo (Ctrl+Shift+I): the file is typed into the file dialog, the credits into
    # the photo dialog (Tab from field to field), Return is OK.
    def pick_file(dialog: QDialog) -> None:
        type_text(qtbot, str(photo))
        press(qtbot, "Return")

    def credits(dialog: QDialog) -> None:
        assert focused_name() == "field_caption"
        type_text(qtbot, "Das Rathaus am Markt")
        for name, text in (("field_alt", "Das Rathaus mit offener Tuer"),
                           ("field_creator", "Ute Weiss"), ("field_credit", "Stadt"),
                           ("field_copyright", "(c) Stadt Beispielhausen")):
            press(qtbot, "Tab")
            assert focused_name() == name
            type_text(qtbot, text)
        press(qtbot, "Return")

    answers.expect(QFileDialog, pick_file)
    answers.expect(PhotoDialog, credits)
    press(qtbot, "Ctrl+Shift+I")
    answers.done()
    window_manager_activates(qtbot, window)
    photos = window.doc.article.photos
    assert [p.id for p in photos] == ["rathaus"], photos
    assert photos[0].creator == "Ute Weiss" and photos[0].alt.startswith("Das Rathaus")

    # Back in the text, Ctrl+Shift+G places the selected photo at the cursor.
    assert focused_name() == "markdown_editor"
    press(qtbot, "Ctrl+Shift+G")
    assert "![](photo:rathaus)" in window.pane.editor.toPlainText()
    press(qtbot, "Ctrl+S")
    qtbot.waitUntil(lambda: window.doc.article.body.count("photo:rathaus") == 1, timeout=5000)

    # Submit for review as Ben.
    press(qtbot, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: review.status(window.doc.article).state == "in_review",
                    timeout=5000)

    # Anna approves: her name is typed in Settings (Ctrl+,), then Ctrl+Shift+Y.
    def rename(dialog: QDialog) -> None:
        assert focused_name() == "user_name"
        press(qtbot, "Ctrl+A")
        type_text(qtbot, "Anna Prueferin")
        press(qtbot, "Return")

    answers.expect(SettingsDialog, rename)
    press(qtbot, "Ctrl+,")
    answers.done()
    window_manager_activates(qtbot, window)
    press(qtbot, "Ctrl+Shift+Y")
    status = review.status(window.doc.article)
    assert status.state == "approved", window.review.message.text()
    assert status.events[-1].by == "Anna Prueferin"

    # Export with a zip (Ctrl+E): the folder typed, Tab to the zip box, Space, Return.
    press(qtbot, "Ctrl+E")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ExportDialog),
                    timeout=3000)
    dialog = QApplication.activeWindow()
    assert focused_name() == "export_folder"
    press(qtbot, "Ctrl+A")
    type_text(qtbot, str(out_dir))
    tab_until(qtbot, "export_zip")
    if not dialog.zip.isChecked():
        press(qtbot, "Space")
    assert dialog.zip.isChecked()
    press(qtbot, "Return")  # the default button: Export
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=60000)
    assert dialog.result is not None, dialog.status.text()
    tab_until(qtbot, "export_status")  # the outcome is read out without a mouse
    assert accessible_name(QApplication.focusWidget()).startswith("Exported to")
    slug = window.doc.article.slug
    archive = out_dir / f"{slug}.zip"
    assert archive.is_file()
    bundle = out_dir / slug
    files = sorted(str(p.relative_to(bundle)).replace("\\", "/")
                   for p in bundle.rglob("*") if p.is_file())
    with zipfile.ZipFile(archive) as z:
        listed = sorted(n.split("/", 1)[1] for n in z.namelist() if not n.endswith("/"))
    assert listed == files
    assert "index.html" in files and any(f.startswith("images/rathaus-") for f in files)
    press(qtbot, "Escape")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_mouse_guard_sees_a_click(main_window, qtbot) -> None:
    """The guard above would notice a mouse event (it is not blind)."""
    from PySide6.QtCore import Qt

    guard = MouseGuard()
    main_window.show()
    qtbot.waitExposed(main_window)
    guard.start()
    try:
        qtbot.mouseClick(main_window.pane.editor.viewport(), Qt.MouseButton.LeftButton)
    finally:
        guard.stop()
    assert any(s.startswith("MouseButtonPress") for s in guard.seen), guard.seen
