"""newsdesk history ARTICLE_DIR [--diff N | --restore N] [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    find_workspace_root,
    print_json,
)
from editor.model import history, lock, storage
from editor.model.article import ARTICLE_FILE
from editor.model.config import CONFIG_NAME, load_config
from editor.model.errors import NewsdeskError, WorkspaceError


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "history", help="list, compare and restore earlier versions of an article",
        description="Every save keeps the text it replaces. Versions are numbered newest "
        "first; restoring one is itself a new version. Without --diff or --restore, lists "
        "the versions.",
        exit_status=["1  not restored: someone else has the article open (see --force)"],
        examples=["newsdesk history ~/Newsdesk/articles/sommerfest --diff 2",
                  "newsdesk history ~/Newsdesk/articles/sommerfest --restore 2"])
    p.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--diff", type=int, metavar="N",
                       help="show what restoring version N would change")
    group.add_argument("--restore", type=int, metavar="N", help="make version N current")
    p.add_argument("--force", action="store_true",
                   help="restore even while someone has the article open")
    add_output_options(p, json_help="print the versions, the diff or the restore as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.article).expanduser().resolve()
    if folder.name == ARTICLE_FILE:
        folder = folder.parent
    if not (folder / ARTICLE_FILE).is_file():
        raise WorkspaceError("no article.md in this folder", folder)
    if args.diff is not None:
        lines = history.diff_with_current(folder, args.diff)
        if args.json:
            print_json({"version": args.diff, "diff": list(lines)})
            return 0
        sys.stdout.writelines(line + "\n" for line in lines)
        return 0
    if args.restore is not None:
        return _restore(args, folder, args.restore, args.force)
    versions = history.list_versions(folder)
    if args.json:
        print_json([{"number": v.number, "saved_at": v.saved_at.isoformat(),
                     "size": v.size, "path": str(v.path)} for v in versions])
        return 0
    if not versions:
        print("no earlier versions")
        return 0
    for v in versions:
        when = v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{v.number:>3}  {when}  {v.size:>9} bytes  {_title(v)}")
    return 0


def _restore(args: argparse.Namespace, folder: Path, number: int, force: bool) -> int:
    holder = lock.read_lock(folder)
    stale_hours = _stale_hours(folder)
    if holder is not None and not force and not lock.is_stale(holder, stale_hours):
        return fail(f"not restored: this article is {holder.describe()} "
                    "(use --force to restore anyway; their next save will then be refused "
                    "as a conflict instead of overwriting)", folder, status=1)
    storage.restore_version(folder, number)
    title = storage.load(folder).article.title
    if args.json:
        print_json({"restored": number, "title": title, "folder": str(folder)})
        return 0
    if not args.quiet:
        print(f"restored version {number} of “{title}”; the replaced text is now version 1")
    return 0


def _stale_hours(folder: Path) -> float:
    try:
        return load_config(find_workspace_root(folder) / CONFIG_NAME).lock_stale_hours
    except NewsdeskError:  # a broken config must not block a restore
        return lock.DEFAULT_STALE_HOURS


def _title(version: history.Version) -> str:
    try:
        text = version.read_text()
    except history.HistoryError:
        return "(unreadable)"
    for line in text.split("\n")[1:40]:
        if line.startswith("title:"):
            return line[6:].strip().strip("'\"")
        if line.strip() == "---":
            break
    return ""
