"""The problems panel words the page-metadata checks (editor/model/metacheck.py, now part
of preflight) in the interface language, with their values filled in."""

from __future__ import annotations

import re
from pathlib import Path

from editor.gui.preflight import messages
from editor.model import metacheck
from editor.model.validation import Location, Problem

# codes whose model message carries an English reason that the panel keeps as it is
MODEL_WORDED = {"site-file-unusable"}


def test_every_metadata_code_has_its_wording() -> None:
    source = Path(metacheck.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'add\("(?:warning|error)", "([a-z-]+)"', source))
    assert {"base-url-example", "missing-author", "lead-photo-small"} <= codes
    assert codes - MODEL_WORDED <= set(messages.TEMPLATES)


def test_values_are_filled_in() -> None:
    small = Problem("warning", "lead-photo-small", "model text", Location("photo", "p1"),
                    {"photo": "p1", "width": 800, "minimum": 1200})
    assert messages.message(small) == \
        "Photo 'p1' is 800 px wide; search and social previews want at least 1200 px."
    url = Problem("warning", "base-url-example", "model text",
                  Location("file", "newsdesk.toml"), {"url": "https://www.example.org/a/"})
    assert "https://www.example.org/a/" in messages.message(url)
    long = Problem("warning", "description-too-long", "model text",
                   Location("field", "description"), {"length": 170, "limit": 160})
    assert messages.message(long) == \
        "The description has 170 characters; search results show about 160."
    assert messages.location(long.location) == "Search summary"
    kind = Problem("error", "invalid-author-type", "model text",
                   Location("field", "author_type"), {"value": "robot"})
    assert "'robot'" in messages.message(kind)
    site = Problem("error", "site-file-unusable", "'favicon': no file", Location(
        "file", "newsdesk.toml"), {"setting": "favicon"})
    assert messages.message(site) == "'favicon': no file"
