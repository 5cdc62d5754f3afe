"""Dates and times in the interface language and the local time zone (one helper)."""

from __future__ import annotations

import datetime as dt

from editor.gui.dates import format_date, format_datetime, parse_utc


def test_stored_utc_shown_in_local_time_german_and_english(berlin):
    stamp = "2026-12-01T19:20:53.123456Z"  # a review event's 'at'
    assert format_datetime(stamp, "de") == "01.12.2026, 20:20:53"
    assert format_datetime(stamp, "en").replace("\u202f", " ") == "Dec 1, 2026, 8:20:53 PM"
    # summer time: two hours ahead of UTC
    assert format_datetime("2026-07-01T22:30:00Z", "de", "short") == "02.07.26, 00:30"


def test_aware_and_naive_datetimes(berlin):
    when = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.UTC)  # versions, trash: aware UTC
    assert format_datetime(when, "de", "short") == "05.01.26, 08:00"
    assert format_datetime(dt.datetime(2026, 1, 5, 7, 0), "de", "short") == "05.01.26, 08:00"


def test_other_zone_other_clock(time_zone):
    time_zone("America/New_York")
    assert format_datetime("2026-12-01T19:20:53Z", "de") == "01.12.2026, 14:20:53"


def test_not_a_time_is_shown_as_it_is():
    assert format_datetime("gestern", "de") == "gestern"
    assert parse_utc("2026-13-01") is None


def test_calendar_dates():
    assert format_date("2026-11-20", "de") == "20.11.2026"
    assert format_date(dt.date(2026, 11, 20), "en") == "Nov 20, 2026"
    assert format_date("bald", "en") == "bald"
