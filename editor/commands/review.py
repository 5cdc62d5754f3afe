"""newsdesk review submit|approve|request-changes|comment|reopen|status|diff|pdf ARTICLE_DIR"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from editor.commands._common import open_article, print_json, print_problems, print_usage
from editor.model import review
from editor.model.config import LANGUAGES
from editor.model.contenthash import short
from editor.render.errors import RenderError

# CLI word -> event kind
ACTIONS = {
    "submit": "submitted",
    "approve": "approved",
    "request-changes": "changes_requested",
    "comment": "comment",
    "reopen": "reopened",
}
HELP = {
    "submit": "submit the article for review",
    "approve": "approve the article as it is now",
    "request-changes": "ask for changes (--note says which)",
    "comment": "add a comment (--note)",
    "reopen": "return the article to draft",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="review and approve an article")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    for word, kind in ACTIONS.items():
        a = actions.add_parser(word, help=HELP[word])
        a.add_argument("article", metavar="ARTICLE_DIR")
        a.add_argument("--as", dest="name", required=True, metavar="NAME",
                       help="your name, recorded with the event")
        a.add_argument("--note", default="", metavar="TEXT")
        a.set_defaults(func=_act, kind=kind)
    s = actions.add_parser("status", help="show the review state and history")
    s.add_argument("article", metavar="ARTICLE_DIR")
    s.add_argument("--json", action="store_true",
                   help='print {"state", "content_hash", "approved_hash", "events"}')
    s.set_defaults(func=_status)
    d = actions.add_parser("diff", help="show the changes since the latest approval")
    d.add_argument("article", metavar="ARTICLE_DIR")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_diff)
    f = actions.add_parser(
        "pdf", help="write the review PDF (sign-off sheet) without the window",
        description="Render the article as the preview shows it and print it to FILE.pdf "
        "with the review state, short content hash, date and 'page x of y' in the footer "
        "of every page. Uses Qt WebEngine (offscreen when there is no display).")
    f.add_argument("article", metavar="ARTICLE_DIR")
    f.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    f.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the footer (default: the workspace's language)")
    f.set_defaults(func=_pdf)
    p.set_defaults(func=lambda args: print_usage(p))


def _act(args: argparse.Namespace) -> int:
    if not args.name.strip():
        print("newsdesk: --as needs a name", file=sys.stderr)
        return 2
    article, config, _root = open_article(args.article)
    try:
        event = review.add_event(article, args.kind, args.name, args.note, config=config)
    except review.ReviewError as exc:
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        print_problems(exc.problems)
        return 1
    state = review.state_of(article)
    print(f"{event.kind} by {event.by} at {event.at} (content {short(event.content_hash)});"
          f" now {state}")
    if event.extra.get("self_approval") and config.self_approval == "warn":
        print(f"warning: {event.by} approved their own article (they submitted it); "
              "newsdesk.toml asks for a second person (review.self_approval = \"warn\")",
              file=sys.stderr)
    return 0


def _status(args: argparse.Namespace) -> int:
    article, _config, _root = open_article(args.article)
    st = review.status(article)
    for path, why in st.broken:
        print(f"warning: unreadable review event {path}: {why}", file=sys.stderr)
    if args.json:
        data = st.to_dict()
        data.pop("unreadable")
        print_json(data)
        return 0
    print(f"state: {st.state}")
    print(f"content: {st.content_hash}")
    if st.approval is not None:
        a = st.approval
        print(f"approved: {a.content_hash} by {a.by} at {a.at}")
    for e in st.events:
        note = f": {e.note}" if e.note else ""
        own = " (approved their own submission)" if e.extra.get("self_approval") else ""
        print(f"  {e.at}  {e.kind:<17} {e.by}{own}  [{short(e.content_hash)}]{note}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    article, _config, _root = open_article(args.article)
    diff = review.changes_since_approval(article)
    if diff is None:
        if args.json:
            print_json(None)
        else:
            print("never approved: nothing to compare with")
        return 0
    if args.json:
        print_json(diff.to_dict())
    else:
        sys.stdout.write(diff.to_text())
    return 0


def _pdf(args: argparse.Namespace) -> int:
    article, config, _root = open_article(args.article)  # unreadable: exit 2
    target = Path(args.output).expanduser().resolve()
    if not target.parent.is_dir():
        print(f"newsdesk: {target.parent}: no such folder", file=sys.stderr)
        return 2
    if target.is_dir():
        print(f"newsdesk: {target}: is a folder, give a file name", file=sys.stderr)
        return 2
    try:
        # Qt only here: the command line never imports it otherwise (tests/test_layers.py)
        from editor.gui.review.sheet import SheetError, write_review_pdf
    except ImportError as exc:
        print(f"newsdesk: cannot make a PDF without Qt WebEngine: {exc}", file=sys.stderr)
        return 1
    with _quiet_stderr() as noise:
        try:
            write_review_pdf(article, config, target, args.lang or config.language)
        except (RenderError, SheetError) as exc:
            failure = exc.describe()
        else:
            failure = ""
    if failure:
        sys.stderr.write(noise())  # Qt's and Chromium's messages may say why
        print(f"newsdesk: not written: {failure}", file=sys.stderr)
        return 1
    print(target)
    return 0


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[Callable[[], str]]:
    """Keep the messages Qt and Chromium write straight to file descriptor 2 (no GPU, no
    sandbox as root, ...) off the terminal; the caller shows them when something failed."""
    sys.stderr.flush()
    with tempfile.TemporaryFile() as sink:
        try:
            saved = os.dup(2)
        except OSError:
            yield lambda: ""
            return
        os.dup2(sink.fileno(), 2)
        text: list[str] = []
        try:
            yield lambda: "".join(text)
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            text.append(sink.read(64_000).decode("utf-8", "replace"))
