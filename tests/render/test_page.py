"""render_page: head metadata, JSON-LD, header, credits, language; golden sample pages."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import markdown
import pytest

from editor import resources
from editor.model.article import load_article
from editor.model.config import load_config
from editor.render import PreviewImages, render_body, render_page
from editor.render.page import CSP
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sorted((resources.path("sample-workspace") / "articles").iterdir())


def page_tree(html: str):
    return parse(html)


def test_head_metadata(tmp_path, config_de):
    article = make_article(tmp_path / "runder-tisch", "![](photo:podium)\n\nText",
                           lead_photo="podium", photos=[make_photo()])
    root = page_tree(render_page(article, config_de, ExportLikeImages()))
    html = root.getroot() if hasattr(root, "getroot") else root
    assert html.get("lang") == "de"
    head = html.find("head")
    assert head.find("meta[@charset]").get("charset") == "utf-8"
    assert "width=device-width" in head.find("meta[@name='viewport']").get("content")
    csp = head.find("meta[@http-equiv='Content-Security-Policy']").get("content")
    assert csp == CSP and "script-src" not in csp and "default-src 'none'" in csp
    assert head.find("title").text == "Teilnahme am Runden Tisch – Stadt Beispielhausen"
    canonical = "https://www.example.org/aktuelles/runder-tisch/"
    assert head.find("link[@rel='canonical']").get("href") == canonical
    og = {m.get("property"): m.get("content") for m in head.findall("meta[@property]")}
    assert og["og:type"] == "article"
    assert og["og:title"] == "Teilnahme am Runden Tisch"
    assert og["og:description"] == "Vertreter haben am 22. Juni getagt."
    assert og["og:image"] == canonical + "images/podium-1600.jpg"
    # full ISO 8601 with the workspace zone's offset (Europe/Berlin, summer time)
    assert og["article:published_time"] == "2022-06-24T00:00:00+02:00"
    data = json.loads(head.find("script[@type='application/ld+json']").text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Teilnahme am Runden Tisch"
    assert data["datePublished"] == data["dateModified"] == "2022-06-24T00:00:00+02:00"
    assert data["author"]["name"] == "China Competence Center"
    assert data["publisher"]["name"] == "Stadt"
    image = data["image"][0]
    assert image == {
        "@type": "ImageObject", "contentUrl": canonical + "images/podium-1600.jpg",
        "url": canonical + "images/podium-1600.jpg", "width": 1600, "height": 1067,
        "caption": "Im Gespräch", "description": "Ein Redner",
        "creator": {"@type": "Person", "name": "Frank Brill"},
        "creditText": "www.frankbrill.com", "copyrightNotice": "© Frank Brill",
        "license": "Nutzung nur für diesen Artikel"}


def test_visible_parts_in_german(tmp_path, config_de):
    photos = [make_photo("a", credit="Stadt / A"), make_photo("b", credit="Stadt / B"),
              make_photo("c", credit="Stadt / A"), make_photo("lead", credit="Lead")]
    article = make_article(tmp_path / "x", "![](photo:b)\n\n![](photo:a)\n\n![](photo:c)\n\n"
                           "![](photo:b)", photos=photos, lead_photo="lead")
    root = page_tree(render_page(article, config_de, ExportLikeImages()))
    skip = root.find(".//body/a")
    assert skip.get("href") == "#main-content" and skip.text == "Zum Inhalt springen"
    assert root.find(".//main").get("id") == "main-content"
    kicker = root.find(".//p[@class='kicker']")
    assert kicker.find("time").text == "24.06.2022"
    assert kicker.find("time").get("datetime") == "2022-06-24T00:00:00+02:00"
    assert kicker.find("span").text == "Aktuelles"
    assert root.find(".//p[@class='lead']").text == "Vertreter haben am 22. Juni getagt."
    assert [li.text for li in root.findall(".//ul[@class='tags']/li")] == ["China",
                                                                           "Partnerschaft"]
    credits = root.find(".//section[@class='picture-credits']")
    assert credits.find("h2").text == "Bildnachweise"
    # once each, in order of first appearance, the lead photo (in the header) first
    assert [li.text for li in credits.findall("ul/li")] == ["Lead", "Stadt / B", "Stadt / A"]
    images = [img for img in root.iter("img")]
    assert images[0].get("src") == "images/lead-960.jpg" and images[0].get("loading") is None
    assert all(img.get("loading") == "lazy" for img in images[1:])
    # the body alone agrees: the header photo, not the body's first image, loads at once
    body = parse(render_body(article, config_de, ExportLikeImages()))
    assert [img.get("loading") for img in body.iter("img")] == ["lazy"] * 4
    article.lead_photo = None
    body = parse(render_body(article, config_de, ExportLikeImages()))
    assert [img.get("loading") for img in body.iter("img")] == [None] + ["lazy"] * 3


def test_english_wording_and_date(tmp_path, config_en):
    article = make_article(tmp_path / "x", "![](photo:a)", photos=[make_photo("a")])
    root = page_tree(render_page(article, config_en, ExportLikeImages()))
    assert root.find(".//body/a").text == "Skip to content"
    assert root.find(".//time").text == "Jun 24, 2022"
    assert root.find(".//section/h2").text == "Picture credits"
    assert root.find(".//figcaption/span[@class='credit']").text == "Photo: www.frankbrill.com"
    assert root.find(".//link[@rel='canonical']").get("href") == \
        "https://www.example.org/news/x/"


def test_no_credits_section_without_photos_and_body_html_is_reused(tmp_path, config_de):
    article = make_article(tmp_path / "x", "Nur Text", tags=[], date="irgendwann")
    page = render_page(article, config_de, ExportLikeImages(), body_html="<p>Anders</p>",
                       css_href="file:///c/article.css")
    root = page_tree(page)
    assert root.find(".//section") is None and root.find(".//ul[@class='tags']") is None
    assert root.find(".//time") is None
    assert "".join(root.find(".//div[@class='article-body']").itertext()).strip() == "Anders"
    assert root.find(".//link[@rel='stylesheet']").get("href") == "file:///c/article.css"


def test_page_requests_nothing_remote(tmp_path, config_de):
    article = make_article(tmp_path / "x", "![](photo:a)", photos=[make_photo("a")])
    root = page_tree(render_page(article, config_de, PreviewImages(article, "")))
    for element in root.iter():
        for name in ("src", "srcset"):
            value = element.get(name)
            assert value is None or not re.match(r"^[a-z]+:", value)
        if element.tag == "link" and element.get("rel") == "stylesheet":
            assert not element.get("href").startswith(("http:", "https:", "//"))
    css = resources.path("css/article.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def _sample(folder: Path):
    article = load_article(folder)
    config = load_config(folder.parent.parent / "newsdesk.toml")
    return article, config


@pytest.mark.parametrize("folder", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_article_matches_golden_page(folder):
    article, config = _sample(folder)
    page = render_page(article, config, ExportLikeImages(widths=config.image_widths,
                                                          formats=config.image_formats))
    golden = GOLDEN / f"{folder.name}.html"
    if os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8")
    assert golden.is_file(), "run with NEWSDESK_UPDATE_GOLDEN=1 once to create it"
    assert page == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", SAMPLES, ids=[p.name for p in SAMPLES])
def test_block_rendering_matches_python_markdown_on_the_whole_document(folder):
    # Rendering block by block must not change what Python-Markdown makes of the text.
    article, config = _sample(folder)
    article.body = re.sub(r"!\[[^\]]*\]\(photo:[^)]*\)\n", "", article.body)
    ours = re.sub(r' data-line="\d+"', "", render_body(article, config, ExportLikeImages()))
    whole = markdown.markdown(article.body, extensions=["extra", "sane_lists", "toc", "smarty"],
                              extension_configs={"smarty": {"substitutions": {
                                  "left-double-quote": "&bdquo;",
                                  "right-double-quote": "&ldquo;"}}})
    def norm(html: str) -> str:
        tree = parse(html)
        for element in tree.iter():
            element.attrib.pop("id", None)
            element.attrib.pop("rel", None)
        return [(e.tag, (e.text or "").strip()) for e in tree.iter()]
    assert norm(ours) == norm(whole)
