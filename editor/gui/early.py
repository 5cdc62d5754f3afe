"""Start-up work that needs neither Qt nor the window's modules (nothing here imports a Qt
module; the PySide6 package itself only once the worker is started).

The preview's first page is rendered in the render worker process (editor.render.sandbox):
a fresh interpreter that imports the renderer (Python-Markdown, Jinja2, nh3) before it can
answer, about as much CPU as the window takes to build. Started here, before PySide6 and the
window's modules are imported (``editor.cli`` and ``app.application()`` call
:func:`start_render_worker` first), it warms up on the other core while this process imports
Qt; ``app.application()`` then hands it to the preview (:func:`hand_over`).

Unless the first page will probably need no render (editor.gui.first_page: the page kept
at the last close, for an article.md that has not changed since): then the worker is not
started here but once that page is shown (:func:`deferred`), and the app and the web
engine have both cores for the first paint.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.render.sandbox import Sandbox

_lock = threading.Lock()
_sandbox: Sandbox | None = None  # started here, not yet the preview's
_deferred = False  # not started: the kept first page is probably shown without a render


def start_render_worker() -> None:
    """Start the preview's render worker process now (returns at once; idempotent), or
    leave it for later when the first page probably needs no render. Then PySide6's
    import hook is made cheap, before the app's modules are imported."""
    global _sandbox, _deferred
    from editor.gui import first_page

    if _deferred or first_page.likely_hit():
        _deferred = True
    else:
        from editor.render.sandbox import Sandbox

        with _lock:
            if _sandbox is None:
                _sandbox = Sandbox(keep_warm=True)
                _sandbox.prestart()
    _cheap_pyside_check()


def _cheap_pyside_check() -> None:
    """Import the PySide6 package (shiboken and its import hook; no Qt module yet) and
    install editor.gui.pyside_hook at once: every module imported after PySide6 is
    checked, and without the hook each one's source is read and split (about 30 modules
    of ours and the standard library before the first paint, 25-40 ms of CPU)."""
    import PySide6  # noqa: F401

    from editor.gui import pyside_hook

    pyside_hook.install()


def deferred() -> bool:
    """The worker was not started early (the preview starts it when it needs it)."""
    return _deferred


def resume() -> None:
    """From now on the preview starts its worker as usual (the first page is shown, or
    it needs a render after all)."""
    global _deferred
    _deferred = False


def take() -> Sandbox | None:
    """The sandbox started early, once (None if none was started or it was taken)."""
    global _sandbox
    with _lock:
        sandbox, _sandbox = _sandbox, None
    return sandbox


def hand_over() -> None:
    """Make the early worker the preview's (editor.gui.preview.worker.preview_sandbox);
    closed instead if the preview already has one."""
    from editor.gui.preview import worker

    sandbox = take()
    if sandbox is None:
        return
    with worker._sandbox_lock:  # the preview's singleton, set before anyone asked for it
        if worker._sandbox is None:
            worker._sandbox = sandbox
            return
    sandbox.close()
