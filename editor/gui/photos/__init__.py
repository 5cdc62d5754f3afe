"""Photo panel, photo dialog and attaching photos (the window adds the panel as a dock)."""

from editor.gui.photos.attach import attach_files
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.editor_drop import EditorPhotoDrop
from editor.gui.photos.panel import PhotoPanel

__all__ = ["EditorPhotoDrop", "PhotoDialog", "PhotoEntry", "PhotoPanel", "attach_files"]
