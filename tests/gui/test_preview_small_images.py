"""The preview's web engine loads a smaller copy of a large photo, not the original: it
decodes what it loads at full size (a 2400 x 1600 original would be 15 MiB in the
renderer process), and the copy sized for the preview column is a fraction of that."""

from __future__ import annotations

import json

import pytest
from PIL import Image

pytest.importorskip("PySide6.QtWebEngineWidgets")

from editor.gui.preview import PreviewPanel
from editor.gui.preview.web import WORLD
from editor.model.article import Photo


def run_js(qtbot, panel: PreviewPanel, script: str, timeout: int = 5000):
    box: list = []
    panel.page.runJavaScript(f"JSON.stringify(eval({json.dumps(script)}))", WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return None if box[0] in (None, "", "undefined") else json.loads(box[0])


def test_preview_loads_a_small_copy_of_a_large_photo(qtbot, workspace) -> None:
    art = workspace.create_article("Groß", lead="Ein großes Foto.",
                                   body="Text.\n\n![Ein Foto](photo:gross)\n\nMehr Text.\n")
    (art.folder / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (2400, 1600), (30, 90, 200)).save(art.folder / "photos" / "gross.jpg")
    art.photos = [Photo(id="gross", file="photos/gross.jpg", caption="Blau", alt="Blau",
                        creator="A. Fotograf", credit="Stadt", copyright="© Stadt")]
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    with qtbot.waitSignal(panel.rendered, timeout=15000):
        panel.set_article(art, workspace.config)
    run_js(qtbot, panel, "document.querySelector('.article-body img').scrollIntoView()")
    qtbot.waitUntil(lambda: (run_js(qtbot, panel, "document.querySelector("
                                    "'.article-body img').naturalWidth") or 0) > 0,
                    timeout=10000)
    src = run_js(qtbot, panel, "document.querySelector('.article-body img').currentSrc")
    assert "/.newsdesk/preview/" in src, src
    assert src.endswith(("-480.jpg", "-960.jpg"))  # the column at 1x or 2x, not the 2400
    assert not panel.interceptor.blocked
