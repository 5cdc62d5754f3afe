"""One watcher per workspace for the article list: notices new, removed and edited articles
and other people's review events, without a watch per article.

QFileSystemWatcher on ``articles/`` reports added, removed and renamed article folders at
once. Changes inside an article folder (a colleague's save, a new review event) do not
reach a watch on ``articles/``, and on network drives no change notification crosses
machines at all, so the list is also polled: the index's own refresh (one ``stat`` of
article.md and review/ per article, on a worker thread) every POLL_MS, stretched to ten
times the last refresh's duration on slow shares so polling never takes more than a tenth
of a core or of the share.
"""

from __future__ import annotations

import time
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
        self._started = 0.0

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
        self._started = time.monotonic()
        self.changed.emit()

    def refresh_took(self, seconds: float) -> None:
        """Called after each refresh: the next poll waits at least ten times as long."""
        if self._folder is None:
            return
        if self._folder.is_dir() and str(self._folder) not in self._fs.directories():
            self._fs.addPath(str(self._folder))  # the folder was created or replaced
        self._poll.start(max(self._poll_ms, int(seconds * 10_000)))
