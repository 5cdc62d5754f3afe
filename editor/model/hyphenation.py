"""Hyphenation points from pyphen's pattern files, kept compact. Pure Python (no Qt).

pyphen (the readability figure's syllable source) keeps each of the 78,000 German patterns
as a dict entry with a string, a tuple and small ints, and every word it ever hyphenated in
a cache of its own: about 21 MB of the app process for one number in the status bar.
Here the same patterns (pyphen's own ``hyph_*.dic`` files, read as pyphen reads them) take
about 3.5 MB: one sorted text searched with ``str.find``. The hyphenation points are
pyphen's (Liang's algorithm as pyphen runs it, with the same ``lower()`` and ``left`` and
``right`` limits), so the figure stays the same number: tests/model/test_hyphenation.py
compares both on thousands of dictionary words and random strings.

The text holds every pattern as ``\\0<letters>\\1<start><values>``, sorted by letters;
``<values>`` are its digits without leading and trailing zeros (pyphen's
``values[start:end]``), ``<start>`` the number of leading zeros as ``chr(48 + start)``.
An index gives the span of the patterns of each first three letters; patterns of one or
two letters are in a dict. ``\\1`` sorts before every letter, so ``find("\\0" + piece)``
in a span finds the piece itself when it is a pattern, else the first longer pattern that
starts with it, else nothing: then no longer piece from that place can match either, and
the search moves on to the next place (pyphen tries every length).
The parsed text and index are kept in the user's cache folder (``cache_dir``), checked
by a hash when read back: about 20 ms and a 4 MB peak instead of a second of the
interpreter and a 7 MB peak (pyphen: 20), every start after the first.
Nonstandard hyphenation (``ß=ss`` alternatives) is not supported: neither the German nor
the English file has any, and such a file is refused.
"""

from __future__ import annotations

import hashlib
import re
import sys
from importlib import resources
from pathlib import Path

from editor.model.atomic import atomic_write
from editor.model.cachedir import user_cache_dir
from editor.model.errors import NewsdeskError

# The parsed patterns are kept in the user's cache folder, as Python keeps bytecode.
CACHE_ENV = "NEWSDESK_HYPHENATION_DIR"
_FORMAT = "newsdesk-hyphenation 1"

# pyphen's parsing, as in pyphen.HyphDict (0.18): the same lines skipped, the same split
# of a pattern into letters and digits, and the later of two equal patterns wins.
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN",
            "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
_HEX = re.compile(r"\^{2}([0-9a-f]{2})")
_PARSE = re.compile(r"(\d?)(\D?)").findall
_ZERO = ord("0")
_GAP = re.compile(r"(?<!\d)(?!\d)")  # between letters, where no digit stands: a zero
_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")
_TWO_DIGITS = re.compile(r"\d\d")


def pattern_file(language: str) -> Path:
    """The pattern file pyphen ships for ``language`` (e.g. "de_DE", "en_US")."""
    path = resources.files("pyphen.dictionaries") / f"hyph_{language}.dic"
    return Path(str(path))


class Hyphenator:
    """``inserted(word, hyphen)`` as pyphen.Pyphen(filename, left, right).inserted."""

    def __init__(self, path: Path, left: int = 2, right: int = 2):
        self.left, self.right = left, right
        self._text, self._groups, self._short, self.maxlen = _load(path)

    def positions(self, word: str) -> list[int]:
        """Where ``word`` may be hyphenated (pyphen.Pyphen.positions, as plain ints)."""
        low = word.lower()
        pointed = f".{low}."
        size = len(pointed)
        references = [0] * (size + 1)
        text, groups, short, maxlen = self._text, self._groups, self._short, self.maxlen
        for i in range(size - 1):
            for data in (short.get(pointed[i]), short.get(pointed[i:i + 2])):
                if data is not None:
                    _apply(references, i, data)
            bounds = groups.get(pointed[i:i + 3])
            if bounds is None:
                continue  # no pattern of three or more letters starts here
            at, stop = bounds >> 32, bounds & 0xFFFFFFFF
            for j in range(i + 3, min(i + maxlen, size) + 1):
                # sorted: a longer piece comes no earlier than the one before it
                at = text.find("\0" + pointed[i:j], at, stop)
                if at < 0:
                    break  # no pattern starts with these letters: none longer either
                end = at + j - i + 1
                if text[end] == "\1":
                    _apply(references, i, text[end + 1:text.find("\0", end)])
        limit = len(word) - self.right
        return [i - 1 for i, value in enumerate(references)
                if value % 2 and self.left <= i - 1 <= limit]

    def inserted(self, word: str, hyphen: str = "-") -> str:
        """``word`` with ``hyphen`` at every hyphenation point."""
        letters = list(word)
        for position in reversed(self.positions(word)):
            letters.insert(position, hyphen)
        return "".join(letters)


def _apply(references: list[int], i: int, data: str) -> None:
    """Raise the references at ``i`` by one stored pattern's values (pyphen's max)."""
    at = i + ord(data[0]) - _ZERO
    for k in range(1, len(data)):
        value = ord(data[k]) - _ZERO
        if value > references[at]:
            references[at] = value
        at += 1


def _load(path: Path) -> tuple[str, dict[str, int], dict[str, str], int]:
    """The sorted pattern text, its index by first three letters ((start << 32) | end),
    the patterns of one or two letters, and the longest pattern's length.

    In two steps, so the memory is given back: ``_parse`` makes tens of thousands of small
    objects and frees them all before the few thousand lasting ones are made here (made
    among them, the lasting ones would each keep a block of Python's allocator in use)."""
    found = _read_cache(path)
    if found is None:
        found = _parse(path)
        _write_cache(path, *found)
    _give_back()
    text, spec, maxlen = found
    groups: dict[str, int] = {}
    short: dict[str, str] = {}
    for line in spec.split("\n"):
        kind, letters, data = line.split("\1")
        if kind == "G":
            start, end = data.split(" ")
            groups[letters] = (int(start) << 32) | int(end)
        else:
            short[letters] = data
    return text, groups, short, maxlen


