"""Article -> sanitized HTML, shared by the live preview and the export.

Public API (others build on exactly these names)::

    RenderError, ImageVariant, ImageSource, PreviewImages, RenderedBlock,
    render_body, render_page, IncrementalRenderer, render_page_isolated,
    render_isolated, RenderLimits, RenderCancelled

The names are imported on first use: the app's process renders nothing itself (the
preview renders in the sandbox worker), so it need not load Python-Markdown, nh3,
Jinja2 and Babel at start-up, nor keep their objects in its garbage collector's way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor import lazy
from editor.render.errors import RenderError

if TYPE_CHECKING:
    from editor.render.body import (
        IncrementalRenderer,
        RenderedBlock,
        lead_in_header,
        render_body,
    )
    from editor.render.images import ImageSource, ImageVariant, PreviewImages
    from editor.render.isolated import (
        RenderCancelled,
        RenderLimits,
        render_isolated,
        render_page_isolated,
    )
    from editor.render.page import canonical_url, picture_credits, render_page, used_photos

_WHERE = {
    "IncrementalRenderer": "body", "RenderedBlock": "body", "lead_in_header": "body",
    "render_body": "body",
    "ImageSource": "images", "ImageVariant": "images", "PreviewImages": "images",
    "RenderCancelled": "isolated", "RenderLimits": "isolated", "render_isolated": "isolated",
    "render_page_isolated": "isolated",
    "canonical_url": "page", "picture_credits": "page", "render_page": "page",
    "used_photos": "page",
}


__getattr__ = lazy.exports(__name__, _WHERE, globals())


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
