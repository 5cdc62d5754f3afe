"""Dialogs and a watcher for working safely on a shared drive: locks, conflicts, versions,
trash, outside changes. Each has a small API for the main window to call.

The names are imported on first use: the window needs the locks and the watcher at
start-up, the dialogs (and the diff, history and trash code behind them) only when one
opens."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.gui.safety.conflict import ConflictDialog
    from editor.gui.safety.history_dialog import HistoryDialog
    from editor.gui.safety.lock_notice import ask_take_over_lock
    from editor.gui.safety.locking import EditLocks
    from editor.gui.safety.notices import report_workspace_vanished, show_read_only_notice
    from editor.gui.safety.trash_dialog import TrashDialog
    from editor.gui.safety.watcher import ArticleWatcher

_WHERE = {
    "ArticleWatcher": "watcher",
    "ConflictDialog": "conflict",
    "EditLocks": "locking",
    "HistoryDialog": "history_dialog",
    "TrashDialog": "trash_dialog",
    "ask_take_over_lock": "lock_notice",
    "report_workspace_vanished": "notices",
    "show_read_only_notice": "notices",
}

__all__ = [
    "ArticleWatcher",
    "ConflictDialog",
    "EditLocks",
    "HistoryDialog",
    "TrashDialog",
    "ask_take_over_lock",
    "report_workspace_vanished",
    "show_read_only_notice",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
