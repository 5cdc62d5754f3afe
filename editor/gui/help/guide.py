"""Help > Guide: a short built-in guide (resources/guide/guide.<language>.html), shown
offline in a QTextBrowser; links to other sites open in the system browser, never here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from editor import resources


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the interface language), else in English."""
    language = (language or QLocale().name())[:2]
    try:
        return resources.path(f"guide/guide.{language}.html")
    except FileNotFoundError:
        return resources.path("guide/guide.en.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.browser = QTextBrowser(objectName="guide_text")
        self.browser.setOpenLinks(False)  # in-page anchors handled below, the web never
        self.browser.anchorClicked.connect(self._link)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(self.buttons)
        self.resize(640, 620)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Newsdesk Guide"))
        self.browser.setAccessibleName(self.tr("Guide"))
        path = guide_path()
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setHtml(path.read_text(encoding="utf-8"))

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user's browser, on their click

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