def cache_dir() -> Path:
    """``$NEWSDESK_HYPHENATION_DIR``, else ``newsdesk/hyphenation`` in the user's cache
    folder (beside the workspace indexes)."""
    return user_cache_dir("hyphenation", CACHE_ENV)


def _cache_file(path: Path) -> Path:
    """Named by the pattern file, its size and time and this format: a changed file (a
    pyphen update) or another version of this code gets a file of its own."""
    info = path.stat()
    key = f"{_FORMAT}\0{path.resolve()}\0{info.st_size}\0{info.st_mtime_ns}"
    return cache_dir() / f"{path.stem}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.txt"


def _read_cache(path: Path) -> tuple[str, str, int] | None:
    """The cached result of ``_parse``; None when missing, short or damaged (the text's
    hash is checked: a wrong pattern would silently change the figure)."""
    try:
        header, body = _cache_file(path).read_bytes().split(b"\n", 1)
        name, maxlen, length, digest = header.decode("ascii").split("\t")
        if name != _FORMAT or hashlib.sha256(body).hexdigest() != digest:
            return None
        text = body.decode("utf-8")
        if len(text) <= int(length):
            return None
        return text[:int(length)], text[int(length):], int(maxlen)
    except (OSError, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None


def _write_cache(path: Path, text: str, spec: str, maxlen: int) -> None:
    body = text + spec
    header = f"{_FORMAT}\t{maxlen}\t{len(text)}\t{hashlib.sha256(body.encode()).hexdigest()}"
    try:
        target = _cache_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, f"{header}\n{body}")
    except (OSError, NewsdeskError):
        pass  # a cache: without it, the next start parses again


def _give_back() -> None:
    """Return the loader's freed memory to the system now: glibc keeps freed heap memory
    while anything above it is in use (about 4 of the 6 MB parsing the German patterns
    leaves)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (e.g. musl): nothing to give back
        pass


def _pattern(line: str) -> tuple[str, str]:
    """A pattern line's letters and its stored values (``<start><values>``, see the module
    text; empty when all are zero), as pyphen reads it. With strings only: pyphen's
    (digit, letter) tuples would stay behind by the thousand in Python's tuple free lists,
    keeping whole blocks of its allocator from being given back."""
    digits = _NON_DIGIT.sub("", _GAP.sub("0", line))
    if not digits.isascii() or _TWO_DIGITS.search(line):  # pyphen's own reading
        pairs = _PARSE(line)
        digits = "".join(str(int(digit or "0")) for digit, _ in pairs)
        letters = "".join(letter for _, letter in pairs)
    else:
        letters = _DIGIT.sub("", line)
    values = digits.strip("0")
    if not values:
        return letters, ""
    return letters, chr(_ZERO + len(digits) - len(digits.lstrip("0"))) + values


def _parse(path: Path) -> tuple[str, str, int]:
    """The patterns as one text of ``\\0<letters>\\1<start><values>`` entries, sorted by
    letters, and the index as text: ``G\\1<first three letters>\\1<start> <end>`` and
    ``S\\1<letters>\\1<start><values>`` lines (see ``_load``).

    One string a pattern while reading (``<letters>\\1<line number><start><values>``, so
    sorting puts equal letters in file order and the last one is kept, as in pyphen's
    dict), and the file read line by line: the German file's peak is about 7 MB (pyphen's
    reading peaks at 17)."""
    with path.open("rb") as fd:
        encoding = fd.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    patterns: list[str] = []
    with path.open(encoding=encoding) as lines:  # universal newlines, as read_text
        next(lines, None)
        for number, line in enumerate(lines):
            line = line.strip()
            if not line or line.startswith(_IGNORED):
                continue
            if "^^" in line:
                line = _HEX.sub(lambda match: chr(int(match.group(1), 16)), line)
            if "/" in line and "=" in line:
                raise NewsdeskError(f"{path.name}: nonstandard hyphenation is not supported",
                                    path=path)
            letters, data = _pattern(line)
            if not letters or "\0" in letters or "\1" in letters:
                raise NewsdeskError(f"{path.name}: pattern {line!r} not understood", path=path)
            if data:  # pyphen skips a pattern of zeros (an earlier equal one stays)
                patterns.append(f"{letters}\1{number:08x}{data}")
    if not patterns:
        raise NewsdeskError(f"{path.name}: no patterns", path=path)
    patterns.sort()
    texts, spec = [], []
    offset = maxlen = 0
    prefix, first = "", 0
    for i, pattern in enumerate(patterns):
        patterns[i] = ""  # given back as we go
        cut = pattern.index("\1")
        letters = pattern[:cut]
        if i + 1 < len(patterns) and patterns[i + 1].startswith(letters + "\1"):
            continue  # a later line has the same letters: it wins
        data = pattern[cut + 9:]
        maxlen = max(maxlen, cut)
        if cut <= 2:
            spec.append(f"S\1{letters}\1{data}")
            continue
        if letters[:3] != prefix:
            if prefix:
                spec.append(f"G\1{prefix}\1{first} {offset}")
            prefix, first = letters[:3], offset
        texts.append(f"\0{letters}\1{data}")
        offset += cut + len(data) + 2
    if prefix:
        spec.append(f"G\1{prefix}\1{first} {offset}")
    texts.append("\0")
    return "".join(texts), "\n".join(spec), maxlen
