"""Save preview as PDF: the file is written and its footer names state and short hash."""

from __future__ import annotations

import pytest

from editor.gui.review import ReviewPanel
from editor.gui.review.pdf import FOOTER_MARK, HAS_FOOTER, WORLD
from editor.model.contenthash import content_hash, short
from tests.model.test_review import make_article

QtWebEngineCore = pytest.importorskip("PySide6.QtWebEngineCore")
QtPdf = pytest.importorskip("PySide6.QtPdf")


def pdf_pages(path) -> list[str]:
    doc = QtPdf.QPdfDocument()
    assert doc.load(str(path)) == QtPdf.QPdfDocument.Error.None_
    pages = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    return pages


@pytest.mark.timeout(60)
def test_save_pdf_writes_footer_with_hash(qtbot, workspace, tmp_path):
    article = make_article(workspace)
    panel = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.status_ready, timeout=5000):
        panel.set_article(article, workspace.config)
    page = QtWebEngineCore.QWebEnginePage()
    with qtbot.waitSignal(page.loadFinished, timeout=30000):
        page.setHtml("<html><body><h1>Stadtrat beschließt Haushalt</h1>"
                     + "<p>Ein Absatz.</p>" * 150 + "</body></html>")
    target = tmp_path / "sign-off.pdf"
    with qtbot.waitSignal(panel.pdf_saved, timeout=30000) as sig:
        assert panel.save_pdf(page, target)
    assert sig.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(target)
    assert len(pages) > 1
    assert all(short(content_hash(article)) in text for text in pages)  # on every page
    text = "\n".join(pages)
    assert "Draft" in text and "Haushalt" in text
    assert all(f"Page {i} of {len(pages)}" in t for i, t in enumerate(pages, start=1))
    # The footer was only for printing: it is gone from the page afterwards.
    with qtbot.waitCallback(timeout=10000) as cb:
        page.runJavaScript(HAS_FOOTER % {"mark": FOOTER_MARK}, WORLD, cb)
    assert cb.args == [False]


def footer_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "Prüfstatus" in line or "Seite " in line]


@pytest.mark.timeout(120)
def test_every_page_of_the_preview_pdf_has_the_footer_in_german(qtbot, workspace, tmp_path):
    """The real preview page (its own JavaScript switched off) printed in a German
    interface: state, short hash, date and "Seite x von y" at the foot of every page."""
    import dataclasses
    import datetime as dt

    from PySide6.QtCore import QLocale

    from editor.gui.preview import PreviewPanel

    article = make_article(workspace, title='Haushalt "2027" \\ } @page {')
    long = dataclasses.replace(article, body="".join(
        f"## Abschnitt {i}\n\n" + "Ein langer Absatz über den Haushalt. " * 20 + "\n\n"
        for i in range(12)))
    review = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.status_ready, timeout=5000):
        review.set_article(long, workspace.config)
    preview = PreviewPanel()
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        preview.set_article(long, workspace.config)
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        target = tmp_path / "freigabe.pdf"
        with qtbot.waitSignal(review.pdf_saved, timeout=30000):
            assert review.save_pdf(preview.page, target)
    finally:
        QLocale.setDefault(before)
    pages = pdf_pages(target)
    n = len(pages)
    assert n > 1
    today = dt.date.today().strftime("%d.%m.%Y")
    chash = short(content_hash(long))
    for i, text in enumerate(pages, start=1):
        foot = " ".join(footer_lines(text))
        assert f"Seite {i} von {n}" in foot, (i, foot)
        assert "Prüfstatus: Entwurf" in foot and chash in foot and today in foot, foot
        assert 'Haushalt "2027"' in foot  # the title, quotes and all, did not break the CSS
    assert "Ein langer Absatz" in pages[-1]


def test_pdf_button_uses_page_provider(qtbot, workspace, tmp_path):
    panel = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.status_ready, timeout=5000):
        panel.set_article(make_article(workspace), workspace.config)
    assert not panel.pdf_button.isEnabled()
    calls = []
    panel._ask_pdf_path = lambda parent: str(tmp_path / "x.pdf")
    panel.save_pdf = lambda page, path: calls.append((page, path)) or True
    panel.set_page_provider(lambda: "PAGE")
    assert panel.pdf_button.isEnabled()
    panel.pdf_button.click()
    assert calls == [("PAGE", str(tmp_path / "x.pdf"))]


def test_page_provider_may_be_the_page_itself(qtbot, workspace, tmp_path):
    panel = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.status_ready, timeout=5000):
        panel.set_article(make_article(workspace), workspace.config)
    page = QtWebEngineCore.QWebEnginePage()
    calls = []
    panel._ask_pdf_path = lambda parent: str(tmp_path / "y.pdf")
    panel.save_pdf = lambda p, path: calls.append(p) or True
    panel.set_page_provider(page)
    panel.pdf_button.click()
    assert calls == [page]


@pytest.mark.timeout(120)
def test_pdf_of_the_preview_waits_for_the_newest_text(qtbot, workspace, tmp_path):
    """The preview renders in the sandbox; the PDF shows the text just typed, never an
    older page, and a text that cannot be rendered gives no PDF at all."""
    import dataclasses

    from editor.gui.preview import PreviewPanel
    from editor.render.sandbox import RenderLimits

    article = make_article(workspace)
    review = ReviewPanel(ask_name=lambda parent: None)
    qtbot.addWidget(review)
    with qtbot.waitSignal(review.status_ready, timeout=5000):
        review.set_article(article, workspace.config)
    preview = PreviewPanel()
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitSignal(preview.rendered, timeout=15000):
        preview.set_article(article, workspace.config)
    # an edit still on its way to the page: the printer waits for it
    preview.update_article(dataclasses.replace(article, body="Ganz neuer Absatz.\n"))
    target = tmp_path / "neu.pdf"
    with qtbot.waitSignal(review.pdf_saved, timeout=30000):
        assert review.save_pdf(preview.page, target)
    text = "\n".join(pdf_pages(target))
    assert "Ganz neuer Absatz." in text
    # the newest text runs into the time limit: the page shows an older text, no PDF
    preview.limits = RenderLimits(timeout=1.0)
    with qtbot.waitSignal(preview.render_failed, timeout=15000):
        preview.update_article(dataclasses.replace(article, body="[" * 20000))
    stale = tmp_path / "alt.pdf"
    with qtbot.waitSignal(review.pdf_failed, timeout=10000):
        review.save_pdf(preview.page, stale)
    assert not stale.exists()


def test_pdf_printer_gives_up_on_a_page_that_stays_stale(qtbot, tmp_path):
    from editor.gui.review.pdf import CURRENT, PdfPrinter

    printer = PdfPrinter()
    printer.wait_limit = 0.3
    page = QtWebEngineCore.QWebEnginePage()
    page.setProperty(CURRENT, False)
    with qtbot.waitSignal(printer.finished, timeout=5000) as sig:
        assert printer.print(page, tmp_path / "x.pdf", "Fuß")
    assert sig.args == [str(tmp_path / "x.pdf"), False]
    assert not printer.busy
