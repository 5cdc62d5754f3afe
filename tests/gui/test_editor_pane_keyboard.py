"""The editor pane by keyboard: tab order, typing a date, find bar, headings, labels.

Every test drives the real widgets with key events (QTest.keyClick / keyClicks) in a
shown window, as a keyboard-only user would.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from editor.gui.actions import A
from editor.model.validation import validate

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(main_window, qtbot):
    main_window.open_article(LIBRARY)
    main_window.docks["preview"].hide()  # the web engine is not needed here
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    return main_window


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_path(qtbot, start: QWidget, steps: int, back: bool = False) -> list[QWidget]:
    _focus(qtbot, start)
    path = []
    for _ in range(steps):
        if back:
            qtbot.keyClick(_focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        path.append(_focused())
    return path


# 1. Tab order -------------------------------------------------------------------------

def test_tab_walks_the_form_in_reading_order_then_into_the_text(window, qtbot) -> None:
    form, editor = window.pane.form, window.pane.editor
    path = _tab_path(qtbot, form.title, 7)
    assert path == [form.kicker, form.date, form.author, form.lead, form.description,
                    form.tags, editor]
    back = _tab_path(qtbot, form.tags, 6, back=True)
    assert back == [form.description, form.lead, form.author, form.date, form.kicker,
                    form.title]


def test_text_typed_in_order_lands_in_the_right_fields(window, qtbot) -> None:
    form = window.pane.form
    for field in (form.title, form.kicker, form.date, form.author, form.description,
                  form.tags):
        field.clear()
    form.lead.clear()
    _focus(qtbot, form.title)
    for text in ("Neuer Titel", "Kultur", "2022-06-24", "Presseamt", "Ein Vorspann.",
                 "Kurz gesagt.", "Bibliothek"):
        qtbot.keyClicks(_focused(), text)
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    article = window.doc.article
    assert (article.title, article.kicker, article.date, article.author, article.lead,
            article.description, article.tags) == (
        "Neuer Titel", "Kultur", dt.date(2022, 6, 24), "Presseamt", "Ein Vorspann.",
        "Kurz gesagt.", ["Bibliothek"])


def test_tab_from_find_goes_to_replace_then_to_the_buttons(window, qtbot) -> None:
    bar = window.pane.find_bar
    window.actions[A.REPLACE].trigger()
    qtbot.waitUntil(bar.find_field.hasFocus, timeout=1000)
    path = _tab_path(qtbot, bar.find_field, 2)
    assert path[0] is bar.replace_field
    assert path[1] in (bar.previous_button, bar.next_button)
    assert _tab_path(qtbot, bar.replace_field, 1, back=True) == [bar.find_field]


def test_tab_from_find_without_replace_goes_to_the_buttons(window, qtbot) -> None:
    bar = window.pane.find_bar
    window.actions[A.FIND].trigger()
    qtbot.waitUntil(bar.find_field.hasFocus, timeout=1000)
    assert _tab_path(qtbot, bar.find_field, 1)[0] in (bar.previous_button, bar.next_button)


# 2. Date field ------------------------------------------------------------------------

def _type_date(qtbot, form, text: str, select_all: bool = True) -> None:
    _focus(qtbot, form.date)
    if select_all:
        qtbot.keyClick(form.date, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(form.date, text)


def test_typing_a_full_iso_date_sets_year_month_and_day(window, qtbot) -> None:
    form = window.pane.form
    _type_date(qtbot, form, "2022-06-24")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert window.doc.article.date == dt.date(2022, 6, 24)
    assert form.date.text() == "2022-06-24"


def test_typing_only_the_year(window, qtbot) -> None:
    form = window.pane.form
    form.show_value("date", dt.date(2026, 3, 5))
    _focus(qtbot, form.date)
    # Click into the year, select it by keyboard and type over it.
    qtbot.keyClick(form.date, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(form.date, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(form.date, "2022")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert window.doc.article.date == dt.date(2022, 3, 5)


def test_an_invalid_date_is_shown_as_invalid_not_changed(window, qtbot) -> None:
    form = window.pane.form
    _type_date(qtbot, form, "2022-02-30")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.text() == "2022-02-30"  # exactly as typed
    assert not form.date_valid()
    assert form.date_problem.isVisible() and form.date_problem.text()
    assert form.date.accessibleDescription() == form.date_problem.text()
    # The model keeps the text, and validation names it: nothing was made up.
    assert window.doc.article.date == "2022-02-30"
    assert "invalid-date" in [p.code for p in validate(window.doc.article, _config())]
    # Correcting it clears the mark.
    _type_date(qtbot, form, "2022-02-28")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date_valid() and not form.date_problem.isVisible()
    assert window.doc.article.date == dt.date(2022, 2, 28)


def test_clearing_the_date_leaves_no_date(window, qtbot) -> None:
    form = window.pane.form
    _type_date(qtbot, form, "")
    qtbot.keyClick(form.date, Qt.Key.Key_Delete)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert window.doc.article.date is None
    assert form.date_valid()


def test_calendar_opens_by_keyboard_and_picks_a_date(window, qtbot) -> None:
    form = window.pane.form
    form.show_value("date", dt.date(2026, 3, 5))
    _focus(qtbot, form.date)
    qtbot.keyClick(form.date, Qt.Key.Key_Down, ALT)
    calendar = form.date.calendar
    qtbot.waitUntil(calendar.isVisible, timeout=1000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=1000)
    assert window.doc.article.date == dt.date(2026, 3, 6)
    assert form.date.text() == "2026-03-06"
    assert form.date.hasFocus()


def test_undo_restores_the_typed_date(window, qtbot) -> None:
    form = window.pane.form
    before = window.doc.article.date
    _type_date(qtbot, form, "2021-01-02")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert window.doc.article.date == dt.date(2021, 1, 2)
    window.actions[A.UNDO].trigger()
    assert window.doc.article.date == before
    assert form.date.text() == (before.isoformat() if isinstance(before, dt.date)
                                else str(before or ""))


# 3. Find bar widths -------------------------------------------------------------------

def test_find_and_replace_fields_are_wide_enough(window, qtbot) -> None:
    bar = window.pane.find_bar
    window.actions[A.REPLACE].trigger()
    qtbot.waitUntil(lambda: bar.find_field.isVisible(), timeout=1000)
    em = bar.find_field.fontMetrics().horizontalAdvance("M")
    for field in (bar.find_field, bar.replace_field):
        assert field.width() >= 15 * em, field.width()
        assert field.minimumWidth() >= 15 * em or field.minimumSizeHint().width() >= 15 * em


# 4. Heading levels --------------------------------------------------------------------

def _skips(body: str) -> list[tuple[int, int]]:
    """Heading-level jumps exactly as the app's validation reports them."""
    from editor.model.article import Article

    article = Article(Path("artikel"), title="T", body=body)
    return [(p.params["previous"], p.params["level"]) for p in validate(article, _config())
            if p.code == "heading-skip"]


