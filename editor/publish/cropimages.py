"""The crops (editor.publish.crops) as the bundle names them and the page uses them.

Kept apart from crops.py, which loads Pillow: the render worker receives a CropImages
(pickled) and needs only this light module to use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.model.article import Article, Photo
from editor.publish import names
from editor.publish.record import BundleImages, ImageFile

if TYPE_CHECKING:
    from editor.publish.crops import PhotoCrops

RATIO_TEXT = {"card": "1.91:1", "16x9": "16:9", "4x3": "4:3", "1x1": "1:1"}


def crop_files(article: Article, crops: PhotoCrops | None) -> list[tuple[str, ImageFile]]:
    """(crop name, bundle file) for each crop: images/<stem>-<name>.jpg, the photo's stem
    as its derivatives have it."""
    if crops is None:
        return []
    stems = dict(zip([p.id for p in article.photos],
                     names.unique_stems([p.id for p in article.photos]), strict=True))
    stem = stems[crops.photo_id]
    return [(c.name, ImageFile(f"images/{stem}-{c.name}.jpg", c.width, c.height, "jpeg",
                               c.size, c.sha256, c.path)) for c in crops.crops]


class CropImages(BundleImages):
    """BundleImages plus ``crops(photo)``: the article image's crops as plain dicts
    {name, url, width, height, ratio}, card first; empty for any other photo."""

    def __init__(self, files: dict[str, list[ImageFile]], photo_id: str | None,
                 crops: list[tuple[str, ImageFile]]):
        super().__init__(files)
        self.photo_id = photo_id
        self.crop_list = [{"name": name, "url": f.url, "width": f.width, "height": f.height,
                           "ratio": RATIO_TEXT.get(name, "")} for name, f in crops]

    def crops(self, photo: Photo) -> list[dict[str, Any]]:
        return [dict(c) for c in self.crop_list] if photo.id == self.photo_id else []
