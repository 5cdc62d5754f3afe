"""Dialogs and a watcher for working safely on a shared drive: locks, conflicts, versions,
trash, outside changes. Each has a small API for the main window to call."""

from editor.gui.safety.conflict import ConflictDialog
from editor.gui.safety.history_dialog import HistoryDialog
from editor.gui.safety.lock_notice import ask_take_over_lock
from editor.gui.safety.locking import EditLocks
from editor.gui.safety.notices import report_workspace_vanished, show_read_only_notice
from editor.gui.safety.trash_dialog import TrashDialog
from editor.gui.safety.watcher import ArticleWatcher

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
