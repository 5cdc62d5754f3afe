"""Photo panel, photo dialog and attaching photos (the window adds the panel as a dock).

The names are loaded on first use, so the editor's drop handler can be installed at
start-up without loading the panel, the dialog and the image libraries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.gui.photos.attach import attach_files
    from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
    from editor.gui.photos.editor_drop import EditorPhotoDrop
    from editor.gui.photos.panel import PhotoPanel

__all__ = ["EditorPhotoDrop", "PhotoDialog", "PhotoEntry", "PhotoPanel", "attach_files"]

_WHERE = {"attach_files": "attach", "PhotoDialog": "dialog", "PhotoEntry": "dialog",
          "EditorPhotoDrop": "editor_drop", "PhotoPanel": "panel"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
