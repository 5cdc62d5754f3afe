"""Plain language: the article's readability figure, reading time, and hints about long
sentences, words and paragraphs. Pure Python (no Qt).

Formula. German text gets Flesch reading ease as adapted by Amstad (1978),
``180 - ASL - 58.5 * ASW``; English text the original Flesch (1948),
``206.835 - 1.015 * ASL - 84.6 * ASW`` (ASL: words per sentence, ASW: syllables per word).
Both give the same 0-100 scale (higher is easier; 60-70 is plain everyday text), so a
team writing in both languages reads one kind of figure. The Wiener Sachtextformel was
fitted to German non-fiction too, but it gives a school grade and has no English
counterpart. The figure is shown as computed, limited to 0..100 (very long sentences and
words push the published formulas below 0).

Syllables come from pyphen's hyphenation dictionaries, as textstat does for German:
the pieces between the points where a word may be hyphenated (pyphen allowed to split
off single letters) that contain a vowel. German hyphenation follows the syllables, so
this is close ("über" is the rare miss: 1); English hyphenation patterns leave out many
syllable breaks ("library" 2, "area" 1), so English figures come out higher (easier)
than with a pronouncing dictionary: Flesch's own example sentence about the platypus
scores 50 here instead of his 24.4. Good enough for a figure meant for orientation.
A number counts as one word of one syllable. The German patterns are loaded once per
process (about 1 s, 3.5 MB: editor/model/hyphenation.py), so ``measure`` belongs off the
GUI thread; ``hints`` needs no syllables and is cheap.

What is read: the article's prose as editor/model/prose.py finds it (the title, the lead
and the body's prose blocks, without code, tables, URLs or markup).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.prose import Paragraph, body_paragraphs, prose, remember

WORDS_PER_MINUTE = 200  # reading speed for the reading time (silent reading, ~200-250)
LANGUAGES = ("de", "en")
# Most hints of one kind listed; the counts in Report stay complete.
MAX_HINTS_PER_KIND = 200

# --- sentences and words -----------------------------------------------------------------

# A word: letters or digits, joined by inner hyphens or apostrophes ("E-Mail", "geht's"),
# as the status bar's word count reads them.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A sentence ends at . ! ? or … (with closing quotes or brackets) before a space.
_END = re.compile(r"[.!?…]+[\"'“”„»«›‹’)\]]*(?=\s|$)")
# Words that end in a full stop without ending the sentence (lower case).
_ABBREVIATED = {
    "de": """z b d h u a o ä e v s i g m n w
        abb abs abt allg anm art aufl bd bzw ca chr co dgl dipl dr ebd einschl entspr
        etc evtl ff fa fr frl gem geb gegr ggf ggfs hr hrsg inkl jh jr kap lt max mind
        min mio mrd nr od pkt prof rd reg sog st std str tel tsd usw vgl vs zb zt zzgl
        bspw bzgl ehem jan feb mär apr jun jul aug sep sept okt nov dez mo di mi do sa
        so""",
    "en": """a b c d e f g h i j k l m n o p q r s t u v w x y z
        mr mrs ms dr prof st jr sr inc ltd co corp vs etc approx dept est fig no nos
        vol jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat
        sun ave blvd rd""",
}
_ABBREVIATIONS = {language: frozenset(text.split()) for language, text in _ABBREVIATED.items()}
_OPENERS = "\"'“„»«‚‘(["


@dataclass(frozen=True)
class Sentence:
    text: str
    words: tuple[str, ...]
    offset: int  # in its paragraph's text


@dataclass(frozen=True)
class Hint:
    """A plain-language hint, as data (validation turns it into a Problem)."""

    code: str  # "long-sentence", "long-word" or "long-paragraph"
    where: str  # "title", "lead" or "body"
    line: int  # body line (1-based) when where == "body", else 0
    message: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Figure:
    """The readability figure of an article and what it was computed from."""

    language: str
    formula: str  # "flesch-amstad" (German) or "flesch" (English)
    words: int
    sentences: int
    syllables: int
    score: float | None  # as computed (may leave 0..100); None without any words

    @property
    def shown(self) -> int | None:
        """The figure as shown: rounded and limited to 0..100."""
        return None if self.score is None else max(0, min(100, round(self.score)))

    @property
    def band(self) -> str:
        """Flesch's description of the figure, as a key: very-easy .. very-difficult."""
        s = self.shown
        if s is None:
            return ""
        for limit, name in ((90, "very-easy"), (80, "easy"), (70, "fairly-easy"),
                            (60, "standard"), (50, "fairly-difficult"), (30, "difficult")):
            if s >= limit:
                return name
        return "very-difficult"

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.words)


