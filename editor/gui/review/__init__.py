"""Review panel (dock content), PDF sign-off and the watcher for shared review folders.

The names are loaded on first use: the window watches review folders from the start,
while the panel (and the web engine it prints with) is only needed when shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.gui.review.panel import ReviewPanel
    from editor.gui.review.watcher import ReviewWatcher

__all__ = ["ReviewPanel", "ReviewWatcher"]


def __getattr__(name: str) -> Any:
    if name == "ReviewPanel":
        from editor.gui.review.panel import ReviewPanel

        return ReviewPanel
    if name == "ReviewWatcher":
        from editor.gui.review.watcher import ReviewWatcher

        return ReviewWatcher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
