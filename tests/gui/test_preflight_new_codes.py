"""The problems panel words the newer checks in the interface language too, with their
values filled in (alt text limit, focal point)."""

from __future__ import annotations

from editor.gui.preflight import messages
from editor.model.validation import Location, Problem


def test_alt_too_long_and_focus_have_their_own_wording() -> None:
    alt = Problem("error", "alt-too-long", "model text", Location("photo", "p1"),
                  {"photo": "p1", "length": 300, "limit": 250})
    assert messages.message(alt) == \
        "Photo 'p1': the alt text has 300 characters; at most 250 are allowed."
    focus = Problem("error", "photo-focus-invalid", "model text", Location("photo", "p1"),
                    {"photo": "p1"})
    assert messages.message(focus).startswith("Photo 'p1': 'focus' must be two numbers")
