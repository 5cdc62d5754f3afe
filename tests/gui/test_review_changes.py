"""Changes since approval in the GUI: the readable list in the review dock, and "Show changes
since approval" in the preview (marked-up page, banner, back to the live preview)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QAction

pytest.importorskip("PySide6.QtWebEngineWidgets")

from editor.gui.dates import format_datetime
from editor.gui.preview import PreviewPanel
from editor.gui.review import ReviewPanel
from editor.gui.review.changes_mode import connect_changes_mode
from editor.model import review
from editor.model.article import load_article
from editor.model.config import SiteConfig
from tests.gui.test_preview import run_js
from tests.model.test_review import make_article
from tests.util import write_article


@pytest.fixture
def approved(workspace):
    """An approved article, then edited: a paragraph word and a photo credit changed."""
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben Autor")
    event = review.add_event(a, "approved", "Anna Prüferin", config=SiteConfig())
    a.body = a.body.replace("Erster Absatz", "Neuer Absatz")
    a.title = "Stadtrat beschließt neuen Haushalt"
    a.photos[0].credit = "Stadtarchiv"
    write_article(a)
    return load_article(a.folder), event


@pytest.fixture
def review_panel(qtbot, workspace, approved):
    p = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.status_ready, timeout=5000):
        p.set_article(approved[0], workspace.config)
    return p


def test_changes_tab_lists_fields_and_credits_readably(berlin, review_panel, approved):
    _article, event = approved
    panel = review_panel
    panel.tabs.setCurrentIndex(1)
    tree = panel.changes.tree
    rows = [tuple(tree.topLevelItem(i).text(c) for c in range(3))
            for i in range(tree.topLevelItemCount())]
    assert ("Title", "Stadtrat beschließt Haushalt",
            "Stadtrat beschließt neuen Haushalt") in rows
    assert ("Photo “rathaus”: Credit line", "Stadt / Jörg Müller", "Stadtarchiv") in rows
    assert tree.headerItem().text(0) == "Field"
    # who approved when: local time in the interface's form, not the stored UTC text
    header = panel.changes.header.text()
    assert "Anna Prüferin" in header and format_datetime(event.at) in header
    assert event.at not in header
    assert "Show changes since approval" in panel.changes.text_note.text()
    # the raw diff only on request
    assert not panel.diff_view.isVisibleTo(panel)
    panel.changes.raw_button.click()
    assert panel.diff_view.isVisibleTo(panel)
    assert "-Erster Absatz über den Stadtrat." in panel.diff_view.toPlainText()


def test_history_and_state_line_show_local_times(berlin, review_panel):
    panel = review_panel
    event = panel.status.events[-1]
    item = panel.history.topLevelItem(panel.history.topLevelItemCount() - 1)
    assert item.text(0) == format_datetime(event.at)
    assert item.toolTip(0) == event.at
    assert format_datetime(panel.status.approval.at) in panel.hash_label.text()


def test_never_approved_has_no_show_changes(qtbot, workspace):
    p = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.status_ready, timeout=5000):
        p.set_article(make_article(workspace, "Neu"), workspace.config)
    assert not p.changes_button.isEnabled()
    assert p.approved_version() is None


@pytest.fixture
def both(qtbot, workspace, approved, review_panel):
    preview = PreviewPanel()
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        preview.set_article(approved[0], workspace.config)
    action = QAction("Show changes since approval")
    connect_changes_mode(review_panel, preview, action)
    preview._test_action = action  # keep it alive
    return review_panel, preview, action


def test_show_changes_marks_words_in_the_preview_and_returns(qtbot, both):
    panel, preview, action = both
    assert action.isEnabled() and not action.isChecked()
    with qtbot.waitSignal(preview.changes.shown, timeout=20000):
        panel.changes_button.click()
    assert action.isChecked()
    assert preview.changes_banner.isVisible()
    assert preview.changes_banner.text().startswith("Showing changes since approval of ")
    assert "Anna Prüferin" in preview.changes_banner.text()
    ins = run_js(qtbot, preview, "Array.from(document.querySelectorAll('ins.nd-ins'))"
                                 ".map(e => e.textContent)")
    dels = run_js(qtbot, preview, "Array.from(document.querySelectorAll('del.nd-del'))"
                                  ".map(e => e.textContent)")
    assert "Neuer" in ins and "neuen" in ins and "Erster" in dels
    # not by colour alone: the stylesheet underlines and strikes through
    style = run_js(qtbot, preview, "[getComputedStyle(document.querySelector('ins.nd-ins'))"
                                   ".textDecorationLine, getComputedStyle(document."
                                   "querySelector('del.nd-del')).textDecorationLine]")
    assert style == ["underline", "line-through"]
    assert run_js(qtbot, preview, "document.querySelector('.nd-changes-legend') !== null")
    assert not preview.interceptor.blocked
    assert preview.page.property("newsdesk_current") is True  # a PDF prints this page
    # toggled off from the menu action: the live page again, banner gone
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        action.trigger()
    assert not panel.changes_button.isChecked()
    assert not preview.changes_banner.isVisible()
    assert run_js(qtbot, preview, "document.querySelectorAll('ins.nd-ins').length") == 0
    assert run_js(qtbot, preview, "document.querySelector('h1').textContent") == \
        "Stadtrat beschließt neuen Haushalt"


def test_edits_while_showing_changes_are_marked_too(qtbot, both):
    panel, preview, _action = both
    with qtbot.waitSignal(preview.changes.shown, timeout=20000):
        panel.changes_button.click()
    article = dataclasses.replace(preview.current_article(),
                                  body=preview.current_article().body + "\nGanz neu.\n")
    with qtbot.waitSignal(preview.changes.shown, timeout=20000):
        preview.update_article(article)
    ins = run_js(qtbot, preview, "Array.from(document.querySelectorAll('ins.nd-ins'))"
                                 ".map(e => e.textContent)")
    assert "Ganz neu." in ins
    assert preview.changes.active


def test_opening_another_article_leaves_show_changes(qtbot, both, workspace):
    panel, preview, action = both
    with qtbot.waitSignal(preview.changes.shown, timeout=20000):
        action.trigger()
    other = make_article(workspace, "Ganz anderer Artikel")
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        preview.set_article(other, workspace.config)
    assert not preview.changes.active and not preview.changes_banner.isVisible()
    assert not action.isChecked() and not panel.changes_button.isChecked()
    assert run_js(qtbot, preview, "document.querySelector('h1').textContent") == \
        "Ganz anderer Artikel"
