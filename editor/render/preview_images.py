"""Smaller copies of large photos for the live preview, so its web engine decodes less.

Chromium decodes an image at its full size whatever size it is shown at: each 1600 x 1067
photo of the sample costs the preview's renderer process 6.5 MiB as soon as it scrolls
into view, a 24-megapixel original about 92 MiB. The preview's page offers, beside the
original, copies 480, 960 and 1920 pixels wide in the ``srcset`` the page already has
(editor.render.figure), and the engine takes the smallest one that fills the photo's
place on the screen (the original when zoomed in or on a wide, dense screen).

The copies are a cache in the article's ``.newsdesk/preview/`` (inside the folder the
preview may read; never committed), keyed by the original's name, size and mtime, and
made once, in the render worker (untrusted files are decoded there, under its limits).
Anything unusual -- not a JPEG, not RGB or grey, an unreadable file, a folder that is a
link, a read-only workspace -- leaves the original as the only variant.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import secrets
import stat
import sys
from pathlib import Path
from urllib.parse import quote

from editor.model.article import Article, Photo
from editor.model.confine import UnsafePathError, article_subdir
from editor.render.images import ImageVariant, PreviewImages

WIDTHS = (480, 960, 1920)  # the preview column at 1x, 2x; a wide, dense screen
QUALITY = 85
FOLDER = "preview"  # in the article's .newsdesk/
META_DIR = ".newsdesk"


def _folder(article_folder: Path) -> Path | None:
    """``<article>/.newsdesk/preview``, created, or None when a part is a link or not a
    folder (a copy written there would land wherever the link points)."""
    try:
        meta = article_subdir(article_folder, META_DIR)
        target = article_subdir(meta, FOLDER)
        target.mkdir(parents=True, exist_ok=True)
        st = os.lstat(target)
    except (UnsafePathError, OSError):
        return None
    return target if stat.S_ISDIR(st.st_mode) else None


def _stem(photo_file: str) -> str:
    return hashlib.sha256(photo_file.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def copy_name(photo_file: str, st: os.stat_result, width: int) -> str:
    """``<photo>-<version>-<width>.jpg``: a replaced original gets new names."""
    version = hashlib.sha256(f"{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:12]
    return f"{_stem(photo_file)}-{version}-{width}.jpg"


def _give_back() -> None:
    """Return the decoder's freed memory to the system (glibc keeps large freed blocks)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):
            pass


def make_copies(source: Path, folder: Path, names: dict[int, str],
                display: tuple[int, int]) -> dict[int, tuple[int, int]]:
    """Write the missing copies (width -> file name) of JPEG ``source`` into ``folder``;
    ``display`` is its displayed size (after EXIF rotation). The sizes of those written."""
    from PIL import Image, ImageOps

    made: dict[int, tuple[int, int]] = {}
    display_w, display_h = display
    with Image.open(source) as im:
        if im.format not in ("JPEG", "MPO") or im.mode not in ("RGB", "L"):
            return made
        scale = max(names) / display_w  # the same on both axes, whatever the rotation
        want = (math.ceil(im.size[0] * scale), math.ceil(im.size[1] * scale))
        im.draft(im.mode, want)  # JPEG's own reduced decode: much less memory and time
        icc = im.info.get("icc_profile")
        full = ImageOps.exif_transpose(im)  # as the engine shows the original
        for width in sorted(names, reverse=True):  # each from the one before: cheaper
            height = max(1, round(display_h * width / display_w))
            small = full = full.resize((width, height), Image.Resampling.BICUBIC,
                                       reducing_gap=2.0)
            target = folder / names[width]
            tmp = folder / f".{names[width]}.{secrets.token_hex(4)}.tmp"
            try:
                small.save(tmp, "JPEG", quality=QUALITY, icc_profile=icc)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
            made[width] = (width, height)
    return made


def _prune(folder: Path, photo_file: str, keep: set[str]) -> None:
    """Remove the copies of earlier versions of this photo."""
    prefix = _stem(photo_file) + "-"
    try:
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name not in keep:
                os.unlink(entry.path)
    except OSError:
        pass


_COPY_NAME = re.compile(r"[0-9a-f]{16}-[0-9a-f]{12}-[0-9]+\.jpg")


def prune_removed(article: Article) -> int:
    """Remove the copies of photos the article no longer has (a photo removed or renamed
    would otherwise leave its copies in the folder for good); the number removed. Only
    files named as copies are touched, and nothing when the folder is a link."""
    try:
        meta = article_subdir(article.folder, META_DIR)
        folder = article_subdir(meta, FOLDER)
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return 0
        keep = {_stem(photo.file) for photo in article.photos}
        removed = 0
        for entry in os.scandir(folder):
            if _COPY_NAME.fullmatch(entry.name) and entry.name[:16] not in keep:
                os.unlink(entry.path)
                removed += 1
        return removed
    except (UnsafePathError, OSError):
        return 0


class ScaledPreviewImages(PreviewImages):
    """The originals, plus smaller copies of large JPEGs (see the module)."""

    def __init__(self, article: Article, base_url: str = "") -> None:
        super().__init__(article, base_url)
        self._known: dict[tuple[str, int, int], list[ImageVariant]] = {}

    def variants(self, photo: Photo) -> list[ImageVariant]:
        found = super().variants(photo)
        if len(found) != 1 or found[0].format != "jpeg":
            return found
        original = found[0]
        widths = [w for w in WIDTHS if w < original.width]
        if not widths:
            return found
        try:
            path = self.article.photo_path(photo)
            st = os.stat(path)
        except (UnsafePathError, OSError):
            return found
        key = (photo.file, st.st_size, st.st_mtime_ns)
        if key not in self._known:
            self._known[key] = self._copies(path, photo.file, st, widths, original)
        return [*self._known[key], original]

    def _copies(self, path: Path, photo_file: str, st: os.stat_result, widths: list[int],
                original: ImageVariant) -> list[ImageVariant]:
        folder = _folder(self.article.folder)
        if folder is None:
            return []
        names = {w: copy_name(photo_file, st, w) for w in widths}
        missing = {w: n for w, n in names.items() if not (folder / n).is_file()}
        if missing:
            try:
                made = make_copies(path, folder, missing, (original.width, original.height))
            except Exception:  # a cache: any trouble with the file leaves the original
                made = {}
            finally:
                _give_back()
            if len(made) != len(missing):
                return []
            _prune(folder, photo_file, set(names.values()))
        base = self.base_url + quote(f"{META_DIR}/{FOLDER}/")
        return [ImageVariant(base + quote(names[w]), w,
                             max(1, round(original.height * w / original.width)), "jpeg")
                for w in widths]


__all__ = ["WIDTHS", "ScaledPreviewImages", "copy_name", "make_copies", "prune_removed"]