def _config():
    from editor.model.config import SiteConfig

    return SiteConfig()


def _put_cursor(editor, line: int) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(editor.document().findBlockByNumber(line))
    editor.setTextCursor(cursor)


@pytest.mark.parametrize("body, line, expected", [
    ("Absatz", 0, "## Absatz"),                                   # no ## above: a ##
    ("## Teil\n\nAbsatz", 2, "## Teil\n\n### Absatz"),            # below a ##: a ###
    ("## Teil\n\n### Unter\n\nAbsatz", 4, "## Teil\n\n### Unter\n\n### Absatz"),
    ("## Teil\n\n### Unter\n\n#### Tief\n\nAbsatz\n\n##### Tiefer", 6,
     "## Teil\n\n### Unter\n\n#### Tief\n\n#### Absatz\n\n##### Tiefer"),
])
def test_ctrl3_never_makes_a_heading_jump(window, qtbot, body, line, expected) -> None:
    editor = window.pane.editor
    editor.load_text(body)
    _put_cursor(editor, line)
    _focus(qtbot, editor)
    before = _skips(body)
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    result = editor.toPlainText()
    assert len(_skips(result)) <= len(before), result
    assert result == expected or not _skips(result)


def test_ctrl3_without_a_heading_above_says_why(window, qtbot) -> None:
    editor = window.pane.editor
    editor.load_text("Absatz")
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    assert editor.toPlainText() == "## Absatz"
    assert _skips(editor.toPlainText()) == []
    assert window.statusBar().currentMessage()


