"""The exported page uses the crops: JSON-LD ``image`` lists 16:9, 4:3 and 1:1 of at least
1200 px for a big original, og:image is the 1200 x 630 card."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PIL import Image

from editor.publish.bundle import export_article

from .conftest import UMLAUT_CREDITS, make_article, small_config


def _json_ld(html: str) -> dict:
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert m, "no JSON-LD"
    return json.loads(m.group(1))


def _meta(html: str, prop: str) -> str:
    m = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', html)
    assert m, prop
    return m.group(1)


def _export(tmp_path: Path, size: tuple[int, int]):
    folder = tmp_path / "ws" / "articles" / "gross"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", size, (90, 140, 60)).save(folder / "photos" / "bild.jpg", "JPEG")
    article = make_article(folder, [("bild", "photos/bild.jpg", UMLAUT_CREDITS)])
    config = small_config(approval_required=False, base_url="https://www.example.org/news/")
    return export_article(article, config, tmp_path / "out", workspace_root=tmp_path / "ws")


def test_json_ld_lists_the_three_ratios_at_1200_px_and_og_image_is_the_card(tmp_path):
    result = _export(tmp_path, (2400, 1600))
    html = (result.bundle / "index.html").read_text("utf-8")
    data = _json_ld(html)
    images = data["image"]
    sizes = [(i["width"], i["height"]) for i in images]
    assert sizes == [(1200, 675), (1200, 900), (1200, 1200)]
    ratios = sorted(round(w / h, 2) for w, h in sizes)
    assert ratios == [1.0, 1.33, 1.78]
    for image in images:
        assert image["url"].startswith("https://www.example.org/news/")
        rel = image["url"].split("/gross/", 1)[1]
        with Image.open(result.bundle / rel) as im:
            assert im.size == (image["width"], image["height"]) and im.width >= 1200
        assert image["creditText"] and image["copyrightNotice"] == UMLAUT_CREDITS["copyright"]
    assert _meta(html, "og:image").endswith("/images/bild-card.jpg")
    assert (_meta(html, "og:image:width"), _meta(html, "og:image:height")) == ("1200", "630")


def test_small_original_gives_smaller_crops_never_enlarged(tmp_path):
    result = _export(tmp_path, (900, 600))
    html = (result.bundle / "index.html").read_text("utf-8")
    sizes = [(i["width"], i["height"]) for i in _json_ld(html)["image"]]
    assert sizes == [(900, 506), (800, 600), (600, 600)]
    assert (_meta(html, "og:image:width"), _meta(html, "og:image:height")) == ("900", "472")
