"""Live preview: the DOM shows the rendered page, updates patch only changed blocks,
clicks and scrolling map to source lines, and nothing leaves the article's folder."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PIL import Image
from PySide6.QtCore import QTimer

pytest.importorskip("PySide6.QtWebEngineWidgets")

from editor.gui.preview import PreviewPanel
from editor.gui.preview.web import WORLD
from editor.model.article import Photo
from editor.render.sandbox import RenderLimits

BODY = ("## Erster Abschnitt\n\nDer erste Absatz.\n\nDer zweite Absatz.\n\n"
        "![Ein Foto](photo:bild)\n\n## Zweiter Abschnitt\n\nDer dritte Absatz.\n")


def run_js(qtbot, panel: PreviewPanel, script: str, timeout: int = 5000):
    """Run ``script`` in the preview's isolated world; its value, through JSON."""
    box: list = []
    panel.page.runJavaScript(f"JSON.stringify(eval({json.dumps(script)}))", WORLD, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    return None if box[0] in (None, "", "undefined") else json.loads(box[0])


@pytest.fixture
def article(workspace):
    art = workspace.create_article("Vorschau", lead="Ein Test.", body=BODY)
    photos = art.folder / "photos"
    photos.mkdir(exist_ok=True)
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photos / "bild.jpg")
    art.photos = [Photo(id="bild", file="photos/bild.jpg", caption="Rot", alt="Rotes Bild",
                        creator="A. Fotograf", credit="Stadt", copyright="© Stadt")]
    return art


@pytest.fixture
def panel(qtbot, workspace, article):
    view = PreviewPanel()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.set_article(article, workspace.config)
    return view


def edited(article, body: str):
    return dataclasses.replace(article, body=body)


def test_shows_the_rendered_page(qtbot, panel, article, workspace) -> None:
    from editor.render import PreviewImages, render_page

    title = run_js(qtbot, panel, "document.querySelector('h1').textContent")
    assert title == "Vorschau"
    lines = run_js(qtbot, panel, "Array.from(document.querySelectorAll('.article-body > "
                                 "[data-line]')).map(e => +e.dataset.line)")
    assert lines == [1, 3, 5, 7, 9, 11]
    # the photo loaded from the article folder (naturalWidth follows srcset/sizes)
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "document.querySelector('figure img')"
                                   ".naturalWidth") > 0, timeout=5000)
    assert not panel.interceptor.blocked
    # the DOM body is the one render_page produced
    base = panel._job_for(article, full=True).base_url
    page = render_page(article, workspace.config, PreviewImages(article, base_url=base),
                       css_href=panel._job_for(article, full=True).css_href)
    assert 'class="article-body"' in page
    assert run_js(qtbot, panel, "document.title") in page


def test_update_patches_only_changed_blocks(qtbot, panel, article) -> None:
    # mark the unchanged blocks with JavaScript properties
    run_js(qtbot, panel, "document.querySelectorAll('.article-body > *').forEach("
                         "(e, i) => e.__mark = i); 1")
    new_body = BODY.replace("Der zweite Absatz.", "Der geänderte zweite Absatz.")
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, new_body))
    texts = run_js(qtbot, panel, "Array.from(document.querySelectorAll('.article-body > *'))"
                                 ".map(e => [e.textContent.trim(), e.__mark === undefined ? "
                                 "-1 : e.__mark])")
    assert ["Der geänderte zweite Absatz.", -1] in texts
    kept = [mark for _text, mark in texts if mark != -1]
    assert kept == [0, 1, 3, 4, 5]  # every other element is the same DOM node
    assert panel.patched_blocks == 1


def test_inserted_line_renumbers_following_blocks(qtbot, panel, article) -> None:
    new_body = "Ganz neu oben.\n\n" + BODY
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, new_body))
    lines = run_js(qtbot, panel, "Array.from(document.querySelectorAll('.article-body > "
                                 "[data-line]')).map(e => +e.dataset.line)")
    assert lines == [1, 3, 5, 7, 9, 11, 13]
    patched = run_js(qtbot, panel, "document.querySelector('.article-body').innerHTML")
    # a fresh load of the same text gives the same DOM
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.set_article(edited(article, new_body), panel._config)
    fresh = run_js(qtbot, panel, "document.querySelector('.article-body').innerHTML")
    assert " ".join(patched.split()) == " ".join(fresh.split())


def test_metadata_edit_reloads_and_keeps_scroll(qtbot, panel, article) -> None:
    long = BODY + "\n".join(f"\nAbsatz {n} mit etwas Text." for n in range(200))
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, long))
    run_js(qtbot, panel, "window.scrollTo(0, 1500); 1")
    qtbot.waitUntil(lambda: panel._scroll_y >= 1400, timeout=3000)
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(dataclasses.replace(article, body=long, title="Neuer Titel"))
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Neuer Titel"
    assert run_js(qtbot, panel, "window.scrollY") >= 1400


