"""newsdesk init DIR [--sample]"""

from __future__ import annotations

import argparse

from editor import resources
from editor.model.workspace import ARTICLES_DIR, Workspace, copy_tree


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a workspace")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--site-name", default="Newsdesk", help="the website's name")
    p.add_argument("--language", choices=("de", "en"), default="de", help="content language")
    p.add_argument("--sample", action="store_true", help="add the sample articles")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.init(args.dir, site_name=args.site_name, language=args.language)
    if args.sample:
        copy_tree(resources.path("sample-workspace") / ARTICLES_DIR, ws.articles_dir)
    print(ws.root)
    return 0
