"""newsdesk trash list WORKSPACE [--json] | newsdesk trash restore WORKSPACE NAME"""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.commands._common import add_output_options, command_parser, print_json
from editor.model import trash
from editor.model.workspace import Workspace


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "trash", help="list or restore deleted articles",
        description="Deleted articles (the app's Delete Article, 'newsdesk delete') wait in "
        "the workspace's .trash folder until restored.",
        examples=["newsdesk trash list ~/Newsdesk",
                  "newsdesk trash restore ~/Newsdesk 20250712T101500123456Z-sommerfest"])
    actions = p.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = command_parser(
        actions, "list", help="show what is in the trash, newest first",
        examples=["newsdesk trash list ~/Newsdesk",
                  "newsdesk trash list ~/Newsdesk --json | jq -r '.[0].name'"])
    listing.add_argument("workspace", metavar="WORKSPACE", help="the workspace folder")
    add_output_options(listing, json_help="print the trash as JSON", quiet=False)
    listing.set_defaults(func=run_list)
    back = command_parser(
        actions, "restore", help="put an article back (under a free name)",
        description="Move an article from the trash back into the articles folder, under "
        "its old name or, when that is taken, a free variant (<slug>-2, ...).",
        examples=["newsdesk trash restore ~/Newsdesk 20250712T101500123456Z-sommerfest",
                  "newsdesk trash restore ~/Newsdesk \"$(newsdesk trash list ~/Newsdesk "
                  "--json | jq -r '.[0].name')\"  # the last deleted"])
    back.add_argument("workspace", metavar="WORKSPACE", help="the workspace folder")
    back.add_argument("name", metavar="NAME", help="the name shown by 'trash list'")
    add_output_options(back, json_help="print the restored folder as JSON")
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
    if args.json:
        print_json({"restored": args.name, "slug": folder.name, "folder": str(folder)})
        return 0
    if not args.quiet:
        print(f"restored as articles/{folder.name}")
    return 0
