"""One background thread that runs git jobs in the order they were asked (commit, then
sync, ...). Results are polled on the GUI thread: the thread never touches Qt, and nothing
is left to deliver to when the controller is gone.

The thread is a daemon: closing the app waits for it only as long as :meth:`wait` is told
(a git command cut off that way is repaired by the next sync)."""

from __future__ import annotations

import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 40

Job = tuple[str, Callable[..., Any], tuple[Any, ...], dict[str, Any]]


def _run(jobs: queue.Queue[Job | None], done: queue.Queue[tuple[str, Any, BaseException | None]],
         idle: threading.Condition, counter: list[int]) -> None:
    while True:
        job = jobs.get()
        if job is None:
            return
        kind, function, args, kwargs = job
        try:
            result, error = function(*args, **kwargs), None
        except Exception as exc:  # delivered to the GUI thread, shown in plain words
            result, error = None, exc
        done.put((kind, result, error))
        with idle:
            counter[0] -= 1
            idle.notify_all()


class GitWorker(QObject):
    """``submit(kind, function, *args)``; ``finished(kind, result, error)`` follows on the GUI
    thread (error: the exception, or None)."""

    finished = Signal(str, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._done: queue.Queue[tuple[str, Any, BaseException | None]] = queue.Queue()
        self._idle = threading.Condition()
        self._counter = [0]  # jobs asked for and not finished (under _idle)
        self._running: list[str] = []  # kinds submitted and not yet delivered, in order
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.deliver)
        # the thread ends when this object goes (it holds no reference to it)
        weakref.finalize(self, self._jobs.put, None)

    def submit(self, kind: str, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=_run, args=(self._jobs, self._done, self._idle, self._counter),
                name="newsdesk-git", daemon=True)
            self._thread.start()
        with self._idle:
            self._counter[0] += 1
        self._running.append(kind)
        self._jobs.put((kind, function, args, kwargs))
        self._poll.start()

    def busy(self, kind: str | None = None) -> bool:
        """Is a job (of ``kind``; a kind may be tagged "kind#tag") asked for and not yet
        delivered?"""
        if kind is None:
            return bool(self._running)
        return any(k == kind or k.startswith(kind + "#") for k in self._running)

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every job asked so far, then deliver the
        results; True when all finished."""
        with self._idle:
            finished = self._idle.wait_for(lambda: self._counter[0] == 0, timeout)
        self.deliver()
        return finished

    def deliver(self) -> None:
        while True:
            try:
                kind, result, error = self._done.get_nowait()
            except queue.Empty:
                break
            if kind in self._running:
                self._running.remove(kind)
            self.finished.emit(kind, result, error)
        if not self._running:
            self._poll.stop()

    def stop(self) -> None:
        """Let the thread end after the jobs already asked for."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread = None
