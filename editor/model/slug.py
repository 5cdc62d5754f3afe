"""URL- and file-system-safe slugs from German titles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 80
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss", "ẞ": "SS"})
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


def slugify(title: str, max_length: int = MAX_LENGTH, fallback: str = "artikel") -> str:
    """'Grüße aus Köln!' -> 'gruesse-aus-koeln'. Never empty, never a reserved name:
    ``fallback`` ("artikel"; "article" in an English workspace) stands in for a title
    without letters and is appended to a reserved name."""
    text = title.translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > max_length:
        cut = text[:max_length]
        # Prefer cutting at a word boundary when one is reasonably close.
        if "-" in cut[max_length // 2 :]:
            cut = cut[: cut.rfind("-")]
        text = cut.strip("-")
    if not text:
        text = fallback
    if text.split(".")[0] in _RESERVED:
        text = f"{text}-{fallback}"
    return text


def unique_slug(title: str, taken: Iterable[str], fallback: str = "artikel") -> str:
    """A slug not in ``taken`` (compared ignoring case), adding -2, -3, ... as needed."""
    used = {t.lower() for t in taken}
    base = slugify(title, fallback=fallback)
    if base not in used:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: MAX_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        n += 1
