"""newsdesk check ARTICLE_DIR [--json]"""

from __future__ import annotations

import argparse

from editor.commands._common import open_article, print_json, print_problems
from editor.model.validation import has_errors, validate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="list every problem of an article")
    p.add_argument("article", metavar="ARTICLE_DIR")
    p.add_argument("--json", action="store_true", help="print problems as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    article, config, _root = open_article(args.article)
    problems = validate(article, config)
    if args.json:
        print_json([p.to_dict() for p in problems])
    else:
        print_problems(problems)
    return 1 if has_errors(problems) else 0
