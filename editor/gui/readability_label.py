"""Status-bar label: the open article's readability figure and reading time.

The figure needs syllables (pyphen; its German patterns take about a second to load), so
it is computed in a worker thread after a pause in typing, one job at a time; the label
keeps the last figure until the new one is ready. See editor/model/readability.py.

That thread runs Python, and the GUI thread needs the interpreter lock for every Python
callback of a keystroke: while the job holds it, each callback can wait Python's switch
interval (5 ms), and a keystroke has several (typing stalled for tens of ms while the
patterns loaded). So the job gives the lock away after every millisecond of work: it
parses pyphen's patterns itself, a few lines at a time, and measures paragraph by
paragraph.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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

from editor.model import readability
from editor.model.article import Article
from editor.model.config import SiteConfig

# After a pause in typing; longer after opening, so start-up is not slowed by pyphen.
DELAY_MS = 800
OPEN_DELAY_MS = 1500
# The job's slice of work before it lets another thread (the GUI) have the interpreter
# lock, and how long it steps aside: long enough for a waiting thread to take the lock.
SLICE_S = 0.001
PAUSE_S = 0.0002


class Pause:
    """Called between small pieces of work: after each SLICE_S, sleeps PAUSE_S, so a
    thread waiting for the interpreter lock gets it within about a millisecond."""

    def __init__(self) -> None:
        self._since = time.perf_counter()

    def __call__(self) -> None:
        if time.perf_counter() - self._since >= SLICE_S:
            time.sleep(PAUSE_S)
            self._since = time.perf_counter()


def load_patterns(language: str, pause: Callable[[], None]) -> bool:
    """Put pyphen's hyphenation patterns for ``language`` into pyphen's cache, parsed as
    pyphen.HyphDict does, with ``pause`` between lines (pyphen's loader runs about a
    second of Python in one go: 66,000 German patterns). False when pyphen is not as
    expected; then readability loads them through pyphen as before."""
    try:
        import pyphen

        name = readability._PYPHEN_LANG.get(language, "de_DE")
        path = pyphen.LANGUAGES[pyphen.language_fallback(name)]
        if path in pyphen.hdcache:
            return True
        hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
        hd.patterns = _parse_patterns(pyphen, path, pause)
        hd.cache = {}
        hd.maxlen = max(len(key) for key in hd.patterns)
        pyphen.hdcache.setdefault(path, hd)
        return True
    except Exception:  # a newer pyphen: its own loader still works, only in one go
        return False


def _parse_patterns(pyphen: Any, path: Path, pause: Callable[[], None]) -> dict:
    """pyphen.HyphDict.__init__'s loop (pyphen 0.14-0.18), with pauses."""
    patterns: dict[str, tuple[int, Any]] = {}
    with path.open("rb") as fd:
        encoding = fd.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    for pattern in path.read_text(encoding).split("\n")[1:]:
        pause()
        pattern = pattern.strip()
        if not pattern or pattern.startswith(pyphen.ignored):
            continue
        pattern = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
        if "/" in pattern and "=" in pattern:
            pattern, alternative = pattern.split("/", 1)
            factory: Any = pyphen.AlternativeParser(pattern, alternative)
        else:
            factory = int
        tags, values = zip(*[(string, factory(i or "0"))
                             for i, string in pyphen.parse(pattern)], strict=True)
        if max(values) == 0:
            continue
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        patterns["".join(tags)] = start, values[start:end]
    return patterns


def compute_figure(texts: tuple[str, str, str], language: str,
                   pause: Callable[[], None] | None = None) -> readability.Figure:
    """readability.measure_paragraphs of (title, lead, body), the same figure, with
    ``pause`` (a new Pause when None) between paragraphs and pattern lines."""
    pause = pause or Pause()
    title, lead, body = texts
    paragraphs = readability.prose(Article(folder=Path(), title=title, lead=lead, body=body))
    pause()
    load_patterns(language, pause)
    words = sentences = syllables = 0
    for paragraph in paragraphs:
        part = readability.measure_paragraphs([paragraph], language)
        words, sentences = words + part.words, sentences + part.sentences
        syllables += part.syllables
        pause()
    return dataclasses.replace(readability.measure_paragraphs([], language), words=words,
                               sentences=sentences, syllables=syllables,
                               score=readability.score(language, words, sentences, syllables))


class _Signals(QObject):
    done = Signal(int, object)  # generation, readability.Figure or None (failed)


class _Job(QRunnable):
    def __init__(self, texts: tuple[str, str, str], language: str, generation: int,
                 signals: _Signals):
        super().__init__()
        self.texts, self.language = texts, language
        self.generation, self.signals = generation, signals

    def run(self) -> None:
        try:
            figure: object = compute_figure(self.texts, self.language)
        except Exception:  # a figure is optional: never an error dialog
            figure = None
        try:
            self.signals.done.emit(self.generation, figure)
        except RuntimeError:
            pass  # the label was deleted meanwhile


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
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
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
            _Job(self._texts, self._language, self._generation, self._signals))

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
