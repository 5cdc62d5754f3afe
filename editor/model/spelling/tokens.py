"""Checkable words of Markdown text, with their positions.

Skipped, never checked: URLs and link targets, e-mail addresses, photo references
(``![alt](photo:id)``: the id; the alt text is prose and is checked), inline code and
fenced code blocks, HTML tags, comments and entities, numbers and words glued to
numbers, units after a number ("10 km"), footnote marks and reference definitions, and
lines longer than MAX_LINE characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Letters, with inner apostrophes and hyphens ("don't", "E-Mail", "China-Engagement").
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Spans blanked out before words are looked for, each with a character that must be in the
# line for it to apply (most prose lines need only a few of the passes). Every pattern
# runs in linear time on hostile lines (no scan that can restart at every character).
_SKIPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("`", re.compile(r"`+[^`]*`+")),                                 # inline code
    ("<", re.compile(r"<!--.*?(?:-->|$)|</?[A-Za-z][^<>]*>")),        # HTML comment, tag
    ("&", re.compile(r"&#?\w+;")),                                    # HTML entity
    ("](", re.compile(r"\]\([^()\[\]\s]*(?:\s+\"[^\"]*\")?\)")),      # link/photo target
    ("[^", re.compile(r"\[\^[^\[\]\s]*\]")),                          # footnote mark [^1]
    ("://", re.compile(r"\b(?:https?|ftp)://\S+", re.IGNORECASE)),   # URLs
    ("www.", re.compile(r"\bwww\.\S+", re.IGNORECASE)),
    ("@", re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),  # e-mail addresses
)
_NUMBER = re.compile(r"\b\w*\d[\w.,:/\-]*")  # numbers and words glued to them ("3D", "5km")
_DIGIT = re.compile(r"\d")
# A longer line (a paragraph of 1,500 words and more, or not prose at all) is not checked:
# tokenising it would take tens of milliseconds at every keystroke.
MAX_LINE = 10_000
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s")
_UNIT_AFTER_NUMBER = re.compile(r"\d[\d.,]*\s*$")
# Units and abbreviations written after a number ("10 km", "3 Mio.", "5 h").
UNITS = frozenset({
    "mm", "cm", "dm", "m", "km", "qm", "ha", "m²", "km²", "mg", "g", "kg", "t", "ml", "cl",
    "l", "hl", "s", "min", "h", "Std", "d", "kW", "kWh", "MW", "MWh", "GW", "GWh", "W",
    "V", "A", "Hz", "kHz", "MHz", "GHz", "KB", "MB", "GB", "TB", "Mio", "Mrd", "Tsd",
    "Euro", "EUR", "USD", "ct", "Prozent", "pt", "px", "em", "dpi", "mph", "kmh",
})


class Token(NamedTuple):
    start: int  # index in the line (Python str)
    end: int
    word: str


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _blank(text: str) -> str:
    """``text`` with every skipped span replaced by spaces (positions stay)."""
    lowered = text.lower()
    for marker, pattern in _SKIPS:
        if marker in lowered:
            text = pattern.sub(_spaces, text)
    if _DIGIT.search(text):
        text = _NUMBER.sub(_spaces, text)
    return text


def line_tokens(text: str) -> list[Token]:
    """The checkable words of one line of Markdown prose (not a code block line)."""
    if len(text) > MAX_LINE or _REFERENCE_DEF.match(text):
        return []
    blanked = _blank(text)
    tokens = []
    for m in WORD.finditer(blanked):
        word = m.group()
        if word in UNITS and _UNIT_AFTER_NUMBER.search(text[max(0, m.start() - 40):m.start()]):
            continue
        tokens.append(Token(m.start(), m.end(), word))
    return tokens


def text_tokens(text: str) -> Iterator[tuple[int, Token]]:
    """(0-based line, token) of Markdown ``text``; fenced code blocks are skipped."""
    in_fence = False
    for number, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        for token in line_tokens(line):
            yield number, token


def plain_tokens(text: str) -> list[Token]:
    """Words of a plain field (title, kicker, lead, caption): no Markdown, but URLs,
    addresses and numbers are still skipped."""
    return line_tokens(text)
