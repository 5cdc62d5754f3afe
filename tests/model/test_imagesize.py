"""The pure-Python header reader agrees with Pillow on every format Newsdesk accepts,
rotation included, and says "unknown" (None) for anything broken or hostile."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from PIL import Image, ImageOps

from editor.model.imagesize import displayed_size, header_of, size_of

FORMATS = ["JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF"]


def _encode(fmt: str, size: tuple[int, int], orientation: int = 1, **kw) -> bytes:
    img = Image.new("RGB", size, (200, 30, 30))
    buf = io.BytesIO()
    if orientation != 1:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kw["exif"] = exif.tobytes()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _pillow_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as img:
        return ImageOps.exif_transpose(img).size


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("size", [(1, 1), (801, 533), (1600, 900), (4000, 16)])
def test_agrees_with_pillow(fmt, size):
    data = _encode(fmt, size)
    assert size_of(data) == _pillow_size(data) == size


@pytest.mark.parametrize("orientation", range(1, 9))
def test_jpeg_orientation_swaps_sides(orientation):
    data = _encode("JPEG", (1600, 900), orientation)
    expected = (900, 1600) if orientation >= 5 else (1600, 900)
    assert size_of(data) == _pillow_size(data) == expected


def test_lossless_and_extended_webp():
    for kw in ({"lossless": True}, {"exif": b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00"}):
        data = _encode("WEBP", (1201, 677), **kw)
        assert size_of(data) == (1201, 677)


def test_avif_and_heif():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    written = 0
    for fmt in ("AVIF", "HEIF"):
        try:
            data = _encode(fmt, (1280, 720))
        except (OSError, KeyError, ValueError):
            continue  # no encoder in this build
        written += 1
        assert size_of(data) == (1280, 720), fmt
    if not written:
        pytest.skip("no AVIF or HEIF encoder here")


@pytest.mark.parametrize("data", [
    b"", b"\xff\xd8\xff", b"\xff\xd8\xff\xe0\x00\x00", b"\x89PNG\r\n\x1a\n",
    b"GIF89a", b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"II*\x00\xff\xff\xff\xff",
    b"\x00\x00\x00\x18ftypheic", b"not an image at all", b"\xff\xd8\xff" + b"\xff" * 5000,
])
def test_broken_or_hostile_headers_are_unknown(data):
    assert size_of(data) is None


def test_displayed_size_caches_and_sees_a_replaced_file(tmp_path):
    path = tmp_path / "p.jpg"
    path.write_bytes(_encode("JPEG", (800, 600)))
    assert displayed_size(path) == (800, 600)
    path.write_bytes(_encode("PNG", (1300, 700)))  # other size: re-read
    assert displayed_size(path) == (1300, 700)
    path.write_bytes(b"garbage")
    assert displayed_size(path) is None
    assert displayed_size(tmp_path / "missing.jpg") is None


def test_reading_a_size_loads_no_pillow(tmp_path):
    path = tmp_path / "p.jpg"
    path.write_bytes(_encode("JPEG", (800, 600), 6))
    probe = ("import sys; from editor.model.imagesize import displayed_size; "
             f"print(displayed_size({str(path)!r}), 'PIL' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["(600,", "800)", "False"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_header_names_the_format_as_pillow_does(fmt):
    """The preview's <img> type comes from this name (no Pillow in the render worker)."""
    data = _encode(fmt, (321, 123))
    with Image.open(io.BytesIO(data)) as img:
        pillow_name = {"MPO": "jpeg"}.get(img.format or "", (img.format or "").lower())
    assert header_of(data) == (321, 123, pillow_name)


def test_header_tells_avif_from_heif():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    written = 0
    for fmt, name in (("AVIF", "avif"), ("HEIF", "heif")):
        try:
            data = _encode(fmt, (1280, 720))
        except (OSError, KeyError, ValueError):
            continue  # no encoder in this build
        written += 1
        assert header_of(data) == (1280, 720, name), fmt
    if not written:
        pytest.skip("no AVIF or HEIF encoder here")
