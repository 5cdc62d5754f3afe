"""Edge cases of the renderer: photos in every inline place, control characters,
pathological repetition. Output is checked by a strict HTML5 parser, not by string search."""

from __future__ import annotations

import re

import html5lib
import pytest

from editor.model.config import SiteConfig
from editor.render import render_body, render_page

from .conftest import ExportLikeImages, make_article, make_photo, parse

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

PLACES = {
    "heading": "## Text ![](photo:podium) more",
    "heading-alt": "### Über ![Bühne „groß“](photo:podium)",
    "setext-heading": "Text ![](photo:podium)\n---------",
    "heading-unknown": "## Text ![alt](photo:nope)",
    "list-item": "- item ![a](photo:podium)\n- two",
    "loose-list": "- ![](photo:podium)\n\n- two",
    "table-cell": "| a | b |\n|---|---|\n| ![x](photo:podium) | y |",
    "blockquote": "> q ![x](photo:podium)\n>\n> ![](photo:podium)",
    "link-text": "[link ![x](photo:podium)](https://example.org/)",
    "emphasis": "*em ![x](photo:podium)* and **strong ![](photo:podium)**",
    "definition": "Term ![](photo:podium)\n: Definition ![x](photo:podium)",
    "footnote": "Text[^1]\n\n[^1]: Note ![x](photo:podium)",
    "attr-list": "## Heading ![](photo:podium) {: #custom }",
}


