"""The date field takes what front matter takes: a day, or a day with a time
(editor.model.when). An article dated 2026-06-24 09:30 shows and keeps its time; a typed
time is a valid date, not marked; the calendar changes the day and keeps the time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from editor.gui.document import SAVED
from editor.gui.editor_pane.date_field import date_text, parse_date
from editor.model.article import load_article

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


@pytest.mark.parametrize("text, value", [
    ("2026-06-24", dt.date(2026, 6, 24)),
    ("2026-06-24 09:30", dt.datetime(2026, 6, 24, 9, 30)),
    ("2026-06-24T09:30", dt.datetime(2026, 6, 24, 9, 30)),
    ("2026-06-24T09:30:15+02:00",
     dt.datetime(2026, 6, 24, 9, 30, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ("20260624", dt.date(2026, 6, 24)),
])
def test_parse_date_takes_days_and_times(text, value) -> None:
    assert parse_date(text) == (True, value)


@pytest.mark.parametrize("text", ["2026-06-24 25:00", "2026-02-30", "24.06.2026 09:30",
                                  "2026-06-24 9:30"])
def test_parse_date_refuses_what_front_matter_refuses(text) -> None:
    assert parse_date(text) == (False, text)


def test_date_text_is_written_as_front_matter_writes_it() -> None:
    assert date_text(dt.datetime(2026, 6, 24, 9, 30)) == "2026-06-24 09:30"
    assert date_text(dt.date(2026, 6, 24)) == "2026-06-24"


@pytest.fixture
def window(qtbot, gui_settings, sample_workspace: Path, monkeypatch):
    from editor.gui import dialogs
    from editor.gui.app import create_window

    path = sample_workspace / "articles" / LIBRARY / "article.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^date: .*$", "date: 2026-06-24 09:30", text, count=1),
                    encoding="utf-8")
    for name in ("ask_yes_no", "ask_take_over"):
        monkeypatch.setattr(dialogs, name, lambda *a, **k: False)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    w = create_window(gui_settings, sample_workspace)
    qtbot.addWidget(w)
    assert w.open_article(LIBRARY)
    yield w
    w.doc.close()


def _file(window) -> str:
    return window.doc.article.path.read_text(encoding="utf-8")


def test_time_is_shown_and_kept(window, qtbot) -> None:
    form = window.pane.form
    assert form.date.text() == "2026-06-24 09:30"
    assert form.date.is_valid() and not form.date_problem.isVisible()
    assert window.doc.article.date == dt.datetime(2026, 6, 24, 9, 30)
    qtbot.keyClicks(form.title, " neu")
    qtbot.waitUntil(lambda: window.doc.state == SAVED and " neu" in _file(window),
                    timeout=3000)
    assert re.search(r"(?m)^date: '?2026-06-24 09:30'?$", _file(window)), _file(window)
    assert load_article(window.doc.article.folder).date == dt.datetime(2026, 6, 24, 9, 30)


def test_typed_time_is_valid_and_saved(window, qtbot) -> None:
    form = window.pane.form
    form.date.setFocus()
    form.date.selectAll()
    qtbot.keyClicks(form.date, "2026-07-01 10:15")
    assert form.date.is_valid()
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert form.date.is_valid() and form.date_problem.isHidden()
    assert form.date.text() == "2026-07-01 10:15"
    assert window.doc.article.date == dt.datetime(2026, 7, 1, 10, 15)
    qtbot.waitUntil(lambda: window.doc.state == SAVED, timeout=3000)
    assert load_article(window.doc.article.folder).date == dt.datetime(2026, 7, 1, 10, 15)
    # a wrong time is marked, as a wrong day is
    form.date.selectAll()
    qtbot.keyClicks(form.date, "2026-07-01 25:15")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert not form.date.is_valid()


def test_calendar_changes_the_day_and_keeps_the_time(window, qtbot) -> None:
    form = window.pane.form
    form.date._picked(QDate(2026, 7, 2))
    assert form.date.text() == "2026-07-02 09:30"
    assert window.doc.article.date == dt.datetime(2026, 7, 2, 9, 30)


def test_document_takes_a_typed_time(window) -> None:
    window.doc.set_field("date", "2026-06-25 08:00")
    assert window.doc.article.date == dt.datetime(2026, 6, 25, 8, 0)
    window.doc.set_field("date", "kein Datum")
    assert window.doc.article.date == "kein Datum"
