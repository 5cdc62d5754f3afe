"""newsdesk trash list WORKSPACE [--json] | newsdesk trash restore WORKSPACE NAME"""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.commands._common import print_json
from editor.model import trash
from editor.model.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trash", help="list or restore deleted articles",
                       description="Deleted articles wait in the workspace's .trash folder.")
    actions = p.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="show what is in the trash, newest first")
    listing.add_argument("workspace", metavar="WORKSPACE")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)
    back = actions.add_parser("restore", help="put an article back (under a free name)")
    back.add_argument("workspace", metavar="WORKSPACE")
    back.add_argument("name", metavar="NAME", help="the name shown by 'trash list'")
    back.set_defaults(func=run_restore)


def run_list(args: argparse.Namespace) -> int:
    ws = Workspace.open(args.workspace)
    entries = trash.list_trash(ws.root)
    if args.json:
        print_json([{"name": e.name, "slug": e.slug, "title": e.title,
                     "deleted_at": e.deleted_at.isoformat()} for e in entries])
        return 0
    if not entries:
        print("the trash is empty")
    for e in entries:
        when = e.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {e.name:<50}  {e.title}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    ws = Workspace.open(args.workspace)
    folder: Path = trash.restore(ws.root, args.name)
    print(f"restored as articles/{folder.name}")
    return 0
