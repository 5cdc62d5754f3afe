"""Thumbnails: orientation, disk cache keyed by content, background loading, bad files."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image

from editor.gui.photos import thumbs
from editor.gui.photos.thumbs import ThumbnailLoader, cached_thumbnail, content_hash
from tests.model.test_photometa import make_jpeg


def _rotated_jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    Image.new("RGB", (400, 200), (10, 200, 10)).save(path, exif=exif.tobytes())
    return path


def test_thumbnail_applies_orientation_and_is_cached_by_content(tmp_path, monkeypatch) -> None:
    src = _rotated_jpeg(tmp_path / "hoch.jpg")
    cache = tmp_path / "cache"
    data = cached_thumbnail(src, cache)
    with Image.open(io.BytesIO(data)) as im:
        assert im.height > im.width and max(im.size) == thumbs.THUMB_SIZE
    assert (cache / f"{content_hash(src)}-{thumbs.THUMB_SIZE}.jpg").read_bytes() == data

    def fail(*_a, **_k):
        raise AssertionError("made again although cached")

    monkeypatch.setattr(thumbs, "make_thumbnail", fail)
    copy = tmp_path / "kopie.jpg"
    copy.write_bytes(src.read_bytes())  # same content, other name: same cache entry
    assert cached_thumbnail(copy, cache) == data


def test_loader_works_in_the_background(qtbot, tmp_path) -> None:
    good = make_jpeg(tmp_path / "a.jpg", size=(600, 400))
    bad = tmp_path / "b.jpg"
    bad.write_bytes(b"nope")
    loader = ThumbnailLoader()
    loader.set_workspace(tmp_path / "ws")
    results: dict[str, object] = {}
    loader.ready.connect(lambda path, image: results.__setitem__(path, image))
    assert loader.request(good) is None and loader.request(bad) is None
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results[str(good)].width() == thumbs.THUMB_SIZE
    assert results[str(bad)].isNull()
    assert not loader.busy()
    assert loader.request(good) is not None  # now known in memory
    assert any((tmp_path / "ws" / thumbs.CACHE_SUBDIR).glob("*.jpg"))


def test_no_thumbnail_cache_through_a_symlinked_workspace_cache(tmp_path) -> None:
    from editor.gui.photos.thumbs import ThumbnailLoader

    outside = tmp_path / "outside"
    outside.mkdir()
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / ".newsdesk").symlink_to(outside, target_is_directory=True)
    loader = ThumbnailLoader()
    loader.set_workspace(ws)
    assert loader.cache_dir is None
    (ws / ".newsdesk").unlink()
    loader.set_workspace(ws)
    assert loader.cache_dir == ws / ".newsdesk" / "cache" / "thumbs"


_CACHED = """
import sys
from pathlib import Path
import editor.gui.photos.panel  # the photos panel and all it imports
from editor.gui.photos.thumbs import cached_thumbnail
from editor.model.photometa import check_photo_file
data = cached_thumbnail(Path(sys.argv[1]), Path(sys.argv[2]))
print(len(data), "PIL" in sys.modules)
check_photo_file(Path(sys.argv[1]))  # a photo's check opens it: now Pillow is there
print("PIL" in sys.modules)
"""


def test_a_cached_thumbnail_loads_no_pillow(tmp_path) -> None:
    """The photos panel of a returning start (thumbnails cached) leaves Pillow unloaded:
    about 2.5 MiB of the app's memory. A fresh process, as the app is."""
    import subprocess
    import sys

    src = _rotated_jpeg(tmp_path / "hoch.jpg")
    cache = tmp_path / "cache"
    made = cached_thumbnail(src, cache)
    done = subprocess.run([sys.executable, "-c", _CACHED, str(src), str(cache)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(made)), "False", "True"]


_CLOSING = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from editor.gui.photos import thumbs

def slow(path, cache_dir, size=thumbs.THUMB_SIZE):  # a large photo being decoded
    time.sleep(0.3)
    return b""

thumbs.cached_thumbnail = slow
app = QApplication([])
loader = thumbs.ThumbnailLoader()
for n in range(6):
    loader.request(Path(sys.argv[1]))
    loader._pending.clear()  # ask again: six jobs
app.processEvents()
time.sleep(0.05)  # two of them running
print("closing", flush=True)
"""


def test_closing_while_thumbnails_are_made_is_clean(tmp_path) -> None:
    """The app closing while thumbnails are being made: queued ones are dropped, running
    ones finish before the object they report to is gone (they emitted on a deleted
    object, from threads running Python during the interpreter's shutdown)."""
    import subprocess
    import sys

    photo = _rotated_jpeg(tmp_path / "hoch.jpg")
    done = subprocess.run([sys.executable, "-c", _CLOSING, str(photo)], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["closing"]
    assert "Traceback" not in done.stderr and "deleted" not in done.stderr, done.stderr
