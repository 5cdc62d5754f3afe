"""The live preview reloads when the workspace's page frame (templates/frame.html) is
created, edited (in place or by an editor's save-by-rename), broken or removed, without
any change to the article."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from editor.gui.preview import PreviewPanel
from editor.gui.preview.frame_watch import FrameWatcher, workspace_of
from editor.gui.preview.web import WORLD

FRAME = ('{% extends "article.html" %}\n{% block header %}\n'
         '<header class="site-header" aria-label="Kopf"><p id="frame-mark">{{ mark }}</p>'
         '</header>\n{% endblock %}\n')


def frame_text(mark: str) -> str:
    return FRAME.replace("{{ mark }}", mark)


def run_js(qtbot, panel: PreviewPanel, script: str):
    box: list = []
    panel.page.runJavaScript(script, WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def mark(qtbot, panel: PreviewPanel):
    return run_js(qtbot, panel, "(document.getElementById('frame-mark') || {}).textContent"
                                " || ''")


@pytest.fixture
def article(workspace):
    return workspace.create_article("Rahmen", lead="Ein Test.", body="Ein Absatz.\n")


@pytest.fixture
def panel(qtbot, workspace, article):
    view = PreviewPanel()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.set_article(article, workspace.config)
    return view


def test_preview_follows_the_frame_file(qtbot, panel, workspace) -> None:
    assert mark(qtbot, panel) == ""
    templates = workspace.root / "templates"
    templates.mkdir()
    frame = templates / "frame.html"
    with qtbot.waitSignal(panel.rendered, timeout=15000):  # created
        frame.write_text(frame_text("eins"), encoding="utf-8")
    assert mark(qtbot, panel) == "eins"
    with qtbot.waitSignal(panel.rendered, timeout=15000), \
            open(frame, "w", encoding="utf-8") as handle:  # edited in place
        handle.write(frame_text("zwei"))
    assert mark(qtbot, panel) == "zwei"
    for text in ("drei", "vier"):  # saved by rename, twice (the watcher must follow)
        temporary = templates / ".frame.html.tmp"
        temporary.write_text(frame_text(text), encoding="utf-8")
        with qtbot.waitSignal(panel.rendered, timeout=15000):
            os.replace(temporary, frame)
        assert mark(qtbot, panel) == text
    with qtbot.waitSignal(panel.render_failed, timeout=15000):  # broken: reported
        frame.write_text('{% extends "article.html" %}\n{% if %}\n', encoding="utf-8")
    assert "templates/frame.html, line 2: " in panel.failure
    with qtbot.waitSignal(panel.rendered, timeout=15000):  # repaired
        frame.write_text(frame_text("fünf"), encoding="utf-8")
    assert mark(qtbot, panel) == "fünf" and not panel.failure
    with qtbot.waitSignal(panel.rendered, timeout=15000):  # removed: the built-in page
        frame.unlink()
    assert mark(qtbot, panel) == ""


def test_watcher_ignores_other_files_of_the_workspace(qtbot, workspace, article) -> None:
    watcher = FrameWatcher(settle_ms=10)
    root = workspace_of(article.folder)
    assert root == workspace.root
    assert workspace_of(workspace.root / "elsewhere" / "x") is None
    watcher.set_workspace(root)
    (workspace.root / "dictionary.txt").write_text("Rathaus\n", encoding="utf-8")
    with qtbot.assertNotEmitted(watcher.frame_changed, wait=300):
        pass
    assert watcher.check() is False
    (workspace.root / "templates").mkdir()
    (workspace.root / "templates" / "frame.html").write_text(frame_text("x"), encoding="utf-8")
    with qtbot.waitSignal(watcher.frame_changed, timeout=3000):
        pass
    assert str(workspace.root / "templates" / "frame.html") in watcher.watched()
    watcher.set_workspace(None)
    assert watcher.watched() == []
