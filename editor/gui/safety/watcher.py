"""Notice outside changes while the app runs: to the open article, and to the article list.

QFileSystemWatcher loses a file when it is replaced by a rename (as every atomic save,
ours or a colleague's, does), so we also watch the article's folder and re-add the file.
Events are coalesced for a moment, then the file's hash decides: our own saves (whose
hash the window reports through ``set_known_hash``) never count as outside changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.model.errors import StorageError
from editor.model.storage import file_hash

SETTLE_MS = 250


class ArticleWatcher(QObject):
    article_changed_on_disk = Signal()  # article.md now differs from what we loaded/saved
    workspace_changed = Signal()        # articles were added, removed or renamed

    def __init__(self, parent: QObject | None = None, settle_ms: int = SETTLE_MS):
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_path_changed)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._article: Path | None = None
        self._articles_dir: Path | None = None
        self._known_hash: str | None = None
        self._reported_hash: str | None = None
        self._held = 0
        self._article_timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._article_timer.timeout.connect(self.check_article)
        self._list_timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._list_timer.timeout.connect(self.workspace_changed.emit)

    # What to watch ---------------------------------------------------------------------

    def set_workspace(self, articles_dir: Path | None) -> None:
        if self._articles_dir is not None:
            self._watcher.removePath(str(self._articles_dir))
        self._articles_dir = articles_dir
        if articles_dir is not None and articles_dir.is_dir():
            self._watcher.addPath(str(articles_dir))

    def set_article(self, article_md: Path | None, known_hash: str | None = None) -> None:
        """Watch ``article_md`` (None: nothing); ``known_hash`` is its hash as loaded."""
        if self._article is not None:
            self._watcher.removePaths([str(self._article), str(self._article.parent)])
        self._article = article_md
        self._reported_hash = None
        self._article_timer.stop()
        if article_md is None:
            self._known_hash = None
            return
        self._known_hash = known_hash if known_hash is not None else self._hash()
        self._watcher.addPath(str(article_md.parent))
        if article_md.exists():
            self._watcher.addPath(str(article_md))

    def set_known_hash(self, known_hash: str) -> None:
        """Call after each save (and reload) with the hash now on disk."""
        self._known_hash = known_hash
        self._reported_hash = None

    def hold(self) -> None:
        """Something of this app is rewriting the workspace's files (a Git sync, which
        writes an article with conflict markers until it resolves them): report no change
        of the article until release(), which looks once. Holds nest."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if not self._held:
            self._article_timer.start()  # whatever happened meanwhile, looked at once

    def watched(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()

    # Events ----------------------------------------------------------------------------

    def _on_path_changed(self, path: str) -> None:
        if self._article is not None and path == str(self._article):
            self._article_timer.start()

    def _on_directory_changed(self, path: str) -> None:
        if self._article is not None and path == str(self._article.parent):
            self._article_timer.start()
        if self._articles_dir is not None and path == str(self._articles_dir):
            self._list_timer.start()

    def check_article(self) -> bool:
        """Compare the file with what we know; emit once per new outside version."""
        if self._article is None or self._held:
            return False
        if self._article.exists() and str(self._article) not in self._watcher.files():
            self._watcher.addPath(str(self._article))  # replaced by a rename: watch the new one
        current = self._hash()
        if current is None or current == self._known_hash or current == self._reported_hash:
            return False
        self._reported_hash = current
        self.article_changed_on_disk.emit()
        return True

    def _hash(self) -> str | None:
        if self._article is None:
            return None
        try:
            return file_hash(self._article)
        except StorageError:
            return None  # unreadable for a moment (a share hiccup): look again next event
