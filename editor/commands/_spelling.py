"""``newsdesk check --spelling ARTICLE_DIR [--json]``: every unknown word of an article.

One line per word on stdout, ``article.md:LINE:COL: word (suggestion, suggestion, ...)``,
in file order (front matter prose fields, then the body). Exit 0 when there is none, 1
when there are unknown words, 2 when the article cannot be read or no dictionary for its
language is installed (the reason on stderr; with --json the usual error object on stdout,
docs/cli-json.md).
"""

from __future__ import annotations

import argparse

from editor.commands._common import open_article, print_json
from editor.model import frontmatter
from editor.model.errors import NewsdeskError
from editor.model.spelling.article import article_findings, checker_for


def run(args: argparse.Namespace) -> int:
    article, config, root = open_article(args.article)
    checker = checker_for(article, config, root)
    if not checker.available:  # exit 2 with the reason (JSON with --json), as any error
        raise NewsdeskError(f"spelling not checked: {checker.reason}")
    text = frontmatter.decode(article.path.read_bytes(), article.path)
    findings = article_findings(text, checker)
    suggestions: dict[str, list[str]] = {}
    for f in findings:  # once per distinct word: Hunspell's suggestions are slow
        if f.word not in suggestions:
            suggestions[f.word] = checker.suggest(f.word)
    if args.json:
        print_json({"language": checker.tag, "unknown": [
            {"file": "article.md", "line": f.line, "column": f.column, "word": f.word,
             "suggestions": suggestions[f.word]} for f in findings]})
    else:
        for f in findings:
            hint = f" ({', '.join(suggestions[f.word])})" if suggestions[f.word] else ""
            print(f"article.md:{f.line}:{f.column}: {f.word}{hint}")
    return 1 if findings else 0
