"""Work around a PySide6 6.12.0 fault on Python 3.11: every call of a Qt method that
returns nothing (``QObject.setObjectName``, ``QWidget.setEnabled``, ...) drops one
reference to ``None``; some bool-returning calls do the same to ``True``/``False``.
After a few thousand calls the interpreter aborts with "deallocating None".

Reproduce with ``for _ in range(200_000): QObject().setObjectName("x")`` on 3.11.
Python 3.12+ makes these objects immortal, so the guard only acts before 3.12: it
raises their reference counts by 2**40 once, which no session can use up.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False


def apply() -> None:
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _DONE = True
