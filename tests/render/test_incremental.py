"""IncrementalRenderer: the same output as render_body, with only changed blocks re-rendered."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.render import IncrementalRenderer, render_body
from editor.render import body as body_module
from tests.render.conftest import ExportLikeImages, make_article, make_photo

LINES = [
    "", "", "", "Ein Absatz mit *Betonung* und \"Zitat\".", "Noch eine Zeile.",
    "## Überschrift", "### Termine", "Setext", "======", "- Punkt", "* Stern", "1. Erstens",
    "2) Zweitens", "    eingerückt", "  halb eingerückt", "\tTab", "> Zitat", ">", "> - in Zitat",
    "```", "~~~", "```python", "| A | B |", "|---|--:|", "| 1 | 2 |", "Begriff", ": Definition",
    "[ref]: https://example.org/ref", "Siehe [Link][ref].", "*[EU]: Europäische Union",
    "Die EU tagt.", "![](photo:a)", "![Alt](photo:b)", "![](photo:fehlt)",
    "Text ![x](photo:a) inline", "Fußnote[^1]", "[^1]: Anmerkung", "<div>", "</div>",
    "<!-- Kommentar -->", "***", "---", "Absatz {: #id }", "`code`", "Zeile mit  ",
    "[abc](https://example.org)", "<https://example.org>", "- [ ] Aufgabe",
]

line = st.sampled_from(LINES) | st.text(alphabet="ab#>-*`:[] \t1.|", max_size=8)
document = st.lists(line, max_size=30).map("\n".join)


@st.composite
def edits(draw):
    doc = draw(document)
    lines = doc.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["replace", "insert", "delete", "append"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if kind == "replace" and lines:
            lines[at] = draw(line)
        elif kind == "insert":
            lines.insert(at, draw(line))
        elif kind == "delete" and lines:
            del lines[at]
        else:
            lines[at:at] = [lines[at] + draw(st.sampled_from(["x", " y", "*"]))] if lines else []
    return doc, "\n".join(lines)


PHOTOS = [make_photo("a"), make_photo("b", caption="Zweites")]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(pair=edits(), credit=st.sampled_from(["A", "B"]))
def test_incremental_equals_full_after_random_edits(tmp_path, config_de, pair, credit):
    before, after = pair
    images = ExportLikeImages()
    renderer = IncrementalRenderer(config_de, images)
    first = make_article(tmp_path / "a", before, photos=PHOTOS)
    assert renderer.render(first) == render_body(first, config_de, images)
    # the body changes, and a photo's credit may change without the body changing
    photos = [dataclasses.replace(PHOTOS[0], credit=credit), PHOTOS[1]]
    second = make_article(tmp_path / "a", after, photos=photos)
    assert renderer.render(second) == render_body(second, config_de, images)
    # and back again (the cache must not hand out the newer version)
    assert renderer.render(first) == render_body(first, config_de, images)


def test_keys_change_exactly_when_html_changes(tmp_path, config_de):
    images = ExportLikeImages()
    renderer = IncrementalRenderer(config_de, images)
    body = "Eins\n\n![](photo:a)\n\nZwei\n\n## Drei"
    before = renderer.render_blocks(make_article(tmp_path / "a", body, photos=PHOTOS))
    edited = body.replace("Zwei", "Zwei, geändert")
    after = renderer.render_blocks(make_article(tmp_path / "a", edited, photos=PHOTOS))
    assert [b.line for b in after] == [1, 3, 5, 7]
    changed = [i for i, (x, y) in enumerate(zip(before, after, strict=True)) if x.key != y.key]
    assert changed == [2]
    assert all((x.key == y.key) == (x.html == y.html)
               for x, y in zip(before, after, strict=True))
    # a new caption changes only the photo's block
    photos = [dataclasses.replace(PHOTOS[0], caption="Neu"), PHOTOS[1]]
    again = renderer.render_blocks(make_article(tmp_path / "a", edited, photos=photos))
    assert [i for i in range(4) if again[i].key != after[i].key] == [1]
    assert "Neu" in again[1].html


def test_a_one_paragraph_edit_renders_one_block(tmp_path, config_de, monkeypatch):
    images = ExportLikeImages()
    renderer = IncrementalRenderer(config_de, images)
    paragraphs = [f"Absatz {i} mit etwas Text." for i in range(50)]
    renderer.render(make_article(tmp_path / "a", "\n\n".join(paragraphs)))
    calls = []
    original = body_module._render_block

    def counting(text, line, definitions, ctx):
        calls.append(line)
        return original(text, line, definitions, ctx)

    monkeypatch.setattr(body_module, "_render_block", counting)
    paragraphs[20] = "Absatz 20, jetzt anders."
    renderer.render(make_article(tmp_path / "a", "\n\n".join(paragraphs)))
    assert calls == [41]


def test_inserting_a_line_shifts_data_line_of_later_blocks(tmp_path, config_de):
    images = ExportLikeImages()
    renderer = IncrementalRenderer(config_de, images)
    renderer.render(make_article(tmp_path / "a", "A\n\nB\n\nC"))
    html = renderer.render(make_article(tmp_path / "a", "Neu\n\nA\n\nB\n\nC"))
    assert html == render_body(make_article(tmp_path / "a", "Neu\n\nA\n\nB\n\nC"), config_de,
                               images)
    assert 'data-line="7">C<' in html
