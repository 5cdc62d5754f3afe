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
