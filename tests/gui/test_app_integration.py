"""The main window wires the status bar, preflight and preview panels to the document."""

from __future__ import annotations

import pytest

from editor.model.validation import Location, Problem

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def test_problem_count_follows_edits(main_window, qtbot) -> None:
    pytest.importorskip("editor.gui.statusbar")
    main_window.open_article(LIBRARY)
    status = main_window.status
    assert status is not None
    before = status.problems_text()
    main_window.pane.form.title.clear()
    qtbot.keyClicks(main_window.pane.form.title, "x")
    main_window.pane.form.title.clear()
    main_window.pane._field_edited("title", "")
    qtbot.waitUntil(lambda: status.problems_text() != before, timeout=2000)
    assert any(p.code == "missing-title" for p in main_window.problems)


def test_save_state_shown_in_status_bar(main_window, qtbot) -> None:
    pytest.importorskip("editor.gui.statusbar")
    main_window.open_article(LIBRARY)
    qtbot.keyClicks(main_window.pane.editor, "x")
    assert main_window.status.save_label.text() == "Edited"
    qtbot.waitUntil(lambda: main_window.status.save_label.text() == "Saved", timeout=3000)


def test_preflight_lists_problems_and_jumps_to_line(main_window) -> None:
    pytest.importorskip("editor.gui.preflight")
    main_window.open_article(LIBRARY)
    panel = main_window.docks["preflight"].ensure_created()
    assert panel is main_window.preflight
    main_window.doc.set_field("title", "")
    main_window.run_validation()
    assert any(p.code == "missing-title" for p in panel.problems())
    problem = Problem("warning", "heading-skip", "jump", Location("line", 3))
    panel.problem_activated.emit(problem)
    assert main_window.pane.editor.textCursor().blockNumber() == 2


def test_add_dock_creates_panel_when_first_shown(main_window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    made = []

    def factory() -> QLabel:
        made.append(QLabel("photos"))
        return made[-1]

    dock = main_window.add_dock("photos", lambda: "Photos", factory)
    assert made == []  # the window is not shown yet
    main_window.show()
    qtbot.waitUntil(lambda: len(made) == 1, timeout=2000)
    assert dock.widget() is made[0]
    assert main_window.docks["photos"] is dock


def test_photo_panel_changes_are_undoable_and_saved(main_window, qtbot) -> None:
    pytest.importorskip("editor.gui.photos")
    from editor.model.article import load_article
    from editor.model.photos import set_lead_photo

    main_window.open_article(LIBRARY)
    panel = main_window.docks["photos"].ensure_created()
    doc = main_window.doc
    before = doc.article.lead_photo
    other = next(p.id for p in doc.article.photos if p.id != before)
    panel.article_changed.emit(set_lead_photo(doc.article, other))
    assert doc.article.lead_photo == other
    qtbot.waitUntil(lambda: load_article(doc.article.folder).lead_photo == other, timeout=3000)
    main_window.stack.undo()
    assert doc.article.lead_photo == before
    assert panel.article() is doc.article
    panel.insert_requested.emit(f"![](photo:{other})")
    assert f"![](photo:{other})" in main_window.pane.editor.toPlainText()
    assert f"![](photo:{other})" in doc.article.body


def test_review_panel_follows_the_open_article(main_window, gui_settings) -> None:
    pytest.importorskip("editor.gui.review")
    from editor.gui import settings as S

    gui_settings.set(S.USER_NAME, "Erika Prüferin")
    main_window.open_article(LIBRARY)
    panel = main_window.docks["review"].ensure_created()
    assert panel.article is main_window.doc.article
    assert panel.user == "Erika Prüferin"
    main_window.open_article("neue-fahrradstrasse-verbindet-bahnhof-und-altstadt")
    assert panel.article.slug == "neue-fahrradstrasse-verbindet-bahnhof-und-altstadt"


def test_typing_shows_up_in_the_preview_dom(main_window, qtbot) -> None:
    pytest.importorskip("editor.gui.preview")
    from editor.gui.preview.web import WORLD  # article scripts are off; ours run here

    main_window.open_article(LIBRARY)
    main_window.show()
    dock = main_window.docks["preview"]
    panel = dock.ensure_created()
    qtbot.waitUntil(lambda: panel.is_idle() and main_window.preview is panel, timeout=15000)
    editor = main_window.pane.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Zauberwortimtext")
    texts: list[str] = []

    def read_dom() -> bool:
        panel.page.runJavaScript("document.body.textContent", WORLD, texts.append)
        return bool(texts) and "Zauberwortimtext" in texts[-1]

    qtbot.waitUntil(read_dom, timeout=10000)
    # A click on a preview block moves the editor's cursor to its source line.
    panel.line_clicked.emit(3)
    assert editor.textCursor().blockNumber() == 2
