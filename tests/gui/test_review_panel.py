"""Review panel: buttons follow the state, name asked on first use, diff, refresh, watcher."""

from __future__ import annotations

import json

import pytest

from editor.gui.review import ReviewPanel, ReviewWatcher
from editor.model import review
from editor.model.article import load_article
from tests.model.test_review import make_article
from tests.util import write_article

ACTIONS = ("submitted", "approved", "changes_requested", "reopened", "comment")


def enabled(panel: ReviewPanel) -> set[str]:
    return {k for k in ACTIONS if panel.buttons[k].isEnabled()}


@pytest.fixture
def panel(qtbot, workspace):
    asked: list[str] = []
    p = ReviewPanel(ask_name=lambda parent: asked.append("asked") or None)
    p.asked = asked
    qtbot.addWidget(p)
    article = make_article(workspace)
    with qtbot.waitSignal(p.status_ready, timeout=5000):
        p.set_article(article, workspace.config)
    return p


def test_buttons_follow_state(panel, qtbot):
    assert panel.status.state == "draft"
    assert enabled(panel) == {"submitted", "comment"}
    panel.set_user("Ben Autor")
    with qtbot.waitSignal(panel.state_changed) as sig:
        assert panel.act("submitted")
    assert sig.args == ["in_review"]
    assert enabled(panel) == {"approved", "changes_requested", "reopened", "comment"}
    panel.set_user("Anna")
    assert panel.act("approved")
    assert panel.status.state == "approved"
    assert enabled(panel) == {"changes_requested", "reopened", "comment"}
    assert "Anna" in panel.hash_label.text()
    panel.article.body += "\nNeu.\n"
    with qtbot.waitSignal(panel.state_changed, timeout=5000) as sig:
        panel.update_article(panel.article)
    assert sig.args == ["changed_since_approval"]
    assert enabled(panel) == {"submitted", "approved", "changes_requested", "reopened",
                              "comment"}
    assert panel.history.topLevelItemCount() == 2


def test_request_changes_needs_note_and_comment_box_is_the_note(panel):
    panel.set_user("Ben")
    panel.act("submitted")
    assert not panel.act("changes_requested")
    assert "comment box" in panel.message.text()
    panel.comment.setPlainText("Bitte das Foto tauschen")
    assert panel.act("changes_requested")
    assert panel.status.state == "changes_requested"
    assert panel.status.events[-1].note == "Bitte das Foto tauschen"
    assert panel.comment.toPlainText() == ""
    assert panel.history.topLevelItem(1).text(3) == "Bitte das Foto tauschen"


def test_name_asked_on_first_use(qtbot, workspace):
    p = ReviewPanel(ask_name=lambda parent: "Clara Neu")
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.status_ready, timeout=5000):
        p.set_article(make_article(workspace), workspace.config)
    with qtbot.waitSignals([p.user_name_needed, p.user_name_entered]):
        assert p.act("submitted")
    assert p.user == "Clara Neu"
    assert p.status.events[-1].by == "Clara Neu"


def test_no_name_no_event(panel):
    assert not panel.act("submitted")
    assert panel.asked == ["asked"]
    assert panel.status.events == ()


def test_approval_refused_shows_problems(panel):
    panel.set_user("Ben")
    panel.act("submitted")
    panel.set_user("Anna")
    panel.article.title = ""
    assert not panel.act("approved")
    assert "title" in panel.message.text()
    assert panel.status.state == "in_review"


def test_diff_tab_shows_paragraph_and_credit(panel):
    panel.set_user("Ben")
    panel.act("submitted")
    panel.set_user("Anna")
    assert panel.act("approved")
    assert panel.tabs.isTabEnabled(1)
    panel.article.body = panel.article.body.replace("Erster Absatz", "Neuer Absatz")
    panel.article.photos[0].credit = "Stadtarchiv"
    panel.refresh_now()
    panel.tabs.setCurrentIndex(1)
    text = panel.diff_view.toPlainText()
    assert "+Neuer Absatz über den Stadtrat." in text
    assert "-Erster Absatz über den Stadtrat." in text
    assert "credit: 'Stadt / Jörg Müller' -> 'Stadtarchiv'" in text


def test_review_mode_signal(panel, qtbot):
    with qtbot.waitSignal(panel.review_mode_requested) as sig:
        panel.mode_button.click()
    assert sig.args == [True]


