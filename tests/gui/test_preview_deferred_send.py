"""A keystroke's handler only notes the edit: the preview's job (a copy of the text) is made
and sent on the next turn of the event loop, so the window's longest stall is the key's
own work or the send, not both; edits typed before that send one job, the newest text."""

# ruff: noqa: F811 (the fixtures imported from test_preview)
from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from .test_preview import BODY, article, edited, panel, run_js  # noqa: F401


def test_edit_is_sent_after_the_handler_returns(qtbot, panel, article):
    sent = []
    real = panel._dispatcher.send
    panel._dispatcher.send = lambda job, owner: (sent.append(job), real(job, owner))[1]
    panel.update_article(edited(article, BODY + "\nErste Zeile\n"))
    assert sent == [] and not panel.is_idle()  # nothing copied or sent inside the handler
    panel.update_article(edited(article, BODY + "\nZweite Zeile\n"))
    with qtbot.waitSignal(panel.rendered, timeout=10000):
        pass
    qtbot.waitUntil(panel.is_idle, timeout=10000)
    assert len(sent) == 1 and "Zweite Zeile" in sent[0].article.body
    assert not sent[0].full
    assert "Zweite Zeile" in run_js(qtbot, panel,
                                    "document.querySelector('.article-body').textContent")
    assert panel.page.property("newsdesk_current") is True


def test_edit_waiting_behind_a_render_goes_with_the_newest_text(qtbot, panel, article):
    sent, held = [], []
    real = panel._dispatcher.send
    panel._dispatcher.send = lambda job, owner: (sent.append(job), held.append(owner))
    current = edited(article, BODY + "\nA\n")
    panel.update_article(current)
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=5000)  # in flight (held here)
    current.body = BODY + "\nB\n"  # the document edits its article in place
    panel.update_article(current)
    current.body = BODY + "\nC\n"
    panel.update_article(current)
    qtbot.wait(50)
    assert len(sent) == 1  # one job at a time
    panel._dispatcher.send = lambda job, owner: (sent.append(job), real(job, owner))[1]
    real(sent[0], held[0])
    qtbot.waitUntil(panel.is_idle, timeout=10000)
    assert [j.article.body[-2] for j in sent] == ["A", "C"]
    assert sent[1].article is not current  # a copy the worker can read


def test_a_new_article_is_not_replaced_by_an_edit_waiting(qtbot, panel, article, workspace):
    other = workspace.create_article("Anderer Artikel", lead="Zwei.", body="Ganz anders.\n")
    panel.update_article(edited(article, BODY + "\nNoch nicht gesendet\n"))
    with qtbot.waitSignal(panel.rendered, timeout=15000):
        panel.set_article(other, workspace.config)
    qtbot.waitUntil(panel.is_idle, timeout=10000)
    text = run_js(qtbot, panel, "document.querySelector('.article-body').textContent")
    assert "Ganz anders." in text and "Noch nicht gesendet" not in text


def test_gui_thread_gets_the_interpreter_lock_back_within_a_millisecond(panel):
    """The render, autosave and journal threads run Python while the user types."""
    import sys

    assert sys.getswitchinterval() <= 0.001
