"""What is never checked, and where each checked word is."""

from __future__ import annotations

import pytest

from editor.model.spelling.tokens import line_tokens, text_tokens


def words(line: str) -> list[str]:
    return [t.word for t in line_tokens(line)]


@pytest.mark.parametrize("line, expected", [
    ("Siehe https://www.example.org/Bauplaene und www.stadt.de/Fahrradstrasse heute",
     ["Siehe", "und", "heute"]),
    ("Schreiben Sie an presse.stelle@beispielhausen.de bitte", ["Schreiben", "Sie", "an",
                                                                  "bitte"]),
    ("Ein Bild ![](photo:podiumxyz) hier", ["Ein", "Bild", "hier"]),
    ("![Menschen im Saal](photo:saalfoto)", ["Menschen", "im", "Saal"]),
    ("Der Befehl `gti pushh` und ``doppelt`` Ende", ["Der", "Befehl", "und", "Ende"]),
    ('Ein <span class="hinweisx">Wort</span> &nbsp; <!-- kommentarr -->',
     ["Ein", "Wort"]),
    ("[Linktext](https://example.org/pfaddd \"Titelx\") weiter", ["Linktext", "weiter"]),
    ("Es sind 10 km, 3,5 Mio. Euro, 5km, 2022er, 3D und 20 %", ["Es", "sind", "Euro",
                                                                "und"]),
    ("Fußnote[^anm1] und <https://example.org/autolinkk>", ["Fußnote", "und"]),
    ("[ref]: https://example.org/verweis", []),
])
def test_skipped_spans(line: str, expected: list[str]) -> None:
    assert words(line) == expected


def test_units_only_after_a_number() -> None:
    assert words("m und km") == ["m", "und", "km"]  # no number before: checked


def test_apostrophes_and_hyphens_stay_in_the_word() -> None:
    assert words("don't E-Mail Peter’s China-Engagement") == [
        "don't", "E-Mail", "Peter’s", "China-Engagement"]


def test_positions_are_in_the_line() -> None:
    line = "## Eine **fette** Überschrift"
    for t in line_tokens(line):
        assert line[t.start:t.end] == t.word
    assert [t.start for t in line_tokens(line)] == [3, 10, 18]


def test_code_blocks_are_skipped_and_lines_counted() -> None:
    text = "Erste Zeile\n```\nfalschh im Code\n```\n~~~python\nauchh\n~~~\nLetzte Zeille"
    found = [(n, t.word) for n, t in text_tokens(text)]
    assert found == [(0, "Erste"), (0, "Zeile"), (7, "Letzte"), (7, "Zeille")]



def test_overlong_line_is_not_checked() -> None:
    from editor.model.spelling.tokens import MAX_LINE

    assert line_tokens("Wortt " * (MAX_LINE // 6 + 1)) == []
    assert line_tokens("Wortt " * (MAX_LINE // 6 - 1)) != []
