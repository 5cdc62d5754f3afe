"""Photos dropped onto the Markdown editor: hand the files to the window, at the drop point.

The window installs it on its editor and decides what to do with the files (usually
``attach_files`` and then inserting ``photo_markdown(id)`` for every new photo)::

    drop = EditorPhotoDrop(editor)
    drop.files_dropped.connect(on_files)   # on_files(paths: list[Path])
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.model.errors import NewsdeskError


@contextmanager
def photo_paths(mime: QMimeData) -> Iterator[list[Path]]:
    """Photo files in a drop; an image without a file (from a browser) is saved as PNG.

    Use as ``with photo_paths(mime) as paths:`` and attach inside: a saved image's
    temporary folder is removed on leaving, when the article has its own copy.
    """
    # Loaded on the first drop: the filter is installed at start-up.
    from editor.gui.photos.attach import paths_from_mime, save_pasted_image
    from editor.model.photometa import looks_supported

    paths = [p for p in paths_from_mime(mime) if looks_supported(p)]
    scratch: Path | None = None
    if not paths and not mime.hasUrls() and mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if isinstance(image, QImage) and not image.isNull():
            try:
                paths = [save_pasted_image(image)]
                scratch = paths[0].parent
            except NewsdeskError:
                paths = []
    try:
        yield paths
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


class EditorPhotoDrop(QObject):
    """Event filter on an editor's viewport; other drops (text) pass through unchanged."""

    files_dropped = Signal(list)  # list[Path]; the text cursor is already at the drop point

    def __init__(self, editor: QPlainTextEdit | QTextEdit):
        super().__init__(editor)
        self.editor = editor
        editor.viewport().installEventFilter(self)

    def _wanted(self, mime: QMimeData) -> bool:
        from editor.gui.photos.attach import paths_from_mime
        from editor.model.photometa import looks_supported

        if mime.hasUrls():
            return any(looks_supported(p) for p in paths_from_mime(mime))
        return mime.hasImage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove derive from it
        if not self._wanted(event.mimeData()):
            return False
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            cursor = self.editor.cursorForPosition(event.position().toPoint())
            self.editor.setTextCursor(cursor)
            with photo_paths(event.mimeData()) as paths:
                if paths:
                    self.files_dropped.emit(paths)
        return True
