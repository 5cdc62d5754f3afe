"""The centre of the window: metadata form above the Markdown editor."""

from editor.gui.editor_pane.pane import EditorPane

__all__ = ["EditorPane"]
