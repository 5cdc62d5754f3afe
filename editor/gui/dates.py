"""Dates and times as the interface shows them: in its language and the local time zone.

Stored times are UTC (review events, versions, the trash); every window shows them
through :func:`format_datetime`, so the whole interface agrees.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The interface language ('de', 'en'): editor.gui.i18n sets QLocale's default."""
    return QLocale().name()[:2] or "en"


def parse_utc(value: str | dt.datetime) -> dt.datetime | None:
    """An aware datetime from an ISO 8601 text ('...Z' allowed) or a datetime; a naive
    one counts as UTC. None when the text is not a time."""
    if isinstance(value, dt.datetime):
        when = value
    else:
        try:
            when = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def format_datetime(value: str | dt.datetime, language: str | None = None,
                    length: str = "medium") -> str:
    """``value`` in the local time zone, written the way ``language`` writes dates
    ('01.12.2026, 21:20:53' / 'Dec 1, 2026, 9:20:53 PM'); ``length`` is a Babel format
    ('short', 'medium', 'long'). Text that is not a time is returned unchanged."""
    when = parse_utc(value)
    if when is None:
        return str(value)
    local = when.astimezone()  # the process's zone (TZ), after any time.tzset()
    from babel.dates import format_datetime as babel_format  # loaded on first use

    try:
        return babel_format(local.replace(tzinfo=None), format=length,
                            locale=language or ui_language())
    except (ValueError, LookupError):  # an unknown locale: still a readable local time
        return local.strftime("%Y-%m-%d %H:%M")


def format_date(value: str | dt.date, language: str | None = None,
                length: str = "medium") -> str:
    """A calendar date (YYYY-MM-DD) the way ``language`` writes it; other text unchanged."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            return str(value)
    from babel.dates import format_date as babel_format

    try:
        return babel_format(value, format=length, locale=language or ui_language())
    except (ValueError, LookupError):
        return value.isoformat()
