"""Save the rendered preview as a PDF for sign-off, with state, short hash and date in a
footer on every page.

The page printed is the preview's, which is rendered in the render sandbox with the time
and memory limits of newsdesk.toml (editor.gui.preview). The preview marks its page with
the dynamic property ``newsdesk_current``: False while a newer text is still being
rendered, or when the newest text could not be rendered (the page then shows an older
text). The printer waits for the current text and refuses a page that stays stale, so a
PDF never shows other text than the one the reviewer sees in the editor."""

from __future__ import annotations

import json
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QObject, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from editor.gui.review.footer import footer_css

FOOTER_MARK = "newsdeskReviewFooter"  # property marking our style sheet
WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
CURRENT = "newsdesk_current"  # dynamic property set by the preview panel
WAIT_FOR_CURRENT_S = 30.0  # longer than any render time limit (newsdesk.toml allows 600 s)

# The footer is an @page rule (margin boxes with page counters, see footer.py) adopted as a
# constructed style sheet from our own script world: the preview switches off the page's
# own JavaScript (the DOM is shared between worlds), and its Content-Security-Policy
# refuses inline <style> elements but not style sheets built through the CSSOM.
_ADD_FOOTER = """
(function (css) {
  var sheets = document.adoptedStyleSheets.filter(function (s) { return !s.%(mark)s; });
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  sheet.%(mark)s = true;
  document.adoptedStyleSheets = sheets.concat([sheet]);
  return true;
})(%(css)s)
"""
_REMOVE_FOOTER = """
document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
  function (s) { return !s.%(mark)s; });
"""
# Whether the footer sheet is still adopted (tests).
HAS_FOOTER = "document.adoptedStyleSheets.some(function (s) { return s.%(mark)s; })"


class PdfPrinter(QObject):
    """Prints one page at a time; ``finished(path, ok)`` when the file is written."""

    finished = Signal(str, bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._page: QWebEnginePage | None = None
        self._path = ""
        self._footer = ""
        self._language = "en"
        self._waiting_since = 0.0
        self.wait_limit = WAIT_FOR_CURRENT_S
        self._poll = QTimer(self, interval=50)
        self._poll.timeout.connect(self._check_current)

    @property
    def busy(self) -> bool:
        return self._page is not None

    def print(self, page: QWebEnginePage, path: Path | str, footer: str,
              language: str = "en") -> bool:
        """Start printing with ``footer`` and "page x of y" (in ``language``) at the foot of
        every page; False when a print is still running."""
        if self._page is not None:
            return False
        self._page, self._path, self._footer = page, str(path), footer
        self._language = language
        self._waiting_since = time.monotonic()
        self._check_current()
        return True

    def _alive(self) -> bool:
        return (shiboken6.isValid(self) and self._page is not None
                and shiboken6.isValid(self._page))

    def _check_current(self) -> None:
        """Print once the page shows the newest text; give up when it does not."""
        if not self._alive():
            self._fail()
            return
        page = self._page
        assert page is not None
        current = page.property(CURRENT)
        if current is None or current is True:  # not a preview page, or an up-to-date one
            self._poll.stop()
            page.pdfPrintingFinished.connect(self._done)
            css = footer_css(self._footer, self._language)
            script = _ADD_FOOTER % {"mark": FOOTER_MARK, "css": json.dumps(css)}
            page.runJavaScript(script, WORLD, lambda _result: self._start())
            return
        if current == "failed" or time.monotonic() - self._waiting_since > self.wait_limit:
            self._fail()
            return
        if not self._poll.isActive():
            self._poll.start()

    def _fail(self) -> None:
        if shiboken6.isValid(self):
            self._poll.stop()
        self._page = None
        if shiboken6.isValid(self):
            self.finished.emit(self._path, False)

    def _start(self) -> None:
        if not self._alive():
            if self._page is not None:
                self._fail()
            return
        assert self._page is not None
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        self._page.printToPdf(self._path, layout)

    def _done(self, path: str, ok: bool) -> None:
        page, self._page = self._page, None
        if page is None or not shiboken6.isValid(self):
            return
        if not shiboken6.isValid(page):
            self.finished.emit(path, False)
            return
        page.pdfPrintingFinished.disconnect(self._done)
        page.runJavaScript(_REMOVE_FOOTER % {"mark": FOOTER_MARK}, WORLD)
        self.finished.emit(path, ok and Path(path).is_file())
