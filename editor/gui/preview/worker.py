"""Rendering for the preview, in the render sandbox (editor.render.sandbox).

One job at a time: the panel sends the newest edit only after the previous one reached
the DOM, so edits made meanwhile are coalesced. The job goes to a long-lived worker
process that keeps the incremental block cache, so an edit re-renders only the changed
blocks; the process has the site's time and memory limits, and the GUI process does no
Markdown work at all (its GIL and garbage collector stay free for the window). This
QObject lives in a background thread that only waits for the process's answer.

Results come back through the Dispatcher, which lives in the GUI thread for the whole
run of the application and hands each result to its panel through a weak reference. A
queued signal straight to a panel would be unsafe: once the panel is deleted, PySide
calls such a slot directly in the emitting thread, and it touches Qt objects there.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
import time
import weakref
from copy import deepcopy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from editor.gui.preview.blocks import Block, from_pairs
from editor.render.errors import RenderError
from editor.render.sandbox import RenderCancelled, RenderLimits, Sandbox

if TYPE_CHECKING:  # not imported at start-up before the render worker is started
    from editor.model.article import Article
    from editor.model.config import SiteConfig


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
    client: int = 0  # whose block cache in the worker process
    owner: Any = None  # weakref.ref to the panel that gets the result
    limits: RenderLimits = field(default_factory=RenderLimits)
    cancel: threading.Event = field(default_factory=threading.Event)
    sent: float = field(default_factory=time.perf_counter)


@dataclass
class Result:
    job: Job
    kind: str  # "page" (load html), "blocks" (patch), "failed", "cancelled"
    html: str = ""
    blocks: list[Block] = field(default_factory=list)
    message: str = ""
    seconds: float = 0.0


_sandbox: Sandbox | None = None
_sandbox_lock = threading.Lock()
_clients = itertools.count(1)


def preview_sandbox() -> Sandbox:
    """The worker process every preview panel renders in (their caches are separate).
    Kept warm: a worker stopped at a time limit or crash is replaced at once."""
    global _sandbox
    with _sandbox_lock:
        if _sandbox is None:
            _sandbox = Sandbox(keep_warm=True)
        return _sandbox


def close_sandbox() -> None:
    global _sandbox
    with _sandbox_lock:
        sandbox, _sandbox = _sandbox, None
    if sandbox is not None:
        sandbox.close()


def new_client() -> int:
    return next(_clients)


class RenderWorker(QObject):
    """Lives in the preview thread; ``run`` is called through a queued signal."""

    finished = Signal(object)  # Result

    @Slot(object)
    def run(self, job: Job) -> None:
        started = time.perf_counter()
        try:
            result = self._render(job)
        except Exception as exc:  # never let the thread die; the panel shows the message
            result = Result(job, "failed", message=str(exc) or type(exc).__name__)
        result.seconds = time.perf_counter() - started
        self.finished.emit(result)

    def _render(self, job: Job) -> Result:
        if job.cancel.is_set():
            return Result(job, "cancelled")
        args = (job.client, job.article, job.config, job.base_url, job.css_href, job.full)
        try:
            html, pairs = preview_sandbox().call("preview", args, job.limits, job.cancel)
        except RenderCancelled:
            return Result(job, "cancelled")
        except RenderError as exc:
            return Result(job, "failed", message=exc.message)
        blocks = from_pairs(pairs)
        if html is None:
            return Result(job, "blocks", blocks=blocks)
        return Result(job, "page", html=html, blocks=blocks)


class Dispatcher(QObject):
    """The GUI end of the render thread; one per application, never deleted before the
    thread has stopped."""

    request = Signal(object)  # Job -> worker thread

    def __init__(self) -> None:
        super().__init__()
        self.thread = QThread()
        self.thread.setObjectName("newsdesk-preview-render")
        self.worker = RenderWorker()
        self.worker.moveToThread(self.thread)
        self.request.connect(self.worker.run, Qt.ConnectionType.QueuedConnection)
        self.worker.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.thread.start()

    def send(self, job: Job, owner: object) -> None:
        job.owner = weakref.ref(owner)
        self.request.emit(job)

    @Slot(object)
    def _deliver(self, result: Result) -> None:
        owner = result.job.owner() if result.job.owner is not None else None
        if owner is not None:
            owner._on_result(result)

    def stop(self, wait_ms: int) -> None:
        self.thread.quit()
        self.thread.wait(wait_ms)
