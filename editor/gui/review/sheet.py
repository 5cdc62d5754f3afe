"""A review PDF (sign-off sheet) without the window: ``newsdesk review pdf``.

The same path as "Save preview as PDF" in the app: the page is rendered in the render
sandbox (editor.render.isolated, limits from newsdesk.toml), shown in the preview's
locked-down web page (no page JavaScript, no network, only the article's own files) and
printed by :class:`PdfPrinter` with the same footer. Qt is imported by this module only,
which the command line imports when it is asked for a PDF; without a display Qt runs
offscreen (``QT_QPA_PLATFORM=offscreen``)."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import tempfile
from pathlib import Path

from editor import resources
from editor.model import review
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.contenthash import short
from editor.model.errors import NewsdeskError
from editor.render import PreviewImages, render_isolated

LOAD_TIMEOUT_MS = 60_000


class SheetError(NewsdeskError):
    """The page could not be loaded or printed."""


def prepare_environment() -> None:
    """Before the QApplication exists: offscreen without a display; Chromium as in the app
    (no GPU; no sandbox for root, which it refuses: the page runs no script)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def write_review_pdf(article: Article, config: SiteConfig, target: Path,
                     language: str) -> Path:
    """Render ``article`` and print it to ``target`` (replaced only when complete).
    Raises RenderError when the article cannot be rendered, SheetError when the page
    cannot be loaded or printed."""
    prepare_environment()
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    from editor.gui.review.footer import footer_text

    status = review.status(article)
    base = QUrl.fromLocalFile(str(article.folder)).toString().rstrip("/") + "/"
    css = QUrl.fromLocalFile(str(resources.path("css/article.css"))).toString()
    html, _body = render_isolated(article, config, PreviewImages(article, base), css_href=css)
    footer = footer_text(article.title, status.state, short(status.content_hash), language)

    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
    else:
        app = QApplication.instance()
    from editor.gui.preview.web import PreviewPage, make_profile
    from editor.gui.review.pdf import PdfPrinter

    target = Path(target)
    # An ordinary file (the umask applies), not mkstemp's private 0600. The umask is not
    # read by setting it: that is process-wide, and a file another thread made meanwhile
    # would be writable by everyone.
    partial = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    profile = make_profile(app)
    page = PreviewPage(profile)
    printer = PdfPrinter(page)
    outcome: dict[str, bool] = {}
    loop = QEventLoop()
    timer = QTimer(singleShot=True)
    timer.timeout.connect(loop.quit)
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-sheet-") as spill_dir:
            page.loadFinished.connect(lambda ok: (outcome.setdefault("loaded", ok), loop.quit()))
            page.show_page(html, base, Path(spill_dir) / "sheet.html")
            timer.start(LOAD_TIMEOUT_MS)
            if "loaded" not in outcome:
                loop.exec()
            if not outcome.get("loaded"):
                raise SheetError("the rendered page could not be loaded", article.path)
            printer.finished.connect(lambda _p, ok: (outcome.setdefault("printed", ok),
                                                     loop.quit()))
            printer.print(page, partial, footer, language)
            timer.start(LOAD_TIMEOUT_MS)
            if "printed" not in outcome:
                loop.exec()
        if not outcome.get("printed") or partial.stat().st_size == 0:
            raise SheetError("the PDF could not be written", target)
        os.replace(partial, target)
    finally:
        timer.stop()
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        # the page before its profile (Qt warns otherwise); both now, not at the next loop
        shiboken6.delete(page)
        shiboken6.delete(profile)
    return target
