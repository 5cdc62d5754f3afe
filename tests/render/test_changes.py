"""Changes since approval in the rendered article: word-level <ins>/<del>, through the
sandbox, nothing of the article's own markup let through; the readable change rows."""

from __future__ import annotations

import dataclasses
import re

import pytest

from editor.model.diff import Diff, FieldChange, PhotoChange
from editor.render.changes import (
    MAX_WORD_TOKENS,
    Labels,
    balanced,
    change_rows,
    diff_fragment,
    mark_page,
    render_changes,
    tokens,
)
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse
from tests.render.test_xss import VECTORS

PLAIN = Labels(inserted_start="+", inserted_end="", deleted_start="-", deleted_end="")


def strip_sr(html: str) -> str:
    return re.sub(r' data-sr-(?:start|end)="[^"]*"', "", html)


def test_word_level_marks_in_one_paragraph():
    old = '<p data-line="1">Der Stadtrat hat den Haushalt beschlossen.</p>\n'
    new = '<p data-line="1">Der Stadtrat hat den neuen Haushalt einstimmig beschlossen.</p>\n'
    out = diff_fragment(old, new, PLAIN)
    assert strip_sr(out.html) == (
        '<p data-line="1">Der Stadtrat hat den <ins class="nd-ins">neuen</ins> Haushalt '
        '<ins class="nd-ins">einstimmig</ins> beschlossen.</p>\n')
    assert (out.insertions, out.deletions) == (2, 0)


def test_replaced_word_is_one_deletion_and_one_insertion():
    out = diff_fragment("<p>Erster Absatz über den Stadtrat.</p>\n",
                        "<p>Neuer Absatz über den Stadtrat.</p>\n", PLAIN)
    assert strip_sr(out.html) == ('<p><del class="nd-del">Erster</del>'
                                  '<ins class="nd-ins">Neuer</ins> Absatz über den '
                                  "Stadtrat.</p>\n")


def test_several_words_in_a_row_read_as_one_change():
    out = diff_fragment("<p>a b c d</p>\n", "<p>a x y d</p>\n", PLAIN)
    assert strip_sr(out.html) == ('<p>a <del class="nd-del">b c</del>'
                                  '<ins class="nd-ins">x y</ins> d</p>\n')


def test_inserted_and_deleted_paragraphs_keep_their_shape():
    old = ('<p data-line="1">Eins.</p>\n<p data-line="3">Zwei.</p>\n'
           '<h2 data-line="5" id="weg">Weg damit</h2>\n')
    new = '<p data-line="1">Eins.</p>\n<p data-line="3">Neu.</p>\n<p data-line="5">Zwei.</p>\n'
    html = strip_sr(diff_fragment(old, new, PLAIN).html)
    assert '<p data-line="3"><ins class="nd-ins">Neu.</ins></p>' in html
    # the old heading is shown struck through, without its id (the new page may reuse it)
    assert '<h2><del class="nd-del">Weg damit</del></h2>' in html
    assert 'id="weg"' not in html


def test_source_line_numbers_do_not_count_as_changes():
    old = "".join(f'<p data-line="{i * 2}">Absatz {i}.</p>\n' for i in range(50))
    new = '<p data-line="0">Oben neu.</p>\n' + "".join(
        f'<p data-line="{i * 2 + 2}">Absatz {i}.</p>\n' for i in range(50))
    out = diff_fragment(old, new, PLAIN)
    assert (out.insertions, out.deletions) == (1, 0)


def test_screen_reader_texts_and_semantics():
    labels = Labels(inserted_start="Eingefügt:", inserted_end="Ende der Einfügung.",
                    deleted_start="Gelöscht:", deleted_end='Ende "der" Löschung.')
    html = diff_fragment("<p>alt</p>\n", "<p>neu</p>\n", labels).html
    ins = parse(html).find(".//ins")
    assert ins.get("data-sr-start") == "Eingefügt:"
    assert ins.get("class") == "nd-ins"
    assert parse(html).find(".//del").get("data-sr-end") == 'Ende "der" Löschung.'


def test_no_change_no_marks():
    page = "<p>Gleich.</p>\n<ul>\n<li>a</li>\n</ul>\n"
    out = diff_fragment(page, page)
    assert out.html == page and (out.insertions, out.deletions) == (0, 0)


def test_tokens_keep_tags_whole_even_with_angle_brackets_in_attributes():
    assert tokens('<img alt="a>b" src="x">Wort') == ['<img alt="a>b" src="x">', "Wort"]


def test_balanced():
    assert balanced(tokens("<p>a<em>b</em></p><img src=x>"))
    assert not balanced(tokens("</p><p>a"))


def test_very_long_changed_stretch_falls_back_to_whole_lines():
    words = MAX_WORD_TOKENS  # tokens: words and spaces, so twice the limit
    old = "<p>" + " ".join(f"alt{i}" for i in range(words)) + "</p>\n"
    new = "<p>" + " ".join(f"neu{i}" for i in range(words)) + "</p>\n"
    out = diff_fragment(old, new, PLAIN)
    assert (out.insertions, out.deletions) == (1, 1)
    assert "neu19999" in out.html and "alt19999" in out.html


