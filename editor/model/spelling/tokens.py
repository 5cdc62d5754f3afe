"""Checkable words of Markdown text, with their positions.

Skipped, never checked: URLs and link targets, e-mail addresses, photo references
(``![alt](photo:id)``: the id; the alt text is prose and is checked), inline code and
fenced code blocks, HTML tags, comments and entities, numbers and words glued to
numbers, units after a number ("10 km"), footnote marks and reference definitions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# Letters, with inner apostrophes and hyphens ("don't", "E-Mail", "China-Engagement").
WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# Spans blanked out before words are looked for; order does not matter (they are merged).
_SKIP = re.compile(
    r"`+[^`]*`+"                                   # inline code (single or double ticks)
    r"|<!--.*?(?:-->|$)"                           # HTML comment (on this line)
    r"|</?[A-Za-z][^<>]*>"                         # HTML tag, also <https://autolinks>
    r"|&#?\w+;"                                    # HTML entity
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"            # link / image / photo target: ](...)
    r"|\[\^[^\]]*\]"                               # footnote mark [^1]
    r"|\b(?:https?|ftp)://\S+|\bwww\.\S+"          # bare URLs
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"            # e-mail addresses
    r"|\b\w*\d[\w.,:/\-]*",                        # numbers and words glued to them
    re.IGNORECASE,
)
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


def _blank(text: str) -> str:
    """``text`` with every skipped span replaced by spaces (positions stay)."""
    return _SKIP.sub(lambda m: " " * (m.end() - m.start()), text)


def line_tokens(text: str) -> list[Token]:
    """The checkable words of one line of Markdown prose (not a code block line)."""
    if _REFERENCE_DEF.match(text):
        return []
    blanked = _blank(text)
    tokens = []
    for m in WORD.finditer(blanked):
        word = m.group()
        if word in UNITS and _UNIT_AFTER_NUMBER.search(text, 0, m.start()):
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
