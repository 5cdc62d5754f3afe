"""Editorial layout of the page (issue 16): the hero right after the lead, loaded first;
later images lazy; sizes that match the stylesheet's column; tags as text or links;
print on A4. Preview and export share this render path."""

from __future__ import annotations

import re

import pytest

from editor import resources
from editor.model.config import SiteConfig, config_from_dict, replace
from editor.model.errors import ConfigError
from editor.render import render_page
from editor.render.figure import SIZES
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse


def _page(tmp_path, config, body="Text.\n", **fields):
    photos = [make_photo("held"), make_photo("zwei"), make_photo("drei")]
    article = make_article(tmp_path / "a", body, photos=photos, **fields)
    return render_page(article, config, ExportLikeImages())


def _imgs(root):
    return root.findall(".//img")


def test_hero_follows_the_lead_and_loads_first(tmp_path, config_de):
    body = "Erster Absatz.\n\n![](photo:zwei)\n\nMehr.\n\n![](photo:drei)\n"
    root = parse(_page(tmp_path, config_de, body, lead_photo="held"))
    header = root.find(".//header[@class='article-header']")
    kids = [(el.tag, el.get("class")) for el in header]
    assert kids.index(("p", "lead")) + 1 == kids.index(("figure", "photo lead-photo"))
    hero, *later = _imgs(root)
    assert hero.get("fetchpriority") == "high" and hero.get("loading") is None
    assert "held" in hero.get("src")
    assert [i.get("loading") for i in later] == ["lazy", "lazy"]
    assert all(i.get("fetchpriority") is None for i in later)


def test_without_a_header_photo_the_first_body_image_is_the_hero(tmp_path, config_de):
    body = "![](photo:zwei)\n\nText.\n\n![](photo:drei)\n"
    root = parse(_page(tmp_path, config_de, body))
    assert [i.get("loading") for i in _imgs(root)] == [None, "lazy"]
    assert [i.get("fetchpriority") for i in _imgs(root)] == ["high", None]


def test_sizes_match_the_stylesheets_column():
    css = resources.path("css").joinpath("article.css").read_text(encoding="utf-8")
    measure = re.search(r"--measure:\s*([\d.]+)rem", css).group(1)
    body_pad = re.search(r"\nbody \{[^}]*padding: [\d.]+rem ([\d.]+)rem", css).group(1)
    small = re.search(r"@media \(max-width: ([\d.]+)rem\) \{\s*body \{ padding: [\d.]+rem "
                      r"([\d.]+)rem", css)
    breakpoint = float(measure) + 2 * float(body_pad)
    expected = (f"(min-width: {breakpoint:g}rem) {measure}rem, "
                f"(max-width: {small.group(1)}rem) calc(100vw - "
                f"{2 * float(small.group(2)):g}rem), "
                f"calc(100vw - {2 * float(body_pad):g}rem)")
    assert expected == SIZES


def test_every_picture_source_names_the_sizes(tmp_path, config_de):
    root = parse(_page(tmp_path, config_de, "![](photo:zwei)\n", lead_photo="held"))
    for el in root.findall(".//source") + _imgs(root):
        assert el.get("sizes") == SIZES


def test_tags_are_text_without_tag_url(tmp_path, config_de):
    root = parse(_page(tmp_path, config_de, tags=["Verkehr", "Städte"]))
    items = root.findall(".//ul[@class='tags']/li")
    assert [li.text for li in items] == ["Verkehr", "Städte"]
    assert root.find(".//ul[@class='tags']//a") is None


@pytest.mark.parametrize(("template", "expected"), [
    ("https://www.stadt.de/tag/{tag}", ["https://www.stadt.de/tag/St%C3%A4dte%20%26%20Partner",
                                        "https://www.stadt.de/tag/a%2F..%2Fb%3Fx%3D1%23y"]),
    ("https://www.stadt.de/aktuelles?tag={slug}", [
        "https://www.stadt.de/aktuelles?tag=staedte-partner",
        "https://www.stadt.de/aktuelles?tag=a-b-x-1-y"]),
])
def test_tags_link_to_tag_url(tmp_path, config_de, template, expected):
    config = replace(config_de, tag_url=template)
    tags = ["Städte & Partner", "a/../b?x=1#y"]
    page = _page(tmp_path, config, tags=tags)
    links = parse(page).findall(".//ul[@class='tags']/li/a")
    assert [a.get("href") for a in links] == expected
    assert [a.text for a in links] == tags and {a.get("rel") for a in links} == {"tag"}
    # the meta tags still name the tags as written
    assert '<meta property="article:tag" content="Städte &amp; Partner">' in page


@pytest.mark.parametrize("value", ["https://www.stadt.de/tag/", "ftp://x.de/{tag}",
                                   "https://x.de/{tag}/{slug}", "https://x.de/{tag}{x}",
                                   "/tag/{tag}", "https://x.de/ {tag}", "javascript:{tag}"])
def test_a_bad_tag_url_is_refused_with_help(value):
    with pytest.raises(ConfigError) as info:
        config_from_dict({"tag_url": value})
    assert "'tag_url'" in info.value.message and "{slug}" in info.value.message


def test_tag_url_from_newsdesk_toml(tmp_path):
    from editor.model.config import load_config

    path = tmp_path / "newsdesk.toml"
    path.write_text('tag_url = "https://www.stadt.de/themen/{slug}/"\n', encoding="utf-8")
    assert load_config(path).tag_url == "https://www.stadt.de/themen/{slug}/"
    assert SiteConfig().tag_url == ""


def test_print_stylesheet_is_a4_with_margins():
    css = resources.path("css").joinpath("article.css").read_text(encoding="utf-8")
    page = re.search(r"@page\s*\{([^}]*)\}", css).group(1)
    assert re.search(r"size:\s*A4\b", page)
    margins = re.search(r"margin:\s*([^;]+);", page).group(1).split()
    assert all(m.endswith("mm") and 15 <= float(m[:-2]) <= 30 for m in margins)


def test_lead_is_not_bold():
    css = resources.path("css").joinpath("article.css").read_text(encoding="utf-8")
    rule = re.search(r"\n\.lead \{([^}]*)\}", css).group(1)
    assert int(re.search(r"font-weight:\s*(\d+)", rule).group(1)) in (400, 500)