def test_coalesces_rapid_edits(qtbot, panel, article) -> None:
    count = []
    panel.rendered.connect(lambda: count.append(1))
    for n in range(30):
        panel.update_article(edited(article, BODY + f"\nZeile {n}\n"))
    qtbot.waitUntil(panel.is_idle, timeout=10000)
    assert len(count) < 30
    text = run_js(qtbot, panel, "document.querySelector('.article-body').textContent")
    assert "Zeile 29" in text and "Zeile 28" not in text


def test_click_reports_source_line(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "!!window.__newsdesk") is True)
    # wait for the channel to connect: a click before that cannot be reported
    qtbot.wait(300)
    with qtbot.waitSignal(panel.line_clicked, timeout=5000) as blocker:
        run_js(qtbot, panel, "document.querySelectorAll('.article-body > p')[1].click(); 1")
    assert blocker.args == [5]


def test_scroll_to_line_and_top_line(qtbot, panel, article) -> None:
    long = BODY + "\n".join(f"\nAbsatz {n} mit etwas Text." for n in range(200))
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, long))
    panel.scroll_to_line(300, force=True)
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "window.scrollY") > 1000, timeout=3000)
    top = run_js(qtbot, panel, "__newsdesk.topLine()")
    assert 200 < top <= 300
    qtbot.wait(300)  # programmatic scrolling is not echoed back
    with qtbot.waitSignal(panel.top_line_changed, timeout=5000) as blocker:
        run_js(qtbot, panel, "window.scrollTo(0, 0); 1")
    assert blocker.args[0] <= 3


def test_script_in_body_does_not_run(qtbot, panel, article) -> None:
    hostile = BODY + ('\n<script>document.title = "pwned"</script>\n\n'
                      '<img src="x" onerror="document.title=\'pwned\'">\n\n'
                      '[klick](javascript:document.title="pwned")\n')
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, hostile))
    qtbot.wait(300)
    assert run_js(qtbot, panel, "document.title") != "pwned"
    assert run_js(qtbot, panel, "document.querySelectorAll('script:not([type])').length") == 0
    # even a script element put into the DOM does not run in the page's own world
    html = ('<html><body><script>document.title="pwned"</script>'
            '<img src="nope" onerror="document.title=\'pwned\'"></body></html>')
    with qtbot.waitSignal(panel.page.loadFinished, timeout=5000):
        panel.page.setHtml(html, panel.page.url())
    qtbot.wait(300)
    assert run_js(qtbot, panel, "document.title") != "pwned"


def test_interceptor_blocks_remote_and_outside_files(qtbot, panel, article, tmp_path) -> None:
    outside = tmp_path / "outside.png"
    Image.new("RGB", (10, 10)).save(outside)
    inside = article.folder / "photos" / "bild.jpg"
    icpt = panel.interceptor
    from PySide6.QtCore import QUrl

    assert icpt.allows(QUrl.fromLocalFile(str(inside)))
    assert not icpt.allows(QUrl.fromLocalFile(str(outside)))
    assert not icpt.allows(QUrl("https://example.org/x.png"))
    assert not icpt.allows(QUrl.fromLocalFile(str(article.folder / ".." / "x.png")))
    link = article.folder / "photos" / "link.png"
    link.symlink_to(outside)
    assert not icpt.allows(QUrl.fromLocalFile(str(link)))
    # in the page: a document without CSP and remote access switched back on, so only
    # the interceptor stands in the way
    from PySide6.QtWebEngineCore import QWebEngineSettings

    panel.page.settings().setAttribute(
        QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    html = (f'<html><body><img id="in" src="{QUrl.fromLocalFile(str(inside)).toString()}">'
            f'<img id="out" src="{QUrl.fromLocalFile(str(outside)).toString()}">'
            '<img id="web" src="http://example.org/x.png"></body></html>')
    icpt.blocked.clear()
    with qtbot.waitSignal(panel.page.loadFinished, timeout=5000):
        panel.page.setHtml(html, QUrl.fromLocalFile(str(article.folder) + "/"))
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "document.getElementById('in')"
                                   ".naturalWidth") == 64, timeout=5000)
    assert run_js(qtbot, panel, "document.getElementById('out').naturalWidth") == 0
    assert run_js(qtbot, panel, "document.getElementById('web').naturalWidth") == 0
    blocked = list(icpt.blocked)
    assert any(u.startswith("http://example.org") for u in blocked)
    assert any(u.endswith("outside.png") for u in blocked)


