"""newsdesk list WORKSPACE [--status STATE] [--json]"""

from __future__ import annotations

import argparse
import datetime as dt

from editor.commands._common import print_json
from editor.model.review import STATES
from editor.model.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list the articles of a workspace")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--status", choices=STATES, help="only articles in this review state")
    p.add_argument("--search", metavar="TEXT", help="only articles containing TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.open(args.workspace)
    items = ws.list_articles(status=args.status)
    if args.search:
        wanted = {s.slug for s in ws.search(args.search)}
        items = [s for s in items if s.slug in wanted]
    if args.json:
        print_json([s.to_dict() for s in items])
        return 0
    for s in items:
        date = s.date.strftime("%d.%m.%Y") if isinstance(s.date, dt.date) else (s.date or "-")
        title = s.title if not s.error else f"{s.title}  (unreadable: {s.error})"
        print(f"{date:<10}  {s.status:<22}  {s.slug:<40}  {title}")
    return 0
