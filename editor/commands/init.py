"""newsdesk init DIR [--sample]"""

from __future__ import annotations

import argparse

from editor import resources
from editor.model.atomic import atomic_write
from editor.model.config import CONFIG_NAME, load_config
from editor.model.workspace import ARTICLES_DIR, Workspace, copy_tree


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a workspace")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--site-name", default="Newsdesk", help="the website's name")
    p.add_argument("--language", choices=("de", "en"), default="de", help="content language")
    p.add_argument("--sample", action="store_true",
                   help="start from the sample workspace (its settings and articles)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.init(args.dir, site_name=args.site_name, language=args.language)
    if args.sample:
        sample = resources.path("sample-workspace")
        atomic_write(ws.root / CONFIG_NAME, (sample / CONFIG_NAME).read_bytes())
        copy_tree(sample / ARTICLES_DIR, ws.articles_dir)
        load_config(ws.root / CONFIG_NAME)
    print(ws.root)
    return 0
