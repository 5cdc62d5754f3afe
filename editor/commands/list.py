"""newsdesk list WORKSPACE [--status STATE] [--search TEXT] [--json]

An unreadable article is listed (marked unreadable, with file, line and reason) and never
stops the list: the exit status is 0 whenever the workspace itself could be read.
"""

from __future__ import annotations

import argparse
import os
import sys

# editor.model.review.STATES, written out so that `newsdesk --help` and a warm list need not
# import the review module (a test checks they agree).
STATES = ("draft", "in_review", "changes_requested", "approved", "changed_since_approval",
          "published")


def register(sub: argparse._SubParsersAction) -> None:
    # argparse directly: editor.commands._common would load the validation (start-up time)
    p = sub.add_parser(
        "list", help="list the articles of a workspace",
        description="List the articles of a workspace: date, review state, folder name and "
        "title, one line each.\nAn unreadable article is listed as such and never stops "
        "the list.",
        epilog="Exit status:\n  0  success\n  2  bad usage, or the workspace cannot be read "
        "(with --json: an error object on stdout)\n\nExamples:\n"
        "  newsdesk list ~/Newsdesk --status in_review\n"
        "  newsdesk list ~/Newsdesk --search Sommerfest --json | jq -r '.[].title'\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("workspace", metavar="WORKSPACE", help="the workspace folder")
    p.add_argument("--status", choices=STATES, help="only articles in this review state")
    p.add_argument("--search", metavar="TEXT", help="only articles containing TEXT")
    p.add_argument("--json", action="store_true",
                   help="print the articles as JSON (docs/cli-json.md); errors too, as "
                   '{"error": {...}} on stdout')
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.model.index import ArticleIndex
    from editor.model.workspace import ARTICLES_DIR, listing_language, workspace_root

    # What Workspace.open and .index do, with the settings read only when changed.
    root = workspace_root(args.workspace)
    index = ArticleIndex(root / ARTICLES_DIR)
    language = listing_language(root, index)
    index.processes = os.cpu_count() or 1  # a cold index is read by every core
    # The text for search is read on the first search, not for a plain list.
    index.read_text = bool(args.search and args.search.strip())
    index.refresh()  # what Workspace.list_articles does, here with plain rows to print
    if args.json:
        import json

        items = index.query(status=args.status, search=args.search)
        text = json.dumps([s.to_dict() for s in items], ensure_ascii=False, indent=2,
                          default=str) + "\n"
    else:
        # Each row keeps its line, formatted when the row was written (index.store)
        day = "a.day_de" if language == "de" else "a.day_en"
        found = index.rows(args.status, args.search, columns=f"{day} || a.tail")
        text = "".join([line for (line,) in found])
    _write(text)
    return 0


def _line(row: tuple, german: bool) -> str:
    """One article, one line: date, state, folder name and title. (What the index keeps
    with each row, see index.write.line_parts; tests compare the two.)"""
    slug, title, date, is_date, status, error = row
    # ISO text when is_date: printed as day.month.year (the year without padding) in a
    # German workspace, as the ISO date in an English one
    day = f"{date[8:10]}.{date[5:7]}.{int(date[:4])}" if is_date and german else date or "-"
    # one article, one line: a line break in a hand-edited title is shown escaped
    title = title.replace("\r", "\\r").replace("\n", "\\n")
    if error:
        title = f"{title}  (unreadable: {error})"
    return f"{day:<10}  {status:<22}  {slug:<40}  {title}\n"


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
