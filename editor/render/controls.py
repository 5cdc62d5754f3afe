"""Control characters never reach a rendered page.

C0/C1 controls (except tab and newline), lone surrogates and non-characters are invalid
or invisible in HTML and JSON-LD; a NUL in a title used to be written raw into the page.
Validation reports them separately; the renderer simply leaves them out."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from editor.model.article import Article, Photo

_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and newline stay)."""
    return _UNWANTED.sub("", text) if _UNWANTED.search(text) else text


def clean_body(body: str) -> str:
    """Line ends normalised the way the block splitter sees them, then cleaned."""
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return clean_text(body)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _clean_fields(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    changes = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        cleaned = _clean(value)
        if cleaned != value:
            changes[f.name] = cleaned
    return changes


def clean_photo(photo: Photo) -> Photo:
    changes = _clean_fields(photo)
    return dataclasses.replace(photo, **changes) if changes else photo


def clean_article(article: Article) -> Article:
    """The article as the page shows it: every text without control characters. The same
    object when there is nothing to clean (the preview calls this on every keystroke)."""
    changes = _clean_fields(article, skip=("folder", "photos", "body"))
    body = clean_body(article.body)
    if body is not article.body:
        changes["body"] = body
    photos = [clean_photo(p) for p in article.photos]
    if any(new is not old for new, old in zip(photos, article.photos, strict=True)):
        changes["photos"] = photos
    return dataclasses.replace(article, **changes) if changes else article
