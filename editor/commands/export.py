"""newsdesk export ARTICLE_DIR --out DIR [--zip] [--jobs N] [--as NAME] [--force]"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    find_workspace_root,
    print_json,
)
from editor.commands._problems import print_problems, shown_path
from editor.commands._user import acting_user
from editor.model.checked import load_checked
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import WorkspaceError
from editor.publish.bundle import ExportRefused, check_out_dir, export_article

BAR_WIDTH = 30


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "export", help="write the publish-ready bundle: page, article.json, CSS, web images",
        exit_status=["1  refused: the article has errors (listed on stderr; see 'check')"],
        examples=["newsdesk export ~/Newsdesk/articles/sommerfest -o ~/Website/news --zip",
                  "newsdesk export ~/Newsdesk/articles/sommerfest -o out --as 'Ana Beck' --json"],
        description="Export an article to DIR/<slug>/ (and DIR/<slug>.zip with --zip). "
        "Prints the bundle path (then the zip path) on stdout. Refuses, listing every "
        "problem, when the article is not ready; an earlier bundle is then left as it was. "
        "When nothing changed since the last export into DIR (content, approval, settings, "
        "templates, Newsdesk) and the bundle there is intact, nothing is written and "
        "'up to date' is said on stderr.")
    p.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="folder to export into")
    p.add_argument("--zip", action="store_true", help="also write a reproducible <slug>.zip")
    p.add_argument("--jobs", type=_jobs, metavar="N",
                   help="photos processed in parallel (default: the number of CPUs)")
    p.add_argument("--as", dest="name", metavar="NAME", default=None,
                   help="your name, recorded in the 'published' review event (default: the "
                   "name in the app's settings, else your login name)")
    p.add_argument("--force", action="store_true",
                   help="write the bundle even when it is up to date")
    add_output_options(p, json_help="print the bundle, zip and warnings as JSON")
    p.set_defaults(func=run)


def progress_bar(stream: TextIO) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        stream.write(f"\rimages [{bar}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def run(args: argparse.Namespace) -> int:
    if args.name is not None and not args.name.strip():
        return fail("--as needs a name")
    folder = Path(args.article).expanduser().resolve()
    if folder.name == "article.md":
        folder = folder.parent
    if not folder.is_dir():
        raise WorkspaceError("no such article folder", folder)
    root = find_workspace_root(folder)
    out = Path(args.out).expanduser()
    check_out_dir(out, root)  # exit 2 before reading anything else
    config = load_config(root / CONFIG_NAME)
    snapshot = load_checked(folder, config)  # article.md is read once, here
    progress = progress_bar(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    try:
        result = export_article(snapshot, config, out,
                                workspace_root=root, make_zip=args.zip, jobs=args.jobs,
                                progress=progress, by=acting_user(args.name),
                                force=args.force)
    except ExportRefused as exc:
        if args.json:
            return fail(exc.message, exc.path, exc.line, status=1,
                        problems=[p.to_dict() for p in exc.problems])
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        print_problems(exc.problems, shown_path(args.article), folder / "article.md")
        return 1
    if args.json:
        print_json({"bundle": str(result.bundle), "zip": None if result.zip is None
                    else str(result.zip), "up_to_date": result.up_to_date,
                    "warnings": [w.to_dict() for w in result.warnings]})
        return 0
    if not args.quiet:
        print_problems(list(result.warnings), shown_path(args.article),
                       folder / "article.md")
    if result.up_to_date and not args.quiet:
        print("newsdesk: up to date: nothing changed since the last export into this "
              "folder, and its bundle is intact (--force writes it again)", file=sys.stderr)
    print(result.bundle)
    if result.zip is not None:
        print(result.zip)
    return 0
