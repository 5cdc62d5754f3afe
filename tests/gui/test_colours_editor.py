"""The editor pane, status bar and problems panel draw their signal colours from
editor.gui.colours: readable (>= 4.5:1 text, 3:1 borders) on light, dark and
high-contrast palettes, and again after a switch of the system palette."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import QStatusBar

from editor.gui import colours
from editor.gui.editor_pane.date_field import DateField
from editor.gui.editor_pane.markdown_editor import MarkdownEditor
from editor.gui.editor_pane.metadata_form import MetadataForm
from editor.gui.preflight.panel import PreflightPanel
from editor.gui.statusbar import StatusBarWidgets
from editor.model.validation import LEAD_MAX, Location, Problem
from tests.gui.contrast import PALETTES, contrast

AA = 4.5
UI = 3.0
Role = QPalette.ColorRole
SWITCH = ["light", "dark"]


def _text_on_window(label) -> float:
    window = label.parentWidget().palette().color(Role.Window)
    return contrast(label.palette().color(Role.WindowText), window)


# Markdown highlighting -----------------------------------------------------------------

SAMPLE = ("## Überschrift\n> Zitat\n- Punkt\n**fett** und *schief*\n`code`\n"
          "[Link](https://example.org)\n![](photo:fassade)\n![x](bild.png)\n```\nblock\n```\n")
# (line, text in it, role of its colour; None: the editor's own text colour)
EXPECTED = [(0, "Überschrift", "heading"), (1, "Zitat", "quote"), (2, "- ", "list"),
            (3, "**fett**", None), (3, "*schief*", None), (4, "`code`", "code"),
            (5, "[Link]", "link"), (6, "![](photo:fassade)", "photo"),
            (7, "![x](bild.png)", "image"), (9, "block", "code")]


def _format_at(editor: MarkdownEditor, line: int, needle: str):
    block = editor.document().findBlockByNumber(line)
    start = block.text().index(needle)
    ranges = block.layout().formats()
    for r in ranges:
        if r.start <= start and start + len(needle) <= r.start + r.length:
            return QTextCharFormat(r.format)  # a copy: the layout's own goes with the list
    raise AssertionError(f"no format on {needle!r}")


def _check_highlighting(editor: MarkdownEditor) -> None:
    base = editor.palette().color(Role.Base)
    for line, needle, role in EXPECTED:
        fmt = _format_at(editor, line, needle)
        if role is None:  # bold and italic: no colour of their own (was #000000)
            assert not fmt.hasProperty(fmt.Property.ForegroundBrush), needle
            continue
        colour = fmt.foreground().color()
        assert colour == colours.text(role, base), (needle, colour.name())
        assert contrast(colour, base) >= AA, (needle, colour.name(), base.name())


@pytest.fixture
def markdown_editor(qtbot):
    editor = MarkdownEditor(QUndoStack())
    qtbot.addWidget(editor)
    return editor


@pytest.mark.parametrize("name", PALETTES)
def test_highlighting_is_readable(markdown_editor, app_palette, name) -> None:
    app_palette(name)
    markdown_editor.load_text(SAMPLE)
    _check_highlighting(markdown_editor)


def test_highlighting_follows_a_switch_to_dark(qtbot, markdown_editor, app_palette) -> None:
    app_palette("light")
    markdown_editor.load_text(SAMPLE)
    light = _format_at(markdown_editor, 0, "Überschrift").foreground().color()
    app_palette("dark")
    qtbot.waitUntil(lambda: _format_at(markdown_editor, 0, "Überschrift").foreground()
                    .color() != light, timeout=3000)
    _check_highlighting(markdown_editor)
    app_palette("light")
    qtbot.waitUntil(lambda: _format_at(markdown_editor, 0, "Überschrift").foreground()
                    .color() == light, timeout=3000)
    _check_highlighting(markdown_editor)


# Metadata form and date field --------------------------------------------------------


def _border(field: DateField) -> QColor:
    found = re.search(r"border:\s*\d+px solid (#[0-9a-fA-F]{6})", field.styleSheet())
    assert found, field.styleSheet()
    return QColor(found.group(1))


def _invalid_form(qtbot) -> MetadataForm:
    form = MetadataForm()
    qtbot.addWidget(form)
    form.setEnabled(True)  # as with an article open (disabled, labels are drawn greyed)
    form.date.setText("31.02.")
    form.date.commit()
    form.lead.setPlainText("x" * (LEAD_MAX + 1))
    assert not form.date.is_valid() and form.date_problem.text()
    return form


def _check_form(form: MetadataForm) -> None:
    assert _text_on_window(form.date_problem) >= AA
    assert _text_on_window(form.lead_count) >= AA
    assert form.lead_count.palette().color(Role.WindowText) == colours.text(
        "error", form.palette().color(Role.Window))
    border = _border(form.date)
    assert border == colours.text("error", form.date.palette().color(Role.Base))
    assert contrast(border, form.palette().color(Role.Window)) >= UI


@pytest.mark.parametrize("name", PALETTES)
def test_form_problems_are_readable(qtbot, app_palette, name) -> None:
    app_palette(name)
    _check_form(_invalid_form(qtbot))


def test_form_follows_a_switch_to_dark(qtbot, app_palette) -> None:
    app_palette("light")
    form = _invalid_form(qtbot)
    light = form.date_problem.palette().color(Role.WindowText)
    light_border = _border(form.date)
    app_palette("dark")
    qtbot.waitUntil(lambda: form.date_problem.palette().color(Role.WindowText) != light,
                    timeout=3000)
    qtbot.waitUntil(lambda: _border(form.date) != light_border, timeout=3000)
    _check_form(form)
    form.lead.setPlainText("kurz")  # under the limit: the palette's own text colour again
    assert (form.lead_count.palette().color(Role.WindowText)
            == form.palette().color(Role.WindowText))
    form.date.setText("2026-12-01")
    form.date.commit()
    assert form.date.styleSheet() == ""


# Status bar and problems panel ---------------------------------------------------------

ERROR = Problem("error", "missing-date", "x", Location("field", "date"))
WARNING = Problem("warning", "title-too-long", "x", Location("field", "title"))


def _status(qtbot) -> tuple[QStatusBar, StatusBarWidgets]:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    return bar, StatusBarWidgets(bar)


@pytest.mark.parametrize("name", PALETTES)
def test_status_problem_count_is_readable(qtbot, app_palette, name) -> None:
    app_palette(name)
    bar, widgets = _status(qtbot)
    for problems, role in (([ERROR, WARNING], "error"), ([WARNING], "warning")):
        widgets.set_problems(problems)
        shown = widgets.problems_label.palette().color(Role.WindowText)
        assert shown == colours.text(role, bar.palette().color(Role.Window)), role
        assert _text_on_window(widgets.problems_label) >= AA
    widgets.set_problems([])
    assert (widgets.problems_label.palette().color(Role.WindowText)
            == bar.palette().color(Role.WindowText))


def test_status_bar_follows_a_switch_to_dark(qtbot, app_palette) -> None:
    app_palette("light")
    _bar, widgets = _status(qtbot)
    widgets.set_problems([ERROR])
    light = widgets.problems_label.palette().color(Role.WindowText)
    app_palette("dark")
    qtbot.waitUntil(lambda: widgets.problems_label.palette().color(Role.WindowText) != light,
                    timeout=3000)
    assert _text_on_window(widgets.problems_label) >= AA


def _check_panel(panel: PreflightPanel) -> None:
    base = panel.tree.palette().color(Role.Base)
    shown = [panel.tree.topLevelItem(i).foreground(0).color()
             for i in range(panel.tree.topLevelItemCount())]
    assert shown == [colours.text("error", base), colours.text("warning", base)]
    assert all(contrast(c, base) >= AA for c in shown), [c.name() for c in shown]


@pytest.mark.parametrize("name", PALETTES)
def test_problem_list_is_readable(qtbot, app_palette, name) -> None:
    app_palette(name)
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems([WARNING, ERROR])
    _check_panel(panel)


def test_problem_list_follows_a_switch_to_dark(qtbot, app_palette) -> None:
    app_palette("light")
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems([WARNING, ERROR])
    light = panel.tree.topLevelItem(0).foreground(0).color()
    app_palette("dark")
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0).foreground(0).color() != light,
                    timeout=3000)
    _check_panel(panel)


# The read-only note above the editor ---------------------------------------------------


def _note_colours(pane) -> tuple[QColor, QColor]:
    sheet = pane.read_only_note.styleSheet()
    background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", sheet)
    text = re.search(r"#read_only_note \{ color:\s*(#[0-9a-fA-F]{6})", sheet)
    assert background and text, sheet
    return QColor(background.group(1)), QColor(text.group(1))


def test_read_only_note_is_a_notice_banner_in_light_and_dark(qtbot, main_window,
                                                             app_palette) -> None:
    app_palette("light")
    pane = main_window.pane
    light = _note_colours(pane)
    assert contrast(*light) >= AA
    assert light == colours.banner("notice", PALETTES["light"])[:2]
    app_palette("dark")
    qtbot.waitUntil(lambda: _note_colours(pane) != light, timeout=3000)
    dark = _note_colours(pane)
    assert dark == colours.banner("notice", PALETTES["dark"])[:2]
    assert contrast(*dark) >= AA
