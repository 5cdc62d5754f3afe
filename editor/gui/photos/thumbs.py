"""Thumbnails made off the GUI thread and cached on disk, keyed by the photo's content hash.

The worker only hands a QImage back (QPixmap must be made on the GUI thread). JPEGs are
decoded at reduced scale (Pillow's draft mode), so a 24-megapixel photo costs a fraction
of a full decode; the pool is kept small so many large photos do not pile up in memory.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from editor.model.atomic import atomic_write
from editor.model.confine import workspace_cache
from editor.model.errors import StorageError
from editor.model.photometa import open_image

THUMB_SIZE = 192
CACHE_SUBDIR = Path(".newsdesk") / "cache" / "thumbs"
_CHUNK = 1 << 20


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def make_thumbnail(path: Path, size: int = THUMB_SIZE) -> bytes:
    """A JPEG thumbnail of ``path``, orientation applied; raises OSError/ValueError."""
    from PIL import Image, ImageOps  # only when no thumbnail is cached (about 2.5 MiB)

    with open_image(path) as im:
        im.draft("RGB", (size, size))  # JPEG only: decode at 1/2 .. 1/8 scale
        im = ImageOps.exif_transpose(im)
        im.thumbnail((size, size))
        if im.mode in ("RGBA", "LA", "P", "PA"):
            im = im.convert("RGBA")
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, mask=im.getchannel("A"))
            im = flat
        elif im.mode != "RGB":
            im = im.convert("RGB")
        out = io.BytesIO()
        im.save(out, "JPEG", quality=85)
        return out.getvalue()


def cached_thumbnail(path: Path, cache_dir: Path | None, size: int = THUMB_SIZE) -> bytes:
    """From the cache when this content was seen before, else made and stored."""
    key = content_hash(path)
    target = cache_dir / f"{key}-{size}.jpg" if cache_dir is not None else None
    if target is not None and target.is_file():
        return target.read_bytes()
    data = make_thumbnail(path, size)
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data)
        except (OSError, StorageError):
            pass  # a read-only share only costs the cache
    return data


class _Signals(QObject):
    done = Signal(str, int, QImage)  # photo path, size, thumbnail (null image on failure)


class _Job(QRunnable):
    def __init__(self, path: Path, cache_dir: Path | None, size: int, signals: _Signals):
        super().__init__()
        self.path, self.cache_dir, self.size, self.signals = path, cache_dir, size, signals

    def run(self) -> None:
        lower_priority()
        image = QImage()
        try:
            image.loadFromData(cached_thumbnail(self.path, self.cache_dir, self.size),
                               "JPEG")
        except Exception:  # any unreadable photo just gets no thumbnail
            image = QImage()
        self.signals.done.emit(str(self.path), self.size, image)


_shared: tuple[QThreadPool, _Signals] | None = None
_niced: set[int] = set()


def lower_priority() -> None:
    """Let this helper thread yield the CPU to the GUI thread (Linux: per-thread nice)."""
    tid = threading.get_native_id()
    if tid in _niced or not hasattr(os, "setpriority"):
        return
    _niced.add(tid)
    try:
        os.setpriority(os.PRIO_PROCESS, tid, 10)
    except OSError:
        pass


def _pool() -> tuple[QThreadPool, _Signals]:
    """One small pool for every loader, living as long as the application.

    A pool owned by a dialog would make its destruction wait for a running decode,
    freezing the window for a few hundred milliseconds.
    """
    global _shared
    if _shared is None:
        pool = QThreadPool()
        # Leave a core to the GUI thread on small machines.
        pool.setMaxThreadCount(max(1, min(2, (os.cpu_count() or 2) - 1)))
        _shared = (pool, _Signals())
        atexit.register(_stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_stop)
    return _shared


def _stop() -> None:
    """At quit: drop the thumbnails not begun and let the running ones finish, before
    Python deletes the signals object they report to (they emitted on a deleted object
    while the app closed, from threads still running Python during its shutdown)."""
    if _shared is not None:
        pool, _signals = _shared
        pool.clear()
        pool.waitForDone(10_000)


class ThumbnailLoader(QObject):
    """Requests thumbnails; ``ready(path, QImage)`` arrives on the GUI thread."""

    ready = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None, size: int = THUMB_SIZE):
        super().__init__(parent)
        self.size = size
        self.pool, signals = _pool()
        self.cache_dir: Path | None = None
        signals.done.connect(self._done)
        self._pending: set[str] = set()
        self._memory: dict[tuple[str, int, int], QImage] = {}

    def set_workspace(self, root: Path | None) -> None:
        # No disk cache when the workspace's cache folder leads outside it (a symlink).
        cache = workspace_cache(root) if root is not None else None
        self.cache_dir = cache / CACHE_SUBDIR.name if cache is not None else None

    def request(self, path: Path) -> QImage | None:
        """The thumbnail if already known (same file, size and time), else queue it."""
        try:
            st = path.stat()
        except OSError:
            return QImage()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key in self._memory:
            return self._memory[key]
        if str(path) not in self._pending:
            self._pending.add(str(path))
            self.pool.start(_Job(path, self.cache_dir, self.size, _pool()[1]))
        return None

    def _done(self, path: str, size: int, image: QImage) -> None:
        if size != self.size or path not in self._pending:
            return  # another loader's request
        self._pending.discard(path)
        try:
            st = Path(path).stat()
            self._memory[(path, st.st_size, st.st_mtime_ns)] = image
        except OSError:
            pass
        self.ready.emit(path, image)

    def busy(self) -> bool:
        return bool(self._pending)

