"""Status-bar label: the open article's readability figure and reading time.

The figure needs syllables (pyphen's hyphenation patterns: about a second to parse at the
first start, then about 20 ms from the cache, editor/model/hyphenation.py), so it is
computed in a worker thread after a pause in typing, one job at a time; the label keeps
the last figure until the new one is ready. See editor/model/readability.py.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QWidget

from editor.gui import gui_thread
from editor.model import prose, readability
from editor.model.article import Article
from editor.model.config import SiteConfig

# After a pause in typing; longer after opening, so start-up is not slowed by the figure.
DELAY_MS = 800
OPEN_DELAY_MS = 1500


class _Job(QRunnable):
    def __init__(self, texts: tuple[str, str, str], language: str, generation: int,
                 label: weakref.ref[QObject]):
        super().__init__()
        self.texts, self.language = texts, language
        self.generation, self.label = generation, label

    def run(self) -> None:
        title, lead, body = self.texts
        try:
            article = Article(folder=Path(), title=title, lead=lead, body=body)
            figure: object = readability.measure_paragraphs(prose.prose(article),
                                                            self.language)
        except Exception:  # a figure is optional: never an error dialog
            figure = None
        # never a signal of the label's own: it may be deleted while this runs
        gui_thread.deliver(self.label, "_done", self.generation, figure)


# Flesch's descriptions of the bands (readability.Figure.band)
BANDS = {
    "very-easy": QT_TRANSLATE_NOOP("ReadabilityLabel", "very easy"),
    "easy": QT_TRANSLATE_NOOP("ReadabilityLabel", "easy"),
    "fairly-easy": QT_TRANSLATE_NOOP("ReadabilityLabel", "fairly easy"),
    "standard": QT_TRANSLATE_NOOP("ReadabilityLabel", "plain"),
    "fairly-difficult": QT_TRANSLATE_NOOP("ReadabilityLabel", "fairly difficult"),
    "difficult": QT_TRANSLATE_NOOP("ReadabilityLabel", "difficult"),
    "very-difficult": QT_TRANSLATE_NOOP("ReadabilityLabel", "very difficult"),
}


def band_name(band: str) -> str:
    """Flesch's description of a figure, in the UI language."""
    source = BANDS.get(band)
    return QCoreApplication.translate("ReadabilityLabel", source) if source else band


class ReadabilityLabel(QLabel):
    """``set_article`` when an article opens (None: closed), ``update_article`` after an
    edit; ``figure`` is the last computed readability.Figure; ``ready`` follows each."""

    ready = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status_readability")
        self.figure: readability.Figure | None = None
        self._texts: tuple[str, str, str] | None = None
        self._language = "de"
        self._generation = 0
        self._running = False
        gui_thread.prepare()
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.compute)
        self._show()

    def set_article(self, article: Article | None, config: SiteConfig | None) -> None:
        self._generation += 1
        self.figure = None
        if article is None:
            self._texts = None
            self._timer.stop()
            self._show()
            return
        self._language = readability.article_language(article, config or SiteConfig())
        self._texts = (article.title, article.lead, article.body)
        self._show()
        self._timer.start(OPEN_DELAY_MS)

    def update_article(self, article: Article) -> None:
        """The open article after an edit (cheap: the work waits for a pause)."""
        texts = (article.title, article.lead, article.body)
        if texts == self._texts or self._texts is None:
            return
        self._texts = texts
        self._timer.start(DELAY_MS)

    def compute(self) -> None:
        """Start the computation now (one at a time; a newer text waits for the job)."""
        self._timer.stop()
        if self._texts is None:
            return
        if self._running:
            self._timer.start(DELAY_MS)  # again once the running job is done
            return
        self._generation += 1
        self._running = True
        QThreadPool.globalInstance().start(
            _Job(self._texts, self._language, self._generation, gui_thread.target(self)))

    def _done(self, generation: int, figure: object) -> None:
        self._running = False
        if generation != self._generation or self._texts is None:
            return  # the article changed or closed meanwhile
        self.figure = figure if isinstance(figure, readability.Figure) else None
        self._show()
        self.ready.emit(self.figure)

    def _show(self) -> None:
        f = self.figure
        if f is None or f.shown is None:
            self.clear()
            self.setToolTip("")
            return
        self.setText(self.tr("Readability %1 (%2)").replace("%1", str(f.shown))
                     .replace("%2", band_name(f.band)))
        formula = (self.tr("Flesch reading ease") if f.formula == "flesch"
                   else self.tr("Flesch reading ease for German (Amstad)"))
        self.setToolTip(
            self.tr("%1: 0 (very hard) to 100 (very easy); 60–70 is plain everyday text.\n"
                    "%2 words in %3 sentences; about %4 min reading at %5 words a minute.")
            .replace("%1", formula).replace("%2", str(f.words))
            .replace("%3", str(f.sentences)).replace("%4", str(f.reading_minutes))
            .replace("%5", str(readability.WORDS_PER_MINUTE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
