"""newsdesk delete ARTICLE_DIR [--json]: move an article to the workspace's trash.

The same move as the app's Delete Article (editor.model.trash): a rename into
``<workspace>/.trash/``, refused while someone else has the article open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    find_workspace_root,
    print_json,
)
from editor.model import lock, trash
from editor.model.article import ARTICLE_FILE
from editor.model.errors import WorkspaceError


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "delete", help="move an article to the workspace's trash",
        description="Move an article folder (text, photos, review events, history) into "
        "the workspace's .trash folder, as the app's Delete Article does. 'newsdesk trash "
        "list' shows it, 'newsdesk trash restore' puts it back. Refused while someone else "
        "has the article open in the app.",
        exit_status=["1  not deleted: someone else has the article open"],
        examples=["newsdesk delete ~/Newsdesk/articles/sommerfest",
                  "newsdesk delete ~/Newsdesk/articles/sommerfest --json | jq -r .name"])
    p.add_argument("article", metavar="ARTICLE_DIR",
                   help="the article's folder (inside the workspace's articles folder)")
    add_output_options(p, json_help="print what was moved as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.article).expanduser().resolve()
    if folder.name == ARTICLE_FILE:
        folder = folder.parent
    if not folder.is_dir():
        raise WorkspaceError("no such article folder", folder)
    root = find_workspace_root(folder)
    if folder.parent != root / trash.ARTICLES_DIR:
        raise WorkspaceError(f"not an article folder: articles are folders in {root / 'articles'}",
                             folder)
    try:
        entry = trash.move_to_trash(root, folder.name)
    except lock.LockedError as exc:
        return fail(f"not deleted: this article is {exc.info.describe()}; delete it once it "
                    "is closed", folder, status=1)
    if args.json:
        print_json({"name": entry.name, "slug": entry.slug, "title": entry.title,
                    "deleted_at": entry.deleted_at.isoformat(), "path": str(entry.path)})
        return 0
    if not args.quiet:
        print(f"moved “{entry.title}” to the trash as {entry.name}")
    return 0
