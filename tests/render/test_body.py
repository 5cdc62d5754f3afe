"""render_body: Markdown features, photos, placeholders, data-line, language wording."""

from __future__ import annotations

import pytest

from editor.render import PreviewImages, RenderError, render_body
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse, write_jpeg


def top_level(html: str):
    return list(parse(html))


def test_every_top_level_block_carries_its_source_line(tmp_path, config_de):
    body = "Erster Absatz\nzweite Zeile.\n\n## Überschrift\n\n- eins\n- zwei\n\n> Zitat\n"
    html = render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages())
    elements = top_level(html)
    assert [(e.tag, e.get("data-line")) for e in elements] == [
        ("p", "1"), ("h2", "4"), ("ul", "6"), ("blockquote", "9")]


def test_lists_separated_by_blank_lines_stay_one_list(tmp_path, config_de):
    body = "- a\n\n- b\n\n    fortgesetzt\n\n- c\n\nText"
    elements = top_level(render_body(make_article(tmp_path / "a", body), config_de,
                                     ExportLikeImages()))
    assert [e.tag for e in elements] == ["ul", "p"]
    assert len(elements[0].findall("li")) == 3
    assert elements[1].get("data-line") == "9"


def test_fenced_code_with_blank_lines_is_one_block(tmp_path, config_de):
    body = "```python\nx = 1\n\n\ny = '<script>'\n```\n\nDanach"
    elements = top_level(render_body(make_article(tmp_path / "a", body), config_de,
                                     ExportLikeImages()))
    assert [e.tag for e in elements] == ["pre", "p"]
    assert "y = '<script>'" in elements[0].find("code").text
    assert elements[1].get("data-line") == "8"


def test_reference_links_and_abbreviations_work_across_blocks(tmp_path, config_de):
    body = "Siehe [die Seite][ref] zur EU.\n\nNoch ein Absatz.\n\n" \
           "[ref]: https://example.org/seite\n*[EU]: Europäische Union"
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    link = root.find(".//a")
    assert link.get("href") == "https://example.org/seite"
    assert root.find(".//abbr").get("title") == "Europäische Union"


def test_duplicate_headings_get_unique_ids(tmp_path, config_de):
    body = "## Termine\n\nText\n\n## Termine\n\n## Straße"
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    ids = [h.get("id") for h in root.findall("h2")]
    assert ids[0] == "termine" and ids[1] != ids[0] and len(set(ids)) == 3
    assert ids[2] == "strasse"  # spelt like a slug: no umlauts or ß in links


def test_heading_anchors_are_transliterated_like_slugs(tmp_path, config_de):
    body = ("## Öffnungszeiten\n\nA\n\n## Öffnungszeiten\n\n## Café & Bäckerei: Grüße!\n\n"
            "## ???\n\n## 2026\n\n## Eigene {#mein-anker}\n\nSiehe [oben](#oeffnungszeiten).")
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    ids = [h.get("id") for h in root.findall("h2")]
    assert ids[0] == "oeffnungszeiten" and ids[1].startswith("oeffnungszeiten")
    assert ids[2:] == ["cafe-baeckerei-gruesse", "abschnitt", "2026", "mein-anker"]
    assert len(set(ids)) == len(ids) and all(i.isascii() and i for i in ids)


def test_german_and_english_quotes(tmp_path, config_de, config_en):
    article = make_article(tmp_path / "a", 'Er sagte "Hallo" und geht\'s.')
    de = parse(render_body(article, config_de, ExportLikeImages())).find("p").text
    en = parse(render_body(article, config_en, ExportLikeImages())).find("p").text
    assert "\u201eHallo\u201c" in de and "geht\u2019s" in de
    assert "\u201cHallo\u201d" in en


def test_table_alignment_becomes_a_class_not_a_style(tmp_path, config_de):
    body = "| A | B |\n|:--|--:|\n| 1 | 2 |"
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    cells = root.findall(".//td")
    assert [c.get("class") for c in cells] == ["align-left", "align-right"]
    assert all(c.get("style") is None for c in root.iter())


