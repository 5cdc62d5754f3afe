"""What runs inside a render worker process (see editor.render.sandbox).

Started as ``python -P -c "...; main()" MEMORY_MB SYS_PATH``; requests arrive pickled
over stdin (editor.render.channel) as ``(kind, args, memory_mb)``, one at a time, and
answers leave over stdout. The address-space limit follows each request's ``memory_mb``
(a soft limit, so it can be raised again), so one prestarted worker serves any site:

- ``("page", (article, config, images, css_href))`` -> ``(page_html, body_html)``
- ``("preview", (client, article, config, base_url, css_href, full))`` ->
  ``(page_html or None, [(line, html), ...])``: the preview's blocks, rendered
  incrementally with a cache kept here between requests; the page only when something
  outside the body blocks changed (or ``full``), else None (patch the blocks).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: no address-space limit; the time limit still holds
    resource = None  # type: ignore[assignment]

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.render.body import IncrementalRenderer, join_blocks, lead_in_header, render_body
from editor.render.channel import Channel
from editor.render.errors import RenderError
from editor.render.frame import FRAME_DIR, FRAME_NAME, read_frame
from editor.render.images import ImageSource
from editor.render.page import render_page, workspace_root
from editor.render.preview_images import ScaledPreviewImages, prune_removed

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
    whole page is reloaded (title, lead, photos and their credits, the photo order, the
    workspace's page frame)."""
    front = article.front_matter()
    refs = tuple(pid for _line, pid, _alt in article.photo_refs())
    header = lead_in_header(article)
    return (repr(front), refs, header.id if header else None, _frame_key(article))


def _frame_key(article: Article) -> str | None:
    """The page frame's text (at most 64 KiB, read afresh: an edited frame shows with the
    next change), or its error, which render_page then reports."""
    try:
        return read_frame(workspace_root(article))
    except RenderError as exc:
        return f"error: {exc.describe()}"


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
            # smaller copies of large photos: the preview's engine decodes less
            self.renderer = IncrementalRenderer(config, ScaledPreviewImages(article, base_url))
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
        prune_removed(article)  # a whole page: photos may have gone, and their copies go
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


def _frame_place(exc: RenderError) -> str:
    """"templates/frame.html, line 3: " for an error in the page frame: the preview says
    which file to fix (the article's own errors need no file name)."""
    if exc.path is None:
        return ""
    path = Path(exc.path)
    if path.parts[-2:] == (FRAME_DIR, FRAME_NAME):
        where = f"{FRAME_DIR}/{FRAME_NAME}"
    elif path.name == FRAME_DIR:
        where = FRAME_DIR
    else:
        return ""
    return f"{where}, line {exc.line}: " if exc.line is not None else f"{where}: "


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
        return "error", _frame_place(exc) + exc.message
    except MemoryError:
        return "memory", ""
    except RecursionError:
        return "error", "could not render: the text is nested too deeply"
    except Exception as exc:  # report anything; the caller decides
        return "error", f"could not render: {type(exc).__name__}: {exc}"
    if _size(value) > MAX_OUTPUT_CHARS:
        return "error", "could not render: the page would be too large"
    return "ok", value


def warm_up() -> None:
    """Render a small page once: the first real render then finds the page template
    compiled, the Markdown extensions' patterns built and the date names of the usual
    languages loaded (about 0.1 s, done while the app builds its window). Pillow is not
    loaded: photo sizes come from their headers, and only missing preview copies
    (editor.render.preview_images) need it."""
    import datetime as dt

    from editor.model.config import config_from_dict

    for language in ("de", "en"):
        try:
            config = config_from_dict({"site_name": "Warm", "language": language})
            article = Article(folder=Path("newsdesk-warm-up"), title="Titel",
                              lead="Vorspann", date=dt.date(2022, 6, 24), kicker="Aktuelles",
                              tags=["a"],
                              body="## Zwischentitel\n\nText mit *Betonung*, einem "
                                   "[Link](https://example.org) und \"Zitat\".\n\n"
                                   "- eins\n- zwei\n\n> Zitat\n")
            _Preview().update(article, config, "file:///", "a.css", True)
        except Exception:  # only a head start; the real render reports
            pass


def _watch_parent() -> None:
    """End when the app ends, even in the middle of a long render (the pipe tells an
    idle worker; a busy one would go on until its render is done)."""
    parent = os.getppid()
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def main() -> None:
    """The worker process: argv[1] is the memory limit in MB."""
    memory_mb = int(sys.argv[1])
    # Answers go to the original stdout; anything printed goes to stderr instead.
    out = os.dup(1)
    os.dup2(2, 1)
    if hasattr(signal, "SIGINT"):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the app's to handle
    if os.name == "posix":
        threading.stack_size(256 * 1024)  # not the default 8 MB of the address space limit
        threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
        threading.stack_size(0)
    serve(Channel(0, out), memory_mb)


def serve(conn: Any, memory_mb: int) -> None:
    """The worker's loop: until the pipe closes or memory runs out. ``conn`` has
    send_bytes and recv_bytes (editor.render.channel.Channel)."""
    _limit_memory(memory_mb)
    limit = memory_mb
    warm_up()
    _previews.clear()
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
            kind, args, memory_mb = pickle.loads(data)
            if memory_mb != limit:  # the site's limit (the soft limit moves both ways)
                _limit_memory(memory_mb)
                limit = memory_mb
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
