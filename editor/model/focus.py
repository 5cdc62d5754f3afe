"""A photo's focal point: ``focus: [x, y]`` in its front matter entry.

Fractions of the upright image's width and height from the top left; without the key the
centre. Crops for social cards and search results are cut around it
(editor.publish.crops). Pure Python, no Pillow: validation imports this.
"""

from __future__ import annotations

import math
from typing import Any

from editor.model.article import Photo

KEY = "focus"
CENTRE = (0.5, 0.5)
CARD_RATIO = (40, 21)  # the social card, 1200 x 630 (editor.publish.crops)


def parse_focus(value: Any) -> tuple[float, float] | None:
    """``value`` as (x, y) when it is a list of two numbers in 0..1, else None."""
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    out = []
    for v in value:
        # bool is an int in Python, and "0.5" is text: neither is a fraction here.
        if isinstance(v, bool) or not isinstance(v, int | float):
            return None
        f = float(v)
        if not math.isfinite(f) or not 0.0 <= f <= 1.0:
            return None
        out.append(f)
    return out[0], out[1]


def focus_of(photo: Photo) -> tuple[float, float]:
    """The photo's focal point; the centre when unset or invalid (validation reports
    an invalid one, so export never runs with it)."""
    if KEY not in photo.extra:
        return CENTRE
    return parse_focus(photo.extra[KEY]) or CENTRE


def focus_problem(photo: Photo) -> str | None:
    """Why the photo's ``focus`` is not usable, or None (unset counts as the centre)."""
    if KEY not in photo.extra:
        return None
    if parse_focus(photo.extra[KEY]) is None:
        return (f"Photo '{photo.id}': 'focus' must be two numbers from 0 to 1 "
                "([x, y], fractions of width and height from the top left).")
    return None


def stored(x: float, y: float) -> list[float]:
    """The front matter value for a focal point: clamped to 0..1, 3 decimals (a tenth of
    a percent is finer than anyone clicks, and keeps the file readable)."""
    def clamp(v: float) -> float:
        v = 0.5 if not math.isfinite(v) else min(1.0, max(0.0, v))
        return round(v, 3)

    return [clamp(x), clamp(y)]


def window(width: int, height: int, ratio: tuple[int, int]) -> tuple[int, int]:
    """The largest (w, h) of ``ratio`` inside width x height (at least 1 x 1)."""
    rw, rh = ratio
    if width * rh >= height * rw:  # wider than the ratio: full height
        h = height
        w = min(width, max(1, round(height * rw / rh)))
    else:
        w = width
        h = min(height, max(1, round(width * rh / rw)))
    return w, h


def crop_box(width: int, height: int, ratio: tuple[int, int],
             focus: tuple[float, float]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the largest ``ratio`` window centred on ``focus``
    (fractions from the top left) and clamped to the image."""
    w, h = window(width, height, ratio)
    fx, fy = (min(1.0, max(0.0, v)) if math.isfinite(v) else 0.5 for v in focus)
    left = min(max(0, round(fx * width - w / 2)), width - w)
    top = min(max(0, round(fy * height - h / 2)), height - h)
    return left, top, left + w, top + h