def test_photo_becomes_figure_with_picture_sources_and_credit(tmp_path, config_de):
    article = make_article(tmp_path / "a", "![](photo:podium)\n\n![Eigener Alt](photo:podium)",
                           photos=[make_photo()])
    config = config_de.__class__(**{**config_de.__dict__, "image_formats": ("jpeg", "webp")})
    root = parse(render_body(article, config, ExportLikeImages()))
    figures = root.findall("figure")
    assert len(figures) == 2
    first = figures[0]
    assert first.get("data-line") == "1"
    source = first.find("picture/source")
    assert source.get("type") == "image/webp"
    assert source.get("srcset") == ("images/podium-480.webp 480w, images/podium-960.webp 960w, "
                                    "images/podium-1600.webp 1600w")
    img = first.find("picture/img")
    assert img.get("src") == "images/podium-960.jpg"
    assert (img.get("width"), img.get("height")) == ("960", "640")
    assert img.get("alt") == "Ein Redner"
    assert img.get("loading") is None  # the first image loads at once
    assert img.get("decoding") == "async"
    assert "images/podium-1600.jpg 1600w" in img.get("srcset")
    second = figures[1].find("picture/img")
    assert second.get("alt") == "Eigener Alt"
    assert second.get("loading") == "lazy"
    caption = "".join(first.find("figcaption").itertext())
    assert caption == "Im Gespräch Foto: www.frankbrill.com"


def test_english_credit_wording_and_creator_fallback(tmp_path, config_en):
    article = make_article(tmp_path / "a", "![](photo:p)", photos=[make_photo("p", credit="")])
    root = parse(render_body(article, config_en, ExportLikeImages()))
    assert root.find(".//figcaption/span[@class='credit']").text == "Photo: Frank Brill"


def test_unknown_photo_id_shows_a_visible_placeholder(tmp_path, config_de, config_en):
    article = make_article(tmp_path / "a", "Text\n\n![](photo:gibtsnicht)")
    root = parse(render_body(article, config_de, ExportLikeImages()))
    placeholder = root.find("figure/span[@class='photo-placeholder']")
    assert placeholder.text == "Unbekanntes Foto: gibtsnicht"
    assert placeholder.get("role") == "img"
    root_en = parse(render_body(article, config_en, ExportLikeImages()))
    assert root_en.find(".//span[@class='photo-placeholder']").text == "Unknown photo: gibtsnicht"


def test_preview_images_read_size_and_missing_file_is_a_placeholder(tmp_path, config_de):
    folder = tmp_path / "a"
    write_jpeg(folder / "photos" / "da.jpg", (64, 48))
    article = make_article(folder, "![](photo:da)\n\n![](photo:weg)",
                           photos=[make_photo("da"), make_photo("weg")])
    root = parse(render_body(article, config_de, PreviewImages(article, "file:///x/")))
    img = root.find("figure/picture/img")
    assert img.get("src") == "file:///x/photos/da.jpg"
    assert (img.get("width"), img.get("height")) == ("64", "48")
    missing = root.findall("figure")[1]
    assert missing.find("span[@class='photo-placeholder']").text == "Foto fehlt: photos/weg.jpg"
    assert "Foto: www.frankbrill.com" in "".join(missing.itertext())


def test_inline_photo_reference_is_an_image_without_figure(tmp_path, config_de):
    article = make_article(tmp_path / "a", "Vorher ![x](photo:podium) nachher",
                           photos=[make_photo()])
    root = parse(render_body(article, config_de, ExportLikeImages()))
    assert root.find("p").find(".//img").get("src") == "images/podium-960.jpg"
    assert root.find("figure") is None


