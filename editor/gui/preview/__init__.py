"""Live preview of the article page.

``PreviewPanel(QWidget)``:

- ``set_article(article, config)``: load the whole page (render_page, local image URLs).
- ``update_article(article)``: after an edit; renders in the render sandbox (a worker
  process with the time and memory limits of newsdesk.toml, keeping the incremental
  block cache) and patches only the changed body blocks in the DOM. Never blocks; edits
  made meanwhile are coalesced. A render that fails or overruns shows a banner.
- ``limits``: a RenderLimits overriding the site's (tests).
- ``scroll_to_line(line)``, ``set_width_mode("desktop" | "mobile")``.
- Signals: ``line_clicked(int)``, ``top_line_changed(int)``, ``rendered()``,
  ``render_failed(str)``, ``width_mode_changed(str)`` (the panel's own toggle).

``PreviewPanel`` is imported on first use: start-up imports ``preview.worker`` (to hand it
the render worker started early) long before the panel and its web engine modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from editor.gui.preview.panel import PreviewPanel

__all__ = ["PreviewPanel", "new_preview"]


def new_preview(parent: QWidget | None, width_mode: str) -> PreviewPanel:
    """A preview panel at ``width_mode`` ("desktop" or "mobile"); nothing shown yet."""
    from editor.gui.preview.panel import PreviewPanel

    preview = PreviewPanel(parent)
    preview.set_width_mode(width_mode)
    return preview


def __getattr__(name: str) -> Any:
    if name == "PreviewPanel":
        from editor.gui.preview.panel import PreviewPanel

        return PreviewPanel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
