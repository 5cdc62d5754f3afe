"""The article's date and time, and the workspace's time zone.

Front matter ``date`` is a day (``2026-06-24``) or a day with a time (``2026-06-24 09:30``,
``2026-06-24T09:30``, seconds and an offset such as ``+02:00`` or ``Z`` allowed). A time
without an offset is local time in the workspace's zone (newsdesk.toml ``timezone``,
default Europe/Berlin); a day without a time is that day's midnight there. Published
metadata (JSON-LD, Open Graph, article.json) carries the full ISO 8601 time with offset.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

DEFAULT_TIMEZONE = "Europe/Berlin"
# A day, optionally a time (hours and minutes, optionally seconds and fractions) and an
# offset: the shapes fromisoformat reads that a person would write in front matter.
_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
                   r"(?:Z|[+-]\d{2}:\d{2})?)?")


def parse_when(text: str) -> dt.date | dt.datetime | None:
    """A day or a day with a time from the text written in front matter, or None."""
    text = text.strip()
    if not _WHEN.fullmatch(text):
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment


def zone_problem(name: str) -> str | None:
    """Why ``name`` is not a time zone this installation knows, or None."""
    if not name or len(name) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", name) \
            or ".." in name or name.startswith("/"):
        return f"{name!r} is not a time zone name like \"Europe/Berlin\""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # ~30 ms: only when a zone is asked

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return f"{name!r} is not a known time zone (names like \"Europe/Berlin\", \"UTC\")"
    return None


@lru_cache(maxsize=16)
def zone(name: str = DEFAULT_TIMEZONE) -> dt.tzinfo:
    """The zone named ``name`` (validated when the settings were read); UTC when this
    system's zone database lacks it (Windows without the tzdata package)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    for key in (name, DEFAULT_TIMEZONE):
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return dt.UTC


def aware(value: object, zone_name: str = DEFAULT_TIMEZONE) -> dt.datetime | None:
    """The front-matter date as an aware datetime: a day is midnight in the zone, a time
    without offset is local time there, a time with an offset stays as written. None for
    anything that is not a date (missing or invalid: validation says so)."""
    tz = zone(zone_name)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=tz)
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    return None


def iso(moment: dt.datetime, zone_name: str = DEFAULT_TIMEZONE) -> str:
    """ISO 8601 with the offset, to the second, in the workspace's zone
    (2026-06-24T09:30:00+02:00)."""
    return moment.astimezone(zone(zone_name)).replace(microsecond=0).isoformat()


def has_time(value: object) -> bool:
    return isinstance(value, dt.datetime)


def day(value: object) -> dt.date | None:
    """The calendar day of a front-matter date (a datetime's in its own offset)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def written(value: dt.date) -> str:
    """How a date is written back into front matter: 2026-06-24, 2026-06-24 09:30 (local
    time to the minute), else ISO 8601 (seconds, offset)."""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    if value.tzinfo is None and value.second == 0 and value.microsecond == 0:
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
