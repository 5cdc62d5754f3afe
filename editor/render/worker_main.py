"""What runs inside a render worker process (see editor.render.sandbox).

Requests arrive pickled over a pipe, one at a time:

- ``("page", (article, config, images, css_href))`` -> ``(page_html, body_html)``
- ``("preview", (client, article, config, base_url, css_href, full))`` ->
  ``(page_html or None, [(line, html), ...])``: the preview's blocks, rendered
  incrementally with a cache kept here between requests; the page only when something
  outside the body blocks changed (or ``full``), else None (patch the blocks).
"""

from __future__ import annotations

import gc
import pickle
from multiprocessing.connection import Connection
from typing import Any

try:
    import resource
except ImportError:  # Windows: no address-space limit; the time limit still holds
    resource = None  # type: ignore[assignment]

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.render.body import IncrementalRenderer, join_blocks, lead_in_header, render_body
from editor.render.errors import RenderError
from editor.render.images import ImageSource, PreviewImages
from editor.render.page import render_page

MAX_CLIENTS = 4  # preview panels whose caches are kept


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0 or resource is None:
        return
    limit = memory_mb * 1024 * 1024
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # not allowed here: the time limit still holds
        pass


def page_key(article: Article) -> tuple:
    """Everything outside the body blocks that the page shows: when it changes, the
    whole page is reloaded (title, lead, photos and their credits, the photo order)."""
    front = article.front_matter()
    refs = tuple(pid for _line, pid, _alt in article.photo_refs())
    header = lead_in_header(article)
    return (repr(front), refs, header.id if header else None)


class _Preview:
    """One preview panel's incremental state."""

    def __init__(self) -> None:
        self.renderer: IncrementalRenderer | None = None
        self.identity: tuple = ()
        self.page_key: tuple | None = None

    def update(self, article: Article, config: SiteConfig, base_url: str, css_href: str,
               full: bool) -> tuple[str | None, list[tuple[int, str]]]:
        identity = (article.folder, config, base_url, css_href)
        if self.renderer is None or full or identity != self.identity:
            self.renderer = IncrementalRenderer(config, PreviewImages(article, base_url))
            self.identity = identity
            self.page_key = None
        try:
            rendered = self.renderer.render_blocks(article)
            blocks = [(b.line, b.html) for b in rendered]
            key = page_key(article)
            if key == self.page_key:
                return None, blocks
            html = render_page(article, config, self.renderer.images, css_href=css_href,
                               body_html=join_blocks(rendered))
        except BaseException:
            self.renderer = None  # its caches may be half-updated: start afresh next time
            self.page_key = None
            raise
        self.page_key = key
        return html, blocks


_previews: dict[Any, _Preview] = {}


def _page(article: Article, config: SiteConfig, images: ImageSource,
          css_href: str) -> tuple[str, str]:
    body = render_body(article, config, images)
    return render_page(article, config, images, css_href=css_href, body_html=body), body


def _preview(client: Any, *args: Any) -> tuple[str | None, list[tuple[int, str]]]:
    state = _previews.pop(client, None) or _Preview()
    _previews[client] = state  # most recently used last
    while len(_previews) > MAX_CLIENTS:
        del _previews[next(iter(_previews))]
    return state.update(*args)


def _size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (tuple, list)):
        return sum(_size(v) for v in value)
    return 0


def handle(kind: str, args: tuple) -> tuple[str, Any]:
    from editor.render.sandbox import MAX_OUTPUT_CHARS

    try:
        if kind == "page":
            value: Any = _page(*args)
        elif kind == "preview":
            value = _preview(*args)
        elif kind == "ping":
            value = args
        else:
            return "error", f"could not render: unknown request {kind!r}"
    except RenderError as exc:
        if isinstance(exc.__cause__, MemoryError):  # a renderer wrapped it
            return "memory", ""
        return "error", exc.message
    except MemoryError:
        return "memory", ""
    except RecursionError:
        return "error", "could not render: the text is nested too deeply"
    except Exception as exc:  # report anything; the caller decides
        return "error", f"could not render: {type(exc).__name__}: {exc}"
    if _size(value) > MAX_OUTPUT_CHARS:
        return "error", "could not render: the page would be too large"
    return "ok", value


def serve(conn: Connection, memory_mb: int) -> None:
    """The worker's loop: until the pipe closes or memory runs out."""
    _limit_memory(memory_mb)
    # Everything imported so far lives as long as the worker: keep collections short.
    gc.collect()
    gc.freeze()
    conn.send_bytes(b"ready")
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            kind, args = pickle.loads(data)
            status, value = handle(kind, args)
        except MemoryError:
            status, value = "memory", ""
        except BaseException as exc:
            status, value = "error", f"could not render: {type(exc).__name__}: {exc}"
        try:
            if status == "memory":
                _previews.clear()
                gc.collect()
            conn.send_bytes(pickle.dumps((status, value), protocol=pickle.HIGHEST_PROTOCOL))
        except MemoryError:
            return  # the parent sees the pipe close
        except (OSError, EOFError):
            return
        if status == "memory":
            return  # a process that ran out may be in any state: the next call starts afresh
