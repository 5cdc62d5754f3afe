"""newsdesk new WORKSPACE --title TEXT [--kicker] [--date] [--author]"""

from __future__ import annotations

import argparse
import datetime as dt

from editor.commands._common import add_output_options, command_parser, print_json
from editor.model.workspace import Workspace


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2022-06-24") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "new", help="create an article and print its folder",
        description="Create an article in WORKSPACE/articles/<slug>/ (the slug made from "
        "the title, unique in the workspace) and print its folder.",
        examples=["newsdesk new ~/Newsdesk --title 'Sommerfest im Stadtpark' --date 2025-07-12",
                  "newsdesk new ~/Newsdesk --title 'Neue Buslinie' --json"])
    p.add_argument("workspace", metavar="WORKSPACE", help="the workspace folder")
    p.add_argument("--title", required=True, metavar="TEXT", help="the headline (one line)")
    p.add_argument("--kicker", default=None, metavar="TEXT",
                   help="the line above the headline (default: Aktuelles, in an English "
                   "workspace News)")
    p.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    p.add_argument("--author", default="", metavar="NAME", help="the author's name")
    add_output_options(p, json_help="print the new article as JSON", quiet=False)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.open(args.workspace)
    article = ws.create_article(args.title, kicker=args.kicker, date=args.date,
                                author=args.author)
    if getattr(args, "json", False):
        print_json({"folder": str(article.folder), "slug": article.slug,
                    "title": article.title, "date": article.date.isoformat()
                    if isinstance(article.date, dt.date) else article.date})
        return 0
    print(article.folder)
    return 0
