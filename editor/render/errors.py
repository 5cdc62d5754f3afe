"""The render layer's single error type."""

from __future__ import annotations

from editor.model.errors import NewsdeskError


class RenderError(NewsdeskError):
    """The article could not be turned into HTML; the message is plain language."""
