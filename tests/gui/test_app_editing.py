"""The main window on the sample workspace: open, type, autosave, metadata, undo/redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from editor.gui.actions import A
from editor.gui.document import SAVED
from editor.model.article import load_article

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
BIKE = "neue-fahrradstrasse-verbindet-bahnhof-und-altstadt"


def _file_text(window) -> str:
    return window.doc.article.path.read_text(encoding="utf-8")


def test_opens_workspace_and_selects_article(main_window, sample_workspace: Path) -> None:
    slugs = main_window.panel.visible_slugs()
    assert sorted(slugs) == sorted(p.name for p in (sample_workspace / "articles").iterdir())
    assert main_window.open_article(BIKE)
    article = load_article(sample_workspace / "articles" / BIKE)
    assert main_window.doc.article.slug == BIKE
    assert main_window.pane.editor.toPlainText() == article.body
    assert main_window.pane.form.title.text() == article.title
    assert main_window.panel.current_slug() == BIKE


def test_selecting_in_list_opens_article(main_window) -> None:
    main_window.panel.select(BIKE)
    assert main_window.doc.article.slug == BIKE


def test_typing_is_saved_after_idle_delay(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    editor = main_window.pane.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Neuer Absatz aus dem Test.")
    assert "Neuer Absatz aus dem Test." not in _file_text(main_window)
    # The autosave writes on the I/O thread; "saved" shows once the window knows.
    qtbot.waitUntil(lambda: main_window.doc.state == SAVED, timeout=3000)
    assert "Neuer Absatz aus dem Test." in _file_text(main_window)
    assert load_article(main_window.doc.article.folder).body.endswith(
        "Neuer Absatz aus dem Test.")


def test_metadata_edits_are_saved(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    form = main_window.pane.form
    form.title.clear()
    qtbot.keyClicks(form.title, "Bibliothek wieder offen")
    form.tags.clear()
    qtbot.keyClicks(form.tags, "Kultur, Bildung")
    form.date.selectAll()
    qtbot.keyClicks(form.date, "2026-10-01")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Bibliothek wieder offen" in _file_text(main_window),
                    timeout=3000)
    qtbot.waitUntil(lambda: main_window.doc.state == SAVED, timeout=3000)
    saved = load_article(main_window.doc.article.folder)
    assert saved.title == "Bibliothek wieder offen"
    assert saved.tags == ["Kultur", "Bildung"]
    assert saved.date == dt.date(2026, 10, 1)


def test_lead_character_count(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    form = main_window.pane.form
    form.lead.setPlainText("x" * 12)
    assert form.lead_count.text().startswith("12")
    assert main_window.doc.article.lead == "x" * 12


def test_undo_redo_over_text_and_metadata(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    window = main_window
    editor, form = window.pane.editor, window.pane.form
    body, title = editor.toPlainText(), form.title.text()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Eins")
    qtbot.keyClicks(form.title, " Zwei")
    assert window.doc.article.title == title + " Zwei"
    # Typing merged into one step per place: two undo steps in all.
    assert window.stack.count() == 2
    window.actions[A.UNDO].trigger()
    assert form.title.text() == title and window.doc.article.title == title
    assert editor.toPlainText() == body + " Eins"
    window.actions[A.UNDO].trigger()
    assert editor.toPlainText() == body and window.doc.article.body == body
    window.actions[A.REDO].trigger()
    window.actions[A.REDO].trigger()
    assert editor.toPlainText() == body + " Eins"
    assert window.doc.article.title == title + " Zwei"
    assert form.title.text() == title + " Zwei"


def test_ctrl_z_in_editor_uses_shared_stack(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    form, editor = main_window.pane.form, main_window.pane.editor
    title = form.title.text()
    qtbot.keyClicks(form.title, "!")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The field edit is undone, although the key went to the text editor.
    assert main_window.doc.article.title == title


def test_formatting_actions(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    editor = main_window.pane.editor
    editor.load_text("eins zwei\ndrei")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    main_window.actions[A.BOLD].trigger()
    assert editor.toPlainText() == "eins **zwei**\ndrei"
    main_window.actions[A.HEADING2].trigger()
    assert editor.toPlainText() == "## eins **zwei**\ndrei"
    main_window.actions[A.HEADING2].trigger()
    assert editor.toPlainText() == "eins **zwei**\ndrei"
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len(editor.toPlainText()), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    main_window.actions[A.BULLET_LIST].trigger()
    assert editor.toPlainText() == "- eins **zwei**\n- drei"
    main_window.actions[A.UNDO].trigger()
    assert editor.toPlainText() == "eins **zwei**\ndrei"
    assert main_window.doc.article.body == "eins **zwei**\ndrei"


def test_find_and_replace_all_is_one_undo_step(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    editor, bar = main_window.pane.editor, main_window.pane.find_bar
    body = editor.toPlainText()
    assert body.count("Stadt") >= 1
    main_window.actions[A.REPLACE].trigger()
    bar.find_field.setText("Stadt")
    bar.replace_field.setText("Gemeinde")
    count = bar.replace_all()
    assert count >= 1 and "Stadt" not in editor.toPlainText().replace("stadt", "")
    assert main_window.doc.article.body == editor.toPlainText()
    main_window.actions[A.UNDO].trigger()
    assert editor.toPlainText() == body
    bar.find_field.setText("Sanierung")
    assert bar.find_next()
    assert editor.textCursor().selectedText() == "Sanierung"


def test_switching_article_saves_immediately(main_window, qtbot, gui_settings) -> None:
    main_window.doc.set_autosave_delay(60000)
    main_window.open_article(LIBRARY)
    folder = main_window.doc.article.folder
    qtbot.keyClicks(main_window.pane.form.author, " und Team")
    main_window.open_article(BIKE)
    assert load_article(folder).author.endswith(" und Team")
