"""newsdesk sync [WORKSPACE_DIR] [--status] [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands._common import add_output_options, command_parser, fail, note, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "sync", help="send and receive the workspace's changes through its Git remote",
        description="Commit the workspace's pending content (articles, photos, review "
        "events, dictionary, settings; never caches), take the remote's changes (rebase) and "
        "send yours. A conflict on an article keeps the remote text in article.md and yours "
        "in the article's history and a conflict copy beside it. With --status, only say "
        "where the workspace stands (no network).",
        exit_status=["1  synced, but with conflicts (listed with both versions' places)",
                     "2  the remote cannot be reached, or not a Git repository (your "
                     "changes stay committed here)"],
        examples=["newsdesk sync ~/Newsdesk",
                  "newsdesk sync --status ~/Newsdesk --json"])
    p.add_argument("workspace", metavar="WORKSPACE_DIR", nargs="?", default=".",
                   help="the workspace folder (default: the current folder)")
    p.add_argument("--status", action="store_true",
                   help="show ahead/behind, pending changes, last sync and conflicts")
    p.add_argument("--name", default=None,
                   help="author name for the commits (default: git's user.name)")
    p.add_argument("--email", default=None,
                   help="author e-mail for the commits (default: git's user.email)")
    add_output_options(p, json_help="print the result as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.sync import engine
    from editor.sync.git import GitError

    root = Path(args.workspace).expanduser()
    if not root.is_dir():
        return fail("no such workspace folder", root)
    try:
        if args.status:
            return _status(args, engine.status(root))
        result = engine.sync(root, name=args.name, email=args.email)
    except GitError as exc:
        return fail(exc.message, exc.path)
    for text in result.repaired:
        note(args, f"newsdesk: {text}")
    for text in result.warnings:
        note(args, f"newsdesk: warning: {text}")
    if args.json:
        print_json(result.to_json())
    else:
        for c in result.conflicts:
            print(f"conflict: {c.path}: {c.note}", file=sys.stdout)
            print(f"  now in the file (remote): {root / c.kept}")
            if c.local_copy:
                print(f"  yours: {root / c.local_copy}")
            if c.history_version:
                print(f"  yours, in the history: {c.history_version}")
        if not args.quiet:
            note(args, f"newsdesk: synchronised: {result.received} received, "
                 f"{result.sent} sent" + (f", {len(result.committed)} committed"
                                          if result.committed else ""))
    hard = [c for c in result.conflicts if c.kind in ("article", "file", "photo")]
    return 1 if hard else 0


def _status(args: argparse.Namespace, st: object) -> int:
    from editor.sync.engine import Status

    assert isinstance(st, Status)
    if not st.repository:
        if args.json:
            print_json(st.to_json())
            return 2
        return fail("this workspace is not a Git repository", Path(args.workspace))
    if args.json:
        print_json(st.to_json())
        return 0
    print(f"branch: {st.branch or '-'}   remote: {st.remote or 'none'}")
    print(f"not yet sent: {st.ahead} commit(s)   not yet received: {st.behind} commit(s) "
          "(as of the last sync)")
    print(f"changes not yet committed: {len(st.pending)}")
    print(f"last sync: {st.last_sync or 'never'}")
    if st.last_error:
        print(f"last error: {st.last_error}")
    for path in st.conflicts:
        print(f"conflict copy: {path}")
    for text in st.interrupted:
        print(f"interrupted: {text} (the next sync repairs it)")
    return 0
