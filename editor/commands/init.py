"""newsdesk init DIR [--sample]"""

from __future__ import annotations

import argparse

from editor import resources
from editor.commands._common import add_output_options, command_parser, print_json
from editor.model.atomic import atomic_write
from editor.model.config import CONFIG_NAME, load_config
from editor.model.workspace import ARTICLES_DIR, Workspace, copy_tree


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "init", help="create a workspace",
        description="Create a workspace in DIR (created if missing, else it must be empty "
        "of a workspace): newsdesk.toml and an articles folder. Prints the workspace folder.",
        examples=["newsdesk init ~/Newsdesk --site-name 'Stadt Beispielhausen'",
                  "newsdesk init /tmp/try --sample --language en --json"])
    p.add_argument("dir", metavar="DIR", help="the workspace folder to create")
    p.add_argument("--site-name", default="Newsdesk",
                   help="the website's name (default: Newsdesk)")
    p.add_argument("--language", choices=("de", "en"), default="de",
                   help="content language: de or en (default: de)")
    p.add_argument("--sample", action="store_true",
                   help="start from the sample workspace (its settings and articles)")
    add_output_options(p, json_help="print the workspace as JSON", quiet=False)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ws = Workspace.init(args.dir, site_name=args.site_name, language=args.language)
    if args.sample:
        sample = resources.path("sample-workspace")
        atomic_write(ws.root / CONFIG_NAME, (sample / CONFIG_NAME).read_bytes())
        copy_tree(sample / ARTICLES_DIR, ws.articles_dir)
        load_config(ws.root / CONFIG_NAME)
    if getattr(args, "json", False):
        config = load_config(ws.root / CONFIG_NAME)
        print_json({"workspace": str(ws.root), "site_name": config.site_name,
                    "language": config.language, "sample": bool(args.sample)})
        return 0
    print(ws.root)
    return 0