def test_ctrl3_below_a_heading_makes_a_subheading_and_toggles_off(window, qtbot) -> None:
    editor = window.pane.editor
    editor.load_text("## Teil\n\nAbsatz")
    _put_cursor(editor, 2)
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    assert editor.toPlainText() == "## Teil\n\n### Absatz"
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    assert editor.toPlainText() == "## Teil\n\nAbsatz"
    assert window.doc.article.body == "## Teil\n\nAbsatz"


def test_heading_and_subheading_on_every_line_never_warn(window, qtbot) -> None:
    """Every line of a body with headings: Ctrl+2 or Ctrl+3 adds no heading jump."""
    editor = window.pane.editor
    body = "Eins\n\n## Zwei\n\nDrei\n\n### Vier\n\nFünf\n\n#### Sechs\n\nSieben"
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        for line in range(body.count("\n") + 1):
            editor.load_text(body)
            _put_cursor(editor, line)
            _focus(qtbot, editor)
            qtbot.keyClick(editor, key, CTRL)
            assert _skips(editor.toPlainText()) == [], (key, line, editor.toPlainText())


# 6. Labels, mnemonics, accessible names -----------------------------------------------

FIELDS = ("title", "kicker", "date", "author", "lead", "description", "tags")


def test_every_form_field_has_a_label_with_buddy_and_mnemonic(window, qtbot) -> None:
    form = window.pane.form
    labels = {label.buddy(): label for label in form.findChildren(QLabel)
              if label.buddy() is not None}
    mnemonics = set()
    for name in FIELDS:
        field = form.widget_for(name)
        assert field in labels, name
        text = labels[field].text()
        assert "&" in text, text
        mnemonics.add(text[text.index("&") + 1].lower())
        assert field.accessibleName() == text.replace("&", "").rstrip(":"), name
    assert len(mnemonics) == len(FIELDS)


@pytest.mark.parametrize("key, name", [
    (Qt.Key.Key_T, "title"), (Qt.Key.Key_K, "kicker"), (Qt.Key.Key_D, "date"),
    (Qt.Key.Key_U, "author"), (Qt.Key.Key_L, "lead"), (Qt.Key.Key_G, "tags"),
    (Qt.Key.Key_Y, "description"),
])
def test_alt_mnemonic_jumps_to_the_field(window, qtbot, key, name) -> None:
    form = window.pane.form
    _focus(qtbot, window.pane.editor)
    qtbot.keyClick(_focused(), key, ALT)
    qtbot.waitUntil(lambda: _focused() is form.widget_for(name), timeout=1000)


def test_lead_counter_is_announced(window, qtbot) -> None:
    form = window.pane.form
    form.lead.clear()
    _focus(qtbot, form.lead)
    qtbot.keyClicks(form.lead, "Dreizehn Zahl")
    assert "13" in form.lead.accessibleDescription()
    assert form.lead.accessibleDescription() == form.lead_count.text()


def test_find_bar_fields_have_accessible_names(window, qtbot) -> None:
    bar = window.pane.find_bar
    window.actions[A.REPLACE].trigger()
    for widget in (bar.find_field, bar.replace_field, bar.case, bar.close_button):
        assert widget.accessibleName() or widget.text().replace("&", "")
    assert bar.find_field.accessibleName() == "Find"
    assert bar.replace_field.accessibleName() == "Replace with"
    assert bar.close_button.accessibleName()


def test_text_editor_and_toolbar_are_named(window) -> None:
    assert window.pane.editor.accessibleName() == "Article text"
    assert window.pane.editor.accessibleDescription()
    assert window.pane.toolbar.accessibleName() == "Formatting"


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_no_two_mnemonics_clash_with_each_other_or_the_menus(window, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window.actions[A.REPLACE].trigger()
    pane = window.pane
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in pane.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in pane.find_bar.findChildren(QAbstractButton)]
    keys = [k for k in map(_mnemonic, texts) if k]
    assert len(keys) == len(set(keys)), sorted(texts)


