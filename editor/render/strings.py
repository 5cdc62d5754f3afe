"""Visible words of the rendered page, per content language (not the UI language)."""

from __future__ import annotations

_STRINGS: dict[str, dict[str, str]] = {
    "de": {
        "photo_credit": "Foto: {credit}",
        "credits_heading": "Bildnachweise",
        "skip_link": "Zum Inhalt springen",
        "tags": "Schlagwörter",
        "author": "Von {author}",
        "photo_missing": "Foto fehlt: {name}",
        "photo_unknown": "Unbekanntes Foto: {name}",
        "lead_photo": "Titelbild",
    },
    "en": {
        "photo_credit": "Photo: {credit}",
        "credits_heading": "Picture credits",
        "skip_link": "Skip to content",
        "tags": "Tags",
        "author": "By {author}",
        "photo_missing": "Photo missing: {name}",
        "photo_unknown": "Unknown photo: {name}",
        "lead_photo": "Lead photo",
    },
}


def strings(language: str) -> dict[str, str]:
    """The words for ``language``; English for anything we do not know."""
    return _STRINGS.get(language, _STRINGS["en"])
