"""newsdesk list WORKSPACE [--status STATE] [--search TEXT] [--json]

An unreadable article is listed (marked unreadable, with file, line and reason) and never
stops the list: the exit status is 0 whenever the workspace itself could be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

# editor.model.review.STATES, written out so that `newsdesk --help` and a warm list need not
# import the review module (a test checks they agree).
STATES = ("draft", "in_review", "changes_requested", "approved", "changed_since_approval",
          "published")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="list the articles of a workspace")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--status", choices=STATES, help="only articles in this review state")
    p.add_argument("--search", metavar="TEXT", help="only articles containing TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.model.workspace import Workspace

    ws = Workspace.open(args.workspace)
    ws.index.processes = os.cpu_count() or 1  # a cold index is read by every core
    items = ws.list_articles(status=args.status, search=args.search)
    if args.json:
        import json

        text = json.dumps([s.to_dict() for s in items], ensure_ascii=False, indent=2,
                          default=str) + "\n"
    else:
        lines = []
        for s in items:
            d = s.date
            date = f"{d.day:02}.{d.month:02}.{d.year}" if isinstance(d, dt.date) else (d or "-")
            title = s.title if not s.error else f"{s.title}  (unreadable: {s.error})"
            lines.append(f"{date:<10}  {s.status:<22}  {s.slug:<40}  {title}\n")
        text = "".join(lines)
    _write(text)
    return 0


def _write(text: str) -> None:
    """Write to stdout; a reader that stops early (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush stays quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
