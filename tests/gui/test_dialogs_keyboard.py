"""The app's dialogs by keyboard: Tab walks every control and comes back to the start (no
trap), Shift+Tab walks the same way back, every stop has a name a screen reader announces
(or a label with a buddy), and the fields come in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor.gui.export.dialog import ExportDialog
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.safety import HistoryDialog, TrashDialog
from editor.gui.settings_dialog import SettingsDialog
from editor.model import storage, trash
from editor.model.article import load_article
from editor.model.config import PHOTO_FIELDS
from tests.gui.focus_walk import (
    accessible_name,
    check_dialog_chain,
    names,
    press,
    show_dialog,
    type_text,
)
from tests.model.test_photometa import make_jpeg

pytestmark = pytest.mark.timeout(90)

FILLED = {"caption": "Rathaus", "alt": "Das Rathaus am Markt", "creator": "Ute Weiss",
          "credit": "Stadt", "copyright": "(c) Stadt", "license": "", "web_statement": ""}


@pytest.mark.parametrize("count", [1, 2])
def test_photo_dialog_tab_chain(qtbot, workspace, tmp_path, count) -> None:
    entries = [PhotoEntry(make_jpeg(tmp_path / f"p{i}.jpg"), dict(FILLED)) for i in range(count)]
    dialog = PhotoDialog(entries, workspace.config)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    order = ([dialog.picker] if count > 1 else []) + [dialog.edits[n] for n in PHOTO_FIELDS]
    order += [dialog.image]  # the focal point, after the fields
    order += ([dialog.apply_all] if count > 1 else []) + [dialog.keep_incomplete, ok, cancel]
    first = order[0]
    assert QApplication.focusWidget() is first  # the dialog opens at its first field
    chain = check_dialog_chain(qtbot, dialog, first, order)
    assert set(chain) == set(order), names(chain)


def test_photo_dialog_says_what_is_missing_at_a_tab_stop(qtbot, workspace, tmp_path) -> None:
    entry = PhotoEntry(make_jpeg(tmp_path / "p.jpg"), {**FILLED, "creator": ""})
    dialog = PhotoDialog([entry], workspace.config)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    order = [dialog.edits["caption"], dialog.keep_incomplete, dialog.problem, cancel]
    chain = check_dialog_chain(qtbot, dialog, dialog.edits["caption"], order)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) not in chain
    assert accessible_name(dialog.problem) == "Still needed: Creator"
    dialog.edits["creator"].setText("Ute")  # filled: nothing to say, no stop
    chain = check_dialog_chain(qtbot, dialog, dialog.edits["caption"],
                               [dialog.edits["caption"]])
    assert dialog.problem not in chain


def test_photo_dialog_fields_have_mnemonics(qtbot, workspace, tmp_path) -> None:
    """Alt+letter of a field's label goes to the field, as in every other form."""
    entry = PhotoEntry(make_jpeg(tmp_path / "p.jpg"), dict(FILLED))
    dialog = PhotoDialog([entry], workspace.config)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    letters = {}
    for name, label in dialog.form_labels.items():
        text = label.text().replace("&&", "")
        assert "&" in text, f"{name}: {text!r} has no mnemonic"
        letters[name] = text[text.index("&") + 1].lower()
    assert len(set(letters.values())) == len(letters), letters
    for name in ("creator", "alt", "copyright"):
        press(qtbot, f"Alt+{letters[name].upper()}")
        assert dialog.edits[name].hasFocus(), name


def test_photo_dialog_by_keys(qtbot, workspace, tmp_path) -> None:
    """Typing the required fields and Return accepts; Escape on an empty one cancels."""
    entry = PhotoEntry(make_jpeg(tmp_path / "p.jpg"))
    dialog = PhotoDialog([entry], workspace.config)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    press(qtbot, "Return")  # OK is disabled: nothing required is filled
    assert dialog.isVisible()
    for name in ("caption", "alt", "creator", "credit", "copyright"):
        assert QApplication.focusWidget() is dialog.edits[name]
        type_text(qtbot, FILLED[name])
        press(qtbot, "Tab")
    press(qtbot, "Return")
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.results()[0]["creator"] == "Ute Weiss"


def test_export_dialog_tab_chain(qtbot, workspace, gui_settings) -> None:
    article = load_article(workspace.create_article("Rathaus").folder)
    dialog = ExportDialog(article, workspace.config, workspace.root, gui_settings)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.folder
    order = [dialog.folder, dialog.browse, dialog.zip, dialog.export_button,
             dialog.cancel_button]
    chain = check_dialog_chain(qtbot, dialog, dialog.folder, order)
    assert set(chain) == set(order), names(chain)
    assert QApplication.focusWidget() is dialog.folder
    was = dialog.zip.isChecked()
    press(qtbot, "Alt+Z")  # the zip box's mnemonic toggles it (after its short animation)
    qtbot.waitUntil(lambda: dialog.zip.isChecked() != was, timeout=3000)


