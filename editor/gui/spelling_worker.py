"""The spelling thread of the editor: one worker thread for the whole app, the checkers
opened on it (by language and workspace), and the bridge that carries its results to the
GUI thread. Used by the sessions of editor.gui.spelling."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from editor.model.article import Article
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import NewsdeskError
from editor.model.spelling.engine import SpellChecker, article_language, open_checker


def workspace_of(folder: Path) -> Path | None:
    """The workspace an article folder belongs to (nearest folder with newsdesk.toml)."""
    for candidate in [folder, *list(folder.parents)[:6]]:
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    return None


_POOL: ThreadPoolExecutor | None = None


def pool() -> ThreadPoolExecutor:
    """The one spelling thread of the app, shared by every session (one thread in all,
    and Hunspell is asked from one thread at a time)."""
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
    return _POOL


# Checkers already opened, by (language, workspace): opening one reads the Hunspell files
# (tens of ms) and its cache of answers serves every article of that language.
_checkers: dict[tuple[str, Path | None], SpellChecker] = {}


def open_for(article: Article) -> SpellChecker:
    """On the worker thread: the checker in the article's language."""
    root = workspace_of(article.folder)
    language = "de"
    if root is not None:
        try:
            language = load_config(root / CONFIG_NAME).language
        except NewsdeskError:
            pass  # a broken newsdesk.toml is reported elsewhere; check in German
    return open_key((article_language(article.extra.get("language"), language), root))


def open_key(key: tuple[str, Path | None]) -> SpellChecker:
    """On the worker thread: the checker for (language, workspace), opened once."""
    checker = _checkers.get(key)
    if checker is None or not checker.available:
        checker = _checkers[key] = open_checker(*key)
    else:
        checker.workspace.reload()  # someone may have added words meanwhile
    return checker


class _Bridge(QObject):
    """Carries results from the spelling thread to the GUI thread. It lives as long as the
    app, so the thread never emits on an object being deleted (a session goes with its
    window); the result is dropped there when its session is gone."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._run)

    @staticmethod
    def _run(call: Callable[[], None]) -> None:
        call()


_BRIDGE: _Bridge | None = None


def bridge() -> _Bridge:
    global _BRIDGE
    if _BRIDGE is None:
        _BRIDGE = _Bridge()
    return _BRIDGE


def deliver(session: QObject, method: str, generation: int, future: Future) -> None:
    """On the spelling thread: hand ``future``'s result to ``session.method`` on the GUI
    thread (``session``: an editor.gui.spelling.SpellingSession)."""
    if future.cancelled():
        return
    error = future.exception()
    if error is None:
        value: object = future.result()
    elif method == "_checker_opened":  # said in the status bar; spelling is off
        method, value = "_checker_failed", error
    else:  # a failed check leaves its words unmarked; the next edit asks again
        return

    def call() -> None:
        if shiboken6.isValid(session):
            getattr(session, method)(generation, value)
    bridge().delivered.emit(call)
