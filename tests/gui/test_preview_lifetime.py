"""The preview's web objects across panels: one profile for the app's life, never deleted
while a page uses it, and each page limited to its own article's folder.

The test suite crashed once in four runs inside a preview test while waiting for the page
to render: pytest-qt deletes the previous test's panel with deleteLater, so its page and
(then) its own profile were torn down inside the next test's event loop, while a new page
was loading. These tests make that happen on purpose, many times."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QEventLoop, QTimer, QUrl

pytest.importorskip("PySide6.QtWebEngineWidgets")

from editor.gui.preview import PreviewPanel
from editor.gui.preview.web import WORLD, preview_profile
from editor.model.article import Photo


def _article(workspace, title: str, colour: tuple[int, int, int]):
    art = workspace.create_article(title, lead="Ein Test.", body=f"Text von {title}.\n\n"
                                   "![](photo:bild)\n")
    (art.folder / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (40, 30), colour).save(art.folder / "photos" / "bild.jpg")
    art.photos = [Photo(id="bild", file="photos/bild.jpg", caption="Bild", alt="Ein Bild",
                        creator="A", credit="B", copyright="© C")]
    return art


def _js(qtbot, panel: PreviewPanel, script: str):
    box: list = []
    panel.page.runJavaScript(f"JSON.stringify(eval({json.dumps(script)}))", WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return None if box[0] in (None, "", "undefined") else json.loads(box[0])


def _new_panel(qtbot, article, config, keep: bool = True) -> PreviewPanel:
    """A shown panel that rendered ``article``; ``keep``: pytest-qt deletes it after the
    test (otherwise the test does)."""
    panel = PreviewPanel()
    if keep:
        qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    with qtbot.waitSignal(panel.rendered, timeout=20000):
        panel.set_article(article, config)
    return panel


def test_every_panel_uses_the_one_profile_and_it_outlives_them(qtbot, workspace) -> None:
    article = _article(workspace, "Eins", (200, 30, 30))
    first = _new_panel(qtbot, article, workspace.config, keep=False)
    profile = first.page.profile()
    assert profile is preview_profile()
    # the profile is nobody's child: no page, view or panel takes it down with itself
    assert profile.parent() is None
    gone: list[int] = []
    first.page.destroyed.connect(lambda *_: gone.append(1))
    first.close()
    first.deleteLater()
    second = _new_panel(qtbot, article, workspace.config)  # deletes the first meanwhile
    assert gone, "the first page should have been deleted by the second panel's load"
    assert shiboken6.isValid(profile)
    assert second.page.profile() is profile
    assert _js(qtbot, second, "document.querySelector('h1').textContent") == "Eins"


def test_panels_deleted_while_others_load_never_crash(qtbot, workspace) -> None:
    """What pytest-qt does between tests, at every moment of a page load: close and
    deleteLater the old panel, then let a new one load (a crash ends the whole run)."""
    article = _article(workspace, "Zwei", (30, 200, 30))
    old = _new_panel(qtbot, article, workspace.config, keep=False)
    for i in range(12):
        old.close()
        old.deleteLater()
        panel = PreviewPanel()
        panel.show()
        panel.set_article(article, workspace.config)
        if i % 3 == 2:  # the old one goes while the new page renders or loads
            loop = QEventLoop()
            QTimer.singleShot(20 * i, loop.quit)
            loop.exec()
        else:
            with qtbot.waitSignal(panel.rendered, timeout=20000):
                pass
        old = panel
    qtbot.addWidget(old)
    with qtbot.waitSignal(old.rendered, timeout=20000):
        old.set_article(article, workspace.config)
    assert _js(qtbot, old, "document.querySelector('h1').textContent") == "Zwei"
    assert shiboken6.isValid(preview_profile())


def test_each_page_reaches_only_its_own_articles_folder(qtbot, workspace) -> None:
    """The profile is shared, so the folder limit is the page's own interceptor."""
    red, green = _article(workspace, "Rot", (200, 30, 30)), _article(workspace, "Gruen",
                                                                      (30, 200, 30))
    a = _new_panel(qtbot, red, workspace.config)
    b = _new_panel(qtbot, green, workspace.config)
    assert a.interceptor is not b.interceptor
    own = QUrl.fromLocalFile(str(red.folder / "photos" / "bild.jpg"))
    other = QUrl.fromLocalFile(str(green.folder / "photos" / "bild.jpg"))
    assert a.interceptor.allows(own) and not a.interceptor.allows(other)
    assert b.interceptor.allows(other) and not b.interceptor.allows(own)
    # in the page: B's photo put into A's page does not load, A's own does
    a.interceptor.blocked.clear()
    script = (f"var i = document.createElement('img'); i.id = 'x'; i.src = "
              f"{json.dumps(other.toString())}; document.body.appendChild(i); "
              f"var j = document.createElement('img'); j.id = 'y'; j.src = "
              f"{json.dumps(own.toString())}; document.body.appendChild(j); 1")
    _js(qtbot, a, script)
    qtbot.waitUntil(lambda: _js(qtbot, a, "document.getElementById('y').naturalWidth") == 40,
                    timeout=5000)
    assert _js(qtbot, a, "document.getElementById('x').naturalWidth") == 0
    qtbot.waitUntil(lambda: any(u.endswith("bild.jpg") and "gruen" in u.lower()
                                for u in a.interceptor.blocked), timeout=5000)
    assert not b.interceptor.blocked
