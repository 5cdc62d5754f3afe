"""File and zip entry names built by the exporter, never taken from user input as given."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from editor.model.slug import slugify

MAX_STEM = 60


def safe_stem(text: str, fallback: str = "foto") -> str:
    """An ASCII, lower-case, Windows-safe file stem: no separators, dots or reserved names."""
    stem = slugify(unicodedata.normalize("NFC", text), MAX_STEM)
    # slugify never returns "" but substitutes its own default word; keep ours for photos.
    return stem if any(c.isalnum() for c in text) else fallback


def unique_stems(texts: Iterable[str], fallback: str = "foto") -> list[str]:
    """safe_stem of each text, made unique ignoring case by adding -2, -3, ..."""
    taken: set[str] = set()
    out = []
    for text in texts:
        base = safe_stem(text, fallback)
        stem, n = base, 2
        while stem.casefold() in taken:
            stem = f"{base}-{n}"
            n += 1
        taken.add(stem.casefold())
        out.append(stem)
    return out


def check_entry(name: str) -> str:
    """Refuse a zip entry name that could escape the bundle or clash on Windows."""
    normal = unicodedata.normalize("NFC", name)
    parts = normal.split("/")
    if (normal != name or not name or name.startswith(("/", "\\")) or "\\" in name
            or ":" in name or any(p in ("", ".", "..") for p in parts)
            or any(p != p.rstrip(". ") for p in parts)):
        raise ValueError(f"unsafe bundle entry name: {name!r}")
    return name
