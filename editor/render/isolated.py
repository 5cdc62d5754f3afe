"""Rendering in a worker process with a time limit.

Python-Markdown can take minutes on some inputs (thousands of '[' in a row); a thread
cannot be stopped, a process can."""

from __future__ import annotations

import multiprocessing
import pickle
import sys
from multiprocessing.connection import Connection
from typing import Any

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.render.errors import RenderError
from editor.render.images import ImageSource


def _context() -> Any:
    if sys.platform.startswith("linux"):
        # a clean, preloaded server process forks the workers: fast, and safe in a Qt app
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["editor.render"])
        return ctx
    return multiprocessing.get_context("spawn")


def _worker(conn: Connection, payload: bytes) -> None:
    from editor.render.page import render_page

    try:
        article, config, images, css_href = pickle.loads(payload)
        conn.send(("ok", render_page(article, config, images, css_href=css_href)))
    except RenderError as exc:
        conn.send(("error", exc.message))
    except BaseException as exc:  # report anything; the parent decides
        conn.send(("error", f"could not render: {type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def render_page_isolated(article: Article, config: SiteConfig, images: ImageSource, *,
                         timeout: float = 5.0, css_href: str = "assets/article.css") -> str:
    """render_page in a separate process; RenderError when it fails or takes too long."""
    try:
        payload = pickle.dumps((article, config, images, css_href))
    except Exception as exc:
        raise RenderError(f"could not render: the image source cannot be sent to a "
                          f"worker process ({exc})") from exc
    ctx = _context()
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_worker, args=(send, payload), daemon=True)
    process.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise RenderError("could not render: took too long")
        try:
            status, value = receive.recv()
        except EOFError as exc:
            raise RenderError("could not render: the render process stopped") from exc
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(1.0)
    if status != "ok":
        raise RenderError(value)
    return value
