"""tools/screenshot_frame.py and tools/screenshot_social_card.py make the README's pictures
of the page in the sample frame and of the social card; the pictures in docs/ must still
look like what the tools make now (refresh them with the tools when this fails)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

REPO = Path(__file__).resolve().parents[1]
ACCENT = (0x0B, 0x4F, 0x8A)  # --accent of resources/css/article.css: the header's rule


def _run(tool: str, out: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, f"tools/{tool}", "--out", str(out)], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr


def _difference(made: Path, kept: Path, top: int = 0, bottom: int = 0) -> float:
    """Mean grey-level difference (0-255) of small copies of both pictures: fonts may
    render a pixel apart, a changed layout or frame differs by far more. With ``top`` and
    ``bottom``: only that many rows at the top and at the bottom of each (the page's frame;
    the article's text between them may move with the article's own styles)."""
    from PIL import Image, ImageChops, ImageStat

    a = Image.open(made).convert("L")
    b = Image.open(kept).convert("L")
    if top or bottom:
        a, b = (_ends(im, top, bottom) for im in (a, b))
    b = b.resize(a.size, Image.Resampling.LANCZOS)
    size = (96, max(1, round(96 * a.height / a.width)))
    small_a = a.resize(size, Image.Resampling.LANCZOS)
    small_b = b.resize(size, Image.Resampling.LANCZOS)
    return ImageStat.Stat(ImageChops.difference(small_a, small_b)).mean[0]


def _ends(image, top: int, bottom: int):
    from PIL import Image

    out = Image.new("L", (image.width, top + bottom))
    out.paste(image.crop((0, 0, image.width, top)), (0, 0))
    out.paste(image.crop((0, image.height - bottom, image.width, image.height)), (0, top))
    return out


def _current_enough(made: Path, name: str, top: int = 0, bottom: int = 0) -> None:
    from PIL import Image

    kept = REPO / "docs" / name
    assert kept.is_file(), f"docs/{name} is missing: run the tool"
    with Image.open(made) as a, Image.open(kept) as b:
        assert a.width == b.width and abs(a.height - b.height) <= 0.05 * a.height, \
            f"docs/{name} is {b.size}, the tool now makes {a.size}: refresh it"
    assert _difference(made, kept, top, bottom) < 4, f"docs/{name} is out of date: refresh it"


def _close(colour: tuple[int, ...], want: tuple[int, int, int], by: int = 40) -> bool:
    return all(abs(c - w) <= by for c, w in zip(colour[:3], want, strict=True))


def test_frame_screenshot(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "frame.png"
    _run("screenshot_frame.py", out)
    with Image.open(out) as image:
        rgb = image.convert("RGB")
        assert rgb.width == 960 and 900 < rgb.height < 2400
        # the frame's header: a row in the top part drawn in the accent colour
        header = [y for y in range(0, 200)
                  if sum(_close(rgb.getpixel((x, y)), ACCENT) for x in range(200, 760)) > 500]
        assert header, "no site header rule in the picture"
        # the gap between the page's top and its end: a light band across the whole width
        band = [y for y in range(rgb.height)
                if all(_close(rgb.getpixel((x, y)), (0xEE, 0xF1, 0xF4), 6)
                       for x in range(0, 960, 40))]
        assert band, "no marked gap in the picture"
        # the footer's links (accent-coloured text) below the gap
        links = sum(_close(rgb.getpixel((x, y)), ACCENT, 60) for y in range(band[-1],
                    rgb.height) for x in range(90, 500, 2))
        assert links > 50, "no footer links below the gap"
    # the frame: header, breadcrumb and title at the top, tags, credits and footer at the end
    _current_enough(out, "screenshot-frame.png", top=250, bottom=330)


def test_social_card_screenshot(tmp_path: Path) -> None:
    from PIL import Image

    from editor.gui.social_card import CARD_HEIGHT, CARD_WIDTH

    out = tmp_path / "card.png"
    _run("screenshot_social_card.py", out)
    with Image.open(out) as image:
        rgb = image.convert("RGB")
        assert rgb.width == CARD_WIDTH + 2 + 48
        assert CARD_HEIGHT + 60 < rgb.height < CARD_HEIGHT + 300
        # the card's photo: the sample facade's sky (blue) at the top of the image
        r, g, b = rgb.getpixel((24 + 40, 24 + 12))[:3]
        assert b > r + 30, (r, g, b)
        # the text below it: dark pixels in the band under the image
        dark = sum(1 for y in range(24 + CARD_HEIGHT + 4, rgb.height - 24)
                   for x in range(30, rgb.width - 30, 2) if sum(rgb.getpixel((x, y))) < 200)
        assert dark > 300, "no host, title or description under the image"
    _current_enough(out, "screenshot-social-card.png")
