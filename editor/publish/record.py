"""What a bundle says about its contents, taken from the export's snapshot: the bundle
names of the image derivatives (ImageFile), the render layer's image source for them
(BundleImages) and article.json without its page and CSS entries (partial_record).

Split out of editor.publish.bundle, which writes these into the bundle. Like it, this
module loads the render code only when it is called (an up-to-date export never is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor import __version__
from editor.model import contenthash
from editor.model.article import Article, Photo
from editor.model.checked import CheckedArticle
from editor.model.config import SiteConfig
from editor.publish import names

if TYPE_CHECKING:
    from editor.publish.derivatives import PhotoDerivatives
    from editor.render import ImageVariant

__all__ = ["SCHEMA", "BundleImages", "ImageFile", "image_files", "partial_record"]

SCHEMA = "newsdesk-article/1"


@dataclass(frozen=True)
class ImageFile:
    """One derivative as it appears in the bundle."""

    url: str  # relative to the bundle: images/<stem>-<width>.<ext>
    width: int
    height: int
    format: str
    size: int
    sha256: str
    source: Path  # the cached file it is copied from


def image_files(article: Article, built: dict[str, PhotoDerivatives]) -> dict[str,
                                                                             list[ImageFile]]:
    """Bundle names for every derivative, by photo id (stems unique ignoring case)."""
    stems = names.unique_stems([p.id for p in article.photos])
    out: dict[str, list[ImageFile]] = {}
    for photo, stem in zip(article.photos, stems, strict=True):
        out[photo.id] = [
            ImageFile(f"images/{stem}-{d.width}.{d.ext}", d.width, d.height, d.format, d.size,
                      d.sha256, d.path)
            for d in built[photo.id].derivatives
        ]
    return out


def partial_record(snap: CheckedArticle, config: SiteConfig,
                   built: dict[str, PhotoDerivatives], files: dict[str, list[ImageFile]],
                   body_html: str) -> dict[str, Any]:
    """article.json without the page and CSS entries (added once written): everything a
    CMS import needs, from the snapshot; no timestamps, so it is reproducible. Files are
    named only relative to the bundle (never the workspace's photo paths)."""
    from editor.render.page import canonical_url

    article = snap.article
    date = article.date.isoformat() if isinstance(article.date, dt.date) else article.date
    photos = []
    for photo in article.photos:
        b = built[photo.id]
        photos.append({
            "id": photo.id,
            **photo.credits(),
            "original": {"width": b.width, "height": b.height, "sha256": b.source_sha256},
            "files": [{"path": f.url, "width": f.width, "height": f.height,
                       "format": f.format, "bytes": f.size, "sha256": f.sha256}
                      for f in files[photo.id]],
        })
    return {
        "schema": SCHEMA,
        "generator": f"newsdesk {__version__}",
        "slug": article.slug,
        "language": config.language,
        "url": canonical_url(article, config),
        "title": article.title,
        "kicker": article.kicker,
        "date": date,
        "author": article.author,
        "lead": article.lead,
        "tags": list(article.tags),
        "lead_photo": article.lead_photo,
        "body_html": body_html,
        "photos": photos,
        "files": [],
        "content_hash": snap.content_hash,
        "content_hash_format": contenthash.FORMAT,
        "approval": snap.approval(),
    }


class BundleImages:
    """The render layer's ImageSource for the bundle: relative ``images/...`` URLs."""

    def __init__(self, files: dict[str, list[ImageFile]]):
        self.files = files

    def variants(self, photo: Photo) -> list[ImageVariant]:
        from editor.render.images import ImageVariant

        return [ImageVariant(f.url, f.width, f.height, f.format)
                for f in self.files.get(photo.id, [])]