def test_export_dialog_tab_chain_after_an_export_problem(qtbot, workspace, gui_settings,
                                                         tmp_path) -> None:
    """The outcome and the list of problems are reachable by Tab (read out one by one)
    and named."""
    article = load_article(workspace.create_article("Rathaus").folder)
    dialog = ExportDialog(article, workspace.config, workspace.root, gui_settings)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    press(qtbot, "Return")  # Export: refused (not approved, no lead)
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=30000)
    assert dialog.problem_list.isVisible() and dialog.problem_list.count()
    order = [dialog.folder, dialog.browse, dialog.zip, dialog.status, dialog.problem_list,
             dialog.export_button, dialog.cancel_button]
    chain = check_dialog_chain(qtbot, dialog, dialog.folder, order)
    assert set(chain) == set(order), names(chain)
    assert dialog.problem_list.accessibleName() == "Problems"
    assert accessible_name(dialog.status).startswith("Not exported")  # read out as it is


def test_settings_dialog_tab_chain(qtbot, gui_settings) -> None:
    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    fields = [dialog.user_name, dialog.language, dialog.autosave, dialog.font_family,
              dialog.font_size, dialog.preview_width]
    assert QApplication.focusWidget() is dialog.user_name
    check_dialog_chain(qtbot, dialog, dialog.user_name, fields)


def _saved_versions(workspace):
    article = load_article(workspace.create_article("Rathaus").folder)
    h = storage.file_hash(article.path)
    for body in ("erste\n", "zweite\n"):
        article.body = body
        h = storage.save_checked(article, h, version_interval=0)
    return article, h


def test_versions_dialog_tab_chain(qtbot, workspace) -> None:
    article, h = _saved_versions(workspace)
    dialog = HistoryDialog(article, h)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    order = [dialog.list, dialog.diff_view, dialog.restore_button]
    check_dialog_chain(qtbot, dialog, dialog.list, order)


def test_trash_dialog_tab_chain(qtbot, workspace) -> None:
    trash.move_to_trash(workspace.root, workspace.create_article("Alpha").slug)
    dialog = TrashDialog(workspace.root)
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    order = [dialog.tree, dialog.restore_button]
    check_dialog_chain(qtbot, dialog, dialog.tree, order)


def test_conflict_dialog_tab_chain(qtbot) -> None:
    from editor.gui.safety import ConflictDialog

    dialog = ConflictDialog("meins\n", "deins\n", "Rathaus")
    qtbot.addWidget(dialog)
    show_dialog(qtbot, dialog)
    buttons = [dialog.reload_button, dialog.compare_button, dialog.copy_button,
               dialog.cancel_button]
    chain = check_dialog_chain(qtbot, dialog, dialog.copy_button, [dialog.copy_button])
    assert set(chain) == set(buttons), names(chain)
    letters = [b.text().replace("&&", "").split("&")[1][0].lower() for b in buttons]
    assert len(set(letters)) == len(letters), letters  # one Alt key each, none ambiguous
    press(qtbot, "Alt+M")  # Compare: the differences appear, and Tab reaches them
    qtbot.waitUntil(dialog.diff_view.isVisible, timeout=3000)
    chain = check_dialog_chain(qtbot, dialog, dialog.diff_view, [dialog.diff_view])
    assert set(chain) == {dialog.diff_view, *buttons}, names(chain)
    press(qtbot, "Escape")
    assert not dialog.isVisible() and dialog.choice == "cancel"


@pytest.mark.parametrize("stale", [False, True])
def test_lock_notice_by_keys(qtbot, stale) -> None:
    """Both answers are Tab stops with their own Alt key; Return takes the safe default
    (read-only unless the lock looks abandoned)."""
    import datetime as dt

    from editor.gui.safety.lock_notice import build_lock_box
    from editor.model.lock import LockInfo

    info = LockInfo("Carla", "pc-7", 4242, dt.datetime.now(dt.UTC), "t")
    box = build_lock_box(None, info, stale)
    qtbot.addWidget(box)
    show_dialog(qtbot, box)
    take = box.property("take_over_button")
    buttons = [b for b in box.buttons()]
    start = QApplication.focusWidget()
    assert start in buttons
    chain = check_dialog_chain(qtbot, box, start, [start])
    assert set(buttons) <= set(chain), names(chain)
    letters = [b.text().split("&")[1][0].lower() for b in buttons]
    assert len(set(letters)) == len(letters) == 2, letters
    start.setFocus()
    press(qtbot, "Return")
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert (box.clickedButton() is take) == stale
