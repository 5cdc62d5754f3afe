"""Web derivatives of one photo: safe decoding, orientation, sRGB, resizing and encoding.

Pixels only: the original's metadata is never copied; :mod:`editor.publish.metadata` adds
the credit afterwards. Originals are opened read-only and never modified.
"""

from __future__ import annotations

import io
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms, UnidentifiedImageError, features

from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError
from editor.model.photometa import PILLOW_OPENERS
from editor.publish import metadata

try:  # HEIC from phones; optional so a missing wheel only loses that format
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover
    pass

# We enforce config.max_megapixels ourselves (per workspace), so Pillow's global
# warning is noise; its hard limit still applies above twice its default.
warnings.simplefilter("ignore", Image.DecompressionBombWarning)

# Formats we decode: the model's one list (attach, check and export agree).
READ_FORMATS = PILLOW_OPENERS
EXTENSIONS = {"jpeg": "jpg", "webp": "webp", "avif": "avif"}
# libwebp's method trades encoding time for quality per byte. bench/webp_quality.py,
# compared with Hugo's settings (quality 75, method 4) at equal file size (interpolated
# over quality 72-78), PSNR dB / SSIM difference per width (2026-12-01):
#   method 2: 2400 px +0.17 / -0.0014; at 1600, 960 and 480 px its files are larger than
#             the reference's even at quality 72 (960: 70), and their SSIM lower (1600:
#             +1 % bytes, -0.0019; 480: +2 %, -0.2 dB, -0.0017): worse at every width
#   method 3: 2400 +0.02 / +0.0001, 1600 +0.02 / +0.0001, 480 +0.00 / -0.0001
#   method 5: 2400 +0.32 / +0.0004, 1600 +0.19 / 0.0000, 960 -0.07 / 0.0000, 480 +0.01 / -0.0002
#   method 6: 2400 +0.35 / +0.0017, 1600 +0.22 / +0.0003, 960 +0.01 / +0.0003,
#             480 +0.08 / +0.0004, for about twice method 4's CPU time
# Method 4 is Hugo's own: the same quality per byte at every width (the cheapest that is
# at least as good; 3 costs as much and falls short at 480 px). It costs about 2.4x method
# 2's encoding time; bench/export.py --webp-method compares the cold export.
WEBP_METHOD = 4
# AVIF (when configured) at speed 8 beats that WebP reference at equal size at every
# width: 2400 px +0.93 dB / +0.0089 SSIM, 1600 +0.56 / +0.0061, 960 +0.44 / +0.0068,
# 480 +0.28 / +0.0054; speed 6 adds 0.15-0.5 dB for 2.5-5x the CPU.
AVIF_SPEED = 8
_ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


class ImageError(NewsdeskError):
    """A photo cannot be turned into web images (damaged, too large, unsupported)."""


@dataclass(frozen=True)
class Encoded:
    """One encoded derivative, credit embedded."""

    width: int
    height: int
    format: str  # jpeg | webp | avif
    data: bytes

    @property
    def ext(self) -> str:
        return EXTENSIONS[self.format]


@dataclass(frozen=True)
class Plan:
    """What an original will become: its upright size and the sizes to produce."""

    width: int
    height: int
    sizes: tuple[tuple[int, int], ...]  # (width, height), largest first


def output_formats(config: SiteConfig) -> tuple[str, ...]:
    """Configured formats this Pillow can write (AVIF only when built with it)."""
    return tuple(f for f in config.image_formats if f != "avif" or features.check("avif"))


def quality_of(config: SiteConfig, fmt: str) -> int:
    return {"jpeg": config.jpeg_quality, "webp": config.webp_quality,
            "avif": config.avif_quality}[fmt]


