"""Rendering for the preview, off the GUI thread.

One job at a time: the panel sends the newest edit only after the previous one reached
the DOM, so edits made meanwhile are coalesced. The fast path renders in this thread,
incrementally. If it fails or overruns its time budget (Python-Markdown needs minutes
for some inputs), it is interrupted and the page is rendered once more in a separate
process with a time limit (render_page_isolated); if that fails too, the panel says so.
"""

from __future__ import annotations

import ctypes
import dataclasses
import threading
import time
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from editor.gui.preview.blocks import Block, from_rendered
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.render import (
    IncrementalRenderer,
    PreviewImages,
    RenderError,
    lead_in_header,
    render_page,
    render_page_isolated,
)


class _Interrupted(BaseException):
    """Raised inside the worker thread to stop an overrunning fast render.

    A BaseException, so ``except Exception`` in library code cannot swallow it."""


def snapshot(article: Article) -> Article:
    """A copy the worker can read while the GUI keeps editing the original."""
    return dataclasses.replace(article, photos=deepcopy(article.photos),
                               tags=list(article.tags), extra=deepcopy(article.extra),
                               key_order=list(article.key_order))


@dataclass
class Job:
    generation: int
    article: Article
    config: SiteConfig
    css_href: str
    base_url: str
    full: bool  # a new article: render the whole page
    isolated_timeout: float = 5.0
    sent: float = field(default_factory=time.perf_counter)


@dataclass
class Result:
    job: Job
    kind: str  # "page" (load html), "blocks" (patch), "failed"
    html: str = ""
    blocks: list[Block] = field(default_factory=list)
    message: str = ""
    isolated: bool = False
    seconds: float = 0.0


def page_key(article: Article) -> tuple:
    """Everything outside the body blocks that the page shows: when it changes, the
    whole page is reloaded (title, lead, photos and their credits, the photo order)."""
    front = article.front_matter()
    refs = tuple(pid for _line, pid, _alt in article.photo_refs())
    header = lead_in_header(article)
    return (repr(front), refs, header.id if header else None)


class RenderWorker(QObject):
    """Lives in the preview thread; ``run`` is called through a queued signal."""

    finished = Signal(object)  # Result

    def __init__(self) -> None:
        super().__init__()
        self._renderer: IncrementalRenderer | None = None
        self._renderer_for: tuple[Any, ...] = ()
        self._page_key: tuple | None = None
        self._lock = threading.Lock()
        self._fast_job: Job | None = None  # the job whose fast path may be interrupted
        self._thread_id: int | None = None
        self.current: Job | None = None  # the job being rendered (read by the GUI thread)

    # Called from the GUI thread ------------------------------------------------------

    def interrupt(self, job: Job) -> bool:
        """Stop ``job``'s fast path if it is still running; True when interrupted."""
        with self._lock:
            if self._fast_job is not job or self._thread_id is None:
                return False
            self._fast_job = None
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(self._thread_id), ctypes.py_object(_Interrupted))
            return True

    def interrupt_any(self) -> None:
        """Stop whatever fast render is running (the application is quitting)."""
        with self._lock:
            job = self._fast_job
        if job is not None:
            self.interrupt(job)

    # In the worker thread ------------------------------------------------------------

    @Slot(object)
    def run(self, job: Job) -> None:
        self._thread_id = threading.get_ident()
        self.current = job
        started = time.perf_counter()
        try:
            result = self._render(job)
        except _Interrupted:  # arrived just after the fast path had given up by itself
            self._renderer = None
            result = Result(job, "failed", message="took too long")
        except Exception as exc:  # never let the thread die; the panel shows the message
            result = Result(job, "failed", message=str(exc) or type(exc).__name__)
        result.seconds = time.perf_counter() - started
        self.finished.emit(result)

    def _render(self, job: Job) -> Result:
        failure = ""
        try:
            with self._lock:
                self._fast_job = job
            result = self._fast(job)
            with self._lock:
                self._fast_job = None
            return result
        except _Interrupted:
            failure = "took too long"
        except RenderError as exc:
            failure = exc.message
        except RecursionError:
            failure = "the text is nested too deeply"
        except Exception as exc:  # a bug in a renderer must not cost the preview
            failure = str(exc) or type(exc).__name__
        finally:
            with self._lock:
                self._fast_job = None
        # The fast path's caches may be half-updated: start afresh next time.
        self._renderer = None
        self._page_key = None
        images = PreviewImages(job.article, base_url=job.base_url)
        try:
            html = render_page_isolated(job.article, job.config, images,
                                        timeout=job.isolated_timeout, css_href=job.css_href)
        except RenderError as exc:
            message = exc.message
            return Result(job, "failed", message=message or failure)
        return Result(job, "page", html=html, isolated=True)

    def _fast(self, job: Job) -> Result:
        article = job.article
        identity = (article.folder, job.config, job.base_url, job.css_href)
        if self._renderer is None or job.full or identity != self._renderer_for:
            images = PreviewImages(article, base_url=job.base_url)
            self._renderer = IncrementalRenderer(job.config, images)
            self._renderer_for = identity
            self._page_key = None
        rendered = self._renderer.render_blocks(article)
        key = page_key(article)
        blocks = from_rendered(rendered)
        if key == self._page_key:
            return Result(job, "blocks", blocks=blocks)
        html = render_page(article, job.config, self._renderer.images, css_href=job.css_href,
                           body_html="\n".join(b.html for b in rendered))
        self._page_key = key
        return Result(job, "page", html=html, blocks=blocks)
