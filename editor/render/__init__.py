"""Article -> sanitized HTML, shared by the live preview and the export.

Public API (others build on exactly these names)::

    RenderError, ImageVariant, ImageSource, PreviewImages, RenderedBlock,
    render_body, render_page, IncrementalRenderer, render_page_isolated,
    render_isolated, RenderLimits, RenderCancelled
"""

from __future__ import annotations

from editor.render.body import IncrementalRenderer, RenderedBlock, lead_in_header, render_body
from editor.render.errors import RenderError
from editor.render.images import ImageSource, ImageVariant, PreviewImages
from editor.render.isolated import (
    RenderCancelled,
    RenderLimits,
    render_isolated,
    render_page_isolated,
)
from editor.render.page import canonical_url, picture_credits, render_page, used_photos

__all__ = [
    "ImageSource",
    "ImageVariant",
    "IncrementalRenderer",
    "PreviewImages",
    "RenderCancelled",
    "RenderError",
    "RenderLimits",
    "RenderedBlock",
    "canonical_url",
    "lead_in_header",
    "picture_credits",
    "render_body",
    "render_isolated",
    "render_page",
    "render_page_isolated",
    "used_photos",
]
