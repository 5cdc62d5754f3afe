"""Our quote processor matches smarty; skipping processors that cannot match changes nothing."""

from __future__ import annotations

import html5lib
import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.render.quotes import SmartQuotes
from tests.render.test_incremental import document

GERMAN = {"left-double-quote": "&bdquo;", "right-double-quote": "&ldquo;"}


def with_smarty(text: str, language: str) -> str:
    configs = {"smarty": {"substitutions": GERMAN}} if language == "de" else {}
    return markdown.markdown(text, extensions=["extra", "smarty"], extension_configs=configs)


def with_ours(text: str, language: str) -> str:
    md = markdown.Markdown(extensions=["extra"])
    md.treeprocessors.register(SmartQuotes(md, language), "smarty", 6)
    md.ESCAPED_CHARS.extend(['"', "'"])
    return md.convert(text)


def text_of(html: str) -> list[tuple[str, str]]:
    """(tag, text) of every element: entities resolved, so &bdquo; equals „."""
    root = html5lib.parseFragment(f"<div>{html}</div>", namespaceHTMLElements=False)[0]
    return [(e.tag, e.text or "", e.tail or "") for e in root.iter()]


CASES = [
    'Er sagte "Hallo" und ging.', "Geht's gut? Das war '80s-Musik.", '"Zitat," sagte sie.',
    "'Einfach' und \"doppelt\"", '"\'Verschachtelt\' genug"', "Von 9--17 Uhr --- oder ...",
    '*"Betont"* und "**fett**"', "`\"Code\"` bleibt", '\\"nicht\\" umwandeln',
    '("Klammer") [\'eckig\']', "Ende.\"", "'", '"', "a--b---c----d", "Vier.... Punkte",
    '"Erstens" - "zweitens" – "drittens"', "Rock 'n' Roll", "  \"Einrückung\"",
    '- "Liste"\n- \'zwei\'', '> "Zitat im Zitat"', "## \"Überschrift\"",
    '[Link "Titel"](https://example.org "Titel \\"x\\"")', 'Zeile\n"nächste" Zeile',
]


def test_known_cases_match_smarty():
    for language in ("de", "en"):
        for case in CASES:
            assert text_of(with_ours(case, language)) == text_of(with_smarty(case, language)), \
                (language, case)


def test_german_quotes_and_apostrophe():
    html = with_ours('"Hallo", sagte er. Geht\'s?', "de")
    assert "\u201eHallo\u201c" in html and "Geht\u2019s" in html


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="\"'-. aZ0s9*`\n([>", max_size=30),
       language=st.sampled_from(["de", "en"]))
def test_random_text_matches_smarty(text, language):
    assert text_of(with_ours(text, language)) == text_of(with_smarty(text, language))


def _convert(text: str, gated: bool) -> str:
    from editor.render.mdext import make_markdown

    md, ours = make_markdown("de")
    if gated:
        ours.prepare(text)
    return md.convert(text)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="ab \t\n#*_`\\[]()<>&;:!^\"'-.=|1", max_size=40))
def test_skipping_processors_that_cannot_match_changes_nothing(text):
    # the speed-ups that leave out inline patterns, smarty and toc when the text lacks
    # their characters give exactly the output of running everything
    assert _convert(text, gated=True) == _convert(text, gated=False)


@settings(max_examples=300, deadline=None)
@given(text=document)
def test_skipping_changes_nothing_on_article_like_documents(text):
    assert _convert(text, gated=True) == _convert(text, gated=False)
