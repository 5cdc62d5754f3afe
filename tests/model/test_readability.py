"""Plain language: the readability figure against the published formulas (hand-computed),
the prose it reads, and the hints with their file lines."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from editor.model import readability as r
from editor.model.article import load_article
from editor.model.config import SiteConfig, replace
from editor.model.prose import body_paragraphs
from editor.model.validation import has_errors, validate

# --- the formulas ---------------------------------------------------------------------


def test_score_is_amstad_for_german_hand_computed():
    # 180 - ASL - 58.5 * ASW with 18 words, 3 sentences, 32 syllables:
    # ASL = 6, ASW = 32/18 = 1.7778 -> 180 - 6 - 104 = 70.0
    assert r.score("de", 18, 3, 32) == pytest.approx(70.0)
    # 11 words, 1 sentence, 24 syllables: 180 - 11 - 58.5 * 24/11 = 169 - 127.636 = 41.364
    assert r.score("de", 11, 1, 24) == pytest.approx(41.3636, abs=1e-3)


def test_score_is_flesch_for_english_and_matches_the_published_example():
    # Flesch's example (as published, e.g. Wikipedia "Flesch–Kincaid readability tests"):
    # "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature."
    # 13 words, 26 syllables, 1 sentence -> 206.835 - 1.015*13 - 84.6*2 = 24.44 ("24.4")
    assert r.score("en", 13, 1, 26) == pytest.approx(24.44, abs=0.005)
    # 12 words, 2 sentences, 12 syllables: 206.835 - 1.015*6 - 84.6*1 = 116.145
    assert r.score("en", 12, 2, 12) == pytest.approx(116.145)


def test_no_words_gives_no_figure():
    assert r.score("de", 0, 0, 0) is None
    figure = r.measure_text("```\ncode only.\n```\n", "de")
    assert figure.score is None and figure.shown is None and figure.band == ""


def test_german_text_counted_by_hand():
    text = ("Am Montag beginnen die Arbeiten an der Brücke. Die Straße bleibt bis Freitag "
            "gesperrt. Busse fahren eine Umleitung.")
    # Am(1) Mon-tag(2) be-gin-nen(3) die(1) Ar-bei-ten(3) an(1) der(1) Brü-cke(2)
    # Die(1) Stra-ße(2) bleibt(1) bis(1) Frei-tag(2) ge-sperrt(2)
    # Bus-se(2) fah-ren(2) ei-ne(2) Um-lei-tung(3)  -> 18 words, 32 syllables, 3 sentences
    figure = r.measure_text(text, "de")
    assert (figure.words, figure.sentences, figure.syllables) == (18, 3, 32)
    assert figure.formula == "flesch-amstad"
    assert figure.score == pytest.approx(70.0)
    assert figure.shown == 70 and figure.band == "fairly-easy"


def test_german_syllables_of_single_letter_syllables():
    # hyphenation points that split off one letter count ("A-bend", "I-de-e", "neu-e"),
    # pieces without a vowel do not ("Hun-d", "A-r-bei-ten")
    counts = {w: r.syllables(w, "de") for w in
              ("Abend", "Idee", "neue", "Hund", "Arbeiten", "Oberbürgermeisterin", "2022",
               "E-Mail")}
    assert counts == {"Abend": 2, "Idee": 3, "neue": 2, "Hund": 1, "Arbeiten": 3,
                      "Oberbürgermeisterin": 7, "2022": 1, "E-Mail": 2}


def test_english_text_counted_by_hand():
    text = "The cat sat on the mat. The dog ran to the park. The council approved the budget."
    # 6 + 6 + 5 = 17 words; 6 + 6 + (1+2+2+1+2 = 8) = 20 syllables; 3 sentences
    # 206.835 - 1.015 * 17/3 - 84.6 * 20/17 = 206.835 - 5.7517 - 99.5294 = 101.554
    figure = r.measure_text(text, "en")
    assert (figure.words, figure.sentences, figure.syllables) == (17, 3, 20)
    assert figure.formula == "flesch"
    assert figure.score == pytest.approx(101.554, abs=1e-3)
    assert figure.shown == 100  # shown within 0..100


def test_very_hard_text_is_shown_as_zero():
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    figure = r.measure_text(" ".join([word] * 40) + ".", "de")
    assert figure.score < 0 and figure.shown == 0 and figure.band == "very-difficult"


def test_reading_time_at_200_words_a_minute():
    assert r.WORDS_PER_MINUTE == 200
    assert [r.reading_minutes(n) for n in (0, 1, 200, 201, 10_000)] == [0, 1, 1, 2, 50]


# --- what is read ---------------------------------------------------------------------------

BODY = textwrap.dedent("""\
    ## Eine Überschrift

    Erster Satz mit [einem Link](https://example.org/lang/pfad) und ![Foto](photo:podium).
    Zweiter Satz mit `inline_code_der_nicht_zählt` und www.example.org und a@b.de.

    ```python
    print("Code wird nicht gelesen. Nie.")
    ```

    | Spalte | Tabelle |
    |--------|---------|
    | Zelle  | Wert    |

    <div class="box">Text in HTML</div>

    [ref]: https://example.org/verweis

        eingerückter Code
    """)


def test_only_prose_is_read():
    paragraphs = body_paragraphs(BODY)
    texts = [p.text for p in paragraphs]
    joined = " ".join(texts)
    assert texts[0] == "Eine Überschrift"
    for absent in ("https", "example", "photo", "podium", "print", "Code", "Spalte", "Zelle",
                   "|", "div", "class", "ref", "inline", "eingerückter", "##", "a@b", "`"):
        assert absent not in joined, absent
    assert "einem Link" in joined and "Text in HTML" in joined
    # lines: the heading on body line 1, the paragraph on 3 and 4
    assert paragraphs[0].lines == ((0, 1),)
    assert [n for _o, n in paragraphs[1].lines] == [3, 4]


def test_sentence_splitting_keeps_abbreviations_and_german_ordinals():
    text = ("Vertreter haben am 22. und 23. Juni am 6. Runden Tisch teilgenommen. "
            "Das war z. B. gut, sagte Dr. Müller. Im Jahr 2022. Danach? Ja!")
    found = [s.text for s in r.sentences(text, "de")]
    assert found == ["Vertreter haben am 22. und 23. Juni am 6. Runden Tisch teilgenommen.",
                     "Das war z. B. gut, sagte Dr. Müller.", "Im Jahr 2022.", "Danach?", "Ja!"]
    english = [s.text for s in r.sentences("Mr. Smith met Mrs. Jones. They talked.", "en")]
    assert english == ["Mr. Smith met Mrs. Jones.", "They talked."]


def test_language_from_front_matter_overrides_the_workspace(tmp_path):
    a = _article(tmp_path, "Text.", extra="language: en-GB\n")
    assert r.article_language(a, SiteConfig(language="de")) == "en"
    b = _article(tmp_path / "b", "Text.", extra="language: klingon\n")
    assert r.article_language(b, SiteConfig(language="de")) == "de"


# --- hints ----------------------------------------------------------------------------------


def _article(folder: Path, body: str, title: str = "Titel", lead: str = "Kurzer Vorspann.",
             extra: str = ""):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(
        f"---\ntitle: {title}\ndate: 2026-01-05\nlead: {lead}\n{extra}---\n{body}",
        encoding="utf-8")
    return load_article(folder)


def _hints(problems):
    return [(p.code, p.line) for p in problems if p.severity == "hint"]


def test_long_sentence_word_and_paragraph_hints_have_file_lines(tmp_path):
    long_sentence = " ".join(["Wort"] * 26) + "."
    short_sentence = " ".join(["Wort"] * 25) + "."
    body = (
        "Ein kurzer Satz.\n"                                   # file line 6
        "\n"
        f"Erst kurz. {long_sentence}\n"                        # 8: 26 words: hint
        f"{short_sentence}\n"                                  # 9: 25 words: none
        "\n"
        "Die Grundsteuerreformumsetzungsverordnung gilt.\n"   # 11: 37 letters
        "Die Grundsteuer-Reform-Umsetzungs-Verordnung gilt.\n"  # 12: parts short: none
        "\n"
        + "\n".join(["Kurzer Satz mit fünf Wörtern."] * 25) + "\n"  # 14..38: 125 words
    )
    a = _article(tmp_path / "a", body)
    assert a.body_line == 6
    problems = validate(a, SiteConfig())
    assert _hints(problems) == [("long-sentence", 8), ("long-word", 11),
                                ("long-paragraph", 14)]
    assert not has_errors(problems)
    by_code = {p.code: p for p in problems if p.severity == "hint"}
    assert by_code["long-sentence"].location.kind == "line"
    assert by_code["long-sentence"].location.ref == 3  # body line
    assert by_code["long-sentence"].params == {"words": 26, "limit": 25,
                                               "start": "Wort Wort Wort Wort Wort Wort …"}
    assert by_code["long-word"].params["word"] == "Grundsteuerreformumsetzungsverordnung"
    assert by_code["long-word"].params["letters"] == 37
    assert by_code["long-paragraph"].params == {"words": 125, "limit": 120}
    assert all(p.rank == 2 and p.is_hint and not p.is_error for p in by_code.values())


def test_long_sentence_in_the_lead_points_at_the_lead(tmp_path):
    lead = " ".join(["Wort"] * 30) + "."
    a = _article(tmp_path, "Text.\n", lead=lead)
    hints = [p for p in validate(a, SiteConfig()) if p.severity == "hint"]
    assert [(p.code, p.location.kind, p.location.ref, p.line) for p in hints] == [
        ("long-sentence", "field", "lead", 4)]


def test_each_long_word_is_named_once(tmp_path):
    word = "Straßenausbaubeitragssatzung"
    a = _article(tmp_path, f"{word} eins.\n\n{word} zwei.\n")
    assert _hints(validate(a, SiteConfig())) == [("long-word", 6)]


def test_thresholds_come_from_the_config(tmp_path):
    a = _article(tmp_path, "Eins zwei drei vier fünf sechs. Eisenbahnbrücke.\n")
    assert _hints(validate(a, SiteConfig())) == []
    config = replace(SiteConfig(), readability_sentence_words=5, readability_word_letters=12,
                     readability_paragraph_words=20)
    assert _hints(validate(a, config)) == [("long-sentence", 6), ("long-word", 6)]
    off = replace(config, readability_hints=False)
    assert _hints(validate(a, off)) == []


def test_code_tables_and_urls_give_no_hints(tmp_path):
    long_line = " ".join(["wort"] * 40)
    body = (f"```\n{long_line}\n```\n\n| {long_line} |\n|---|\n\n"
            "Siehe https://example.org/ein/sehr/langer/pfad/ohnejedeunterbrechungxyz.\n")
    a = _article(tmp_path, body)
    assert _hints(validate(a, SiteConfig())) == []


def test_hints_are_capped_per_kind(tmp_path):
    body = "\n\n".join(" ".join(["Wort"] * 30) + "." for _ in range(r.MAX_HINTS_PER_KIND + 5))
    a = _article(tmp_path, body + "\n")
    assert len(_hints(validate(a, SiteConfig()))) == r.MAX_HINTS_PER_KIND


def test_hostile_lines_are_read_in_linear_time():
    # each of these took minutes with the first patterns (quadratic backtracking); found
    # by tests/test_hostile_workspace.py ("body-deep-lists": 1,500 ever deeper list items)
    cases = {
        "deep list": "".join("  " * i + "- x\n" for i in range(1500)),
        "brackets": "[" * 20000 + "x" + "](y)" * 20000 + "\n",
        "before an at sign": "a" * 100000 + " @ x://\n",
        "dotted scheme": "a." * 50000 + "://\n",
        "angle brackets": "<" * 100000 + "@\n",
        "spaces after a dash": "|-" + " " * 100000 + "x\n",
        "long table": "|a|b|\n|-|-|\n" + "|x|y|\n" * 50000,
    }
    found = {name: body_paragraphs(body) for name, body in cases.items()}
    assert found["long table"] == []
    assert sum(len(r.words(p.text)) for p in found["deep list"]) == 1500
    assert "x" in found["brackets"][0].text
    for paragraphs in found.values():
        r._hints(paragraphs, "de", 25, 20, 120)  # completes
