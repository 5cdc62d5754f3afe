"""newsdesk new WORKSPACE --title TEXT [--kicker] [--date] [--author]"""

from __future__ import annotations

import argparse
import datetime as dt

from editor.model.workspace import Workspace


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2022-06-24") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an article and print its folder")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--title", required=True)
    p.add_argument("--kicker", default="Aktuelles")
    p.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default: today)")
    p.add_argument("--author", default="")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.open(args.workspace)
    article = ws.create_article(args.title, kicker=args.kicker, date=args.date,
                                author=args.author)
    print(article.folder)
    return 0
