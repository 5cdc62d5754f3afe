"""One watcher per workspace for the article list: notices new, removed and edited articles
and other people's review events, without a watch per article.

QFileSystemWatcher on ``articles/`` reports added, removed and renamed article folders at
once. Changes inside an article folder (a colleague's save, a new review event) do not
reach a watch on ``articles/``, and on network drives no change notification crosses
machines at all, so the list is also polled: the index's own refresh (one ``stat`` of
article.md and review/ per article, on a worker thread) every POLL_MS, stretched to 30
times the last refresh's duration (large workspaces, slow shares) so polling never takes
more than a thirtieth of a core or of the share, and put off while the user types a
search (the worker's Python code would compete with the window for the interpreter).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

POLL_MS = 2000
SETTLE_MS = 250


class WorkspaceWatcher(QObject):
    changed = Signal()  # something in the articles folder may have changed: refresh

    def __init__(self, parent: QObject | None = None, poll_ms: int = POLL_MS,
                 settle_ms: int = SETTLE_MS):
        super().__init__(parent)
        self._folder: Path | None = None
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(lambda _p: self._settle.start())
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self._fire)
        self._poll_ms = poll_ms
        self._poll = QTimer(self, singleShot=True, interval=poll_ms)
        self._poll.timeout.connect(self._fire)
        self._interval = poll_ms

    def set_folder(self, folder: Path | None) -> None:
        if self._fs.directories():
            self._fs.removePaths(self._fs.directories())
        self._folder = folder
        self._settle.stop()
        self._poll.stop()
        if folder is None:
            return
        if folder.is_dir():
            self._fs.addPath(str(folder))
        self._poll.start(self._poll_ms)

    def watched(self) -> list[str]:
        return self._fs.directories()

    def _fire(self) -> None:
        self._poll.stop()
        self.changed.emit()

    def refresh_took(self, seconds: float) -> None:
        """Called after each refresh: the next poll waits at least 30 times as long."""
        if self._folder is None:
            return
        if self._folder.is_dir() and str(self._folder) not in self._fs.directories():
            self._fs.addPath(str(self._folder))  # the folder was created or replaced
        self._interval = max(self._poll_ms, int(seconds * 30_000))
        self._poll.start(self._interval)

    def postpone(self) -> None:
        """Put the next poll off by a whole interval (the user is busy with the list)."""
        if self._poll.isActive():
            self._poll.start(self._interval)
