"""The time an event file name begins with, read by hand instead of strptime (start-up
cost, issue 12): the same datetime, or the same ValueError, as strptime for any text."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from editor.model import reviewlog

FORMAT = "%Y%m%dT%H%M%S.%f"


def _strptime(text: str) -> dt.datetime | type[ValueError]:
    try:
        return dt.datetime.strptime(text, FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return ValueError


def _ours(text: str) -> dt.datetime | type[ValueError]:
    try:
        return reviewlog._name_time(text)
    except ValueError:
        return ValueError


EDGES = [
    "20261201T234338.069699", "00010101T000000.000000", "99991231T235959.999999",
    "20240229T120000.000001", "20230229T120000.000000",  # leap day; none in 2023
    "20261301T000000.000000", "20260001T000000.000000", "20260100T000000.000000",
    "20260132T000000.000000", "20260431T000000.000000", "00000101T000000.000000",
    "20260101T240000.000000", "20260101T006000.000000", "20260101T000060.000000",
    "20260101T000061.000000", "20260101T000000.00000", "20260101T000000.0000000",
    "2026011T000000.000000", "20260101T0000.0000000", "20260101t000000.000000",
    "20260101T000000,000000", "2026-01-01T00:00:00.0", "", "x" * 22,
    "２０２６0101T000000.000000",  # non-ASCII digits: strptime decides
    "20260101T000000.00000\n", " 0260101T000000.000000", "+0260101T000000.000000",
    "2026 1 1T 0 0 0.000000", "202601-1T000000.000000",
]


@pytest.mark.parametrize("text", EDGES)
def test_same_result_as_strptime_at_the_edges(text: str) -> None:
    assert _ours(text) == _strptime(text)


def test_same_result_as_strptime_for_names_as_written_and_mangled() -> None:
    rng = random.Random(12)
    start = dt.datetime(1000, 1, 1, tzinfo=dt.UTC)  # four-digit years, as strftime writes
    for _ in range(3000):
        when = start + dt.timedelta(microseconds=rng.randrange(283_000_000_000_000_000))
        name = when.strftime(FORMAT)
        assert len(name) == 22 and _ours(name) == _strptime(name) == when
        mangled = list(name)
        mangled[rng.randrange(22)] = rng.choice("0123456789T.x 5")
        text = "".join(mangled)
        assert _ours(text) == _strptime(text), text
