"""Dialogs and a watcher for working safely on a shared drive: locks, conflicts, versions,
trash, outside changes. Each has a small API for the main window to call.

The names are imported on first use: the window needs the locks and the watcher at
start-up, the dialogs (and the diff, history and trash code behind them) only when one
opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor import lazy

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


__getattr__ = lazy.exports(__name__, _WHERE, globals())
