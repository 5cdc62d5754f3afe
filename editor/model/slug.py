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
    text = _ascii_words(title)
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


def _ascii_words(text: str) -> str:
    """German letters spelt out (ä -> ae), other accents dropped, lower case, every run of
    anything else one '-'."""
    text = unicodedata.normalize("NFKD", text.translate(_GERMAN))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def heading_id(text: str, separator: str = "-", fallback: str = "abschnitt") -> str:
    """A heading's anchor spelt like a slug: 'Öffnungszeiten & Preise' ->
    'oeffnungszeiten-preise' (no umlauts in links people copy). ``fallback`` stands in for
    a heading without letters or digits, so an id is never empty. The signature is
    Python-Markdown's toc ``slugify(value, separator)``; the page makes ids unique."""
    text = _ascii_words(text)
    if separator != "-":
        text = text.replace("-", separator)
    if len(text) > MAX_LENGTH:
        cut = text[:MAX_LENGTH]
        text = cut[: cut.rfind(separator)] if separator in cut[MAX_LENGTH // 2 :] else cut
    return text or fallback


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