def test_refresh_sees_other_peoples_events(panel, qtbot):
    other = load_article(panel.article.folder)
    review.add_event(other, "submitted", "Jemand Anderes")
    with qtbot.waitSignal(panel.state_changed, timeout=5000) as sig:
        panel.refresh()
    assert sig.args == ["in_review"]


def test_watcher_reports_new_event(qtbot, workspace):
    a = make_article(workspace)
    watcher = ReviewWatcher(debounce_ms=50)
    watcher.watch(a.folder)
    assert watcher.watched() == {a.folder}
    with qtbot.waitSignal(watcher.events_changed, timeout=5000) as sig:
        review.add_event(a, "comment", "Anna", "Hallo")
    assert sig.args == [a.folder]
    # A save of article.md alone is not a review event.
    with qtbot.assertNotEmitted(watcher.events_changed, wait=400):
        write_article(a)
    watcher.unwatch(a.folder)
    assert watcher.watched() == set()


def test_watcher_notices_review_folder_created_later(qtbot, workspace, tmp_path):
    a = make_article(workspace)
    (a.folder / "review").rmdir()
    watcher = ReviewWatcher(debounce_ms=50)
    watcher.watch(a.folder)
    with qtbot.waitSignal(watcher.events_changed, timeout=5000):
        review.add_event(a, "comment", "Anna", "Hallo")
    path = next((a.folder / "review").glob("*.json"))
    assert json.loads(path.read_text(encoding="utf-8"))["note"] == "Hallo"


def test_german_labels_after_language_change(qtbot, tmp_path):
    import subprocess
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from editor.gui import i18n

    tool = i18n._lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    ts = Path(__file__).resolve().parents[2] / "resources/translations/newsdesk_de.ts"
    qm = tmp_path / "review_de.qm"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    p = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(p)
    assert p.buttons["approved"].text() == "Approve"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: p.buttons["approved"].text() == "Freigeben", timeout=3000)
        assert p.tabs.tabText(1) == "Änderungen seit Freigabe"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: p.buttons["approved"].text() == "Approve", timeout=3000)


def test_refused_action_explained(panel):
    panel.set_user("Anna")
    review.add_event(load_article(panel.article.folder), "submitted", "Ben")
    review.add_event(load_article(panel.article.folder), "changes_requested", "Anna", "x")
    # Another person acted meanwhile; the panel has not refreshed, the model refuses.
    assert not panel.act("approved")
    assert "Changes requested" in panel.message.text()


def test_panel_follows_events_added_elsewhere(panel, qtbot):
    other = load_article(panel.article.folder)
    with qtbot.waitSignal(panel.state_changed, timeout=5000) as sig:
        review.add_event(other, "submitted", "Jemand Anderes")
    assert sig.args == ["in_review"]
    assert panel.history.topLevelItem(0).text(2) == "Jemand Anderes"


def test_approving_ones_own_article_warns_first_by_default(panel):
    """review.self_approval = "warn": the first Approve only warns, the second approves."""
    assert "with a warning" in panel.four_eyes_label.text()
    panel.set_user("Ben Autor")
    assert panel.act("submitted")
    panel.set_user("  ben autor ")  # the same person, as typed another day
    assert panel.buttons["approved"].isEnabled()
    assert not panel.act("approved")
    assert "Warning" in panel.message.text()
    assert panel.buttons["approved"].text() == "Approve anyway"
    assert panel.status.state == "in_review"
    assert panel.act("approved")
    assert panel.status.state == "approved"
    assert panel.status.events[-1].extra == {"self_approval": True}
    assert panel.buttons["approved"].text() == "Approve"


def test_another_reviewer_approves_without_warning(panel):
    panel.set_user("Ben Autor")
    assert panel.act("submitted")
    panel.set_user("Anna Prüferin")
    assert panel.act("approved")
    assert "self_approval" not in panel.status.events[-1].extra


def test_forbid_disables_approve_for_the_submitter(qtbot, workspace):
    from editor.model.config import replace

    p = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.status_ready, timeout=5000):
        p.set_article(make_article(workspace),
                      replace(workspace.config, self_approval="forbid"))
    assert "not allowed" in p.four_eyes_label.text()
    p.set_user("Ben Autor")
    assert p.act("submitted")
    assert not p.buttons["approved"].isEnabled()
    assert "someone else" in p.buttons["approved"].toolTip()
    assert not p.act("approved")
    assert "someone else must approve" in p.message.text()
    assert p.status.state == "in_review"
    p.set_user("Anna Prüferin")
    assert p.buttons["approved"].isEnabled()
    assert p.act("approved")
    assert p.status.state == "approved"
