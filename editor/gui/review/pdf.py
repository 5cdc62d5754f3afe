"""Save the rendered preview as a PDF for sign-off, with state, short hash and date in a
footer on every page."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEnginePage

FOOTER_ID = "newsdesk-review-footer"

# A fixed element is repeated at the bottom of every printed page by Chromium.
_ADD_FOOTER = """
(function (text) {
  var old = document.getElementById(%(id)s);
  if (old) old.remove();
  var f = document.createElement('div');
  f.id = %(id)s;
  f.textContent = text;
  f.setAttribute('style', 'position:fixed;left:0;right:0;bottom:0;padding:4px 0;'
    + 'border-top:1px solid #999;background:#fff;color:#333;'
    + 'font:9pt sans-serif;text-align:center;z-index:2147483647');
  (document.body || document.documentElement).appendChild(f);
  return true;
})(%(text)s)
"""
_REMOVE_FOOTER = "var f = document.getElementById(%(id)s); if (f) f.remove();"


class PdfPrinter(QObject):
    """Prints one page at a time; ``finished(path, ok)`` when the file is written."""

    finished = Signal(str, bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._page: QWebEnginePage | None = None
        self._path = ""

    @property
    def busy(self) -> bool:
        return self._page is not None

    def print(self, page: QWebEnginePage, path: Path | str, footer: str) -> bool:
        """Start printing; False when a print is still running."""
        if self._page is not None:
            return False
        self._page, self._path = page, str(path)
        page.pdfPrintingFinished.connect(self._done)
        script = _ADD_FOOTER % {"id": json.dumps(FOOTER_ID), "text": json.dumps(footer)}
        page.runJavaScript(script, 0, lambda _result: self._start())
        return True

    def _start(self) -> None:
        if self._page is None:
            return
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        self._page.printToPdf(self._path, layout)

    def _done(self, path: str, ok: bool) -> None:
        page, self._page = self._page, None
        if page is None:
            return
        page.pdfPrintingFinished.disconnect(self._done)
        page.runJavaScript(_REMOVE_FOOTER % {"id": json.dumps(FOOTER_ID)}, 0)
        self.finished.emit(path, ok and Path(path).is_file())