def test_external_links_get_noopener_and_bad_schemes_are_dropped(tmp_path, config_de):
    body = ("[a](https://example.org) [b](mailto:x@example.org) [c](tel:+49123) "
            "[d](../andere-seite/) [e](ftp://example.org/x) [f](javascript:alert(1))")
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    links = {a.text: a for a in root.iter("a")}
    assert links["a"].get("rel") == "noopener"
    assert links["b"].get("href") == "mailto:x@example.org"
    assert links["c"].get("href") == "tel:+49123"
    assert links["d"].get("href") == "../andere-seite/"
    assert links["e"].get("href") is None
    assert links["f"].get("href") is None


def test_deeply_nested_list_is_a_render_error_not_a_crash(tmp_path, config_de):
    # A real RecursionError from Python-Markdown, made quick by a lower recursion limit
    # (at the default limit the same happens at ~1,500 levels after half a minute).
    import sys

    depth = 0
    frame = sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    body = "\n".join("    " * i + "- x" for i in range(200))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 150)
    try:
        with pytest.raises(RenderError, match="nested too deeply"):
            render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages())
    finally:
        sys.setrecursionlimit(old)
    # and the renderer still works afterwards
    assert "<p" in render_body(make_article(tmp_path / "a", "ok"), config_de, ExportLikeImages())


def test_recursion_error_inside_markdown_becomes_render_error(tmp_path, config_de, monkeypatch):
    import markdown

    def explode(self, source):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(markdown.Markdown, "convert", explode)
    with pytest.raises(RenderError, match="nested too deeply"):
        render_body(make_article(tmp_path / "a", "Text"), config_de, ExportLikeImages())


def test_html_blocks_render_in_one_piece(tmp_path, config_de):
    body = "Text davor.\n\n<div>\n\nInnen\n\n</div>\n\nDanach"
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    assert "Innen" in "".join(root.itertext())
    assert {e.get("data-line") for e in root} == {"1"}


def test_footnotes_are_numbered_across_blocks_and_listed_once_at_the_end(tmp_path, config_de):
    body = "Erst[^b] und[^a].\n\n[^a]: Fußnote A\n\nDann[^b].\n\n[^b]: Fußnote B\n\nEnde"
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    elements = list(root)
    assert [(e.tag, e.get("data-line")) for e in elements] == [
        ("p", "1"), ("p", "5"), ("p", "9"), ("div", "3")]
    refs = [a.text for a in root.iter("a") if a.get("class") == "footnote-ref"]
    assert refs == ["2", "1", "2"]  # definition order, as Python-Markdown numbers them
    notes = elements[-1].findall("ol/li")
    assert [li.get("id") for li in notes] == ["fn:a", "fn:b"]
    assert len(root.findall(".//div[@class='footnote']")) == 1
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_one_line_comments_are_dropped_and_keep_blocks_apart(tmp_path, config_de):
    body = "A\n\n<!-- Notiz für die Redaktion -->\n\nB"
    elements = top_level(render_body(make_article(tmp_path / "a", body), config_de,
                                     ExportLikeImages()))
    assert [(e.tag, e.get("data-line"), e.text) for e in elements] == [
        ("p", "1", "A"), ("p", "5", "B")]


def test_footnote_back_link_speaks_the_content_language(tmp_path, config_de, config_en):
    article = make_article(tmp_path / "a", "Text[^1]\n\n[^1]: Quelle")
    de = parse(render_body(article, config_de, ExportLikeImages()))
    en = parse(render_body(article, config_en, ExportLikeImages()))
    assert de.find(".//a[@class='footnote-backref']").get("title") == \
        "Zurück zur Fußnote 1 im Text"
    assert en.find(".//a[@class='footnote-backref']").get("title") == \
        "Back to footnote 1 in the text"


def test_ids_from_raw_html_never_clash_with_the_page_or_each_other(tmp_path, config_de):
    body = '## Main content\n\nText <span id="main-content">x</span> und ' \
           '<span id="a">y</span> <span id="a">z</span>'
    root = parse(render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages()))
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) == 4
    assert "main-content" not in ids and "picture-credits" not in ids
    assert 'id="' not in "".join(root.itertext())
