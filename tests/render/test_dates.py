"""The page's medium date without Babel's locale data (editor.render.dates): the same text
as Babel's format_date over many locales and dates, from a cache file after the first
time, and a render worker that never loads Babel's locale data once that file exists."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.localedata import locale_identifiers

from editor.render import dates

DAYS = [dt.date(2026, 11, 5), dt.date(2022, 6, 24), dt.date(1999, 1, 1), dt.date(2031, 12, 31),
        dt.date(5, 3, 9), dt.date(987, 9, 30), *(dt.date(2024, m, 1 + m) for m in range(1, 13))]
COMMON = ["de", "de_DE", "de_AT", "de_CH", "en", "en_US", "en_GB", "fr", "it", "es", "nl",
          "pl", "cs", "da", "sv", "nb", "fi", "pt", "pt_BR", "tr", "el", "ru", "uk", "hu",
          "ja", "zh", "ko", "ar", "he", "fa", "hi", "th", "vi", "ca", "eu", "ga", "lt", "lv"]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(dates.ENV, str(tmp_path / "dates"))
    dates._specs.clear()
    yield tmp_path / "dates"
    dates._specs.clear()


def test_same_text_as_babel_over_many_locales(cache) -> None:
    rng = random.Random(12)
    others = sorted(set(locale_identifiers()) - set(COMMON))
    for language in COMMON + rng.sample(others, 80):
        for day in DAYS:
            assert dates.format_medium(day, language) == format_date(
                day, format="medium", locale=language), (language, day)
    dates._specs.clear()  # again, from the cache files this time
    for language in COMMON:
        for day in DAYS:
            assert dates.format_medium(day, language) == format_date(
                day, format="medium", locale=language), (language, day)


def test_unknown_language_fails_as_babel_does() -> None:
    with pytest.raises(Exception) as ours:
        dates.format_medium(dt.date(2026, 1, 2), "xx_nonsense")
    with pytest.raises(Exception) as babels:
        format_date(dt.date(2026, 1, 2), format="medium", locale="xx_nonsense")
    assert type(ours.value) is type(babels.value)


def test_quoted_literals_and_unknown_fields() -> None:
    assert dates.tokens("d 'de' MMMM 'de' y") == ["d", " ", "'de'", " ", "MMMM", " ",
                                                  "'de'", " ", "y"]
    assert dates.tokens("y''MM") == ["y", "''", "MM"]
    assert dates.tokens("G y MMM d") is None  # the era: left to Babel
    assert dates.tokens("EEE, d MMM y") is None


def test_a_broken_or_foreign_cache_file_is_not_trusted(cache) -> None:
    want = format_date(dt.date(2026, 11, 5), format="medium", locale="de")
    assert dates.format_medium(dt.date(2026, 11, 5), "de") == want
    (file,) = cache.iterdir()
    for bad in ("{", json.dumps({"format": 1, "language": "de", "tokens": ["MMM"],
                                 "months": {"MMM": ["x"]}}),
                json.dumps({"format": 1, "language": "de", "tokens": ["EEEE"], "months": {}}),
                json.dumps({"format": 1, "language": "fr", "tokens": ["y"], "months": {}})):
        file.write_text(bad, encoding="utf-8")
        dates._specs.clear()
        assert dates.format_medium(dt.date(2026, 11, 5), "de") == want


WORKER = """
import sys, datetime as dt
from pathlib import Path
from editor.render import worker_main
from editor.render.images import PreviewImages
from editor.model.article import Article
from editor.model.config import SiteConfig
folder = Path(sys.argv[1])
article = Article(folder=folder, title="T", lead="L", date=dt.date(2026, 11, 5), body="Text.")
config = SiteConfig(site_name="S", language="de", base_url="https://example.org/")
status, value = worker_main.handle("page", (article, config, PreviewImages(article), ""))
assert status == "ok", value
print("05.11.2026" in value[0], "babel.localedata" in sys.modules and
      bool(sys.modules["babel.localedata"]._cache))
"""


def test_worker_renders_the_date_without_babels_locale_data(tmp_path, cache) -> None:
    folder = tmp_path / "articles" / "a"
    folder.mkdir(parents=True)
    env = {**os.environ, dates.ENV: str(cache), "PYTHONPATH": str(Path(dates.__file__)
                                                                    .parents[2])}
    run = [sys.executable, "-P", "-c", WORKER, str(folder)]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert first.stdout.split() == ["True", "True"], first.stderr  # made the cache file
    again = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert again.stdout.split() == ["True", "False"], again.stderr  # no locale data loaded
