"""Rendering in the sandbox: a worker process with a time and a memory limit.

Every caller that renders a whole article (``newsdesk render``, export, the review PDF)
goes through ``render_isolated``; the preview talks to its own sandbox worker
(editor.render.sandbox) with the same limits. Python-Markdown can take minutes and
gigabytes on some inputs; a thread cannot be stopped or limited, a process can."""

from __future__ import annotations

import threading

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.render import sandbox
from editor.render.images import ImageSource
from editor.render.sandbox import RenderCancelled, RenderLimits

__all__ = ["RenderCancelled", "RenderLimits", "render_isolated", "render_page_isolated"]


def render_isolated(article: Article, config: SiteConfig, images: ImageSource, *,
                    css_href: str = "assets/article.css", limits: RenderLimits | None = None,
                    cancel: threading.Event | None = None) -> tuple[str, str]:
    """(full page, body fragment) rendered in the sandbox.

    RenderError on failure, time-out or memory limit (the message says which);
    RenderCancelled within a fraction of a second after ``cancel`` is set. ``limits``
    defaults to the site's newsdesk.toml settings."""
    if limits is None:
        limits = RenderLimits.from_config(config)
    page, body = sandbox.run("page", (article, config, images, css_href), limits, cancel)
    return page, body


def render_page_isolated(article: Article, config: SiteConfig, images: ImageSource, *,
                         timeout: float | None = None,
                         css_href: str = "assets/article.css") -> str:
    """render_page in the sandbox; ``timeout`` overrides the configured time limit."""
    limits = RenderLimits.from_config(config)
    if timeout is not None:
        limits = RenderLimits(timeout=timeout, memory_mb=limits.memory_mb)
    return render_isolated(article, config, images, css_href=css_href, limits=limits)[0]
