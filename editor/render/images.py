"""Where image URLs come from: an interface, and the local-originals version for the preview."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from PIL import Image, UnidentifiedImageError

from editor.model.article import Article, Photo
from editor.model.confine import UnsafePathError

# Pillow format names -> the names used in ImageVariant.format and MIME types.
_FORMATS = {"JPEG": "jpeg", "MPO": "jpeg", "WEBP": "webp", "AVIF": "avif", "PNG": "png",
            "GIF": "gif", "HEIF": "heif", "TIFF": "tiff"}
MIME = {"jpeg": "image/jpeg", "webp": "image/webp", "avif": "image/avif", "png": "image/png",
        "gif": "image/gif"}


@dataclass(frozen=True)
class ImageVariant:
    url: str
    width: int
    height: int
    format: str  # "jpeg" | "webp" | "avif" (the preview may also report "png" etc.)


class ImageSource(Protocol):
    def variants(self, photo: Photo) -> list[ImageVariant]:
        """Every size and format available for ``photo``; empty when there is none."""
        ...


_size_cache: dict[tuple[str, int, int], tuple[int, int, str] | None] = {}
_size_lock = threading.Lock()


def image_header(path: Path) -> tuple[int, int, str] | None:
    """(width, height, format) as displayed, read from the header only; None if unreadable.

    Cached by path, mtime and size, so an unchanged photo is opened once per process."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (str(path), st.st_mtime_ns, st.st_size)
    with _size_lock:
        if key in _size_cache:
            return _size_cache[key]
    result: tuple[int, int, str] | None
    try:
        with Image.open(path) as im:  # lazy: decodes no pixels
            width, height = im.size
            fmt = _FORMATS.get(im.format or "", (im.format or "").lower())
            try:
                orientation = im.getexif().get(0x0112, 1)
            except Exception:  # a broken EXIF block must not hide the photo
                orientation = 1
        if orientation in (5, 6, 7, 8):  # rotated by 90 degrees when displayed
            width, height = height, width
        result = (width, height, fmt)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        result = None
    with _size_lock:
        if len(_size_cache) > 4096:  # old mtimes pile up while photos are replaced
            _size_cache.clear()
        _size_cache[key] = result
    return result


class PreviewImages:
    """The attached originals themselves: one variant per photo at its full size."""

    def __init__(self, article: Article, base_url: str = "") -> None:
        self.article = article
        self.base_url = base_url

    def variants(self, photo: Photo) -> list[ImageVariant]:
        try:
            path = self.article.photo_path(photo)
        except UnsafePathError:
            return []  # refused by validation; the preview shows the placeholder
        header = image_header(path)
        if header is None:
            return []
        width, height, fmt = header
        return [ImageVariant(self.base_url + quote(photo.file), width, height, fmt)]
