"""Keyboard access: every action of every panel in the menus (one registry), shortcuts
without duplicates that work by key events alone, F6 through the panes, a Tab chain
without traps or unnamed controls, and Help (shortcut overview and guide)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from editor.gui.actions import MENUS, SPECS, A
from editor.gui.help import ShortcutsDialog, guide_path, shortcut_rows
from editor.gui.panels import PHOTO_ACTIONS, REVIEW_ACTIONS
from editor.gui.photos import attach as attach_mod
from editor.model import review
from tests.gui.focus_walk import accessible_name, describe, press, tab_chain
from tests.gui.focus_walk import names as chain_names
from tests.model.test_photometa import make_jpeg, xmp_packet

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
METADATA = ["field_title", "field_kicker", "field_date", "field_author", "field_lead",
            "field_description", "field_tags"]

pytestmark = pytest.mark.timeout(120)


def _shown(window, qtbot, preview: bool = False) -> None:
    if not preview:  # the web engine is not needed here: keep it from starting
        window.docks["preview"].hide()
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.fixture
def window(main_window, qtbot):
    assert main_window.open_article(SLUG)
    return main_window


# The registry --------------------------------------------------------------------------


def test_no_two_actions_share_a_shortcut(main_window) -> None:
    seen: dict[str, A] = {}
    for key in SPECS:
        shortcut = main_window.actions[key].shortcut().toString()
        if not shortcut:
            continue
        assert shortcut not in seen, f"{shortcut}: {seen[shortcut]} and {key}"
        seen[shortcut] = key


def test_every_action_is_in_a_menu_and_every_panel_button_is_an_action(window) -> None:
    in_menus = {key for _title, keys in MENUS for key in keys if key is not None}
    assert set(SPECS) == in_menus
    photos = window.docks["photos"].ensure_created()
    assert set(photos.actions_by_name) == set(PHOTO_ACTIONS.values())
    panel = window.docks["review"].ensure_created()
    assert set(panel.buttons) == set(REVIEW_ACTIONS.values())
    for key in (A.PHOTO_ADD, A.PHOTO_INSERT, A.PHOTO_CREDITS, A.PHOTO_LEAD, A.REVIEW_SUBMIT,
                A.REVIEW_APPROVE, A.REVIEW_REQUEST_CHANGES, A.REVIEW_COMMENT, A.NEXT_PANE,
                A.PREVIOUS_PANE, A.GUIDE, A.SHORTCUTS):
        assert not window.actions[key].shortcut().isEmpty(), key


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


def test_menu_mnemonics_are_unique(main_window) -> None:
    bar = main_window.menuBar()
    titles = [_mnemonic(a.text()) for a in bar.actions()]
    assert None not in titles and len(set(titles)) == len(titles), titles
    for menu_action in bar.actions():
        letters = [_mnemonic(a.text()) for a in menu_action.menu().actions()
                   if not a.isSeparator()]
        letters = [m for m in letters if m is not None]
        assert len(set(letters)) == len(letters), (menu_action.text(), letters)


# Shortcuts by key events only -----------------------------------------------------------


def test_photo_actions_by_their_shortcuts(window, qtbot, tmp_path, monkeypatch) -> None:
    src = make_jpeg(tmp_path / "Lesesaal.jpg", xmp=xmp_packet(
        creator="Ute Weiß", credit="Stadt", rights="© Stadt", alt="Leserinnen im Lesesaal"))
    monkeypatch.setattr(attach_mod, "choose_files", lambda *a, **k: [src])
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled())
    _shown(window, qtbot)
    editor = window.pane.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=3000)
    before = [p.id for p in window.doc.article.photos]

    press(qtbot, "Ctrl+Shift+I")  # Add photos…: attached, and selected in the panel
    ids = [p.id for p in window.doc.article.photos]
    assert ids[:-1] == before and ids[-1].startswith("lesesaal")
    new = ids[-1]
    assert window.photos.selected_id() == new

    editor.setFocus()
    press(qtbot, "Ctrl+Shift+G")  # Insert photo in the text, at the cursor
    assert f"![](photo:{new})" in editor.toPlainText()

    press(qtbot, "Ctrl+Shift+L")  # Lead photo
    assert window.doc.article.lead_photo == new

    ids = [p.id for p in window.doc.article.photos]
    press(qtbot, "Alt+Shift+Up")  # Move photo up
    assert [p.id for p in window.doc.article.photos] == [*ids[:-2], new, ids[-2]]
    press(qtbot, "Alt+Shift+Down")
    assert [p.id for p in window.doc.article.photos] == ids

    opened = []
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: opened.append(d) or False)
    press(qtbot, "Ctrl+Shift+C")  # Credits…: the photo dialog for the selected photo
    assert len(opened) == 1

    # Nothing selected: the actions are disabled, and the key does nothing.
    window.photos.list.setCurrentRow(-1)
    assert not window.actions[A.PHOTO_INSERT].isEnabled()
    text = editor.toPlainText()
    editor.setFocus()
    press(qtbot, "Ctrl+Shift+G")
    assert editor.toPlainText() == text


def test_review_actions_by_their_shortcuts(window, qtbot, gui_settings) -> None:
    from editor.gui import settings as S

    gui_settings.set(S.USER_NAME, "Ben Autor")
    _shown(window, qtbot)
    window.pane.editor.setFocus()
    qtbot.waitUntil(window.pane.editor.hasFocus, timeout=3000)

    press(qtbot, "Ctrl+Shift+R")  # Submit for review
    panel = window.review
    assert panel is not None and window.docks["review"].isVisible()
    assert [e.kind for e in review.status(window.doc.article).events][-1] == "submitted"

    # Comment with an empty box: the box gets the focus; typed text becomes the comment.
    press(qtbot, "Ctrl+Shift+M")
    assert panel.comment.hasFocus()
    qtbot.keyClicks(panel.comment, "Bitte Bildunterschrift kuerzen")  # QTest types ASCII
    press(qtbot, "Ctrl+Shift+M")
    events = review.status(window.doc.article).events
    assert (events[-1].kind, events[-1].note) == ("comment", "Bitte Bildunterschrift kuerzen")

    panel.set_user("Anna Prüferin")  # another person approves
    window.pane.editor.setFocus()
    press(qtbot, "Ctrl+Shift+Y")  # Approve
    status = review.status(window.doc.article)
    assert status.events[-1].kind == "approved", panel.message.text()
    assert status.events[-1].by == "Anna Prüferin"
    assert status.state == "approved"

    qtbot.keyClicks(panel.comment, "Titel kuerzen")
    press(qtbot, "Ctrl+Shift+X")  # Request changes, the comment box is the note
    events = review.status(window.doc.article).events
    assert (events[-1].kind, events[-1].note) == ("changes_requested", "Titel kuerzen")
    # The menu follows the panel: approving is not possible in this state.
    qtbot.waitUntil(lambda: not window.actions[A.REVIEW_APPROVE].isEnabled(), timeout=5000)
    assert window.actions[A.REVIEW_SUBMIT].isEnabled()

    # Actions without a shortcut are reached through the menu: Alt+R, then R for Reopen.
    window.pane.editor.setFocus()
    press(qtbot, "Alt+R")
    menu = window.actions.menu("&Review")
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    press(qtbot, "R", menu)
    qtbot.waitUntil(lambda: review.status(window.doc.article).events[-1].kind == "reopened",
                    timeout=3000)


def test_search_shortcut_goes_to_the_article_search(window, qtbot) -> None:
    _shown(window, qtbot)
    window.pane.editor.setFocus()
    qtbot.waitUntil(window.pane.editor.hasFocus, timeout=3000)
    press(qtbot, "Ctrl+Shift+F")
    assert window.panel.search.hasFocus()


# Panes and focus -------------------------------------------------------------------------


def _pane_of(window) -> str | None:
    pane = window.panes.current()
    return pane.name if pane is not None else None


def test_f6_cycles_through_the_panes(window, qtbot) -> None:
    for name in ("review", "preflight"):
        window.docks[name].show()
    _shown(window, qtbot, preview=True)
    window.panel.list.setFocus()
    qtbot.waitUntil(window.panel.list.hasFocus, timeout=3000)
    order = ["articles", "metadata", "text", "preview", "photos", "review", "preflight"]
    seen = [_pane_of(window)]
    for _ in order:
        press(qtbot, "F6")
        seen.append(_pane_of(window))
    assert seen == [*order, "articles"]
    assert QApplication.focusWidget() is window.panel.list
    press(qtbot, "F6")
    assert window.pane.form.title.hasFocus()  # the metadata pane starts at the title
    press(qtbot, "F6")
    assert window.pane.editor.hasFocus()
    back = []
    for _ in order:
        press(qtbot, "Shift+F6")
        back.append(_pane_of(window))
    assert back == ["metadata", "articles", "preflight", "review", "photos", "preview",
                    "text"]
    # A closed panel is skipped; a panel tabbed behind another is raised.
    window.docks["preflight"].hide()
    window.docks["photos"].raise_()
    window.panel.list.setFocus()
    names = []
    for _ in range(6):
        press(qtbot, "F6")
        names.append(_pane_of(window))
    assert names == ["metadata", "text", "preview", "photos", "review", "articles"]
    assert window.review.isVisible()
    # Review mode hides the list and the editor: F6 goes round the panels that are left.
    window.set_review_mode(True)
    qtbot.waitUntil(lambda: not window.centralWidget().isVisible(), timeout=3000)
    window.photos.list.setFocus()
    names = []
    for _ in range(3):
        press(qtbot, "F6")
        names.append(_pane_of(window))
    assert names == ["review", "preview", "photos"]


def _walk(window, qtbot) -> tuple[list[QWidget], list[QWidget]]:
    """The Tab chain with Photos in front, then with Review (tabbed behind Photos) chosen by
    the arrow keys on the panels' tab bar."""
    window.docks["review"].show()
    _shown(window, qtbot)
    window.docks["photos"].raise_()
    chain, closed = tab_chain(qtbot, window.panel.list)
    assert closed, f"Tab does not come back to the article list: {chain_names(chain)}"
    bar = next(w for w in chain if isinstance(w, QTabBar))
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, "Right")
    qtbot.waitUntil(lambda: window.review is not None and window.review.isVisible(),
                    timeout=3000)
    qtbot.waitUntil(lambda: window.review.status is not None, timeout=5000)
    chain2, closed = tab_chain(qtbot, window.panel.list)
    assert closed, f"Tab does not come back to the article list: {chain_names(chain2)}"
    return chain, chain2


