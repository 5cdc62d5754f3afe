"""A cheaper answer to PySide6's question, asked at every import, "does this module use PySide6?"

PySide6 6.x wraps ``__import__``; after each import its ``feature_imported`` asks
``_mod_uses_pyside(module)``, which is ``"PySide6" in inspect.getsource(module)``: it reads
and splits every imported module's source through :mod:`linecache`, where the lines then
stay for the life of the process. For the ~200 modules the window imports that was about
3 MB of text (7 MiB of str objects) and 20-45 ms of CPU at start-up. The same answer comes
from searching the file's bytes, with nothing cached. Anything that is not a plain ``.py``
file (no file, bytecode only, a zip) still gets PySide6's own check; a PySide6 without this
private hook (another version) is left alone. The sources it cached before :func:`install`
are dropped (read again if a traceback needs them).
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_installed = False


def install() -> None:
    """Replace the check once (after PySide6 is imported; no-op if it has none)."""
    global _installed
    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if _installed or feature is None or not callable(original):
        return
    feature._mod_uses_pyside = _file_check(original)  # type: ignore[attr-defined]
    _installed = True
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # a file on disk (mtime known)
            linecache.cache.pop(name, None)


def _file_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    return uses_pyside
