"""Pasted HTML -> clean Markdown, with samples that imitate what Word, LibreOffice, Outlook
and a browser put on the clipboard (our own text)."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from editor.model.convert import DocumentError
from editor.model.convert.html import MAX_HTML_CHARS, html_to_markdown

SAMPLES = Path(__file__).parent / "paste_samples"  # what each program puts on the clipboard

WORD = (SAMPLES / "word.html").read_text("utf-8")

LIBREOFFICE = (SAMPLES / "libreoffice.html").read_text("utf-8")

OUTLOOK = (SAMPLES / "outlook.html").read_text("utf-8")

BROWSER = (SAMPLES / "browser.html").read_text("utf-8")


def _render(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "footnotes", "sane_lists"])


def test_word_noise_is_dropped_and_structure_kept() -> None:
    md = html_to_markdown(WORD).markdown
    assert md.startswith("## Stadtfest 2026\n\n## Programm am Samstag\n")
    assert "Der **Festumzug** beginnt um *10\u00a0Uhr* am Rathausplatz." in md
    assert "- Musik\n    - Blasorchester\n    - Chor\n- Essen\n" in md
    assert "1. Anmelden\n2. Mitfeiern\n" in md
    assert "[example.org](https://example.org/stadtfest)[^1]." in md
    assert "| **Zeit** | **Bühne** |\n| --- | --- |\n| 10 Uhr | Markt \\| Nord |" in md
    assert md.rstrip().endswith("[^1]: Eintritt frei.")
    for noise in ("mso", "o:p", "Mso", "StartFragment", "supportLists", "TOC", "·", "<",
                  "Calibri", "\n\n\n", "[1]"):
        assert noise not in md, noise
    html = _render(md)
    assert "<li>Musik<ul>" in html.replace("\n", "")  # nested for Python-Markdown
    assert "<table>" in html and "<th><strong>Zeit</strong></th>" in html
    assert 'class="footnote"' in html


def test_libreoffice_lists_quote_table_and_image() -> None:
    converted = html_to_markdown(LIBREOFFICE)
    md = converted.markdown
    assert md.startswith("## Neue Öffnungszeiten\n")
    assert "an **vier Tagen** bis 18 Uhr und *samstags* nie." in md
    assert "1. Passfoto\n    - biometrisch\n    - nicht älter als sechs Monate\n2. Ausweis" in md
    assert "> Wir freuen uns auf Sie." in md
    assert "| Leistung | Gebühr |\n| --- | --- |\n| Reisepass | 70,00 € |" in md
    assert [(i.src, i.alt) for i in converted.images] == [("data:image/png;base64,iVBORw0KGgo=",
                                                           "Eingang")]
    placed = converted.place({0: "![](photo:eingang)"})
    assert placed.rstrip().endswith("![](photo:eingang)")
    assert converted.place({}).rstrip().endswith("| Reisepass | 70,00 € |")
    html = _render(md).replace("\n", "")
    assert "<ol><li>Passfoto<ul><li>biometrisch</li>" in html


def test_outlook_typed_list_marks_layout_tables_and_cid_images() -> None:
    converted = html_to_markdown(OUTLOOK)
    md = converted.markdown
    assert md.startswith("Hallo zusammen,\n\nbitte beachtet die neue Regel:\n")
    assert "1. Erstens\n2. Zweitens" in md
    assert "|" not in md  # a table inside a table is layout, not data
    assert "Innen" in md and "Viele Grüße" in md
    assert [i.src for i in converted.images] == ["cid:image001.png@01D9"]


def test_browser_and_google_docs() -> None:
    converted = html_to_markdown(BROWSER)
    md = converted.markdown
    assert md.startswith("## Radweg frei\n")
    assert "**Ab heute** *rollt* der Verkehr." in md
    assert "### Details" in md and "### Kleinkram" in md
    assert "- eins\n    - zwei\n        1. drei" in md
    assert "javascript" not in md and "alert" not in md and ".x{}" not in md
    assert "Siehe hier und [Plan](https://example.org/a_b)." in md
    assert [i.src for i in converted.images] == ["https://example.org/remote.jpg",
                                                 "file:///tmp/local.jpg"]
    html = _render(md).replace("\n", "")
    assert "<li>zwei<ol><li>drei</li></ol></li>" in html


def test_a_paragraph_that_starts_like_a_list_stays_a_paragraph() -> None:
    md = html_to_markdown("<p>4. Januar: Start</p><p>- kein Punkt</p><p># kein Titel</p>"
                          ).markdown
    html = _render(md)
    assert "<ol" not in html and "<ul" not in html and "<h1" not in html
    assert "<p>4. Januar: Start</p>" in html


def test_footnotes_continue_the_numbers_given() -> None:
    md = html_to_markdown(WORD, first_footnote=3).markdown
    assert "[^3]." in md and "[^3]: Eintritt frei." in md and "[^1]" not in md


def test_plain_text_and_too_much_text() -> None:
    assert html_to_markdown("nur Text").markdown == "nur Text\n"
    assert html_to_markdown("").markdown == ""
    with pytest.raises(DocumentError):
        html_to_markdown("x" * (MAX_HTML_CHARS + 1))
