"""German-aware folding of indexed text and of search words (see the package's notes)."""

from __future__ import annotations

import itertools
import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
# The full-text table's tokenizer; search words are split into tokens by the same one.
TOKENIZER = "unicode61 remove_diacritics 2"
# ae/oe/ue in a search token may stand for ä/ö/ü, which the tokenizer indexes as a/o/u.
_UMLAUT_SPELLING = re.compile(r"[aou]e")
_MAX_SPELLINGS = 4  # ae/oe/ue pairs of one token tried both ways (2**4 alternatives)


def _sharp_s(text: str) -> str:
    return text.replace("ß", "ss").replace("ẞ", "SS")


def _ae(text: str) -> str:
    return (text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


def fold(text: str) -> str:
    """Search form of ``text``: casefolded (ß -> ss), umlauts as ae/oe/ue, no accents."""
    text = _ae(unicodedata.normalize("NFC", text).casefold())
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", text)))


def fold_document(*parts: str) -> str:
    """The indexed text: NFC, ß as ss. The tokenizer removes case and accents ("München"
    is indexed as "munchen"); a search spelled ae/oe/ue also tries a/o/u (see
    match_expression), so the umlaut words need no second spelling in the index."""
    text = "\n".join(parts)
    if not text.isascii():
        if not _latin1(text) and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = _sharp_s(text)
    return text


def _latin1(text: str) -> bool:
    """True when every character is below U+0100: such a text is always NFC (combining
    marks start at U+0300, and NFC leaves every Latin-1 character as it is). A copy of the
    bytes for such a text, where is_normalized looks up each character (a tenth of the
    work of reading an article for the index)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def match_expression(text: str) -> str | None:
    """FTS5 query for ``text`` (None: no words): every word must occur, in any order. A
    word is split into tokens by the index's own tokenizer; its last token is matched as
    a word beginning, the others whole ("e-mail": "e" and a word beginning "mail"; the
    index keeps no word positions, so they need not be adjacent). A token with ae/oe/ue
    also matches with a/o/u there ("muenchen" finds "München", indexed "munchen")."""
    words = list(dict.fromkeys(  # each word once: a pasted paragraph repeats many
        _sharp_s(unicodedata.normalize("NFC", w).casefold()) for w in text.split()))
    groups: list[str] = []
    for tokens in _tokenize(words):
        for n, token in enumerate(tokens):
            star = "*" if n == len(tokens) - 1 else ""
            spellings = [f'"{s.replace(chr(34), chr(34) * 2)}"{star}'
                         for s in _spellings(token)]
            groups.append(spellings[0] if len(spellings) == 1
                          else "(" + " OR ".join(spellings) + ")")
    return " AND ".join(dict.fromkeys(groups)) if groups else None  # each group once


def _spellings(token: str) -> list[str]:
    """``token`` and, for up to _MAX_SPELLINGS of its ae/oe/ue, the same with a/o/u."""
    pairs = [m.start() for m in _UMLAUT_SPELLING.finditer(token)][:_MAX_SPELLINGS]
    if not pairs:
        return [token]
    found: list[str] = []
    for drops in itertools.product((False, True), repeat=len(pairs)):
        chars = list(token)
        for at, drop in zip(pairs, drops, strict=True):
            if drop:
                chars[at + 1] = ""
        found.append("".join(chars))
    return found


def _tokenize(words: list[str]) -> list[list[str]]:
    """The tokens of each word as the full-text table's tokenizer makes them (an FTS5
    table in memory: exactly its rules for letters, digits and separators, case and
    accents). Words without a token (punctuation) give an empty list."""
    import sqlite3

    if not words:
        return []
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE q USING fts5(w, tokenize='{TOKENIZER}')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(q, 'instance')")
        db.executemany("INSERT INTO q(rowid, w) VALUES (?, ?)",
                       [(n + 1, w) for n, w in enumerate(words)])
        tokens: list[list[str]] = [[] for _ in words]
        for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, \"offset\""):
            tokens[doc - 1].append(term)
    finally:
        db.close()
    return tokens