def test_tab_walks_the_whole_window_without_traps_in_reading_order(window, qtbot) -> None:
    chain, with_review = _walk(window, qtbot)
    names = chain_names(chain)
    # Reading order of the metadata fields, one after the other.
    fields = [n for n in names if n in METADATA]
    assert fields == METADATA, names
    start = names.index(METADATA[0])
    assert names[start:start + len(METADATA)] == METADATA, names
    assert names.index("field_tags") < names.index("markdown_editor")
    add = window.photos.actions_by_name["add"]  # the photo panel's buttons are reachable
    assert any(isinstance(w, QToolButton) and w.defaultAction() is add for w in chain), names
    assert "review_comment" not in names  # Review is tabbed behind Photos
    names = chain_names(with_review)
    assert {"review_submitted", "review_comment", "review_history"} <= set(names), names


def test_tab_chain_has_no_unnamed_control(window, qtbot) -> None:
    chain, with_review = _walk(window, qtbot)
    unnamed = {describe(w) for w in chain + with_review if not accessible_name(w)}
    assert not unnamed, f"focusable without an accessible name: {sorted(unnamed)}"


# Help -------------------------------------------------------------------------------------


def test_keyboard_shortcuts_dialog_lists_the_registry_and_searches(window, qtbot) -> None:
    _shown(window, qtbot)
    window.pane.editor.setFocus()
    press(qtbot, "Ctrl+F1")
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == sum(1 for _t, keys in MENUS for k in keys if k is not None)
    assert ("Review", "Approve", "Ctrl+Shift+Y") in rows
    assert rows[0] == ("File", "New Article", "Ctrl+N")  # in the menus' order
    assert ("View", "Next Pane", "F6") in rows
    qtbot.keyClicks(dialog.search, "photo")
    found = dialog.rows()
    assert found and all("photo" in " ".join(r).lower() for r in found)
    assert ("Photos", "Add Photos", "Ctrl+Shift+I") in found
    assert dialog.search.accessibleName() and dialog.table.accessibleName()
    # A second press shows the same window, not a second one.
    window.activateWindow()
    window.pane.editor.setFocus()
    press(qtbot, "Ctrl+F1")
    assert len(window.findChildren(ShortcutsDialog)) == 1


