"""Which heading level the Heading / Subheading commands may write (no Qt).

The title is the page's h1, so the body starts below it. Validation warns when a heading
jumps more than one level down ("heading-skip"); the commands never write such a jump:
the level asked for is moved into the range the neighbouring headings allow, and a
heading is only removed when the one below would not jump because of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The very patterns validation uses, so both agree on what a heading is.
from editor.model.validation import _FENCE, _HEADING

# A block prefix a line loses when it becomes a heading (a heading, quote or list item).
LINE_PREFIX = re.compile(r"^( {0,3}(?:#{1,6} |> |[-*+] |\d+[.)] ))")

ADDED, CHANGED_LEVEL, REMOVED, KEPT = "added", "changed-level", "removed", "kept"
IN_CODE = "in-code"  # a code fence or a line inside one: left alone


@dataclass(frozen=True)
class HeadingEdit:
    lines: list[str]      # the new text of the selected lines
    level: int            # the level written (0 when removed)
    outcome: str          # ADDED, CHANGED_LEVEL (not the one asked for), REMOVED, KEPT, IN_CODE


def _levels(lines: list[str]) -> tuple[list[int | None], list[bool]]:
    """The heading level of each line (None for other lines), and which lines are code
    (a fence or inside one), exactly as validation reads them."""
    levels: list[int | None] = []
    code: list[bool] = []
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
            levels.append(None)
            code.append(True)
            continue
        m = None if in_fence else _HEADING.match(line)
        levels.append(len(m.group(1)) if m else None)
        code.append(in_fence)
    return levels, code


def _strip(line: str) -> str:
    m = _HEADING.match(line)
    return line[m.end():].lstrip() if m else LINE_PREFIX.sub("", line, count=1)


def plan_heading(lines: list[str], first: int, last: int, wanted: int) -> HeadingEdit:
    """Make lines ``first``..``last`` (0-based, inclusive) headings of level ``wanted``.

    When all of them already are, remove the heading instead (the command toggles).
    """
    levels, code = _levels(lines)
    selected = lines[first:last + 1]
    if any(code[first:last + 1]):  # a heading there would open or break a code block
        return HeadingEdit(selected, 0, IN_CODE)
    above = next((lv for lv in reversed(levels[:first]) if lv is not None), 1)
    below = next((lv for lv in levels[last + 1:] if lv is not None), None)
    if all(lv == wanted for lv in levels[first:last + 1]):
        # Removing is safe when the next heading then follows the one above.
        if below is None or below <= above + 1:
            return HeadingEdit([_strip(line) for line in selected], 0, REMOVED)
        return HeadingEdit(selected, wanted, KEPT)
    highest = above + 1                          # one level below the heading above
    lowest = max(2, below - 1) if below else 2   # the next heading may be one level deeper
    level = min(max(wanted, lowest), highest) if lowest <= highest else highest
    outcome = ADDED if level == wanted else CHANGED_LEVEL
    prefix = "#" * level + " "
    return HeadingEdit([prefix + _strip(line) for line in selected], level, outcome)


def jumps(lines: list[str]) -> int:
    """How many heading-level jumps validation reports for these body lines."""
    previous, count = 1, 0
    for level in _levels(lines)[0]:
        if level is not None:
            count += level > previous + 1
            previous = level
    return count


def prefix_allowed(old: list[str], new: list[str], first: int, last: int) -> bool:
    """Whether a list/quote prefix change of lines first..last may be written: it must
    not touch a code fence (that would open or close a code block) nor add a jump."""
    code = _levels(old)[1]
    fence = any(code[i] and _FENCE.match(old[i]) for i in range(first, last + 1))
    return not fence and jumps(new) <= jumps(old)
