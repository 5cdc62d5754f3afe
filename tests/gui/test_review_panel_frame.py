"""The review panel refuses an approval while the workspace's page frame is broken (export
would refuse the page), and names the frame's file and line; a repaired frame approves."""

from __future__ import annotations

from editor.gui.review import ReviewPanel
from tests.model.test_review import make_article


def test_approval_refused_while_the_frame_is_broken(qtbot, workspace):
    panel = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(panel)
    article = make_article(workspace)
    with qtbot.waitSignal(panel.status_ready, timeout=5000):
        panel.set_article(article, workspace.config)
    panel.set_user("Ben Autor")
    assert panel.act("submitted")
    frame = workspace.root / "templates" / "frame.html"
    frame.parent.mkdir()
    frame.write_text('{% extends "article.html" %}\n\n{% block footer %}{{ }}{% endblock %}\n',
                     encoding="utf-8")
    panel.set_user("Anna")
    assert not panel.act("approved")
    assert panel.status.state == "in_review"
    text = panel.message.text()
    assert "fix these problems first" in text and "frame.html, line 3" in text
    assert panel.act("comment") is False  # an empty comment: unrelated to the frame
    frame.write_text('{% extends "article.html" %}\n', encoding="utf-8")
    assert panel.act("approved")
    assert panel.status.state == "approved"