@pytest.mark.parametrize("which", ["guide", "shortcuts"])
def test_help_windowstab_chain(window, qtbot, which) -> None:
    _shown(window, qtbot)
    dialog = getattr(window.ask, which)()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    start = dialog.browser if which == "guide" else dialog.search
    chain, closed = tab_chain(qtbot, start)
    assert closed, chain_names(chain)
    assert len(chain) >= 2  # the close button is reachable
    press(qtbot, "Escape")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_shortcut_rows_follow_the_interface_language(window) -> None:
    from editor.gui import i18n

    try:
        assert i18n.install("de") == "de"
        window.retranslate()
        menus = {menu for menu, _a, _k in shortcut_rows(window.actions)}
        assert {"Datei", "Ansicht", "Hilfe"} <= menus
        assert guide_path().name == "guide.de.html"
        assert window.panel.list.accessibleName() == "Artikel"  # names follow the language
    finally:
        i18n.install("en")
        window.retranslate()
    assert guide_path().name == "guide.en.html"
    assert window.panel.list.accessibleName() == "Articles"


def test_f1_opens_the_built_in_guide(window, qtbot) -> None:
    from editor.gui.help import GuideDialog

    _shown(window, qtbot)
    window.pane.editor.setFocus()
    press(qtbot, "F1")
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "F6" in text and "Ctrl+F1" in text
    assert dialog.browser.accessibleName()
    for language in ("en", "de"):
        html = guide_path(language).read_text(encoding="utf-8")
        assert f'lang="{language}"' in html and "<h1>" in html
        assert "http" not in html.replace("https://…", "")  # nothing fetched from the web