def test_alt_i_opens_find_field_and_alt_w_the_replace_field(window, qtbot) -> None:
    bar = window.pane.find_bar
    window.actions[A.REPLACE].trigger()
    _focus(qtbot, window.pane.editor)
    qtbot.keyClick(_focused(), Qt.Key.Key_W, ALT)
    qtbot.waitUntil(bar.replace_field.hasFocus, timeout=1000)
    qtbot.keyClick(_focused(), Qt.Key.Key_I, ALT)
    qtbot.waitUntil(bar.find_field.hasFocus, timeout=1000)


def test_an_unfinished_date_reaches_the_article_after_a_pause(window, qtbot) -> None:
    """What the field shows is what gets saved, also without Enter or Tab."""
    form = window.pane.form
    _type_date(qtbot, form, "2022-02-1")
    assert form.date.hasFocus()
    qtbot.waitUntil(lambda: window.doc.article.date == "2022-02-1", timeout=3000)
    assert not form.date_valid() and form.date_problem.isVisible()
    assert form.date.text() == "2022-02-1"
    qtbot.keyClick(form.date, Qt.Key.Key_3)
    assert window.doc.article.date == dt.date(2022, 2, 13)  # complete: taken at once
    assert form.date_valid()


def test_read_only_date_takes_no_typing_and_no_calendar(window, qtbot) -> None:
    form = window.pane.form
    form.show_value("date", dt.date(2026, 3, 5))
    form.set_read_only(True)
    _type_date(qtbot, form, "2022-06-24")
    qtbot.keyClick(form.date, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert form.date.text() == "2026-03-05"
    assert not form.date.calendar.isVisible()
    assert window.doc.article.date != dt.date(2022, 6, 24)


@pytest.mark.parametrize("keys, expected", [
    ([Qt.Key.Key_Home], dt.date(2022, 3, 5)),                       # at the year: over it
    ([Qt.Key.Key_Home, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right,
      Qt.Key.Key_Right, Qt.Key.Key_Right], "2026-2022"),  # month: digits run out, stays
])
def test_digits_typed_at_the_cursor_replace_the_digits_there(window, qtbot, keys,
                                                             expected) -> None:
    """Like a date editor: put the cursor on the year and type the new year."""
    form = window.pane.form
    form.show_value("date", dt.date(2026, 3, 5))
    _focus(qtbot, form.date)
    for key in keys:
        qtbot.keyClick(form.date, key)
    qtbot.keyClicks(form.date, "2022")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    if isinstance(expected, dt.date):
        assert window.doc.article.date == expected
        assert form.date.text() == expected.isoformat()
    else:
        assert form.date.text().startswith(expected)
        assert not form.date_valid()  # "2026-2022..." is no date: marked, not guessed


def test_typing_a_dash_over_a_dash_moves_on(window, qtbot) -> None:
    form = window.pane.form
    form.show_value("date", dt.date(2026, 3, 5))
    _focus(qtbot, form.date)
    qtbot.keyClick(form.date, Qt.Key.Key_Home)
    qtbot.keyClicks(form.date, "2024-11-30")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert form.date.text() == "2024-11-30"
    assert window.doc.article.date == dt.date(2024, 11, 30)


def test_ctrl2_on_a_code_fence_leaves_the_code_alone(window, qtbot) -> None:
    editor = window.pane.editor
    body = "```\n### im Code\n```"
    editor.load_text(body)
    _put_cursor(editor, 2)
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL)
    assert editor.toPlainText() == body
    assert window.statusBar().currentMessage()


@pytest.mark.parametrize("body, line", [
    ("## Teil\n\n### Unter", 0),     # the ## as a list item: ### would jump from the title
    ("```\ncode\n```\n\n## Teil", 2),  # a closing fence as a list item: code runs on
])
def test_list_and_quote_never_break_headings_or_code(window, qtbot, body, line) -> None:
    editor = window.pane.editor
    for action in (A.BULLET_LIST, A.QUOTE):
        editor.load_text(body)
        _put_cursor(editor, line)
        _focus(qtbot, editor)
        window.actions[action].trigger()
        assert editor.toPlainText() == body
        assert window.statusBar().currentMessage()
    editor.load_text("Eins\nZwei")
    _focus(qtbot, editor)
    window.actions[A.BULLET_LIST].trigger()
    assert editor.toPlainText() == "- Eins\nZwei"
