"""Crops of the article's image around its focal point (editor.publish.crops)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pyexiv2
import pytest
from PIL import Image, ImageDraw

from editor.model import focus as focus_mod
from editor.model import validation
from editor.model.article import load_article
from editor.model.photos import set_focus
from editor.publish.bundle import ExportRefused, export_article
from editor.publish.crops import SPECS, crop_box, make_crops, output_size, window
from editor.publish.derivatives import DerivativeCache
from tests.util import write_article

from .conftest import UMLAUT_CREDITS, make_article, small_config

RATIOS = {"card": 1200 / 630, "16x9": 16 / 9, "4x3": 4 / 3, "1x1": 1.0}


def _dot_photo(path: Path, size: tuple[int, int], dot: tuple[int, int]) -> Path:
    """Grey photo with a red square of 40 px around ``dot``."""
    im = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(im).rectangle((dot[0] - 20, dot[1] - 20, dot[0] + 20, dot[1] + 20),
                                 fill=(255, 0, 0))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=95)
    return path


def _article(tmp_path: Path, size=(3000, 2000), dot=(1500, 1000), focus=None):
    folder = tmp_path / "ws" / "articles" / "fokus"
    _dot_photo(folder / "photos" / "bild.jpg", size, dot)
    article = make_article(folder, [("bild", "photos/bild.jpg", UMLAUT_CREDITS)])
    if focus is not None:
        article = set_focus(article, "bild", *focus)
        write_article(article)
    return load_article(folder)


# --- geometry -------------------------------------------------------------------------

@pytest.mark.parametrize("name,ratio,target", SPECS)
def test_window_has_the_exact_ratio_and_fills_one_side(name, ratio, target):
    for w, h in ((3000, 2000), (2000, 3000), (1200, 1200), (5000, 500)):
        cw, ch = window(w, h, ratio)
        assert cw <= w and ch <= h
        assert cw == w or ch == h
        assert abs(cw / ch - ratio[0] / ratio[1]) < 0.01


def test_crop_box_centred_on_focus_and_clamped():
    # centre
    assert crop_box(3000, 2000, (1, 1), (0.5, 0.5)) == (500, 0, 2500, 2000)
    # corners: moved back inside the image
    assert crop_box(3000, 2000, (1, 1), (0.0, 0.0)) == (0, 0, 2000, 2000)
    assert crop_box(3000, 2000, (1, 1), (1.0, 1.0)) == (1000, 0, 3000, 2000)
    assert crop_box(3000, 2000, (16, 9), (0.5, 0.0))[1] == 0
    assert crop_box(3000, 2000, (16, 9), (0.5, 1.0))[3] == 2000
    # focus off centre but not at an edge: the window is centred on it
    left, _t, right, _b = crop_box(4000, 1000, (1, 1), (0.3, 0.5))
    assert (left + right) / 2 == 1200


def test_hostile_focus_never_leaves_the_image():
    for f in ((float("nan"), 0.5), (float("inf"), -float("inf")), (-5, 7), (1e308, 1e-308)):
        left, top, right, bottom = crop_box(800, 600, (4, 3), f)
        assert 0 <= left < right <= 800 and 0 <= top < bottom <= 600


def test_output_size_exact_or_never_enlarged():
    assert output_size(3000, 2000, (40, 21), (1200, 630)) == (1200, 630)
    assert output_size(3000, 2000, (1, 1), (1200, 1200)) == (1200, 1200)
    # 1000 px wide: the largest window, not enlarged
    assert output_size(1000, 800, (16, 9), (1200, 675)) == (1000, 562)
    assert output_size(1000, 800, (1, 1), (1200, 1200)) == (800, 800)
    # tall enough but the square needs 1200 px of height
    assert output_size(2000, 1000, (1, 1), (1200, 1200)) == (1000, 1000)


# --- model ----------------------------------------------------------------------------

def test_focus_round_trips_through_save_and_load(tmp_path):
    article = _article(tmp_path, size=(600, 400), dot=(300, 200), focus=(0.25, 0.8))
    photo = article.photo("bild")
    assert focus_mod.focus_of(photo) == (0.25, 0.8)
    text = article.path.read_text("utf-8")
    assert "focus:" in text
    # back to the centre: the key goes away
    again = set_focus(article, "bild", 0.5, 0.5)
    assert "focus" not in again.photo("bild").extra


@pytest.mark.parametrize("value", ["[1.5, 0.5]", "[0.5]", "[.nan, 0.5]", "['0.5', 0.5]",
                                   "[true, 0.5]", "0.5", "[-0.1, 0.2]", "{x: 1}",
                                   "[0.1, 0.2, 0.3]"])
def test_hostile_focus_is_a_validation_error_at_the_photo(tmp_path, value):
    article = _article(tmp_path, size=(600, 400), dot=(300, 200))
    text = article.path.read_text("utf-8")
    text = text.replace("  file: photos/bild.jpg\n", f"  file: photos/bild.jpg\n  focus: {value}\n")
    article.path.write_text(text, "utf-8")
    article = load_article(article.folder)
    problems = [p for p in validation.validate(article, small_config())
                if p.code == "photo-focus-invalid"]
    assert len(problems) == 1 and problems[0].is_error
    assert problems[0].location.kind == "photo" and problems[0].location.ref == "bild"
    with pytest.raises(ExportRefused):
        export_article(article, small_config(approval_required=False), tmp_path / "out",
                       workspace_root=tmp_path / "ws")


def test_check_names_file_and_line_of_a_bad_focus(tmp_path, capsys):
    from editor import cli

    article = _article(tmp_path, size=(600, 400), dot=(300, 200))
    (tmp_path / "ws" / "newsdesk.toml").write_text(
        'site_name = "Test"\nbase_url = "https://www.example.org/a/"\n'
        "approval_required = false\n", "utf-8")
    text = article.path.read_text("utf-8")
    text = text.replace("  file: photos/bild.jpg\n", "  file: photos/bild.jpg\n  focus: [2, 2]\n")
    article.path.write_text(text, "utf-8")
    code = cli.main(["check", str(article.folder)])
    err = capsys.readouterr().err
    assert code == 1
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "id: bild" in t)
    assert re.search(rf"article\.md:{line}:\d+: error photo-focus-invalid", err), err


# --- pixels, credits, cache -----------------------------------------------------------

def _red_centre(path: Path) -> tuple[float, float]:
    with Image.open(path) as im:
        rgb = im.convert("RGB")
        w, h = rgb.size
        xs, ys = [], []
        for y in range(0, h, 4):
            for x in range(0, w, 4):
                r, g, b = rgb.getpixel((x, y))
                if r > 200 and g < 80 and b < 80:
                    xs.append(x)
                    ys.append(y)
        assert xs, "the focal point is not in the crop"
        return sum(xs) / len(xs) / w, sum(ys) / len(ys) / h


def test_big_original_gives_exact_sizes_centred_on_focus(tmp_path):
    # the red square sits at (2400, 500) of 3000 x 2000: focus there
    article = _article(tmp_path, dot=(2400, 500), focus=(0.8, 0.25))
    cache = DerivativeCache(tmp_path / "cache")
    result = make_crops(article, small_config(), cache)
    assert result is not None and not result.from_cache and not result.small
    sizes = {c.name: (c.width, c.height) for c in result.crops}
    assert sizes == {"card": (1200, 630), "16x9": (1200, 675), "4x3": (1200, 900),
                     "1x1": (1200, 1200)}
    for c in result.crops:
        with Image.open(c.path) as im:
            assert im.size == (c.width, c.height) and im.format == "JPEG"
        cx, cy = _red_centre(c.path)
        # centred where the window could be centred; inside the crop in any case
        assert 0 < cx < 1 and 0 < cy < 1
    # the square crop (2000 x 2000 window) can centre x on 2400: 2400-1000 = 1400..3400
    # is clamped to 1000..3000, so the dot is at (2400-1000)/2000 = 0.7
    cx, cy = _red_centre(next(c.path for c in result.crops if c.name == "1x1"))
    assert abs(cx - 0.7) < 0.03 and abs(cy - 0.25) < 0.03


def test_small_original_is_not_enlarged(tmp_path):
    article = _article(tmp_path, size=(800, 600), dot=(400, 300))
    result = make_crops(article, small_config(), DerivativeCache(tmp_path / "cache"))
    assert result.small
    for c in result.crops:
        assert c.width <= 800 and c.height <= 600
        assert abs(c.width / c.height - RATIOS[c.name]) < 0.01
        assert c.width == 800 or c.height == 600


def test_crops_carry_the_embedded_credits(tmp_path):
    article = _article(tmp_path, size=(1600, 1000), dot=(800, 500))
    result = make_crops(article, small_config(), DerivativeCache(tmp_path / "cache"))
    for c in result.crops:
        with pyexiv2.Image(str(c.path)) as img:
            xmp = img.read_xmp()
            iptc = img.read_iptc()
        assert UMLAUT_CREDITS["creator"] in str(xmp.get("Xmp.dc.creator"))
        assert UMLAUT_CREDITS["copyright"] in str(xmp.get("Xmp.dc.rights"))
        assert UMLAUT_CREDITS["credit"] in str(iptc.get("Iptc.Application2.Credit"))


def test_cache_reused_and_deterministic(tmp_path):
    article = _article(tmp_path, size=(1600, 1000), dot=(800, 500), focus=(0.3, 0.3))
    cache = DerivativeCache(tmp_path / "cache")
    first = make_crops(article, small_config(), cache)
    second = make_crops(article, small_config(), cache)
    assert second.from_cache
    assert [c.sha256 for c in first.crops] == [c.sha256 for c in second.crops]
    # a fresh cache gives the same bytes
    third = make_crops(article, small_config(), DerivativeCache(tmp_path / "cache2"))
    assert not third.from_cache
    assert [c.sha256 for c in first.crops] == [c.sha256 for c in third.crops]
    # a damaged cached crop is made again
    first.crops[0].path.write_bytes(b"broken")
    again = make_crops(article, small_config(), cache)
    assert not again.from_cache
    assert hashlib.sha256(again.crops[0].path.read_bytes()).hexdigest() == first.crops[0].sha256
    # another focal point: other crops
    moved = set_focus(article, "bild", 0.9, 0.9)
    other = make_crops(moved, small_config(), cache)
    assert not other.from_cache
    assert [c.sha256 for c in other.crops] != [c.sha256 for c in first.crops]


def test_no_photo_no_crops(tmp_path):
    folder = tmp_path / "ws" / "articles" / "ohne"
    article = make_article(folder, [])
    assert make_crops(article, small_config(), DerivativeCache(tmp_path / "c")) is None


def test_orientation_is_applied_before_cropping(tmp_path):
    folder = tmp_path / "ws" / "articles" / "hoch"
    # stored 2000 x 1500 landscape, EXIF 6: shown as 1500 x 2000 portrait
    im = Image.new("RGB", (2000, 1500), (128, 128, 128))
    exif = Image.Exif()
    exif[0x0112] = 6
    (folder / "photos").mkdir(parents=True)
    im.save(folder / "photos" / "bild.jpg", "JPEG", exif=exif)
    article = make_article(folder, [("bild", "photos/bild.jpg", UMLAUT_CREDITS)])
    result = make_crops(article, small_config(), DerivativeCache(tmp_path / "c"))
    assert (result.width, result.height) == (1500, 2000)
    assert {c.name: (c.width, c.height) for c in result.crops}["1x1"] == (1200, 1200)


# --- the bundle -----------------------------------------------------------------------

def test_bundle_contains_the_crops_and_reuses_them(tmp_path):
    article = _article(tmp_path, dot=(2400, 500), focus=(0.8, 0.25))
    config = small_config(approval_required=False)
    result = export_article(article, config, tmp_path / "out", workspace_root=tmp_path / "ws")
    names = {"images/bild-card.jpg": (1200, 630), "images/bild-16x9.jpg": (1200, 675),
             "images/bild-4x3.jpg": (1200, 900), "images/bild-1x1.jpg": (1200, 1200)}
    for rel, size in names.items():
        assert rel in result.files
        with Image.open(result.bundle / rel) as im:
            assert im.size == size
    first = {rel: (result.bundle / rel).read_bytes() for rel in names}
    # again, forced (not up to date): same bytes, from the cache
    again = export_article(article, config, tmp_path / "out", workspace_root=tmp_path / "ws",
                           force=True)
    assert {rel: (again.bundle / rel).read_bytes() for rel in names} == first
    # moving the focal point changes the crops, and the export is not "up to date"
    moved = set_focus(article, "bild", 0.1, 0.9)
    write_article(moved)
    third = export_article(load_article(article.folder), config, tmp_path / "out",
                           workspace_root=tmp_path / "ws")
    assert not third.up_to_date
    assert (third.bundle / "images/bild-1x1.jpg").read_bytes() != first["images/bild-1x1.jpg"]


def test_bundle_without_photos_has_no_crops(tmp_path):
    folder = tmp_path / "ws" / "articles" / "ohne"
    article = make_article(folder, [])
    result = export_article(article, small_config(approval_required=False), tmp_path / "out",
                            workspace_root=tmp_path / "ws")
    assert not [f for f in result.files if f.startswith("images/")]
