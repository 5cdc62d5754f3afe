"""A photo's displayed size read from its header in pure Python, without Pillow.

Validation asks for the lead photo's width on every pause in typing and in every
``check``/export; importing Pillow alone costs 40-110 ms, and an up-to-date export must
not load it at all. This reads only the few bytes that hold the size (JPEG SOFn and the
EXIF orientation, PNG IHDR, GIF screen, WebP VP8/VP8L/VP8X, BMP, TIFF IFD0, HEIF/AVIF
``ispe``/``irot``). The file is untrusted: every length is bounded, at most MAX_READ
bytes are read, and anything unexpected gives None ("unknown": no warning is made up).
Results are cached by path, size and mtime.
"""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

MAX_READ = 1 << 20  # the size sits near the start; a stranger file is "unknown"
_cache: dict[tuple[str, int, int], tuple[int, int, str] | None] = {}
_lock = threading.Lock()


def displayed_size(path: Path | str) -> tuple[int, int] | None:
    """(width, height) as shown (EXIF/irot rotation applied), or None when unknown."""
    found = header(path)
    return None if found is None else (found[0], found[1])


def header(path: Path | str) -> tuple[int, int, str] | None:
    """(width, height, format) as shown, or None when unknown; the format as named in
    MIME types: jpeg, png, gif, webp, bmp, tiff, avif or heif."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (os.path.abspath(path), st.st_size, st.st_mtime_ns)
    with _lock:
        if key in _cache:
            return _cache[key]
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_READ)
        result = header_of(data)
    except OSError:
        result = None
    with _lock:
        if len(_cache) > 4096:  # old mtimes pile up while photos are replaced
            _cache.clear()
        _cache[key] = result
    return result


def size_of(data: bytes) -> tuple[int, int] | None:
    """(width, height) as shown of the image whose first bytes are ``data``, or None."""
    found = header_of(data)
    return None if found is None else (found[0], found[1])


def header_of(data: bytes) -> tuple[int, int, str] | None:
    """(width, height, format) as shown of the image whose first bytes are ``data``."""
    try:
        return _header_of(data)
    except (struct.error, ValueError, IndexError):
        return None


def _header_of(data: bytes) -> tuple[int, int, str] | None:
    if data[:3] == b"\xff\xd8\xff":
        fmt, found = "jpeg", _jpeg(data)
    elif data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        fmt, found = "png", struct.unpack(">II", data[16:24])
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        fmt, found = "gif", struct.unpack("<HH", data[6:10])
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        fmt, found = "webp", _webp(data)
    elif data[:2] == b"BM" and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        fmt, found = "bmp", (width, abs(height))
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        fmt, found = "tiff", _tiff(data)
    elif data[4:8] == b"ftyp":
        fmt, found = ("avif" if data[8:12] in (b"avif", b"avis") else "heif"), _heif(data)
    else:
        return None
    if not found or found[0] <= 0 or found[1] <= 0:
        return None
    return int(found[0]), int(found[1]), fmt


def _jpeg(data: bytes) -> tuple[int, int] | None:
    at, orientation = 2, 1
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            at += 2
            continue
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        if length < 2:
            return None
        segment = data[at + 4:at + 2 + length]
        if marker == 0xE1 and segment[:6] == b"Exif\x00\x00":
            try:  # a broken EXIF block must not hide the size
                orientation = _orientation(segment[6:]) or orientation
            except (struct.error, ValueError, IndexError):
                pass
        elif 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", segment[1:5])
            return (height, width) if orientation in (5, 6, 7, 8) else (width, height)
        at += 2 + length
    return None


def _ifd0(tiff: bytes) -> tuple[str, int] | None:
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        return None
    return order, struct.unpack(order + "I", tiff[4:8])[0]


def _tags(tiff: bytes, wanted: tuple[int, ...]) -> dict[int, int]:
    head = _ifd0(tiff)
    if head is None:
        return {}
    order, offset = head
    count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
    found: dict[int, int] = {}
    for i in range(min(count, 512)):
        entry = tiff[offset + 2 + 12 * i:offset + 14 + 12 * i]
        if len(entry) < 12:
            break
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in wanted:
            fmt = {3: "H", 4: "I"}.get(kind)
            if fmt:
                found[tag] = struct.unpack(order + fmt, entry[8:8 + struct.calcsize(fmt)])[0]
    return found


def _orientation(tiff: bytes) -> int:
    return _tags(tiff, (0x0112,)).get(0x0112, 1)


def _tiff(data: bytes) -> tuple[int, int] | None:
    tags = _tags(data, (0x0100, 0x0101, 0x0112))
    if 0x0100 not in tags or 0x0101 not in tags:
        return None
    width, height = tags[0x0100], tags[0x0101]
    return (height, width) if tags.get(0x0112, 1) in (5, 6, 7, 8) else (width, height)


def _webp(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return width, height
    if chunk == b"VP8L" and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def _heif(data: bytes) -> tuple[int, int] | None:
    """The largest ``ispe`` (image spatial extents) box: the primary image or its grid
    (tiles and thumbnails are smaller); ``irot`` by 90 or 270 degrees swaps the sides."""
    sizes = []
    at = data.find(b"ispe")
    while at != -1 and len(sizes) < 64:
        box = data[at + 8:at + 16]  # after type, version and flags
        if len(box) == 8:
            sizes.append(struct.unpack(">II", box))
        at = data.find(b"ispe", at + 4)
    if not sizes:
        return None
    width, height = max(sizes)
    rot = data.find(b"irot")
    if rot != -1 and rot + 4 < len(data) and data[rot + 4] & 0x03 in (1, 3):
        return height, width
    return width, height
