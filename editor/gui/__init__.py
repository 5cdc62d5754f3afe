"""The desktop app (PySide6). Only this layer imports Qt widgets."""

from editor.gui import _refcount_guard

_refcount_guard.apply()
