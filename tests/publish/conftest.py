"""Helpers for export tests: generated photos with chosen metadata, small articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from editor.model.article import Article, Photo
from editor.model.config import SiteConfig, replace
from tests.util import write_article

UMLAUT_CREDITS = {
    "caption": "Bürgermeisterin Jäger grüßt die Gäste",
    "alt": "Eine Frau mit Schärpe schüttelt Hände vor dem Rathaus",
    "creator": "Jörg Müller",
    "credit": "Stadt Übersee / Jörg Müller",
    "copyright": "© 2026 Stadt Übersee",
    "license": "Nur für die Berichterstattung über Übersee",
    "web_statement": "https://www.uebersee.example.org/bildrechte",
}

GPS_IFD = 0x8825
EXIF_IFD = 0x8769


def small_config(**changes) -> SiteConfig:
    """Default settings with small widths, so tests stay fast."""
    values = {"image_widths": (160, 320, 480)}
    values.update(changes)
    return replace(SiteConfig(), **values)


def make_photo(path: Path, size: tuple[int, int] = (600, 400), *, orientation: int | None = None,
               gps: bool = False, comment: bytes | None = None, xmp: bytes | None = None,
               mode: str = "RGB", fmt: str = "JPEG", marker_left: bool = False,
               **save: object) -> Path:
    """A generated photo. ``marker_left`` paints the left quarter (as stored) pure red."""
    color = {"RGB": (40, 120, 200), "CMYK": (200, 0, 0, 0), "RGBA": (40, 120, 200, 255),
             "L": 128}.get(mode, 0)
    im = Image.new(mode, size, color)
    draw = ImageDraw.Draw(im)
    if marker_left and mode == "RGB":
        draw.rectangle((0, 0, size[0] // 4, size[1]), fill=(255, 0, 0))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if gps:
        exif[0x010F] = "Canon"
        exif[0x0110] = "EOS Test"
        exif.get_ifd(EXIF_IFD)[0xA431] = "SERIAL-123456"  # BodySerialNumber
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 31.0, 12.0), 3: "E",
                                      4: (13.0, 24.0, 36.0)})
    kwargs: dict[str, object] = dict(save)
    if len(exif):
        kwargs["exif"] = exif
    if comment is not None:
        kwargs["comment"] = comment
    if xmp is not None:
        kwargs["xmp"] = xmp
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, fmt, **kwargs)
    return path


def make_article(folder: Path, photos: list[tuple[str, str, dict[str, str]]],
                 title: str = "Neue Fahrradstraße eröffnet") -> Article:
    """An article in ``folder`` whose body places each (id, file, credits) photo."""
    body = "Erster Absatz.\n\n" + "\n\n".join(f"![](photo:{pid})" for pid, _f, _c in photos)
    article = Article(
        folder=folder, title=title, kicker="Aktuelles", date=dt.date(2026, 11, 24),
        author="Presse", lead="Ein kurzer Vorspann.", body=body + "\n",
        photos=[Photo(id=pid, file=file, **credits) for pid, file, credits in photos],
    )
    folder.mkdir(parents=True, exist_ok=True)
    write_article(article)
    return article


@pytest.fixture
def photo_article(tmp_path: Path) -> Article:
    """One credited 600x400 JPEG with GPS, serial, comment and foreign XMP."""
    folder = tmp_path / "ws" / "articles" / "fahrradstrasse"
    make_photo(folder / "photos" / "rad.jpg", gps=True, comment=b"secret camera comment",
               xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
                   b'"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
                   b'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="SecretTool"/>'
                   b"</rdf:RDF></x:xmpmeta>")
    return make_article(folder, [("rad", "photos/rad.jpg", UMLAUT_CREDITS)])


def _s15(value: float) -> bytes:
    import struct

    return struct.pack(">i", round(value * 65536))


def rgb_profile(red: tuple[float, float, float], green: tuple[float, float, float],
                blue: tuple[float, float, float], name: str = "Test RGB") -> bytes:
    """A minimal ICC v2 matrix/TRC display profile with the given D50 colorants, gamma 2.2.

    Used to check real colour conversion: swap sRGB's red and green colorants and a red
    pixel must come out green in sRGB.
    """
    import struct

    def xyz(v):
        return b"XYZ " + b"\0" * 4 + b"".join(_s15(c) for c in v)

    ascii_name = name.encode("ascii") + b"\0"
    desc = (b"desc" + b"\0" * 4 + struct.pack(">I", len(ascii_name)) + ascii_name
            + b"\0" * 8 + b"\0" * 3 + b"\0" * 67)
    curve = b"curv" + b"\0" * 4 + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    tags = [(b"desc", desc), (b"wtpt", xyz((0.9642, 1.0, 0.8249))), (b"rXYZ", xyz(red)),
            (b"gXYZ", xyz(green)), (b"bXYZ", xyz(blue)), (b"rTRC", curve),
            (b"gTRC", curve), (b"bTRC", curve), (b"cprt", b"text" + b"\0" * 4 + b"none\0\0\0\0")]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for sig, body in tags:
        while len(body) % 4:
            body += b"\0"
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (struct.pack(">I", size) + b"lcms" + struct.pack(">I", 0x02100000) + b"mntr"
              + b"RGB " + b"XYZ " + b"\0" * 12 + b"acsp" + b"\0" * 24 + struct.pack(">I", 0)
              + b"".join(_s15(c) for c in (0.9642, 1.0, 0.8249)) + b"\0" * 4 + b"\0" * 44)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


SRGB_D50 = ((0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141))