def test_links_do_not_navigate(qtbot, panel, article) -> None:
    body = BODY + "\n[Website](https://example.org/seite)\n"
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(edited(article, body))
    url = panel.page.url().toString()
    qtbot.wait(300)
    run_js(qtbot, panel, "document.querySelector('.article-body a').click(); 1")
    qtbot.waitUntil(lambda: "example.org/seite" in panel.info.text(), timeout=3000)
    qtbot.wait(200)
    assert panel.page.url().toString() == url
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Vorschau"


def test_width_toggle(qtbot, panel) -> None:
    modes = []
    panel.width_mode_changed.connect(modes.append)
    panel.mobile_button.click()
    assert panel.width_mode() == "mobile" and modes == ["mobile"]
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "window.innerWidth") <= 400, timeout=3000)
    panel.set_width_mode("desktop")
    assert panel.desktop_button.isChecked()
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "window.innerWidth") > 600, timeout=3000)


def test_pathological_input_shows_failure_and_recovers(qtbot, panel, article) -> None:
    panel.limits = RenderLimits(timeout=1.5)
    ticks = []
    beat = QTimer(interval=10)
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start()
    with qtbot.waitSignal(panel.render_failed, timeout=15000) as blocker:
        panel.update_article(edited(article, "[" * 20000))
    beat.stop()
    assert "took too long" in blocker.args[0]
    # the window kept working while the render process ran into its time limit
    assert len(ticks) >= 20
    assert panel.banner.isVisible()
    assert "takes too long" in panel.banner.text()
    # the old page stays; a good text renders again
    with qtbot.waitSignal(panel.rendered, timeout=10000):
        panel.update_article(edited(article, BODY + "\nWieder gut.\n"))
    assert not panel.banner.isVisible()
    assert "Wieder gut." in run_js(qtbot, panel, "document.body.textContent")


def test_deeply_nested_list_fails_cleanly(qtbot, panel, article) -> None:
    panel.limits = RenderLimits(timeout=3.0)
    nested = "".join("    " * depth + "- x\n" for depth in range(1000))
    with qtbot.waitSignal(panel.render_failed, timeout=15000):
        panel.update_article(edited(article, nested))
    assert panel.banner.isVisible()


def test_article_that_fails_on_opening_loads_once_fixed(qtbot, workspace, article) -> None:
    view = PreviewPanel()
    qtbot.addWidget(view)
    view.limits = RenderLimits(timeout=3.0)
    view.show()
    nested = "".join("    " * depth + "- x\n" for depth in range(1000))
    with qtbot.waitSignal(view.render_failed, timeout=15000):
        view.set_article(edited(article, nested), workspace.config)
    with qtbot.waitSignal(view.rendered, timeout=10000):
        view.update_article(edited(article, BODY))
    assert run_js(qtbot, view, "document.querySelectorAll('.article-body > *').length") == 6


def test_patched_dom_equals_render_page(qtbot, sample_workspace) -> None:
    """After edits (patches and reloads), the preview shows what render_page produces."""
    from editor.model.article import load_article
    from editor.model.workspace import Workspace
    from editor.render import render_page
    from editor.render.preview_images import ScaledPreviewImages

    ws = Workspace.open(sample_workspace)
    article = load_article(ws.find("stadtbibliothek-oeffnet-nach-der-sanierung-wieder"))
    # the lead photo moves to the page header: the body's first image loads lazily again
    article = edited(article, article.body.replace("![](photo:fassade)", "Fassade."))
    view = PreviewPanel()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.set_article(article, ws.config)
    body = article.body
    for old, new in (("Sanierung", "Renovierung"), ("## ", "### "),
                     ("Fassade.", "Fassade.\n\nNeuer Absatz\nüber zwei Zeilen."),
                     ("![](photo:lesesaal)", "![Der neue Lesesaal](photo:lesesaal)")):
        body = body.replace(old, new, 1)
        with qtbot.waitSignal(view.rendered, timeout=5000):
            view.update_article(edited(article, body))
    assert view.patched_blocks >= 1
    final = edited(article, body)
    job = view._job_for(final, full=True)
    # the preview's image source: the originals and smaller copies of the large ones
    page = render_page(final, ws.config, ScaledPreviewImages(final, base_url=job.base_url),
                       css_href=job.css_href)
    same = run_js(qtbot, view, f"""(function () {{
        const want = new DOMParser().parseFromString({json.dumps(page)}, "text/html");
        const norm = s => s.replace(/\\s+/g, " ");
        return [norm(want.querySelector("main").innerHTML)
                === norm(document.querySelector("main").innerHTML),
                want.title === document.title];
    }})()""")
    assert same == [True, True]
    lazy = run_js(qtbot, view, "Array.from(document.querySelectorAll('.article-body img'))"
                               ".map(i => i.getAttribute('loading'))")
    assert lazy and lazy[0] == "lazy"


