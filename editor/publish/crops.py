"""Crops of the article's image around its focal point: social card and search images.

Four JPEG crops of the lead photo (else the first photo placed, else the first photo;
editor.publish.record.lead_photo_id):

    card  1200 x 630   og:image / twitter:image (1.91:1, what Facebook, LinkedIn and
                       Mastodon show; the issue's "16:9 social card")
    16x9  1200 x 675   \
    4x3   1200 x 900    > JSON-LD ``image`` (Google asks for these ratios, >= 1200 px wide)
    1x1   1200 x 1200  /

Each crop is the largest window of its ratio inside the upright original, centred on the
photo's focal point (``focus`` in its front matter, editor.model.focus) and moved back
inside the image where it would stick out. An original too small for 1200 px gives the
largest window it has, never enlarged (``check`` warns about such a lead photo). The
pixels go through the same pipeline as the other web images (orientation, sRGB) and the
crops carry the same embedded credits. Cached in the derivative cache under a key of
everything that decides their bytes; same input, same bytes.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from editor.model import contenthash
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError
from editor.model.focus import crop_box, focus_of, window
from editor.publish import images, metadata
from editor.publish.cropimages import RATIO_TEXT
from editor.publish.derivatives import DerivativeCache, _digest
from editor.publish.images import ImageError

# Bump when the crop geometry, pixel pipeline or embedded metadata changes.
PIPELINE = "newsdesk-crops-2"  # 2: sRGB profile embedded
WIDTH = 1200
# name, ratio (width:height), output size when the original allows it
SPECS: tuple[tuple[str, tuple[int, int], tuple[int, int]], ...] = (
    ("card", (40, 21), (1200, 630)),
    ("16x9", (16, 9), (1200, 675)),
    ("4x3", (4, 3), (1200, 900)),
    ("1x1", (1, 1), (1200, 1200)),
)
CARD = "card"


@dataclass(frozen=True)
class Crop:
    name: str  # card | 16x9 | 4x3 | 1x1
    width: int
    height: int
    size: int  # bytes
    sha256: str
    path: Path  # the cached file

    @property
    def ratio(self) -> str:
        return RATIO_TEXT[self.name]

    def to_dict(self) -> dict:
        return {"name": self.name, "width": self.width, "height": self.height,
                "bytes": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class PhotoCrops:
    photo_id: str
    source_sha256: str
    width: int  # the original, upright
    height: int
    crops: tuple[Crop, ...]  # in SPECS order
    from_cache: bool

    @property
    def small(self) -> bool:
        """The original is too small for 1200 px crops (they are smaller)."""
        return any(c.width < WIDTH for c in self.crops)


def output_size(width: int, height: int, ratio: tuple[int, int],
                target: tuple[int, int]) -> tuple[int, int]:
    """The crop's size: ``target`` when the window is at least that big, else the window
    itself (never enlarged)."""
    w, h = window(width, height, ratio)
    if w >= target[0] and h >= target[1]:
        return target
    return w, h


def crop_photo_id(article: Article) -> str | None:
    from editor.publish.record import lead_photo_id

    return lead_photo_id(article)


def make_crops(article: Article, config: SiteConfig,
               cache: DerivativeCache) -> PhotoCrops | None:
    """The crops of the article's image (None without photos), from the cache when
    possible. Raises ImageError for an unreadable photo."""
    pid = crop_photo_id(article)
    photo = article.photo(pid) if pid else None
    if photo is None:
        return None
    try:
        path = article.photo_path(photo)
    except UnsafePathError as exc:
        raise ImageError(f"photo '{photo.id}': {exc.message}", article.folder) from exc
    credits = metadata.credit_fields(photo)
    source_sha = contenthash.file_sha256(path, article.folder)
    if source_sha == contenthash.MISSING:
        raise ImageError(f"photo '{photo.id}' ({photo.file}): the file is missing or "
                         "unreadable", path)
    focus = focus_of(photo)
    quality = images.quality_of(config, "jpeg")
    key = _digest([PIPELINE, source_sha, list(focus), [list(s[1]) + list(s[2]) for s in SPECS],
                   quality, sorted(credits.items())])
    cached = _load(cache, key, photo.id, source_sha)
    if cached is not None:
        return cached
    width, height, encoded = render_crops(path, photo.id, config, credits, focus, quality)
    crops = []
    for (name, _ratio, _target), (w, h, data) in zip(SPECS, encoded, strict=True):
        sha = hashlib.sha256(data).hexdigest()
        target = cache.derivative_path(_digest([key, name]), "jpg")
        cache.write(target, data, sha)
        crops.append(Crop(name, w, h, len(data), sha, target))
    manifest = {"width": width, "height": height, "crops": [
        {**c.to_dict(), "file": c.path.name} for c in crops]}
    cache.write(cache.manifest_path(key), json.dumps(manifest, indent=1).encode("utf-8"))
    return PhotoCrops(photo.id, source_sha, width, height, tuple(crops), False)


def _load(cache: DerivativeCache, key: str, photo_id: str, source_sha: str) -> PhotoCrops | None:
    try:
        data = json.loads(cache.manifest_path(key).read_text("utf-8"))
        found = []
        for c, (name, _r, _t) in zip(data["crops"], SPECS, strict=True):
            if c["name"] != name:
                return None
            path = cache.derivative_path(_digest([key, name]), "jpg")
            if not cache._intact(path, c["sha256"]):
                return None
            found.append(Crop(name, int(c["width"]), int(c["height"]), int(c["bytes"]),
                              c["sha256"], path))
        return PhotoCrops(photo_id, source_sha, int(data["width"]), int(data["height"]),
                          tuple(found), True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: made again


def render_crops(path: Path, photo_id: str, config: SiteConfig, credits: Mapping[str, str],
                 focus: tuple[float, float], quality: int
                 ) -> tuple[int, int, list[tuple[int, int, bytes]]]:
    """(upright width, height, [(w, h, JPEG bytes) per SPECS entry])."""
    label = f"photo '{photo_id}' ({path.name})"
    with images.open_original(path, photo_id, config) as im:
        plan, turn = images.make_plan(im, ())
        width, height = plan.width, plan.height
        sizes = [output_size(width, height, ratio, target) for _n, ratio, target in SPECS]
        # Decode only as large as the biggest crop needs (JPEG DCT scaling).
        scale = max(out[0] / window(width, height, spec[1])[0]
                    for out, spec in zip(sizes, SPECS, strict=True))
        need = (math.ceil(width * scale), math.ceil(height * scale))
        stored = (need[1], need[0]) if turn >= 5 else need
        if im.format in ("JPEG", "MPO") and scale < 1:
            im.draft(im.mode, stored)
        icc = im.info.get("icc_profile")
        with images.FULL_SIZE_BUDGET.reserve(images.decode_bytes(im, im.size, stored) * 2):
            decoded = images.decode(im, path=path, label=label)
            source = images._prepare_mode(decoded)
            source.info = {}  # nothing of the original travels into a crop
            upright = images.to_srgb(source, icc)
            transpose = images._TRANSPOSE.get(turn)
            if transpose is not None:
                upright = upright.transpose(transpose)
            source = decoded = None
            # Boxes in the decoded image's pixels (it may be a DCT-scaled copy).
            sx, sy = upright.width / width, upright.height / height
            out = []
            for (_name, ratio, _target), size in zip(SPECS, sizes, strict=True):
                left, top, right, bottom = crop_box(width, height, ratio, focus)
                box = (left * sx, top * sy, right * sx, bottom * sy)
                piece = upright.resize(size, images.RESAMPLE, box=box)
                out.append((size[0], size[1], images.encode(piece, "jpeg", quality, credits)))
    return width, height, out


def bundle_name(stem: str, crop: Crop) -> str:
    """The crop's path in the bundle (next to the derivatives, images/<stem>-<width>.*)."""
    return f"images/{stem}-{crop.name}.jpg"


def photo_for(article: Article, crops: PhotoCrops) -> Photo | None:
    return article.photo(crops.photo_id)
