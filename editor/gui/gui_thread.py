"""Handing a worker thread's result to a widget on the GUI thread, safely.

A worker that emits a signal of an object owned by a widget (a child of it) races the
widget's deletion: the emit may run in the worker while the GUI thread deletes that very
object, which Qt does not allow. Instead, every result goes through one carrier that
lives as long as the application, and reaches its widget only through a weak reference,
checked on the GUI thread: a widget deleted meanwhile simply gets nothing.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal


class _Carrier(QObject):
    carried = Signal(object)  # a callable without arguments, run on the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self.carried.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, call: Callable[[], None]) -> None:
        call()


_carrier: _Carrier | None = None
_lock = threading.Lock()


def prepare() -> None:
    """Make the carrier now; call on the GUI thread (a widget's constructor), where it
    must live."""
    _get()


def _get() -> _Carrier:
    global _carrier
    with _lock:
        if _carrier is None or not shiboken6.isValid(_carrier):
            _carrier = _Carrier()
        return _carrier


def target(receiver: QObject) -> weakref.ref[QObject]:
    """What a job keeps of its widget (on the GUI thread, when the job is made)."""
    prepare()
    return weakref.ref(receiver)


def alive(receiver: weakref.ref[QObject]) -> bool:
    """From any thread: is the widget still there (worth finishing the job for)? Only a
    hint, since the widget may go right after; ``deliver`` checks again."""
    obj = receiver()
    return obj is not None and shiboken6.isValid(obj)


def deliver(receiver: weakref.ref[QObject], method: str, *args: Any) -> None:
    """From any thread: ``receiver().method(*args)`` on the GUI thread, if the widget is
    still there then."""

    def call() -> None:
        obj = receiver()
        if obj is not None and shiboken6.isValid(obj):
            getattr(obj, method)(*args)

    _get().carried.emit(call)
