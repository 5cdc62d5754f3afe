"""newsdesk check ARTICLE_DIR [--json]

Reports exactly what export would refuse for (validation.preflight): content problems,
photo files that cannot be published, and a missing approval when newsdesk.toml asks
for one. Exit 0 when there are no errors, 1 with errors, 2 when the article or the
workspace cannot be read.
"""

from __future__ import annotations

import argparse

from editor.commands._common import (
    add_output_options,
    command_parser,
    open_article,
    print_json,
)
from editor.commands._problems import file_lines, print_problems, problem_json, shown_path
from editor.model.validation import has_errors, preflight
from editor.render.frame_check import frame_problems


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "check", help="list every problem of an article",
        description="List every problem export would refuse the article for (content, "
        "photo files, credits, a missing approval when newsdesk.toml asks for one), and "
        "warnings, on stderr. Prints nothing when there is nothing to say.",
        exit_status=["1  the article has errors: export would refuse it"],
        examples=["newsdesk check ~/Newsdesk/articles/sommerfest",
                  "newsdesk check ~/Newsdesk/articles/sommerfest --json | jq '.[].code'"])
    p.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    add_output_options(p, json_help="print the problems as JSON on stdout")
    p.add_argument("--spelling", action="store_true",
                   help="list the unknown words instead of the export problems")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.spelling:
        from editor.commands import _spelling

        return _spelling.run(args)
    article, config, root = open_article(args.article)
    # the page frame (templates/frame.html): export refuses a broken one
    problems = preflight(article, config) + frame_problems(root)
    if args.json:
        lines = file_lines(article.path)
        print_json([problem_json(p, lines) for p in problems])
    else:
        # --quiet: errors only, no warnings
        print_problems([p for p in problems if p.severity == "error"] if args.quiet
                       else problems, shown_path(args.article), article.path)
    return 1 if has_errors(problems) else 0
