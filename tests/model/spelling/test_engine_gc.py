"""The checker's caches stay out of the garbage collector's way: a full collection on the
GUI thread walks every tracked object, and cached tokens of a long article were tens of
thousands of them."""

from __future__ import annotations

import gc

from editor.model.spelling.engine import open_checker
from editor.model.spelling.tokens import line_tokens

LINES = [f"Zeile {i}: Die Stadtverwaltung informiert über Angebote im Rathauss {i}x, "
         f"mehr unter https://example.org/{i} und `Codee` am Wortende{'abcdefgh'[i % 8]}"
         for i in range(2000)]


def _tracked() -> int:
    gc.collect()
    return len(gc.get_objects())


def test_a_long_text_leaves_no_tracked_objects_in_the_caches() -> None:
    checker = open_checker("de")
    checker.check_text("\n".join(LINES[:10]))  # the checker's own first objects
    before = _tracked()
    findings = checker.check_text("\n".join(LINES))
    for line in LINES:
        checker.tokens(line)
    del findings
    assert _tracked() - before < 200  # was one Token and one tuple per word and line
    assert not any(gc.is_tracked(v) for v in checker._lines.values())
    assert not any(gc.is_tracked(v) for v in checker._wrong.values())
    assert not gc.is_tracked(checker._words)


def test_cached_tokens_are_the_tokeniser_s() -> None:
    checker = open_checker("de")
    lines = [*LINES[:50], "", "```", "Ein 🎉 Emoji vor Wortt und E-Mail's", "10 km ![Alt](photo:x)",
             "<b>fett</b> &amp; [^1] www.example.org a@b.de"]
    for line in lines:
        for _ in range(2):  # tokenised, then from the cache
            assert checker.tokens(line) == line_tokens(line)
    text = "\n".join(lines)
    assert checker.check_text(text) == checker.check_text(text)
    assert [f.word for f in checker.check_text("Das Wortt und Rathauss")] == ["Wortt", "Rathauss"]
