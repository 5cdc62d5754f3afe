"""The page's date ("05.11.2026", "Nov 5, 2026") as Babel's ``format_date(day, "medium",
locale=language)`` writes it, without loading Babel's locale data in every render worker.

Babel loads a language's whole locale data (every territory, currency and time zone name)
for one date: about 8 MB of the worker's memory and 35-45 ms before its first page. What
the medium date needs -- its pattern and the month names it uses -- is taken from Babel once
per language and Babel version and kept in this computer's cache (``dates/``, never in a
workspace); later workers read that small file. A pattern with a field this module does
not write (anything but day, month and year) and any trouble with the cache go to Babel
itself, so the text is always Babel's (a test compares them over many locales and dates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
import re
import threading
from pathlib import Path
from typing import Any

from editor.model.atomic import replace_cache_file
from editor.model.cachedir import user_cache_dir

ENV = "NEWSDESK_DATES_DIR"  # the cache folder, instead of the user's cache folder (tests)
FORMAT = 1
_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")
# field letter -> Babel's names: (context, width) of Locale.months
_MONTH_NAMES = {"MMM": ("format", "abbreviated"), "MMMM": ("format", "wide"),
                "LLL": ("stand-alone", "abbreviated"), "LLLL": ("stand-alone", "wide")}
_NUMERIC = {"d", "dd", "M", "MM", "L", "LL", "y", "yy", "yyy", "yyyy"}

_specs: dict[str, dict[str, Any] | None] = {}
_lock = threading.Lock()


def _babel(day: dt.date, language: str) -> str:
    from babel.dates import format_date

    return format_date(day, format="medium", locale=language)


def cache_dir() -> Path:
    return user_cache_dir("dates", ENV)


def _babel_stamp() -> str | None:
    """Which Babel is installed (its package file's path, size and mtime), without
    importing it; None if it cannot be told."""
    try:
        spec = importlib.util.find_spec("babel")
        origin = spec.origin if spec is not None else None
        if origin is None:
            return None
        st = os.stat(origin)
    except (ImportError, ValueError, OSError):
        return None
    return f"{origin}:{st.st_size}:{st.st_mtime_ns}"


def _cache_file(language: str, stamp: str) -> Path:
    key = hashlib.sha256(f"{FORMAT}\0{stamp}\0{language}".encode("utf-8", "surrogatepass"))
    return cache_dir() / f"medium-{key.hexdigest()[:24]}.json"


def tokens(pattern: str) -> list[str] | None:
    """The pattern as fields ("dd", "MMM") and literals ("'.'" stays quoted, "." plain);
    None when it has a field this module does not write."""
    parts: list[str] = []
    for match in _FIELD.finditer(pattern):
        text = match.group(0)
        if match.group(1) is not None and text not in _NUMERIC and text not in _MONTH_NAMES:
            return None
        parts.append(text)
    return parts if "".join(parts) == pattern else None


def _spec_from_babel(language: str) -> dict[str, Any] | None:
    from babel import Locale

    locale = Locale.parse(language)
    pattern = locale.date_formats["medium"].pattern
    parts = tokens(pattern)
    if parts is None:
        return None
    names = {}
    for part in set(parts) & set(_MONTH_NAMES):
        context, width = _MONTH_NAMES[part]
        names[part] = [locale.months[context][width][m] for m in range(1, 13)]
    return {"format": FORMAT, "language": language, "tokens": parts, "months": names}


def _valid(data: Any, language: str) -> bool:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return False
    if data.get("language") != language or not isinstance(data.get("tokens"), list):
        return False
    parts, months = data["tokens"], data.get("months")
    if not all(isinstance(p, str) for p in parts) or not isinstance(months, dict):
        return False
    for part in parts:
        if part in _MONTH_NAMES:
            names = months.get(part)
            if not (isinstance(names, list) and len(names) == 12
                    and all(isinstance(n, str) for n in names)):
                return False
    return tokens("".join(parts)) == parts


def _spec(language: str) -> dict[str, Any] | None:
    with _lock:
        if language in _specs:
            return _specs[language]
    stamp = _babel_stamp()
    spec = None
    if stamp is not None:
        path = _cache_file(language, stamp)
        try:
            with open(path, "rb") as f:
                data = json.loads(f.read(65536))
            spec = data if _valid(data, language) else None
        except (OSError, ValueError, UnicodeError):
            spec = None
        if spec is None:
            try:
                spec = _spec_from_babel(language)
            except Exception:  # an unknown language: Babel itself says so, in format_date
                spec = None
            if spec is not None:
                replace_cache_file(path, json.dumps(spec, ensure_ascii=False))
    with _lock:
        _specs[language] = spec
    return spec


def _field(part: str, day: dt.date, months: dict[str, list[str]]) -> str:
    if part in months:
        return months[part][day.month - 1]
    letter = part[0]
    if letter == "d":
        return str(day.day).zfill(len(part))
    if letter in "ML":
        return str(day.month).zfill(len(part))
    if part == "yy":
        return str(day.year)[-2:].zfill(2)
    return str(day.year).zfill(len(part))  # y, yyy, yyyy: at least that many digits


def format_medium(day: dt.date, language: str) -> str:
    """``babel.dates.format_date(day, format="medium", locale=language)``."""
    spec = _spec(language)
    if spec is None:
        return _babel(day, language)
    out = []
    for part in spec["tokens"]:
        if part.startswith("'"):
            out.append(part[1:-1].replace("''", "'") if len(part) > 2 else "'")
        elif part[0].isascii() and part[0].isalpha():  # a field (年 is a literal)
            out.append(_field(part, day, spec["months"]))
        else:
            out.append(part)
    return "".join(out)


__all__ = ["ENV", "format_medium", "tokens"]