def _strict(html: str):
    """Parse as the HTML5 spec says, failing on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    if html.lstrip().lower().startswith("<!doctype"):
        return parser.parse(html)
    return parser.parseFragment(f"<div>{html}</div>")[0]


def _texts(tree) -> str:
    return " ".join(t for t in tree.itertext())


@pytest.mark.parametrize("place", sorted(PLACES))
def test_photo_in_every_inline_place_gives_well_formed_html(place, tmp_path, config_de):
    article = make_article(tmp_path / "a", PLACES[place], photos=[make_photo()])
    html = render_body(article, config_de, ExportLikeImages())
    tree = _strict(html)
    text = _texts(tree)
    assert '">' not in text and "<" not in text and "ndphoto" not in html
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert "<" not in value and ">" not in value, (element.tag, name, value)
            assert re.fullmatch(r"[a-z-]+", name), name
    if "unknown" not in place:
        assert tree.findall(".//img"), "the photo is shown"


def test_heading_with_photo_keeps_a_clean_id(tmp_path, config_de):
    article = make_article(tmp_path / "a", "## Text ![](photo:podium)\n\n## Text",
                           photos=[make_photo()])
    tree = _strict(render_body(article, config_de, ExportLikeImages()))
    ids = [h.get("id") for h in tree.iter("h2")]
    assert ids == ["text", "text_1"]
    assert tree.find(".//h2/span[@class='photo-inline']/picture/img") is not None


def test_photo_in_heading_on_the_full_page_is_valid(tmp_path, config_de):
    article = make_article(tmp_path / "a", "Intro\n\n## Text ![](photo:podium)",
                           photos=[make_photo()])
    page = render_page(article, config_de, ExportLikeImages())
    tree = _strict(page)
    assert tree.find(".//h2//img") is not None


CONTROL_SAMPLE = "A\x00B\x01C\x08D\x0bE\x0cF\x1bG\x7fH\x85I\x9fJ"


def test_control_characters_never_reach_the_page(tmp_path):
    config = SiteConfig(site_name="Site\x00Name\x07", language="de",
                        base_url="https://www.example.org/", publisher="Pub\x1blisher")
    photo = make_photo(caption=f"Cap {CONTROL_SAMPLE}", alt=f"Alt {CONTROL_SAMPLE}",
                       credit=f"Cred {CONTROL_SAMPLE}", creator="Cre\x00ator",
                       copyright="©\x00", license="Lic\x9b")
    article = make_article(
        tmp_path / "a", f"Para {CONTROL_SAMPLE}\n\n![](photo:podium)\n\n"
        f"## Head {CONTROL_SAMPLE}\n\n- item\x00\n\n| a\x01 | b |\n|---|---|\n| c\x02 | d |",
        title=f"Title {CONTROL_SAMPLE}", kicker="Kick\x00er", author="Au\x1fthor",
        lead=f"Lead {CONTROL_SAMPLE}", tags=["T\x00ag", "Ok"], lead_photo="podium",
        photos=[photo], extra={"modified": "2022-06-25\x00"},
    )
    page = render_page(article, config, ExportLikeImages())
    assert not CONTROLS.search(page)
    # JSON-LD escapes controls as \\u0000: none of those either
    assert not re.search(r"\\u00[01][0-9a-f]|\\u007f|\\u00[89][0-9a-f]", page)
    tree = _strict(page)
    assert tree.find(".//title").text.startswith("Title ABCDEFGHIJ")
    assert "Para ABCDEFGHIJ" in page and "Head ABCDEFGHIJ" in page
    assert "SiteName" in page and "Kicker" in page and "Publisher" in page


def test_control_characters_in_the_body_keep_line_numbers(tmp_path, config_de):
    article = make_article(tmp_path / "a", "one\x00\r\n\r\ntwo\x0b\rthree\n\n## four\x01")
    tree = _strict(render_body(article, config_de, ExportLikeImages()))
    lines = [(e.tag, e.get("data-line")) for e in tree]
    assert lines == [("p", "1"), ("p", "3"), ("h2", "6")]
    assert tree[0].text.replace("\n", " ") == "one"


def test_markdown_placeholders_typed_into_the_text_stay_text(tmp_path, config_de):
    # Python-Markdown's own placeholders are \x02…\x03: a body must not be able to forge one
    body = "<b>x</b>\n\n\x02wzxhzdk:0\x03 and \x02klzzwxh:0\x03"
    html = render_body(make_article(tmp_path / "a", body), config_de, ExportLikeImages())
    assert "wzxhzdk:0" in html and "<b>x</b>" in html
    assert html.count("<b>") == 1


def test_many_inline_photos_in_one_paragraph(tmp_path, config_de):
    count = 3000
    body = " ".join("![](photo:podium) word" for _ in range(count))
    html = render_body(make_article(tmp_path / "a", body, photos=[make_photo()]),
                       config_de, ExportLikeImages())
    tree = _strict(html)
    assert len(tree.findall(".//img")) == count
    assert "ndphoto" not in html


def test_thousands_of_equal_headings_get_unique_ids(tmp_path, config_de):
    count = 3000
    body = "\n\n".join("## Same" for _ in range(count))
    tree = parse(render_body(make_article(tmp_path / "a", body), config_de,
                             ExportLikeImages()))
    ids = [h.get("id") for h in tree.iter("h2")]
    assert len(set(ids)) == count
    assert ids[:3] == ["same", "same_1", "same_2"] and ids[-1] == f"same_{count - 1}"


def test_many_html_comments_are_dropped(tmp_path, config_de):
    body = "\n\n".join(f"<!-- c{i} -->\n\npara {i}" for i in range(2000)) + "\n\n<b>x</b>"
    tree = _strict(render_body(make_article(tmp_path / "a", body), config_de,
                               ExportLikeImages()))
    assert len(tree.findall("p")) == 2001  # and the <b> paragraph
    assert "c1" not in _texts(tree) and tree.find("div") is None


def test_long_text_is_educated_like_short_text(monkeypatch):
    from editor.render import quotes
    from editor.render.quotes import SmartQuotes

    sq = SmartQuotes(None, "de")
    text = ('Er sagte: "Das ist \'gut\' -- oder?" Die 90er... '
            "Rock 'n' Roll, \"Zitat\"---Ende. ") * 40
    monkeypatch.setattr(quotes, "_LINEAR_ABOVE", 10**9)
    expected = sq.educate(text)
    monkeypatch.setattr(quotes, "_LINEAR_ABOVE", 0)
    assert sq.educate(text) == expected
    assert "„Das ist ‘gut’ – oder?“" in expected


def test_fences_without_a_closing_line_split_as_before():
    from editor.render.blocks import split_blocks

    body = "```a\nx\n\n```\n\n```b\nno close\n\n````\nfour\n\n````\n~~~\nunclosed\n\nend"
    # the blocks the earlier (quadratic) closing-line search gave
    assert split_blocks(body) == ([(1, "```a\nx\n\n```"), (6, "```b\nno close"),
                                   (9, "````\nfour\n\n````\n~~~\nunclosed"), (16, "end")], "", 0)
    many = "\n\n".join(["```x", "text"] * 20000)  # 20,000 fences that never close
    blocks, _definitions, _line = split_blocks(many)
    assert len(blocks) == 40000


@pytest.mark.parametrize("file", ["../../../etc/passwd.jpg", "/home/someone/secret.jpg",
                                  "photos/../../x/secret.jpg", "C:\\Users\\a\\secret.jpg",
                                  "~/secret.jpg"])
def test_placeholder_never_shows_where_an_escaping_path_points(tmp_path, config_de, file):
    article = make_article(tmp_path / "a", "![](photo:p)", photos=[make_photo("p", file=file)])
    html = render_body(article, config_de, ExportLikeImages(formats=(), widths=()))
    text = _strict(html).find(".//span[@class='photo-placeholder']").text
    assert text in ("Foto fehlt: secret.jpg", "Foto fehlt: passwd.jpg"), text
    assert "secret.jpg" not in html.replace(text, "")  # nor in an attribute


def test_footnotes_number_and_link_like_python_markdown():
    import markdown
    from markdown.extensions.footnotes import FootnoteExtension

    from editor.render.mdext import make_markdown

    text = ("B[^b] then A[^a], B again[^b], unknown[^x], C[^c] and a again[^a].\n\n"
            "[^c]: Third.\n[^a]: First *a*.\n[^b]: Second.\n[^a]: Redefined.\n")
    stock = markdown.Markdown(extensions=[FootnoteExtension(
        BACKLINK_TITLE="Zurück zur Fußnote %d im Text")], output_format="html")
    ours, ext = make_markdown("de")
    ext.prepare(text)
    ours.reset()
    mine = ours.convert(text).replace(' data-line="1"', "")
    assert mine == stock.convert(text)
    assert mine.count('class="footnote-ref"') == 5


def test_many_footnotes_render(tmp_path, config_de):
    count = 3000
    body = (" ".join(f"S[^{i}]." for i in range(count)) + "\n\n"
            + "\n".join(f"[^{i}]: N{i}." for i in range(count)))
    tree = _strict(render_body(make_article(tmp_path / "a", body), config_de,
                               ExportLikeImages()))
    refs = tree.findall(".//a[@class='footnote-ref']")
    assert [a.text for a in refs[:3]] == ["1", "2", "3"] and refs[-1].text == str(count)
    assert len(tree.findall(".//div[@class='footnote']/ol/li")) == count


@pytest.mark.parametrize("body", [
    "<b>raw html</b>\n\nText[^1] more.\n\n[^1]: The note.",           # rendered whole
    "```\ncode\n```\n[^1]: The note.\n\nText[^1] more.",                # definition by a fence
])
def test_footnotes_are_never_dropped(tmp_path, config_de, body):
    tree = _strict(render_body(make_article(tmp_path / "a", body), config_de,
                               ExportLikeImages()))
    [ref] = tree.findall(".//a[@class='footnote-ref']")
    target = ref.get("href")[1:]
    notes = [li for li in tree.iter("li") if li.get("id") == target]
    assert len(notes) == 1 and "The note." in _texts(notes[0])


def test_footnote_text_inside_a_fence_is_code():
    from editor.render.blocks import split_blocks

    body = "```\n[^1]: not a note\n```\n\nText[^1]."
    assert split_blocks(body)[1:] == ("", 0)
    body = "```\n[^1]: not a note\n```\n[^2]: a note\n\nText[^2]."
    assert split_blocks(body)[1:] == ("[^2]: a note", 4)


def test_footnotes_across_blocks_number_by_definition_order(tmp_path, config_de):
    body = ("Erst B[^b].\n\n[^a]: Note A.\n\nDann A[^a] und B[^b].\n\n"
            "[^b]: Note B, siehe[^a].\n\nUnbekannt[^x].")
    tree = _strict(render_body(make_article(tmp_path / "a", body), config_de,
                               ExportLikeImages()))
    refs = [(a.get("href"), a.text) for a in tree.iter("a") if a.get("class") == "footnote-ref"]
    assert refs == [("#fn:b", "2"), ("#fn:a", "1"), ("#fn:b", "2"), ("#fn:a", "1")]
    notes = tree.findall(".//div[@class='footnote']/ol/li")
    assert [li.get("id") for li in notes] == ["fn:a", "fn:b"]
    assert "[^x]" in _texts(tree)
