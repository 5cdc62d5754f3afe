"""The prose of an article as the reader reads it: the title, the lead and the body's
Markdown reduced to plain-text paragraphs, each knowing its body lines. Pure Python (no
Qt); the readability figure and the plain-language hints (editor/model/readability.py)
are computed from these paragraphs.

What is read. The title, the lead and the body's prose: paragraphs, headings, list
items, quotes, footnotes. Not read: fenced and indented code, inline code, tables, raw
HTML tags, link targets and reference definitions, URLs, e-mail addresses, photo and
image references, Markdown markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from editor.model.article import Article

# --- block and inline patterns ---------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_SETEXT_OR_RULE = re.compile(r"^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$")
_LIST = re.compile(r"^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_DEFINITION = re.compile(r"^ {0,3}(?:\[(?!\^)[^\]\n]+\]|\*\[[^\]\n]+\]):")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:[ \t]*")
_DEF_LIST = re.compile(r"^ {0,3}:[ \t]+")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

# inline: removed entirely, or replaced by their text
# (brackets inside brackets are not matched: "[[[[x](y)" must not cost quadratic time)
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)|!\[[^\[\]\n]*\]\[[^\[\]\n]*\]")
_CODE_SPAN = re.compile(r"`[^`]*`")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
# Bounded repetitions where a pattern may start at many places: linear time on hostile
# lines ("a.a.a.a…://", 100,000 letters before an "@").
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{0,31}:[^<>\s]*|[^<>\s@]{1,64}@[^<>\s]+)>")
_URL = re.compile(r"\b(?:[a-zA-Z][a-zA-Z0-9+.-]{0,31}://|www\.)[^\s<>()\[\]]*"
                  r"[^\s<>()\[\].,;:!?'\"]")
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\n]*\]")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MARKUP = re.compile(r"[*_~=]{1,3}(?=\S)|(?<=\S)[*_~=]{1,3}|\\(?=[\\`*_{}\[\]()#+\-.!|>~])")


@dataclass(frozen=True)
class Paragraph:
    """A piece of prose: the title, the lead, or one body block (paragraph, heading,
    list item, quote, footnote) as plain text. ``lines`` maps offsets in ``text`` to body
    lines: (offset where the body line's text begins, body line number)."""

    where: str  # "title", "lead" or "body"
    text: str
    lines: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The body line (1-based) of ``offset`` in ``text``; 0 outside the body."""
        line = 0
        for start, number in self.lines:
            if start > offset:
                break
            line = number
        return line


# Results by text, so validating again after an edit only works on the changed lines
# and paragraphs (a 10,000-word article: about 3 ms instead of 60 on the GUI thread).
# Plain dicts: a get or set is atomic, and measure() may run in a worker thread.
# (readability's sentence cache uses remember() too.)
CACHE_LIMIT = 20_000
_INLINE: dict[str, str] = {}


def remember(cache: dict, key: Any, value: Any) -> None:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def inline_text(line: str) -> str:
    """One line of Markdown as the reader reads it: markup, code, URLs and photo
    references removed, link texts kept."""
    found = _INLINE.get(line)
    if found is None:
        found = _inline_text(line)
        remember(_INLINE, line, found)
    return found


def _inline_text(line: str) -> str:
    line = line.strip()
    if "`" in line:  # code spans; a double-backtick span loses its inner part too
        line = _CODE_SPAN.sub(" ", line).replace("`", "")
    if "](" in line or "][" in line:
        line = _IMAGE.sub(" ", line)
        line = _LINK.sub(r"\1", line)
    if "[^" in line:
        line = _FOOTNOTE_REF.sub("", line)
    if "<" in line:
        line = _AUTOLINK.sub(" ", line)
        line = _TAG.sub(" ", line)
    if "://" in line or "www." in line:
        line = _URL.sub(" ", line)
    if "@" in line:
        line = _EMAIL.sub(" ", line)
    if "&" in line:
        import html  # only here: its entity table is over 1 MB that most texts never need

        line = html.unescape(line)
    if line.endswith("\\"):  # a hard line break
        line = line[:-1]
    return _MARKUP.sub("", line).strip()


def body_paragraphs(body: str) -> list[Paragraph]:
    """The prose blocks of a Markdown body, each with its body lines."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "<!--" in body:  # comments may span lines: blank them, keeping the line count
        body = _HTML_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), body)
    rows = body.split("\n")
    tables = _table_rows(rows) if "|" in body else set()
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    lines: list[tuple[int, int]] = []
    length = 0
    fence = ""
    blank_before = True
    in_list = False

    def flush() -> None:
        nonlocal parts, lines, length
        text = " ".join(parts)
        if text.strip():
            paragraphs.append(Paragraph("body", text, tuple(lines)))
        parts, lines, length = [], [], 0

    def add(text: str, number: int) -> None:
        nonlocal length
        text = inline_text(text)
        if not text:
            return
        if parts:
            length += 1  # the joining space
        lines.append((length, number))
        parts.append(text)
        length += len(text)

    for index, row in enumerate(rows):
        number = index + 1
        if fence:
            if row.strip().startswith(fence[0] * len(fence)) and not row.strip().strip(
                    fence[0]):
                fence = ""
            continue
        if not row.strip():
            flush()
            blank_before = True
            continue
        m = _FENCE.match(row)
        if m:
            flush()
            fence = m.group(1)
            blank_before = False
            continue
        indented = row.startswith(("    ", "\t"))
        if indented and blank_before and not in_list:
            continue  # an indented code block
        if blank_before and not indented:
            in_list = False
        stripped = row
        while True:  # quote markers, possibly nested
            q = _QUOTE.match(stripped)
            if not q:
                break
            stripped = stripped[q.end():]
        if index in tables:
            flush()
            blank_before = False
            continue
        if _SETEXT_OR_RULE.match(stripped) and stripped.strip():
            flush()  # a rule, or a setext heading's underline (the heading stood alone)
            blank_before = False
            continue
        if _DEFINITION.match(stripped):
            blank_before = False
            continue
        h = _HEADING.match(stripped)
        if h:
            flush()
            add(stripped[h.end():].rstrip().rstrip("#"), number)
            flush()
            blank_before = False
            continue
        item = _LIST.match(stripped) or _FOOTNOTE_DEF.match(stripped)
        if item is None:
            item = _DEF_LIST.match(stripped)
        if item:
            flush()  # each list item, footnote or definition is a paragraph of its own
            in_list = True
            stripped = stripped[item.end():]
        add(stripped, number)
        blank_before = False
    flush()
    return paragraphs


def _is_separator(row: str) -> bool:
    """A pipe table's separator line: |---|:--:| (only pipes, dashes, colons, spaces)."""
    text = row.strip()
    return "-" in text and "|" in text and not text.strip("|-: \t")


def _table_rows(rows: list[str]) -> set[int]:
    """Indexes of the rows of pipe tables: the header above a separator line, the
    separator, and the rows with a pipe below it up to a blank line. One pass (a table of
    100,000 rows must not be scanned once per row)."""
    found: set[int] = set()
    index = 0
    while index < len(rows):
        row = rows[index]
        if "|" in row and _is_separator(row) and index > 0 and "|" in rows[index - 1]:
            found.update((index - 1, index))
            index += 1
            while index < len(rows) and "|" in rows[index] and rows[index].strip():
                found.add(index)
                index += 1
            continue
        index += 1
    return found


def prose(article: Article) -> list[Paragraph]:
    """The title, the lead and the body's prose blocks, in reading order."""
    found = []
    for name in ("title", "lead"):
        text = inline_text(" ".join(str(getattr(article, name)).split()))
        if text:
            found.append(Paragraph(name, text))
    return found + body_paragraphs(article.body)
