"""Credit metadata written into exported images: XMP, IPTC-IIM and EXIF, via pyexiv2.

Derivatives are encoded by Pillow from bare pixels, so they start with no metadata at all
(no GPS, serial numbers, maker notes, thumbnails, comments or the original's XMP). This
module then adds only the photo's credit and description fields.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import pyexiv2

from editor.model.article import Photo

# exiv2's XMP toolkit keeps global state that is not safe to use from several threads at
# once; every call is well under a millisecond, so one lock costs nothing measurable.
_LOCK = threading.Lock()
pyexiv2.set_log_level(4)  # exiv2 would print warnings to stderr; we raise our own errors

# ESC % G: the IIM 1:90 coded character set record that declares UTF-8.
IPTC_UTF8 = "\x1b%G"
_LANG = 'lang="x-default"'


def credit_fields(photo: Photo) -> dict[str, str]:
    """The fields that are embedded, stripped of surrounding blanks (empty ones left out)."""
    values = {
        "creator": photo.creator,
        "credit": photo.credit,
        "copyright": photo.copyright,
        "license": photo.license,
        "web_statement": photo.web_statement,
        "caption": photo.caption,
        "alt": photo.alt,
    }
    return {k: v.strip() for k, v in values.items() if v and v.strip()}


def xmp_values(fields: Mapping[str, str]) -> dict[str, object]:
    xmp: dict[str, object] = {}
    if "creator" in fields:
        xmp["Xmp.dc.creator"] = [fields["creator"]]
    if "credit" in fields:
        xmp["Xmp.photoshop.Credit"] = fields["credit"]
    if "copyright" in fields:
        xmp["Xmp.dc.rights"] = {_LANG: fields["copyright"]}
    if "license" in fields:
        xmp["Xmp.xmpRights.UsageTerms"] = {_LANG: fields["license"]}
    if "web_statement" in fields:
        xmp["Xmp.xmpRights.WebStatement"] = fields["web_statement"]
    if "caption" in fields:
        xmp["Xmp.dc.description"] = {_LANG: fields["caption"]}
    if "alt" in fields:
        # exiv2 names the Iptc4xmpCore namespace "iptc"
        xmp["Xmp.iptc.AltTextAccessibility"] = {_LANG: fields["alt"]}
    return xmp


def iptc_values(fields: Mapping[str, str]) -> dict[str, object]:
    iptc: dict[str, object] = {}
    if "creator" in fields:
        iptc["Iptc.Application2.Byline"] = [fields["creator"]]
    if "credit" in fields:
        iptc["Iptc.Application2.Credit"] = fields["credit"]
    if "copyright" in fields:
        iptc["Iptc.Application2.Copyright"] = fields["copyright"]
    if "caption" in fields:
        iptc["Iptc.Application2.Caption"] = fields["caption"]
    if iptc:
        iptc = {"Iptc.Envelope.CharacterSet": IPTC_UTF8, **iptc}
    return iptc


def exif_values(fields: Mapping[str, str]) -> dict[str, str]:
    exif = {}
    if "creator" in fields:
        exif["Exif.Image.Artist"] = fields["creator"]
    if "copyright" in fields:
        exif["Exif.Image.Copyright"] = fields["copyright"]
    return exif


def pillow_exif(fields: Mapping[str, str]) -> bytes:
    """EXIF Artist/Copyright for Pillow to write (AVIF). Pillow encodes text tags as
    ASCII, so non-ASCII text is handed over as UTF-8 bytes, which is what readers expect."""
    from PIL import Image

    exif = Image.Exif()
    if "creator" in fields:
        exif[0x013B] = fields["creator"].encode("utf-8")
    if "copyright" in fields:
        exif[0x8298] = fields["copyright"].encode("utf-8")
    return exif.tobytes() if len(exif) else b""


def embed(data: bytes, fields: Mapping[str, str], fmt: str) -> bytes:
    """``data`` (an encoded JPEG or WebP) with the credit fields embedded.

    WebP has no place for IPTC-IIM, so it carries XMP and EXIF only.
    """
    if not fields:
        return data
    with _LOCK, pyexiv2.ImageData(data) as img:
        xmp = xmp_values(fields)
        if xmp:
            img.modify_xmp(xmp)
        if fmt == "jpeg":
            iptc = iptc_values(fields)
            if iptc:
                img.modify_iptc(iptc)
        exif = exif_values(fields)
        if exif:
            img.modify_exif(exif)
        return img.get_bytes()


def xmp_packet(fields: Mapping[str, str]) -> bytes:
    """A standalone XMP packet with the credit fields, for formats exiv2 cannot write
    (AVIF): built by exiv2 in a 1x1 JPEG so it matches what the other formats carry."""
    from io import BytesIO

    from PIL import Image

    buf = BytesIO()
    Image.new("L", (1, 1)).save(buf, "JPEG")
    xmp = xmp_values(fields)
    if not xmp:
        return b""
    with _LOCK, pyexiv2.ImageData(buf.getvalue()) as img:
        img.modify_xmp(xmp)
        return img.read_raw_xmp().encode("utf-8")


def read_credits(data: bytes) -> dict[str, dict]:
    """XMP, IPTC and EXIF of an encoded image (for tests and diagnostics)."""
    with _LOCK, pyexiv2.ImageData(data) as img:
        result: dict[str, dict] = {"xmp": img.read_xmp(), "exif": img.read_exif()}
        try:
            result["iptc"] = img.read_iptc()
        except RuntimeError:
            result["iptc"] = {}
        return result
