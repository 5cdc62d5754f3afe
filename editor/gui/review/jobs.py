"""Work the review dock does off the GUI thread: the review state (hashing photos) on the
shared pool, then the plain-language figure and hints on a thread of their own."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QRunnable, QThreadPool

from editor.gui import gui_thread
from editor.model import readability, review
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError
from editor.model.validation import Problem, validate


class StatusJob(QRunnable):
    """Hashing photos can take a moment for large files: done off the GUI thread. The
    results reach the panel through editor.gui.gui_thread (never a signal of an object
    the panel owns: the panel may be deleted while the job runs)."""

    def __init__(self, article: Article, generation: int, panel: weakref.ref[QObject],
                 config: SiteConfig | None = None):
        super().__init__()
        self.article, self.generation, self.panel = article, generation, panel
        self.config = config or SiteConfig()

    def run(self) -> None:
        try:
            result: object = review.status(self.article)
        except NewsdeskError as exc:
            result = exc
        gui_thread.deliver(self.panel, "_on_status", self.generation, result)
        if gui_thread.alive(self.panel):  # else the figure and hints would be for nobody
            plain_threads().start(PlainJob(self))


class PlainJob(QRunnable):
    """The plain-language figure and hints (seconds on a busy machine) after the state,
    on a thread of their own: on the shared pool they held up the next panels' states."""

    def __init__(self, status: StatusJob):
        super().__init__()
        self.status = status

    def run(self) -> None:
        job = self.status
        if gui_thread.alive(job.panel):
            gui_thread.deliver(job.panel, "_on_plain", job.generation,
                               plain_language(job.article, job.config))


_plain_pool: QThreadPool | None = None


def plain_threads() -> QThreadPool:
    """One thread for every panel's figure, kept for the application's life."""
    global _plain_pool
    if _plain_pool is None:
        _plain_pool = QThreadPool()
        _plain_pool.setMaxThreadCount(1)
    return _plain_pool


def plain_language(article: Article, config: SiteConfig) -> tuple[object, list[Problem]]:
    """The readability figure (None when it cannot be computed) and the plain-language
    hints a reviewer sees: the same hints as the problems panel and ``check``."""
    hints = [p for p in validate(article, config) if p.is_hint]
    try:
        figure: object = readability.measure(article, config)
    except Exception:  # the figure is optional (pyphen missing or broken): hints still
        figure = None
    return figure, hints