def reading_minutes(words: int) -> int:
    """Whole minutes at WORDS_PER_MINUTE; any text takes at least one."""
    return math.ceil(words / WORDS_PER_MINUTE) if words else 0


def article_language(article: Article, config: SiteConfig) -> str:
    """The article's front matter ``language`` (de, en, en-GB, de_AT) when it is one we
    know, else the workspace's content language."""
    # the same reading of the front matter as spell checking's (en-GB, de_AT, …)
    from editor.model.spelling.engine import article_language as checked_language

    base = checked_language(article.extra.get("language"), config.language).split("_", 1)[0]
    return base if base in LANGUAGES else "de"


# Sentences by text, so validating again after an edit only works on the changed
# paragraphs. A plain dict: a get or set is atomic, and measure() may run in a worker thread.
_SENTENCES: dict[tuple[str, str], list[Sentence]] = {}


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str, language: str = "de") -> list[Sentence]:
    """See _sentences; remembered by text."""
    key = (text, language)
    found = _SENTENCES.get(key)
    if found is None:
        found = _sentences(text, language)
        remember(_SENTENCES, key, found)
    return found


def _sentences(text: str, language: str) -> list[Sentence]:
    """``text`` split into sentences at . ! ? … followed by a space and a capital letter, a
    digit or an opening quote (or the end). Not after a known abbreviation or a single
    letter ("z. B.", "Dr.", "A. Schmidt"), nor in German after a number of one or two
    digits (ordinals and dates: "am 22. Juni", "6. Runden Tisch")."""
    abbreviations = _ABBREVIATIONS.get(language, _ABBREVIATIONS["de"])
    found: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        rest = text[end:].lstrip()
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS):
            continue
        if m.group().startswith(".") and len(m.group().rstrip("\"'“”„»«›‹’)]")) == 1:
            before = text[start:m.start()].rsplit(None, 1)
            token = before[-1] if before else ""
            token = token.lstrip(_OPENERS)
            if "." in token or token.lower() in abbreviations:
                continue
            if language == "de" and token.isdigit() and len(token) <= 2 and rest:
                continue
        _add_sentence(found, text, start, end)
        start = end
    _add_sentence(found, text, start, len(text))
    return found


