"""The preview's render thread and the panels it serves: started with the first panel,
stopped (with every panel's web page released) when the application quits."""

from __future__ import annotations

import atexit
import sys
import weakref
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWebEngineCore import QWebEnginePage

from editor.gui import early
from editor.gui.preview.worker import Dispatcher, Job, close_sandbox, preview_sandbox

THREAD_WAIT_MS_AT_QUIT = 3000  # a cancelled render returns within a fraction of a second
# While the user types, this render thread (results: unpickling, blocks) and the autosave
# and journal threads run Python. A GUI thread that wants the interpreter lock back waits
# until the holder is told to let go: Python's default is 5 ms, at every call into Qt
# that releases the lock. 1 ms halved the typing benchmark's longest stall less its wait
# for a CPU (median of 7 runs 66 -> 34 ms on a busy machine, bench/editor_typing.py
# --probe --switch-interval 1); the threads' own work is not slowed measurably.
SWITCH_INTERVAL_S = 0.001


class Panel(Protocol):
    """What the quit handler uses of a preview panel (a Protocol: no import circle)."""

    page: QWebEnginePage

    def _close(self) -> None: ...


_dispatcher: Dispatcher | None = None
_panels: weakref.WeakSet[Panel] = weakref.WeakSet()


def dispatcher() -> Dispatcher:
    """One background thread for every preview; stopped when the application quits."""
    global _dispatcher
    if _dispatcher is None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        _dispatcher = Dispatcher()
        if not early.deferred():  # else started once the kept first page is shown
            preview_sandbox().prestart()  # while the window and the web engine start
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_stop_thread)
        atexit.register(_stop_thread)
    elif not _dispatcher.thread.isRunning():
        _dispatcher.thread.start()  # a panel made after a stop (tests)
    return _dispatcher


def track(panel: Panel) -> None:
    """Close ``panel`` and release its page when the application quits."""
    _panels.add(panel)


def _stop_thread() -> None:
    """Stop the render thread (cancelling a running render, which stops the worker
    process) and release the web pages while Qt is still fully alive: a page must be
    deleted before its profile."""
    panels = list(_panels)
    for panel in panels:
        panel._close()
    if _dispatcher is not None:
        # the dispatcher itself stays: a queued result may still name it
        _dispatcher.stop(THREAD_WAIT_MS_AT_QUIT)
    close_sandbox()
    for panel in panels:
        if shiboken6.isValid(panel.page):
            shiboken6.delete(panel.page)


class Inflight:
    """The job on its way through the worker; cancelled when the panel goes away."""

    def __init__(self) -> None:
        self.job: Job | None = None

    def cancel(self, *_args: object) -> None:
        job = self.job
        if job is not None:
            job.cancel.set()
