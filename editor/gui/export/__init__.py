"""Export the open article from the app: a dialog running editor.publish.bundle in a worker."""

from editor.gui.export.dialog import ExportDialog, open_export_dialog

__all__ = ["ExportDialog", "open_export_dialog"]