@pytest.mark.parametrize("language", ["en", "de"])
def test_keys_named_in_the_guide_are_the_registry_s(main_window, language) -> None:
    import re

    text = guide_path(language).read_text(encoding="utf-8")
    text = text.replace("Strg+", "Ctrl+").replace("Umschalt+", "Shift+")
    named = set(re.findall(r"\b(?:(?:Ctrl|Shift|Alt)\+)+(?:F\d+|[A-Z0-9])\b|\bF\d+\b", text))
    registered = {main_window.actions[k].shortcut().toString() for k in SPECS}
    assert named and named - {"Shift+Tab"} <= registered, named - registered


def test_the_readme_shortcut_table_is_the_registry_s(main_window) -> None:
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| Keys | Action | Keys | Action |"):]
    table = table[:table.index("\n\n")]
    named: set[str] = set()
    for cell in re.findall(r"\| ([^|]+?) \|", table):
        for part in cell.split(" / "):
            if re.fullmatch(r"(?:(?:Ctrl|Shift|Alt)\+)*(?:F\d+|[A-Z0-9,]|Del)", part.strip()):
                named.add(part.strip())
    registered = {main_window.actions[k].shortcut().toString() for k in SPECS}
    assert len(named) >= 30 and named <= registered, sorted(named - registered)
