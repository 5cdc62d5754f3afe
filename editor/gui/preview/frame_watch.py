"""Notice an edited page frame (``templates/frame.html`` of the workspace) while the
preview shows one of its articles, so the preview reloads without waiting for an edit.

The watcher follows the workspace folder (``templates/`` appearing or going) and
``templates/`` itself (an editor's save by rename), plus the file (a save in place).
Events are coalesced for a moment; then the file's status (size, times, inode) decides,
so events on other files of the workspace folder reload nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 200


def _frame_state(root: Path) -> object:
    """The status of templates/ and the frame file (None where missing): a change means a
    reload. Not the text: checking that is the render layer's work, in the worker."""
    out = []
    for path in (root / "templates", root / "templates" / "frame.html"):
        try:
            st = os.lstat(path)
        except OSError:
            out.append(None)
            continue
        out.append((st.st_mode, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
    return tuple(out)


def workspace_of(article_folder: Path) -> Path | None:
    """The workspace whose frame the page gets (editor.render.page.workspace_root's rule)."""
    folder = Path(article_folder)
    root = folder.parent.parent
    if folder.parent.name == "articles" and (root / "newsdesk.toml").is_file():
        return root
    return None


class FrameWatcher(QObject):
    frame_changed = Signal()  # templates/frame.html now differs from what was last seen

    def __init__(self, parent: QObject | None = None, settle_ms: int = SETTLE_MS):
        super().__init__(parent)
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._poke)
        self._fs.fileChanged.connect(self._poke)
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self.check)
        self._root: Path | None = None
        self._state: object = None

    def set_workspace(self, root: Path | None) -> None:
        """Watch the frame of the workspace ``root`` (None: nothing). Cheap when unchanged."""
        if root == self._root:
            return
        paths = self._fs.files() + self._fs.directories()
        if paths:
            self._fs.removePaths(paths)
        self._timer.stop()
        self._root = root
        if root is None:
            return
        self._state = _frame_state(root)
        self._follow()

    def watched(self) -> list[str]:
        return self._fs.files() + self._fs.directories()

    def _follow(self) -> None:
        """Watch what exists now (a file replaced by a rename drops out of the watcher)."""
        if self._root is None:
            return
        have = set(self.watched())
        for path in (self._root, self._root / "templates", self._root / "templates" /
                     "frame.html"):
            if str(path) not in have and path.exists() and not path.is_symlink():
                self._fs.addPath(str(path))

    def _poke(self, _path: str) -> None:
        self._timer.start()

    def check(self) -> bool:
        """Emit frame_changed when the frame file changed since last seen."""
        if self._root is None:
            return False
        self._follow()
        state = _frame_state(self._root)
        if state == self._state:
            return False
        self._state = state
        self.frame_changed.emit()
        return True