def _add_sentence(found: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece:
        w = tuple(words(piece))
        if w:
            found.append(Sentence(piece, w, start + lead))


def _letters(word: str) -> int:
    return sum(1 for c in word if c.isalpha())


def _excerpt(ws: tuple[str, ...], count: int = 6) -> str:
    return " ".join(ws[:count]) + (" …" if len(ws) > count else "")


# --- hints -------------------------------------------------------------------------------


def hints(article: Article, config: SiteConfig) -> list[Hint]:
    """Long sentences, words and paragraphs, in reading order by kind; none when
    ``[readability] hints = false``. Cheap (no syllables): called on every validation."""
    if not config.readability_hints:
        return []
    return _hints(prose(article), article_language(article, config),
                  config.readability_sentence_words, config.readability_word_letters,
                  config.readability_paragraph_words)


def _hints(paragraphs: list[Paragraph], language: str, sentence_limit: int,
           letter_limit: int, paragraph_limit: int) -> list[Hint]:
    long_sentences: list[Hint] = []
    long_words: list[Hint] = []
    long_paragraphs: list[Hint] = []
    seen_words: set[str] = set()
    for para in paragraphs:
        para_words = 0
        for sentence in sentences(para.text, language):
            n = len(sentence.words)
            para_words += n
            line = para.line_at(sentence.offset)
            if n > sentence_limit and len(long_sentences) < MAX_HINTS_PER_KIND:
                start = _excerpt(sentence.words)
                long_sentences.append(Hint(
                    "long-sentence", para.where, line,
                    f"A sentence of {n} words (“{start}”); sentences over {sentence_limit} "
                    "words are hard to follow: split it.",
                    {"words": n, "limit": sentence_limit, "start": start}))
            if len(long_words) >= MAX_HINTS_PER_KIND:
                continue
            for word in sentence.words:
                if len(word) <= letter_limit:
                    continue
                # each part of a hyphenated compound on its own: the hyphen is the
                # plain-language way to make a long compound readable
                longest = max((_letters(part) for part in re.split(r"[-'’]", word)), default=0)
                if longest <= letter_limit or word.lower() in seen_words:
                    continue
                seen_words.add(word.lower())
                where_line = para.line_at(sentence.offset + max(sentence.text.find(word), 0))
                long_words.append(Hint(
                    "long-word", para.where, where_line,
                    f"The word “{word}” has {longest} letters; words over {letter_limit} "
                    "letters are hard to read: split the compound with a hyphen or "
                    "rephrase it.",
                    {"word": word, "letters": longest, "limit": letter_limit}))
        if para.where == "body" and para_words > paragraph_limit \
                and len(long_paragraphs) < MAX_HINTS_PER_KIND:
            long_paragraphs.append(Hint(
                "long-paragraph", "body", para.line_at(0),
                f"A paragraph of {para_words} words; paragraphs over {paragraph_limit} "
                "words are hard to take in: divide it.",
                {"words": para_words, "limit": paragraph_limit}))
    return long_sentences + long_words + long_paragraphs


# --- the figure ------------------------------------------------------------------------------

_PYPHEN: dict[str, Any] = {}
_PYPHEN_LOCK = threading.Lock()
_SYLLABLES: dict[tuple[str, str], int] = {}
_PYPHEN_LANG = {"de": "de_DE", "en": "en_US"}
# A piece between two hyphenation points is a syllable when it has a vowel: pyphen
# allowed to split off single letters (needed for "A-bend", "I-de-e", "neu-e") also
# yields pieces like "Hun-d" and "A-r-bei-ten", which are not syllables.
_VOWEL = re.compile(r"[aeiouyäöüàáâãåæèéêëìíîïòóôõøœùúûý]", re.IGNORECASE)


def _hyphenator(language: str) -> Any:
    with _PYPHEN_LOCK:  # loaded once even when two threads ask at the same time
        found = _PYPHEN.get(language)
        if found is None:
            # pyphen's patterns, kept compact (its own loader: 21 MB for German)
            from editor.model.hyphenation import Hyphenator, pattern_file

            found = _PYPHEN[language] = Hyphenator(
                pattern_file(_PYPHEN_LANG.get(language, "de_DE")), left=1, right=1)
        return found


def syllables(word: str, language: str = "de") -> int:
    """Syllables of one word: the pieces between pyphen's hyphenation points that have a
    vowel, for each part of a hyphenated compound; a word without any (a number) is one."""
    key = (language, word.lower())
    known = _SYLLABLES.get(key)
    if known is not None:
        return known
    hyphenator = _hyphenator(language)
    count = 0
    for part in re.split(r"[-'’]", key[1]):
        if _VOWEL.search(part):
            pieces = hyphenator.inserted(part, hyphen="\x00").split("\x00")
            count += sum(1 for piece in pieces if _VOWEL.search(piece))
    count = max(count, 1)
    if len(_SYLLABLES) > 200_000:
        _SYLLABLES.clear()
    _SYLLABLES[key] = count
    return count


def score(language: str, words: int, sentences: int, syllables: int) -> float | None:
    """The published formula for ``language`` (see the module docstring)."""
    if not words or not sentences:
        return None
    asl = words / sentences
    asw = syllables / words
    if language == "en":
        return 206.835 - 1.015 * asl - 84.6 * asw
    return 180 - asl - 58.5 * asw


def measure_paragraphs(paragraphs: list[Paragraph], language: str) -> Figure:
    n_words = n_sentences = n_syllables = 0
    for para in paragraphs:
        for sentence in sentences(para.text, language):
            n_sentences += 1
            n_words += len(sentence.words)
            n_syllables += sum(syllables(w, language) for w in sentence.words)
    formula = "flesch" if language == "en" else "flesch-amstad"
    return Figure(language, formula, n_words, n_sentences, n_syllables,
                  score(language, n_words, n_sentences, n_syllables))


def measure(article: Article, config: SiteConfig) -> Figure:
    """The article's readability figure and word count (loads pyphen on first use: call
    it off the GUI thread)."""
    return measure_paragraphs(prose(article), article_language(article, config))


def measure_text(text: str, language: str = "de") -> Figure:
    """The figure of a Markdown text (tests, the command line)."""
    return measure_paragraphs(body_paragraphs(text), language)


def iter_words(article: Article) -> Iterator[str]:
    for para in prose(article):
        yield from words(para.text)
