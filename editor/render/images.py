"""Where image URLs come from: an interface, and the local-originals version for the preview."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from editor.model import imagesize
from editor.model.article import Article, Photo
from editor.model.confine import UnsafePathError

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


def image_header(path: Path) -> tuple[int, int, str] | None:
    """(width, height, format) as displayed, read from the header only; None if unknown.
    Pure Python (editor.model.imagesize): the render worker and the app load no Pillow
    for it (about 5 MiB in the worker, with its JPEG plugin)."""
    return imagesize.header(path)


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
