"""Exceptions of the export that callers catch without loading the image libraries."""

from __future__ import annotations

from editor.model.errors import NewsdeskError


class ExportCancelled(NewsdeskError):
    """The user cancelled; nothing was written to the export folder."""
