"""Review panel (dock content), PDF sign-off and the watcher for shared review folders."""

from editor.gui.review.panel import ReviewPanel
from editor.gui.review.watcher import ReviewWatcher

__all__ = ["ReviewPanel", "ReviewWatcher"]
