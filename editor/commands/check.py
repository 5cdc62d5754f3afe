"""newsdesk check ARTICLE_DIR [--json]

Reports exactly what export would refuse for (validation.preflight): content problems,
photo files that cannot be published, and a missing approval when newsdesk.toml asks
for one. Exit 0 when there are no errors, 1 with errors, 2 when the article or the
workspace cannot be read.
"""

from __future__ import annotations

import argparse

from editor.commands._common import open_article, print_json, print_problems
from editor.model.validation import has_errors, preflight


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="list every problem of an article")
    p.add_argument("article", metavar="ARTICLE_DIR")
    p.add_argument("--json", action="store_true", help="print problems as JSON")
    p.add_argument("--spelling", action="store_true",
                   help="list the unknown words instead of the export problems")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.spelling:
        from editor.commands import spelling_report

        return spelling_report.run(args)
    article, config, _root = open_article(args.article)
    problems = preflight(article, config)
    if args.json:
        print_json([p.to_dict() for p in problems])
    else:
        print_problems(problems)
    return 1 if has_errors(problems) else 0
