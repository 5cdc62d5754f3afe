"""Notice review events that other people add to articles in a shared folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.model.article import REVIEW_DIR

DEBOUNCE_MS = 300


class ReviewWatcher(QObject):
    """Watches ``<article>/review/`` folders; emits ``events_changed(article folder)`` once
    per burst of changes (an event is a temporary file, a link and a removal)."""

    events_changed = Signal(Path)

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._on_changed)
        self._articles: set[Path] = set()
        # The paths handed to the file system watcher, kept here: asking it for its list
        # (directories()) copies the whole list, once per article made watching quadratic.
        self._paths: set[str] = set()
        self._pending: set[Path] = set()
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._flush)

    def watch(self, article_folder: Path) -> None:
        folder = Path(article_folder)
        self._articles.add(folder)
        # The article folder too, so a review/ folder created later is noticed.
        paths = [str(p) for p in (folder, folder / REVIEW_DIR) if p.is_dir()]
        new = [p for p in paths if p not in self._paths]
        if new:
            failed = set(self._fs.addPaths(new))
            self._paths.update(p for p in new if p not in failed)

    def unwatch(self, article_folder: Path) -> None:
        folder = Path(article_folder)
        self._articles.discard(folder)
        paths = [str(p) for p in (folder, folder / REVIEW_DIR) if str(p) in self._paths]
        if paths:
            self._fs.removePaths(paths)
            self._paths.difference_update(paths)

    def clear(self) -> None:
        if self._paths:
            self._fs.removePaths(list(self._paths))
        self._paths.clear()
        self._articles.clear()

    def watched(self) -> set[Path]:
        return set(self._articles)

    def _on_changed(self, path: str) -> None:
        changed = Path(path)
        article = changed.parent if changed.name == REVIEW_DIR else changed
        if article not in self._articles:
            return
        if changed == article:
            # Only a review/ folder that has just appeared matters here, not saves.
            review = str(article / REVIEW_DIR)
            if not Path(review).is_dir():
                return
            if review in self._paths:
                # One lookup per change event (not per article): a review/ folder removed
                # and made again has silently left the file system watcher.
                if review in self._fs.directories():
                    return
                self._paths.discard(review)
            self.watch(article)
        self._pending.add(article)
        self._timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        for article in sorted(pending):
            self.events_changed.emit(article)