def test_mark_page_adds_legend_and_stylesheet_only_inside_body():
    page = ('<!DOCTYPE html>\n<html><head><title>T</title>\n</head>\n<body>\n'
            '<main id="main-content">\n<p>{}</p>\n</main>\n</body>\n</html>\n')
    out = mark_page(page.format("alt"), page.format("neu"),
                    Labels(legend="Änderungen seit Freigabe", inserted="Eingefügt",
                           deleted="Gelöscht"), "file:///r/css/changes.css")
    assert '<link rel="stylesheet" href="file:///r/css/changes.css">\n</head>' in out.html
    tree = parse(out.html)
    legend = tree.find(".//aside")
    assert legend.get("aria-label") == "Änderungen seit Freigabe"
    assert "".join(legend.itertext()) == "Änderungen seit Freigabe: Eingefügt Gelöscht"
    assert tree.find(".//title").text == "T"


# Through the sandbox ----------------------------------------------------------------------


def test_render_changes_marks_title_lead_body_and_caption(tmp_path, config_de):
    old = make_article(tmp_path / "a", body="Erster Absatz.\n\n![](photo:podium)\n\nEnde.\n",
                       photos=[make_photo()])
    new = dataclasses.replace(old, title="Teilnahme am neuen Runden Tisch",
                              lead="Vertreter haben am 23. Juni getagt.",
                              body="Erster Absatz, ergänzt.\n\n![](photo:podium)\n\nEnde.\n",
                              photos=[make_photo(caption="Im langen Gespräch")])
    images = ExportLikeImages()
    out = render_changes(old, new, config_de, images, images, css_href="article.css",
                         changes_css_href="changes.css", labels=PLAIN)
    tree = parse(out.html)
    inserted = [("".join(e.itertext())) for e in tree.iter("ins")]
    deleted = [("".join(e.itertext())) for e in tree.iter("del")]
    assert "neuen" in inserted and "ergänzt" in " ".join(inserted)
    assert "langen" in inserted
    assert "22" in deleted and "23" in inserted
    assert "".join(tree.find(".//h1").itertext()) == "Teilnahme am neuen Runden Tisch"
    assert tree.find(".//aside[@class='nd-changes-legend']") is not None
    # the stylesheet of the marks is linked; the page's CSP is the rendered page's own
    assert '<link rel="stylesheet" href="changes.css">' in out.html
    assert "Content-Security-Policy" in out.html and "default-src" in out.html


@pytest.mark.parametrize("payload", VECTORS)
def test_hostile_text_in_either_version_stays_text(tmp_path, config_de, payload):
    """The approved or the current text with markup: the marked page has no more
    markup than the sanitized renders had (the diff adds ins, del and the legend only)."""
    old = make_article(tmp_path / "a", body=f"Harmlos.\n\n{payload}\n")
    new = dataclasses.replace(old, body=f"{payload} neu\n\nHarmlos.\n", title=payload)
    images = ExportLikeImages()
    out = render_changes(old, new, config_de, images, images, css_href="a.css",
                         changes_css_href="c.css")
    tree = parse(out.html)
    for element in tree.iter():
        assert not any(k.lower().startswith("on") for k in element.attrib), element.attrib
        for key in ("href", "src"):
            assert not element.get(key, "").strip().lower().startswith("javascript")
    assert all(s.get("type") == "application/ld+json" for s in tree.iter("script"))
    tags = {e.tag for e in tree.iter() if isinstance(e.tag, str)}
    assert tags <= {"html", "head", "meta", "title", "link", "script", "body", "a", "main",
                    "article", "header", "p", "span", "time", "h1", "h2", "h3", "div",
                    "ins", "del", "aside", "strong", "em", "ul", "li", "footer", "section",
                    "code", "pre", "blockquote", "figure", "img", "picture", "source",
                    "figcaption", "br", "ol"}, tags


# The readable list ----------------------------------------------------------------------


def test_change_rows_fields_in_form_order_then_photos():
    diff = Diff("a" * 64, "b" * 64, fields=[
        FieldChange("tags", ["A"], ["A", "B"]), FieldChange("title", "Alt", "Neu")],
        photos=[PhotoChange("rathaus", "credit_changed",
                            (FieldChange("credit", "Stadt", "Stadtarchiv"),)),
                PhotoChange("neu", "added"), PhotoChange("alt", "removed"),
                PhotoChange("bild", "file_changed",
                            (FieldChange("sha256", "1", "2"),))])
    rows = change_rows(diff)
    assert [(r.photo, r.field, r.what) for r in rows] == [
        ("", "title", "changed"), ("", "tags", "changed"),
        ("rathaus", "credit", "changed"), ("neu", "", "added"), ("alt", "", "removed"),
        ("bild", "file", "file_changed")]
    assert (rows[2].old, rows[2].new) == ("Stadt", "Stadtarchiv")
