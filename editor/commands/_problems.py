"""Problems as compilers and linters print them, so editors and CI can jump to them:

    articles/sommerfest/article.md:12:1: warning heading-skip: Heading level jumps ...
    articles/sommerfest/article.md: error not-approved: The article is not approved ...

LINE and COL are 1-based positions in article.md itself (front matter included), not in
the body; a problem with no place in the file (the approval) has neither. Errors come
first, then warnings, then hints; the order within a severity is the validation's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (not loaded by an up-to-date export: it prints problems it kept)
    from editor.model.validation import Problem

_RANK = {"error": 0, "warning": 1, "hint": 2}


def ordered(problems: list[Any], key: Any = None) -> list[Any]:
    """Errors first, then warnings, then hints (stable). ``key``: the severity of an item
    that is not a Problem."""
    severity = key or (lambda p: p.severity)
    return sorted(problems, key=lambda p: _RANK.get(severity(p), 1))


def file_lines(path: Path) -> list[str]:
    """The lines of article.md as the validation counted them ([] when unreadable)."""
    try:
        return source_lines(path.read_bytes())
    except OSError:
        return []


def source_lines(raw: bytes) -> list[str]:
    """The lines of article.md's bytes ``raw``, as :func:`file_lines` gives them."""
    text = raw.decode("utf-8", "replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")


def column(problem: Problem, lines: list[str]) -> int:
    """1-based column: where the placed photo starts, else the line's first character."""
    if problem.line is None or not 0 < problem.line <= len(lines):
        return 1
    text = lines[problem.line - 1]
    photo = problem.params.get("photo")
    if problem.location is not None and problem.location.kind == "line" and photo:
        at = text.find(f"(photo:{photo})")
        start = text.rfind("![", 0, at) if at != -1 else -1
        if start != -1:
            return start + 1
    return len(text) - len(text.lstrip()) + 1


def _photo_line(photo_id: str, lines: list[str]) -> int | None:
    """The line of the photo's ``id:`` in the front matter (more precise than ``photos:``)."""
    entry = re.compile(r"^\s*(?:-\s+)?id:\s*(['\"]?)" + re.escape(photo_id) + r"\1\s*$")
    for number, text in enumerate(lines[1:], start=2):
        if text.rstrip() == "---":
            break
        if entry.match(text):
            return number
    return None


def position(problem: Problem, lines: list[str]) -> tuple[int, int] | None:
    """(line, column) in article.md, or None when the problem has no place in the file."""
    line = problem.line
    if problem.location is not None and problem.location.kind == "photo":
        line = _photo_line(str(problem.location.ref), lines) or line
    if line is None:
        return None
    if line != problem.line:
        text = lines[line - 1]
        return line, len(text) - len(text.lstrip(" -")) + 1
    return line, column(problem, lines)


def format_problem(problem: Problem, shown_path: str, lines: list[str]) -> str:
    return format_line(shown_path, position(problem, lines), problem.severity, problem.code,
                       problem.message)


def format_line(shown_path: str, where: tuple[int, int] | None, severity: str, code: str,
                message: str) -> str:
    """``FILE:LINE:COL: severity code: message`` (``FILE: ...`` without a place)."""
    place = f"{shown_path}:{where[0]}:{where[1]}" if where else shown_path
    return f"{place}: {severity} {code}: {message}"


def print_problems(problems: list[Problem], shown_path: str, article_md: Path,
                   stream: Any = None) -> None:
    """Every problem as one ``FILE:LINE:COL: severity code: message`` line (stderr)."""
    out = stream or sys.stderr
    lines = file_lines(article_md) if problems else []
    for problem in ordered(problems):
        print(format_problem(problem, shown_path, lines), file=out)


def problem_json(problem: Problem, lines: list[str]) -> dict[str, Any]:
    """``Problem.to_dict`` plus ``line`` and ``column`` in article.md (null when none)."""
    where = position(problem, lines)
    return {**problem.to_dict(), "line": where[0] if where else None,
            "column": where[1] if where else None}


def shown_path(argument: str) -> str:
    """article.md named as the user named the article (``articles/x`` or ``.../article.md``)."""
    given = Path(argument)
    if given.name == "article.md":
        return str(given)
    return str(given / "article.md")
