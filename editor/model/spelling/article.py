"""Unknown words of a whole article.md, with their line and column in the file.

The body is checked as Markdown; in the front matter the prose fields (title, kicker,
lead, description, and each photo's caption and alt text) are checked on their own lines, so a
position points at the word in the file as written.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.spelling.engine import Finding, SpellChecker, article_language, open_checker

PROSE_KEYS = ("title", "kicker", "lead", "description", "caption", "alt")
_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*:(?:\s|$)")
_DELIMITER = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def checker_for(article: Article, config: SiteConfig, root: Path | None) -> SpellChecker:
    """The checker in the article's language (front matter ``language`` or the
    workspace's) with the workspace dictionary of ``root``."""
    return open_checker(article_language(article.extra.get("language"), config.language), root)


def front_matter_findings(lines: list[str], checker: SpellChecker) -> tuple[list[Finding], int]:
    """Findings in the front matter's prose fields, and the index of the first body line."""
    findings: list[Finding] = []
    if not lines or lines[0].rstrip() != "---":
        return findings, 0
    end = next((i for i in range(1, len(lines)) if _DELIMITER.match(lines[i])), len(lines))
    key_indent = -1  # indent of the prose key whose value continues on the next lines
    for i in range(1, end):
        line = lines[i]
        m = _KEY.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if m is None or (key_indent >= 0 and indent > key_indent):
            if key_indent >= 0 and (indent > key_indent or not line.strip()):
                findings += _plain(checker, line, i, 0)  # a continuation line of the value
                continue
            key_indent = -1
            continue
        key_indent = -1
        if m.group(2) in PROSE_KEYS:
            key_indent = len(m.group(1))
            findings += _plain(checker, line, i, m.end())
    return findings, end + 1


def _plain(checker: SpellChecker, line: str, index: int, start: int) -> list[Finding]:
    value = line[start:]
    if value.strip() in ("|", ">", "|-", ">-", "|+", ">+"):
        return []
    return [Finding(index + 1, start + t.start + 1, t.word) for t in checker.check_plain(value)]


def article_findings(text: str, checker: SpellChecker) -> list[Finding]:
    """Every unknown word of the text of article.md, in file order."""
    lines = text.split("\n")
    findings, body_start = front_matter_findings(lines, checker)
    body = "\n".join(lines[body_start:])
    return findings + checker.check_text(body, first_line=body_start + 1)