def plan_sizes(width: int, height: int, widths: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Target sizes, largest first: never wider than the original, at least one."""
    usable = sorted({w for w in widths if w <= width}, reverse=True) or [width]
    return tuple((w, max(1, round(height * w / width))) for w in usable)


def _label(photo_id: str, path: Path) -> str:
    return f"photo '{photo_id}' ({path.name})"


def open_original(path: Path, photo_id: str, config: SiteConfig) -> Image.Image:
    """Open ``path`` lazily (header only) after checking size, type and pixel count."""
    label = _label(photo_id, path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ImageError(f"{label}: the file is missing", path) from exc
    except OSError as exc:
        raise ImageError(f"{label}: cannot read the file: {exc.strerror}", path) from exc
    if size == 0:
        raise ImageError(f"{label}: the file is empty", path)
    if size > config.max_photo_mb * 1024 * 1024:
        raise ImageError(
            f"{label}: the file has {size / 1048576:.0f} MB; the limit is "
            f"{config.max_photo_mb} MB (max_photo_mb in newsdesk.toml)", path)
    try:
        im = Image.open(path, formats=_readable())
    except UnidentifiedImageError:
        raise ImageError(f"{label}: {_unsupported_reason(path)}", path) from None
    except Image.DecompressionBombError:
        raise ImageError(f"{label}: the image is far too large to process safely", path) from None
    except OSError as exc:
        raise ImageError(f"{label}: cannot read the file: {exc}", path) from exc
    megapixels = im.width * im.height / 1_000_000
    if megapixels > config.max_megapixels:
        im.close()
        raise ImageError(
            f"{label}: the image has {megapixels:.0f} megapixels; the limit is "
            f"{config.max_megapixels} (max_megapixels in newsdesk.toml). It may be a "
            "decompression bomb or a scan at a needlessly high resolution.", path)
    return im


@lru_cache(maxsize=1)
def _readable() -> tuple[str, ...]:
    Image.init()
    return tuple(f for f in READ_FORMATS if f in Image.OPEN)


def _unsupported_reason(path: Path) -> str:
    # Identify (header only) without our format restriction, just to name what it is.
    try:
        with Image.open(path) as im:
            kind = im.format or "unknown"
    except Exception:  # any failure means "not an image we know"
        return "this is not an image file (or it is damaged beyond recognition)"
    return f"{kind} images are not supported; save it as JPEG, PNG or WebP"


def orientation(im: Image.Image) -> int:
    try:
        value = int(im.getexif().get(_ORIENTATION_TAG, 1))
    except Exception:  # a broken EXIF block just means "upright"
        return 1
    return value if value in _TRANSPOSE else 1


def make_plan(im: Image.Image, widths: tuple[int, ...]) -> tuple[Plan, int]:
    """(plan in upright orientation, EXIF orientation) from an opened image's header."""
    turn = orientation(im)
    w, h = im.size
    if turn >= 5:  # 5..8 swap width and height
        w, h = h, w
    return Plan(w, h, plan_sizes(w, h, widths)), turn


def _stored(size: tuple[int, int], turn: int) -> tuple[int, int]:
    return (size[1], size[0]) if turn >= 5 else size


def decode(im: Image.Image, *, path: Path, label: str) -> Image.Image:
    """Decode the first frame (a freshly opened file is on it), at the draft scale if set."""
    try:
        im.load()
    except Image.DecompressionBombError:
        raise ImageError(f"{label}: the image is far too large to process safely", path) from None
    except (OSError, SyntaxError, ValueError) as exc:
        text = str(exc)
        if "truncated" in text or "broken data stream" in text or "premature" in text.lower():
            raise ImageError(f"{label}: the file is incomplete (truncated) or damaged",
                             path) from exc
        raise ImageError(f"{label}: the image cannot be decoded ({text})", path) from exc
    return im


def _prepare_mode(im: Image.Image) -> Image.Image:
    """Bring any decoded mode to one we can resize and colour-manage."""
    mode = im.mode
    if mode in ("RGB", "RGBA", "L", "CMYK"):
        return im
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # Scale 16 bits to 8 (a plain convert would clip everything above 255 to white).
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if mode == "F":
        return im.point(lambda v: v * 255).convert("L")
    if mode == "P":
        return im.convert("RGBA" if "transparency" in im.info else "RGB")
    if mode in ("LA", "La", "PA", "RGBa"):
        return im.convert("RGBA")
    if mode == "1":
        return im.convert("L")
    if mode in ("I;16S", "LAB", "HSV", "YCbCr", "RGBX"):
        return im.convert("RGB")
    return im.convert("RGBA" if "A" in mode else "RGB")


@lru_cache(maxsize=1)
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


# The profile's creation time (header bytes 24-36) as a constant: lcms stamps "now", and
# a bundle must be byte-identical for identical content.
_ICC_DATE = bytes.fromhex("07ea00010001000000000000")  # 2026-01-01 00:00:00


@lru_cache(maxsize=1)
def srgb_icc() -> bytes:
    """The compact sRGB profile embedded in every web image (lcms's built-in sRGB, 588
    bytes with Pillow 13 / lcms 2): it says what the pixels are (to_srgb made them sRGB),
    so colour-managed browsers and apps show them alike instead of guessing."""
    data = bytearray(_srgb().tobytes())
    data[24:36] = _ICC_DATE
    data[84:100] = bytes(16)  # profile ID: "not computed" (it would hash the date)
    return bytes(data)


@lru_cache(maxsize=32)
def _transform(icc: bytes, in_mode: str) -> ImageCms.ImageCmsTransform | None:
    """A transform from an embedded profile to sRGB; None when none is needed or usable."""
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if in_mode == "RGB" and "srgb" in ImageCms.getProfileDescription(profile).lower():
            return None
        # Shared by worker threads: lcms's one-pixel cache would be shared state.
        return ImageCms.buildTransform(profile, _srgb(), in_mode, "RGB",
                                       renderingIntent=ImageCms.Intent.PERCEPTUAL,
                                       flags=ImageCms.Flags.NOCACHE)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return None  # a broken profile: fall back to treating the pixels as sRGB


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB or RGBA pixels in sRGB (alpha kept as it is)."""
    alpha = im.getchannel("A") if im.mode == "RGBA" else None
    base = im.convert("RGB") if alpha is not None else im
    transform = _transform(icc, base.mode) if icc and base.mode in ("RGB", "L", "CMYK") else None
    if transform is not None:
        base = ImageCms.applyTransform(base, transform)
    elif base.mode != "RGB":
        base = base.convert("RGB")
    if alpha is not None:
        base = base.convert("RGBA")
        base.putalpha(alpha)
    return base


def _flatten(im: Image.Image) -> Image.Image:
    if im.mode != "RGBA":
        return im
    white = Image.new("RGB", im.size, (255, 255, 255))
    white.paste(im, mask=im.getchannel("A"))
    return white


def encode(im: Image.Image, fmt: str, quality: int, credits: Mapping[str, str]) -> bytes:
    """Encode one derivative (sRGB pixels, tagged with srgb_icc; no metadata from the
    original: an explicit profile also keeps Pillow from copying the original's, which
    im.info may still hold) and embed the credit."""
    buf = io.BytesIO()
    icc = srgb_icc()
    if fmt == "jpeg":
        # Pillow's JPEG encoder releases the GIL only when it writes to a real file, and
        # holding it would stall the other workers: encode into an anonymous temp file.
        with tempfile.TemporaryFile() as f:
            _flatten(im).save(f, "JPEG", quality=quality, progressive=True, optimize=True,
                              icc_profile=icc)
            f.seek(0)
            buf.write(f.read())
    elif fmt == "webp":
        im.save(buf, "WEBP", quality=quality, method=WEBP_METHOD, icc_profile=icc)
    elif fmt == "avif":
        # exiv2 cannot write AVIF, so Pillow embeds the same XMP packet.
        xmp = metadata.xmp_packet(credits) if credits else b""
        exif = metadata.pillow_exif(credits)
        im.save(buf, "AVIF", quality=quality, speed=AVIF_SPEED, xmp=xmp or None,
                exif=exif or None, icc_profile=icc)
        return buf.getvalue()
    else:
        raise ValueError(f"unknown image format {fmt!r}")
    return metadata.embed(buf.getvalue(), credits, fmt)


class MemoryBudget:
    """Bounds the estimated bytes of pixels held at once across worker threads.

    A photo reserves its peak for decoding and the first resize (the only time its
    full-size pixels exist), then shrinks the reservation to what encoding needs. A
    photo larger than the whole budget still runs, but alone.
    """

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0
        self._cond = threading.Condition()

    @contextmanager
    def reserve(self, amount: int) -> Iterator[Callable[[int], None]]:
        """Yields ``shrink(new_amount)`` for lowering the reservation part-way."""
        held = [amount]
        with self._cond:
            while self.used and self.used + amount > self.limit:
                self._cond.wait()
            self.used += amount

        def shrink(new_amount: int) -> None:
            with self._cond:
                if new_amount < held[0]:
                    self.used -= held[0] - new_amount
                    held[0] = new_amount
                    self._cond.notify_all()

        try:
            yield shrink
        finally:
            with self._cond:
                self.used -= held[0]
                self._cond.notify_all()


# Measured with 20 photos of 24 MP and two workers: the estimates below run about 10 %
# low, and Python with its libraries takes about 40 MiB, so this keeps the export's
# peak RSS at 220-226 MiB (goal: 250 MiB; 190 MiB here gave up to 253).
FULL_SIZE_BUDGET = MemoryBudget(175 * 1024 * 1024)
RESAMPLE = Image.Resampling.BICUBIC
BAND_ROWS = 256


def decode_bytes(im: Image.Image, decode_size: tuple[int, int],
                 first: tuple[int, int]) -> int:
    """Estimated peak bytes while decoding and making the first (largest) derivative.

    Pillow keeps 4 bytes per pixel for RGB(A) and CMYK; a progressive JPEG makes
    libjpeg hold every DCT coefficient of the full-size image as well.
    """
    need = (decode_size[0] * decode_size[1] + first[0] * first[1]) * 4
    if im.format in ("JPEG", "MPO") and im.info.get("progressive"):
        need += im.width * im.height * 3
    return need + need // 10


def encode_bytes(first: tuple[int, int]) -> int:
    """Estimated peak bytes while encoding: the image, the next width, encoder buffers."""
    return first[0] * first[1] * 4 * 2


def _band_position(turn: int, size: tuple[int, int], top: int, bottom: int) -> tuple[int, int]:
    """Where stored rows top..bottom of an image of ``size`` land once oriented."""
    height = size[1]
    if turn in (3, 4):
        return (0, height - bottom)
    if turn in (5, 8):
        return (top, 0)
    if turn in (6, 7):
        return (height - bottom, 0)
    return (0, top)


def first_filter(source: Image.Image, first: tuple[int, int]) -> Image.Resampling:
    """The filter for the step from the decoded image to the largest derivative.

    With DCT scaling, that step shrinks by less than 2x (1.25x for a 24 MP landscape,
    1.67x for a portrait, which needs full decoding). There a triangle filter is within
    0.5 dB (landscape) and 6 dB (portrait, still above 42 dB) PSNR of bicubic, well under
    what JPEG at quality 82 changes, and takes half the time. Larger steps use bicubic.
    """
    if source.width < 2 * first[0] and source.height < 2 * first[1]:
        return Image.Resampling.BILINEAR
    return RESAMPLE


def resize_oriented(im: Image.Image, size: tuple[int, int], turn: int,
                    icc: bytes | None, resample: Image.Resampling = RESAMPLE) -> Image.Image:
    """``im`` resized to ``size`` (stored orientation), converted to sRGB and turned
    upright, a band of rows at a time: the intermediate buffers stay small and no
    second full copy is made (same pixels as doing each step on the whole image)."""
    transpose = _TRANSPOSE.get(turn)
    out_size = (size[1], size[0]) if turn >= 5 else size
    out: Image.Image | None = None
    scale = im.height / size[1]
    for top in range(0, size[1], BAND_ROWS):
        bottom = min(size[1], top + BAND_ROWS)
        band = im.resize((size[0], bottom - top), resample,
                         box=(0, top * scale, im.width, bottom * scale))
        band = to_srgb(band, icc)
        if transpose is not None:
            band = band.transpose(transpose)
        if out is None:
            out = Image.new(band.mode, out_size)
        out.paste(band, _band_position(turn, size, top, bottom))
    assert out is not None
    return out


def render_derivatives(
    path: Path,
    photo_id: str,
    config: SiteConfig,
    credits: Mapping[str, str],
    *,
    naive: bool = False,
    on_plan: Callable[[Plan], None] | None = None,
    budget: MemoryBudget | None = None,
) -> list[Encoded]:
    """Every configured width x format of one original, largest width first.

    The fast path decodes JPEGs at a reduced DCT scale, resizes once to the largest
    width (with colour and orientation applied band by band), and makes each smaller
    width from the previous one. ``naive`` decodes at full size and resizes each width
    from the original (kept for the benchmark's comparison).
    """
    label = _label(photo_id, path)
    formats = output_formats(config)
    budget = budget or FULL_SIZE_BUDGET
    with open_original(path, photo_id, config) as im:
        plan, turn = make_plan(im, config.image_widths)
        if on_plan:
            on_plan(plan)
        icc = im.info.get("icc_profile")
        first = _stored(plan.sizes[0], turn)
        if not naive and im.format in ("JPEG", "MPO"):
            im.draft(im.mode, first)  # sets the decode size; nothing is decoded yet
        with budget.reserve(decode_bytes(im, im.size, first)) as shrink:
            decoded = decode(im, path=path, label=label)
            source = _prepare_mode(decoded)
            source.info = {}  # nothing of the original travels into a derivative
            if naive:
                return _naive(source, plan, turn, icc, formats, config, credits)
            current = resize_oriented(source, first, turn, icc, first_filter(source, first))
            # Free the full-size pixels before encoding and let the next photo in.
            source = decoded = None
            im.close()
            shrink(encode_bytes(first))
            out: list[Encoded] = []
            for index, size in enumerate(plan.sizes):
                if index:
                    current = current.resize(size, RESAMPLE)
                for fmt in formats:
                    out.append(Encoded(size[0], size[1], fmt,
                                       encode(current, fmt, quality_of(config, fmt), credits)))
            return out


def _naive(source: Image.Image, plan: Plan, turn: int, icc: bytes | None,
           formats: tuple[str, ...], config: SiteConfig,
           credits: Mapping[str, str]) -> list[Encoded]:
    out = []
    for size in plan.sizes:
        im = source.resize(_stored(size, turn), RESAMPLE)
        im = to_srgb(im, icc)
        if turn in _TRANSPOSE:
            im = im.transpose(_TRANSPOSE[turn])
        for fmt in formats:
            out.append(Encoded(size[0], size[1], fmt,
                               encode(im, fmt, quality_of(config, fmt), credits)))
    return out
