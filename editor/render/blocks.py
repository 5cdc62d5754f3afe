"""Splitting a Markdown body into top-level blocks that render independently."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(`{3,}|~{3,})")
_LIST = re.compile(r"^ {0,3}(?:[*+-]|\d+[.)])(?:[ \t]|$)")
_QUOTE = re.compile(r"^ {0,3}>")
_DEF_LIST = re.compile(r"^ {0,3}:[ \t]")
# Link reference and abbreviation definitions act on the whole document.
_DEFINITION = re.compile(r"^ {0,3}(?:\[[^\]\n^][^\]\n]*\]|\*\[[^\]\n]+\]):")
# Raw HTML blocks may span blank lines: such documents render in one piece. A comment that
# ends on its own line is harmless and common in drafts.
_WHOLE = re.compile(r"^ {0,3}(?:<[A-Za-z?/]|<!(?!--.*-->[ \t]*$))", re.MULTILINE)
# Footnote definitions run from their first line to the end of their block.
_FOOTNOTE = re.compile(r"^ {0,3}\[\^[^\]\n]+\]:", re.MULTILINE)


# footnote definitions and references as Python-Markdown's footnotes extension reads them
_FOOTNOTE_ID = re.compile(r"^ {0,3}\[\^([^\]]*)\]:", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]]*)\]")


def split_blocks(body: str) -> tuple[list[tuple[int, str]], str, int]:
    """See split_body; the definitions joined into one text."""
    blocks, links, notes, footnote_line = split_body(body)
    return blocks, "\n\n".join(([links] if links else []) + notes), footnote_line


def footnote_numbers(notes: list[str]) -> dict[str, int]:
    """Each footnote's number: its place in definition order (a redefinition keeps it)."""
    numbers: dict[str, int] = {}
    for note in notes:
        for m in _FOOTNOTE_ID.finditer(note):
            numbers.setdefault(m.group(1), len(numbers) + 1)
    return numbers


def footnote_stubs(text: str, numbers: dict[str, int]) -> tuple[str, tuple]:
    """Stand-in definitions for the footnotes ``text`` refers to, and their numbers. A block
    other than the footnote list needs a footnote to exist, not its text: appending every
    definition to every block made the render quadratic (200 footnotes: half a minute)."""
    if "[^" not in text:
        return "", ()
    ids = [i for i in dict.fromkeys(_FOOTNOTE_REF.findall(text)) if i in numbers]
    return "\n".join(f"[^{i}]: -" for i in ids), tuple((i, numbers[i]) for i in ids)


def split_body(body: str) -> tuple[list[tuple[int, str]], str, list[str], int]:
    """([(first line, text)], link and abbreviation definitions, footnote definitions,
    first footnote line or 0) for ``body``.

    A block ends at a blank line unless what follows continues it (indentation, another
    list item after a list, another quote after a quote, a definition). Joining more than
    needed is always safe; splitting is only done where Python-Markdown treats the parts
    independently. Link and abbreviation definitions are appended to every block when it is
    rendered, footnotes as stand-ins (footnote_stubs) numbered for the whole document; the
    block that shows the footnote list gets them all."""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and _WHOLE.search(text):
        return ([(1, text)] if text.strip() else []), "", [], 0
    blocks, definitions = _split(text.split("\n"))
    links = definitions[0] if definitions else ""
    notes: list[str] = []
    footnote_line = 0
    if "[^" in text:
        for line, block in blocks:
            m = _FOOTNOTE.search(block)
            at = m.start() if m else -1
            if at >= 0 and ("```" in block or "~~~" in block):
                at = _footnote_outside_fences(block)
            if at >= 0:
                notes.append(block[at:])
                if not footnote_line:
                    footnote_line = line + block.count("\n", 0, at)
    return blocks, links, notes, footnote_line


def _split(lines: list[str]) -> tuple[list[tuple[int, str]], list[str]]:
    blocks: list[tuple[int, str]] = []
    definitions: list[str] = []
    current: list[str] = []
    start = 0
    kind = ""
    fence = ""
    blank_before = False
    closers: dict[str, int] | None = None  # fence text -> its last line (0-based)
    for number, line in enumerate(lines, start=1):
        if fence:
            current.append(line)
            if line.rstrip(" ") == fence:
                fence = ""
            continue
        if not line or line.isspace():
            if current:
                current.append(line)
            blank_before = True
            continue
        first = line[0]
        m = _FENCE.match(line) if first in "`~" else None
        starts_new = not current or (blank_before and not _continues(kind, line))
        if starts_new:
            if current:
                blocks.append((start, _trim(current)))
            current = [line]
            start = number
            kind = _kind(line)
        else:
            current.append(line)
        blank_before = False
        if m:
            if closers is None:
                closers = _closers(lines)
            if closers.get(m.group(1), -1) >= number:  # a closing line after this one
                fence = m.group(1)
        elif first in "[* " and _DEFINITION.match(line):
            definitions.append(line)
    if current:
        blocks.append((start, _trim(current)))
    return blocks, ["\n".join(definitions)] if definitions else []


def _kind(line: str) -> str:
    if _LIST.match(line):
        return "list"
    if _QUOTE.match(line):
        return "quote"
    return "other"


def _continues(kind: str, line: str) -> bool:
    if line[0] in " \t":
        return True  # indented: list continuation or code block joined to what is above
    if _DEF_LIST.match(line):
        return True
    if kind == "list" and _LIST.match(line):
        return True
    return kind == "quote" and bool(_QUOTE.match(line))


def _footnote_outside_fences(block: str) -> int:
    """Where the first footnote definition outside a fenced code block starts, or -1."""
    rows = block.split("\n")
    closers = _closers(rows)
    offset, fence = 0, ""
    for index, row in enumerate(rows):
        if fence:
            if row.rstrip(" ") == fence:
                fence = ""
        else:
            m = _FENCE.match(row)
            if m and closers.get(m.group(1), -1) > index:
                fence = m.group(1)
            elif _FOOTNOTE.match(row):
                return offset
        offset += len(row) + 1
    return -1


def _closers(lines: list[str]) -> dict[str, int]:
    """The last line of each fence text: whether an opening fence has a closing one is then
    one look-up (searching the rest for each of 100,000 unclosed fences is quadratic)."""
    last = {}
    for index, line in enumerate(lines):
        if line[:1] in ("`", "~"):
            text = line.rstrip(" ")
            if _FENCE.fullmatch(text):
                last[text] = index
    return last


def _trim(lines: list[str]) -> str:
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)