def test_very_long_page_loads_from_a_file(qtbot, panel, article, monkeypatch) -> None:
    from editor.gui.preview import web

    monkeypatch.setattr(web, "SET_HTML_LIMIT", 1000)  # every page counts as very long
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(dataclasses.replace(article, title="Aus der Datei"))
    spill = article.folder / ".newsdesk" / "preview.html"
    assert spill.is_file()
    assert panel.page.url().toLocalFile() == str(spill)
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Aus der Datei"
    qtbot.waitUntil(lambda: run_js(qtbot, panel, "document.querySelector('figure img')"
                                   ".naturalWidth") > 0, timeout=5000)
    with qtbot.waitSignal(panel.rendered, timeout=5000):  # patches work there too
        panel.update_article(dataclasses.replace(article, title="Aus der Datei",
                                                 body=BODY + "\nNachtrag.\n"))
    assert "Nachtrag." in run_js(qtbot, panel, "document.body.textContent")


def test_renders_in_a_worker_process_with_its_block_cache(qtbot, panel, article) -> None:
    """The GUI process does no Markdown work; the worker keeps its incremental cache."""
    import os

    from editor.gui.preview import worker

    sandbox = worker.preview_sandbox()
    assert sandbox.pid is not None and sandbox.pid != os.getpid()
    starts = sandbox.starts
    long = BODY + "\n".join(f"\nAbsatz {n} mit **etwas** Text." for n in range(2000))
    with qtbot.waitSignal(panel.rendered, timeout=15000):
        panel.update_article(dataclasses.replace(article, title="Lang", body=long))
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Lang"
    assert "Absatz 1999" in run_js(qtbot, panel, "document.body.textContent")
    with qtbot.waitSignal(panel.rendered, timeout=5000):
        panel.update_article(dataclasses.replace(article, title="Lang", body=long + "x"))
    assert panel.patched_blocks == 1  # a patch, not a page load
    assert sandbox.starts == starts  # the same process served every render


def test_time_out_restarts_the_worker_and_previews_again(qtbot, panel, article) -> None:
    from editor.gui.preview import worker

    sandbox = worker.preview_sandbox()
    first = sandbox.pid
    panel.limits = RenderLimits(timeout=1.0)
    with qtbot.waitSignal(panel.render_failed, timeout=15000):
        panel.update_article(edited(article, "[" * 20000))
    with qtbot.waitSignal(panel.rendered, timeout=15000):
        panel.update_article(edited(article, BODY + "\nDanach.\n"))
    assert sandbox.pid not in (None, first)  # the stuck process was killed and replaced
    assert "Danach." in run_js(qtbot, panel, "document.body.textContent")


def test_switching_article_cancels_a_long_render(qtbot, panel, article, workspace) -> None:
    """A render of the old article that would run into a long limit is stopped at once."""
    panel.limits = RenderLimits(timeout=60.0)
    other = workspace.create_article("Anderer Artikel", lead="Kurz.", body="Nur ein Satz.\n")
    panel.update_article(edited(article, "[" * 20000))
    qtbot.wait(600)
    failed = []
    panel.render_failed.connect(failed.append)
    with qtbot.waitSignal(panel.rendered, timeout=15000):
        panel.set_article(other, workspace.config)
    assert run_js(qtbot, panel, "document.querySelector('h1').textContent") == "Anderer Artikel"
    assert not failed


def test_panel_deleted_while_rendering_and_loading(qtbot, workspace, article,
                                                  monkeypatch) -> None:
    """Deleting a panel mid-render or mid-load neither crashes nor calls the panel from
    the render thread (a queued slot of a deleted receiver runs in the sender's thread)."""
    import threading

    from PySide6.QtWidgets import QApplication

    from editor.gui.preview import panel as panel_module
    from editor.gui.preview import worker

    threads = []
    on_result = panel_module.PreviewPanel._on_result

    def recording(self, result):
        threads.append(threading.current_thread() is threading.main_thread())
        return on_result(self, result)

    monkeypatch.setattr(panel_module.PreviewPanel, "_on_result", recording)
    for delay in (0, 5, 30, 100, 200, 300):
        view = PreviewPanel()
        view.show()
        view.set_article(article, workspace.config)
        qtbot.wait(delay)
        view.update_article(edited(article, BODY + "\nNeu.\n"))
        view.deleteLater()
        del view
        qtbot.wait(50)
        QApplication.processEvents()
    # the shared worker still serves a new panel
    view = PreviewPanel()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.rendered, timeout=15000):
        view.set_article(article, workspace.config)
    assert worker.preview_sandbox().pid is not None
    assert threads and all(threads)
