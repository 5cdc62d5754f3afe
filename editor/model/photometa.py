"""Credits from photo files: XMP, IPTC-IIM and EXIF, read without decoding pixels.

Pillow opens images lazily (headers and metadata segments only), so reading the
metadata of a 24-megapixel photo costs a few milliseconds. Precedence is XMP, then
IIM, then EXIF; every value remembers where it came from so the dialog can say so.
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from editor.model.errors import NewsdeskError

if TYPE_CHECKING:  # Pillow is imported when a photo is opened (about 2.5 MiB)
    from PIL import Image

_heif_lock = threading.Lock()
_heif_registered: bool | None = None  # None: not tried yet


def heif_opener() -> bool:
    """Teach Pillow HEIC (photos from phones) on first need, once per process; False when
    pillow-heif is missing. Not at import: pillow-heif maps libheif and its codecs, about
    3 MiB in every process that imports this module, and most sessions see no HEIC file."""
    global _heif_registered
    with _heif_lock:
        if _heif_registered is None:
            try:
                import pillow_heif
            except ImportError:  # pragma: no cover - pillow-heif is a dependency
                _heif_registered = False
            else:
                pillow_heif.register_heif_opener()
                _heif_registered = True
        return _heif_registered


def is_iso_media(head: bytes) -> bool:
    """The first bytes of an ISO media file (HEIC, AVIF): the container pillow-heif reads."""
    return head[4:8] == b"ftyp"


def open_image(source: Path | str | IO[bytes]) -> Image.Image:
    """``Image.open`` that first registers the HEIC opener when ``source`` starts like one
    (so a HEIC file with a wrong extension opens too)."""
    if isinstance(source, (str, Path)):
        with open(source, "rb") as fh:
            head = fh.read(12)
    else:
        position = source.tell()
        head = source.read(12)
        source.seek(position)
    if is_iso_media(head):
        heif_opener()
    from PIL import Image

    return Image.open(source)

# The one list of photo formats Newsdesk accepts, when attaching and when exporting
# (editor.publish.images decodes exactly these): Pillow format name -> extension we store
# the original under. Multi-picture JPEGs from cameras open as MPO.
SUPPORTED = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif",
             "GIF": ".gif", "BMP": ".bmp", "HEIF": ".heic", "AVIF": ".avif"}
SUPPORTED_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".bmp",
                        ".heic", ".heif", ".avif")
# The Pillow plugins that open them (MPO is opened by the JPEG plugin); anything else is
# refused with its name instead of trying every Pillow plugin on untrusted data.
PILLOW_OPENERS = ("JPEG", "PNG", "WEBP", "TIFF", "GIF", "BMP", "HEIF", "AVIF")

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
}
# Our field -> candidates in precedence order: (source, tag key, human label).
_CANDIDATES: dict[str, tuple[tuple[str, Any, str], ...]] = {
    "creator": (("xmp", ("dc", "creator"), "XMP dc:creator"),
                ("iim", (2, 80), "IPTC-IIM 2:80 By-line"),
                ("exif", 315, "EXIF Artist")),
    "credit": (("xmp", ("photoshop", "Credit"), "XMP photoshop:Credit"),
               ("iim", (2, 110), "IPTC-IIM 2:110 Credit")),
    "copyright": (("xmp", ("dc", "rights"), "XMP dc:rights"),
                  ("iim", (2, 116), "IPTC-IIM 2:116 Copyright Notice"),
                  ("exif", 33432, "EXIF Copyright")),
    "license": (("xmp", ("xmpRights", "UsageTerms"), "XMP xmpRights:UsageTerms"),),
    "web_statement": (("xmp", ("xmpRights", "WebStatement"), "XMP xmpRights:WebStatement"),),
    "caption": (("xmp", ("dc", "description"), "XMP dc:description"),
                ("iim", (2, 120), "IPTC-IIM 2:120 Caption"),
                ("exif", 270, "EXIF ImageDescription"),
                ("xmp", ("photoshop", "Headline"), "XMP photoshop:Headline"),
                ("iim", (2, 105), "IPTC-IIM 2:105 Headline")),
    "alt": (("xmp", ("Iptc4xmpCore", "AltTextAccessibility"),
             "XMP Iptc4xmpCore:AltTextAccessibility"),),
}
# Descriptions cameras write by themselves; they are not captions.
_CAMERA_DEFAULTS = {"olympus digital camera", "sony dsc", "digital camera", "dcim",
                    "default", "image", "samsung", "lg digital camera"}
_IIM_UTF8 = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")
_TAIL = 1 << 20


class PhotoFileError(NewsdeskError):
    """The file is not a photo we accept: unsupported, empty, truncated or too big."""


@dataclass(frozen=True)
class FieldValue:
    value: str
    source: str  # "xmp", "iim" or "exif"
    tag: str  # the file field it came from, for people ("XMP dc:creator")


@dataclass
class PhotoMeta:
    format: str
    extension: str
    width: int
    height: int
    fields: dict[str, FieldValue] = field(default_factory=dict)

    def values(self) -> dict[str, str]:
        return {name: fv.value for name, fv in self.fields.items()}

    def to_dict(self) -> dict[str, Any]:
        return {"fields": {name: {"value": fv.value, "source": fv.source}
                           for name, fv in self.fields.items()}}


def read_photo_meta(path: Path | str, max_mb: int | None = None,
                    max_megapixels: int | None = None) -> PhotoMeta:
    """Check ``path`` is a supported, complete photo and read its credits. Never writes.

    ``max_mb`` and ``max_megapixels`` (newsdesk.toml) refuse files too big to publish.

    Raises PhotoFileError with a plain message when the file is not acceptable.
    """
    p = Path(path)
    with _open_checked(p, max_mb, max_megapixels) as (fmt, im):
        try:
            meta = PhotoMeta(fmt, SUPPORTED[fmt], im.width, im.height)
            sources = {"xmp": _xmp_values(_xmp_bytes(im)),
                       "iim": _iim_values(_iim_bytes(im)), "exif": _exif_values(im)}
        except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
            raise PhotoFileError(f"the file is damaged or truncated ({exc})", p) from exc
    for name, candidates in _CANDIDATES.items():
        for source, key, label in candidates:
            value = sources[source].get(key, "").strip()
            if value and not (name == "caption" and value.lower() in _CAMERA_DEFAULTS):
                meta.fields[name] = FieldValue(value, source, label)
                break
    return meta


def check_photo_file(path: Path | str, max_mb: int | None = None,
                     max_megapixels: int | None = None) -> None:
    """Raise PhotoFileError unless ``path`` is a complete photo of a supported format
    within the limits. Reads the header and container structure only, never the pixels."""
    with _open_checked(Path(path), max_mb, max_megapixels):
        pass


@contextlib.contextmanager
def _open_checked(p: Path, max_mb: int | None,
                  max_megapixels: int | None) -> Iterator[tuple[str, Image.Image]]:
    try:
        size = p.stat().st_size
    except FileNotFoundError as exc:
        raise PhotoFileError("the file does not exist", p) from exc
    except OSError as exc:
        raise PhotoFileError(f"cannot read: {exc.strerror}", p) from exc
    if not p.is_file():
        raise PhotoFileError("not a file", p)
    if size == 0:
        raise PhotoFileError("the file is empty", p)
    if max_mb is not None and size > max_mb * 1024 * 1024:
        raise PhotoFileError(
            f"the file has {size / 1048576:.0f} MB; photos may have at most {max_mb} MB", p)
    from PIL import Image, UnidentifiedImageError

    try:
        with p.open("rb") as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with open_image(fh) as im:
                fmt = im.format or ""
                if fmt not in SUPPORTED:
                    raise PhotoFileError(_unsupported(fmt), p)
                _check_complete(fh, im, fmt, size, p)
                megapixels = im.width * im.height / 1e6
                if max_megapixels is not None and megapixels > max_megapixels:
                    raise PhotoFileError(f"the image has {megapixels:.0f} megapixels; photos "
                                         f"may have at most {max_megapixels}", p)
                yield fmt, im
    except PhotoFileError:
        raise
    except UnidentifiedImageError as exc:
        if _looks_like_photo(p):
            raise PhotoFileError("the file is damaged or truncated", p) from exc
        raise PhotoFileError(_unsupported(""), p) from exc
    except Image.DecompressionBombError as exc:
        raise PhotoFileError("the image is far too large (in pixels) to publish", p) from exc
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        raise PhotoFileError(f"the file is damaged or truncated ({exc})", p) from exc


def _looks_like_photo(p: Path) -> bool:
    """The first bytes say JPEG, PNG, WebP, TIFF or HEIC although it did not open."""
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return (head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*"))
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (is_iso_media(head) and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1",
                                                        b"hevc", b"heim", b"heis")))


def _unsupported(fmt: str) -> str:
    what = f"a {fmt} image" if fmt else "not an image Newsdesk can read"
    return f"{what}; attach JPEG, PNG, WebP, TIFF or HEIC photos"


# Completeness, checked from the container structure (decoding would cost far more) --------

def _check_complete(fh: IO[bytes], im: Image.Image, fmt: str, size: int, p: Path) -> None:
    def tail(n: int) -> bytes:
        fh.seek(max(0, size - n))
        return fh.read(n)

    truncated = False
    if fmt in ("JPEG", "MPO"):
        # In entropy-coded data 0xFF is always followed by 0x00 or a restart marker,
        # so FF D9 near the end can only be the end-of-image marker.
        truncated = b"\xff\xd9" not in tail(_TAIL)
    elif fmt == "PNG":
        truncated = b"IEND" not in tail(64)
    elif fmt == "WEBP":
        fh.seek(4)
        truncated = struct.unpack("<I", fh.read(4))[0] + 8 > size
    elif fmt == "TIFF":
        tags = getattr(im, "tag_v2", {})
        counts = tags.get(279) or tags.get(325)  # strip or tile byte counts
        offsets = tags.get(273) or tags.get(324)
        if counts and offsets and len(counts) == len(offsets):
            truncated = max(o + c for o, c in zip(offsets, counts, strict=True)) > size
    elif fmt == "GIF":
        truncated = b";" not in tail(64)  # the trailer byte
    elif fmt in ("HEIF", "AVIF"):
        truncated = not _boxes_fit(fh, size)
    if truncated:
        raise PhotoFileError("the file is truncated (incomplete copy or download)", p)


def _boxes_fit(fh: IO[bytes], size: int) -> bool:
    """ISO base media file: the top-level boxes must end exactly within the file."""
    pos = 0
    while pos < size:
        fh.seek(pos)
        head = fh.read(16)
        if len(head) < 8:
            return False
        length = struct.unpack(">I", head[:4])[0]
        if length == 1:
            length = struct.unpack(">Q", head[8:16])[0]
        elif length == 0:
            return True  # runs to the end of the file
        if length < 8 or pos + length > size:
            return False
        pos += length
    return True


# XMP ------------------------------------------------------------------------------------

def _xmp_bytes(im: Image.Image) -> bytes | None:
    data = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
    if data is None and hasattr(im, "tag_v2"):
        data = im.tag_v2.get(700)
    if isinstance(data, str):
        data = data.encode("utf-8")
    return data or None


def _xmp_values(data: bytes | None) -> dict[Any, str]:
    if not data:
        return {}
    start = data.find(b"<x:xmpmeta")
    if start < 0:
        start = data.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if data[start:start + 10] == b"<x:xmpmeta" else b"</rdf:RDF>"
    end = data.rfind(end_tag)
    if start < 0 or end < 0:
        return {}
    try:
        root = ET.fromstring(data[start:end + len(end_tag)])
    except ET.ParseError:
        return {}  # broken XMP is common; IIM and EXIF may still help
    values: dict[Any, str] = {}
    for desc in root.iter(f"{{{_RDF}}}Description"):
        for prefix, uri in _NS.items():
            for key, attr_value in desc.attrib.items():
                if key.startswith(f"{{{uri}}}"):
                    values.setdefault((prefix, key[len(uri) + 2:]), attr_value)
            for child in desc:
                if child.tag.startswith(f"{{{uri}}}"):
                    # A list (dc:creator Seq: every creator) is joined with ", ", as the
                    # repeated IIM 2:80 By-line is, so no creator is lost.
                    text = _xmp_text(child)
                    if text:
                        values.setdefault((prefix, child.tag[len(uri) + 2:]), text)
    return values


def _xmp_text(element: ET.Element) -> str:
    items = list(element.iter(f"{{{_RDF}}}li"))
    if not items:
        resource = element.get(f"{{{_RDF}}}resource")
        return resource if resource else (element.text or "").strip()
    if any(c.tag == f"{{{_RDF}}}Alt" for c in element):
        # Language alternatives: the default language, else the first one.
        lang = "{http://www.w3.org/XML/1998/namespace}lang"
        chosen = next((li for li in items if li.get(lang) == "x-default"), items[0])
        return (chosen.text or "").strip()
    texts = [(li.text or "").strip() for li in items if (li.text or "").strip()]
    return ", ".join(dict.fromkeys(texts))


# IPTC-IIM -------------------------------------------------------------------------------

def _iim_bytes(im: Image.Image) -> bytes | None:
    photoshop = im.info.get("photoshop")
    if isinstance(photoshop, dict) and photoshop.get(0x0404):
        return photoshop[0x0404]
    tags = getattr(im, "tag_v2", None)
    if tags is not None:
        raw = getattr(tags, "_tagdata", {}).get(33723)
        if raw:
            return raw
        value = tags.get(33723)
        if isinstance(value, bytes):
            return value
    return None


def iim_datasets(data: bytes) -> Iterator[tuple[tuple[int, int], bytes]]:
    """(record, dataset) and raw value of every IIM dataset; stops at damage."""
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset, length = data[pos + 1], data[pos + 2], struct.unpack(
            ">H", data[pos + 3:pos + 5])[0]
        pos += 5
        if length & 0x8000:  # extended length: the next n bytes hold the size
            n = length & 0x7FFF
            length = int.from_bytes(data[pos:pos + n], "big")
            pos += n
        if pos + length > len(data):
            return
        yield (record, dataset), data[pos:pos + length]
        pos += length


def _iim_values(data: bytes | None) -> dict[Any, str]:
    if not data:
        return {}
    raw: dict[tuple[int, int], list[bytes]] = {}
    for key, value in iim_datasets(data):
        raw.setdefault(key, []).append(value)
    utf8 = any(v.strip() in _IIM_UTF8 for v in raw.get((1, 90), []))

    def decode(b: bytes) -> str:
        if utf8:
            return b.decode("utf-8", "replace")
        try:
            return b.decode("utf-8")
        except UnicodeDecodeError:
            return b.decode("latin-1")  # IIM without a character set: ISO 8859-1 by default

    return {key: ", ".join(decode(v).strip() for v in values if v.strip())
            for key, values in raw.items() if key[0] == 2}


# EXIF -----------------------------------------------------------------------------------

def _exif_values(im: Image.Image) -> dict[Any, str]:
    try:
        exif = im.getexif()
    except Exception:  # a broken EXIF block must not hide XMP or IIM
        return {}
    values: dict[Any, str] = {}
    for tag in (315, 33432, 270):
        value = exif.get(tag)
        if value is None:
            continue
        if isinstance(value, tuple):
            value = value[0] if value else ""
        values[tag] = _exif_text(value).replace("\x00", " ").strip()
    return values


def _exif_text(value: Any) -> str:
    # Pillow decodes EXIF ASCII as Latin-1; many programs write UTF-8 there.
    if isinstance(value, bytes):
        raw = value
    elif isinstance(value, str):
        try:
            raw = value.encode("latin-1")
        except UnicodeEncodeError:
            return value
    else:
        return str(value)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def looks_supported(path: Path | str) -> bool:
    """Cheap filter by extension, for file dialogs and drops (the content is checked later)."""
    return os.path.splitext(str(path))[1].lower() in SUPPORTED_EXTENSIONS
