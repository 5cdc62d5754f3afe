"""newsdesk export-site WORKSPACE_DIR --out DIR [--as NAME] [--per-page N]

(The file is named like the command, as import.py is: the command table imports
editor.commands.<command>.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    note,
    print_json,
    print_problems,
)
from editor.commands._user import acting_user
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import WorkspaceError

HELP = "write every published article's bundle, index pages, Atom feed and sitemap"


def _per_page(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "export-site", help=HELP,
        exit_status=["1  refused: a published article cannot be exported (its problems are "
                     "listed on stderr); the earlier site is left as it was"],
        examples=["newsdesk export-site ~/Newsdesk -o ~/Website/aktuelles",
                  "newsdesk export-site ~/Newsdesk -o out --per-page 10 --json"],
        description="Export the news section of a workspace into DIR: the bundle of every "
        "published article (its current content approved, or exported as it is) in "
        "DIR/<slug>/, exactly as 'newsdesk export' writes it, plus DIR/index.html (newest "
        "first; DIR/page/2/index.html and so on), DIR/feed.xml (Atom, lead images as "
        "enclosures) and DIR/sitemap.xml (absolute URLs from base_url). Other articles are "
        "named on stderr and left out. DIR must be outside the workspace and empty, new or "
        "an earlier site export; it is replaced as a whole. The same workspace gives "
        "byte-identical files. Prints DIR on stdout.")
    p.add_argument("workspace", metavar="WORKSPACE_DIR", help="the workspace folder")
    p.add_argument("-o", "--out", required=True, metavar="DIR",
                   help="the site folder to write (replaced as a whole)")
    p.add_argument("--per-page", type=_per_page, default=20, metavar="N",
                   help="articles on each index page (default: 20)")
    p.add_argument("--as", dest="name", metavar="NAME", default=None,
                   help="your name, recorded in each article's 'published' review event "
                   "(default: the name in the app's settings, else your login name)")
    add_output_options(p, json_help="print the folder, articles, skipped articles and pages "
                       "as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.publish.bundle import check_out_dir
    from editor.publish.site import SiteRefused, export_site

    if args.name is not None and not args.name.strip():
        return fail("--as needs a name")
    root = Path(args.workspace).expanduser().resolve()
    if not (root / CONFIG_NAME).is_file():
        raise WorkspaceError(f"not a workspace (no {CONFIG_NAME})", root)
    check_out_dir(Path(args.out).expanduser(), root)  # exit 2 before reading anything else
    config = load_config(root / CONFIG_NAME)
    try:
        result = export_site(root, config, Path(args.out), by=acting_user(args.name),
                             per_page=args.per_page)
    except SiteRefused as exc:
        if args.json:
            return fail(exc.message, exc.path, status=1, problems={
                slug: [p.to_dict() for p in problems]
                for slug, problems in sorted(exc.problems.items())})
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        for slug, problems in sorted(exc.problems.items()):
            print(f"{Path('articles', slug, 'article.md')}:", file=sys.stderr)
            print_problems(problems)
        return 1
    if args.json:
        print_json({"folder": str(result.folder), "articles": list(result.articles),
                    "skipped": [{"article": a, "state": s} for a, s in result.skipped],
                    "pages": result.pages})
        return 0
    for folder, state in result.skipped:
        note(args, f"newsdesk: not published, left out: {folder} ({state})")
    print(result.folder)
    return 0
