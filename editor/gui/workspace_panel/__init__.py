"""The left dock: the workspace's articles with filter, search and article operations."""

from editor.gui.workspace_panel.ops import ArticleOps
from editor.gui.workspace_panel.panel import WorkspacePanel

__all__ = ["ArticleOps", "WorkspacePanel"]
