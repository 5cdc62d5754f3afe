"""Several creators of one photo (IPTC allows a list): all of them are credited on the page."""

from __future__ import annotations

from pathlib import Path

from editor.model.photometa import read_photo_meta
from editor.render import render_page

from .conftest import ExportLikeImages, make_article, make_photo, parse


def test_every_creator_of_the_reference_image_is_credited(tmp_path: Path, config_de,
                                                          iptc_reference: Path) -> None:
    creator = read_photo_meta(iptc_reference).values()["creator"]
    # No credit line: the page credits the creators, all of them.
    photo = make_photo(creator=creator, credit="")
    article = make_article(tmp_path / "a", "Text\n\n![](photo:podium)\n", photos=[photo])
    root = parse(render_page(article, config_de, ExportLikeImages()))
    caption = " ".join(root.find(".//figcaption").itertext())
    credits = " ".join(root.find(".//section[@class='picture-credits']").itertext())
    for name in ("Creator1 (ref2017.1)", "Creator2 (ref2017.1)"):
        assert name in caption
        assert name in credits
