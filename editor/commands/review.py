"""newsdesk review submit|approve|request-changes|comment|reopen|status|diff|pdf ARTICLE_DIR"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    note,
    open_article,
    print_json,
    print_usage,
)
from editor.commands._problems import print_problems, shown_path
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
    "submit": "submit the article for review (state: in_review)",
    "approve": "approve the article as it is now (state: approved)",
    "request-changes": "ask for changes, --note says which (state: changes_requested)",
    "comment": "add a comment (--note); the state stays",
    "reopen": "return the article to draft (state: draft)",
}
_STATES_TEXT = (
    "Actions and the review state they lead to: submit -> in_review, approve -> approved, "
    "request-changes -> changes_requested, reopen -> draft; comment keeps the state. "
    "Editing an approved article makes it changed_since_approval; a successful export "
    "makes it published. 'newsdesk list --status STATE' uses the state names.")


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "review", help="review and approve an article", description=_STATES_TEXT,
        exit_status=["1  the action was refused (e.g. approving an article with errors)"],
        examples=["newsdesk review submit ~/Newsdesk/articles/sommerfest --as 'Ana Beck'",
                  "newsdesk review status ~/Newsdesk/articles/sommerfest --json"])
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    art = "~/Newsdesk/articles/sommerfest"
    for word, kind in ACTIONS.items():
        a = command_parser(
            actions, word, help=HELP[word],
            description=f"{HELP[word][:1].upper()}{HELP[word][1:]}. {_STATES_TEXT}",
            exit_status=["1  refused: the article's state or content does not allow it"],
            examples=[f"newsdesk review {word} {art} --as 'Ana Beck' --note 'Bitte kürzen'",
                      f"newsdesk review {word} {art} --as 'Ana Beck' --json"])
        a.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
        a.add_argument("--as", dest="name", required=True, metavar="NAME",
                       help="your name, recorded with the event")
        a.add_argument("--note", default="", metavar="TEXT",
                       help="a note recorded with the event")
        add_output_options(a, json_help="print the event and the new state as JSON")
        a.set_defaults(func=_act, kind=kind)
    s = command_parser(actions, "status", help="show the review state and history",
                       examples=[f"newsdesk review status {art}",
                                 f"newsdesk review status {art} --json | jq -r .state"])
    s.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    add_output_options(s, json_help='print {"state", "content_hash", "approval", "events"}',
                       quiet=False)
    s.set_defaults(func=_status)
    d = command_parser(actions, "diff", help="show the changes since the latest approval",
                       examples=[f"newsdesk review diff {art}",
                                 f"newsdesk review diff {art} --json"])
    d.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    add_output_options(d, json_help="print the changes as JSON (null when never approved)",
                       quiet=False)
    d.set_defaults(func=_diff)
    f = command_parser(
        actions, "pdf", help="write the review PDF (sign-off sheet) without the window",
        description="Render the article as the preview shows it and print it to FILE.pdf "
        "with the review state, short content hash, date and 'page x of y' in the footer "
        "of every page. Uses Qt WebEngine (offscreen when there is no display).",
        exit_status=["1  the PDF could not be made (rendering failed, no Qt WebEngine)"],
        examples=[f"newsdesk review pdf {art} -o /tmp/sommerfest.pdf",
                  f"newsdesk review pdf {art} -o sheet.pdf --lang en"])
    f.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    f.add_argument("-o", "--out", dest="output", required=True, metavar="FILE.pdf",
                   help="the PDF file to write")
    f.add_argument("--output", dest="output", help=argparse.SUPPRESS)  # the old name
    f.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="language of the footer (default: the workspace's language)")
    add_output_options(f, json_help='print {"pdf": FILE} as JSON')
    f.set_defaults(func=_pdf)
    p.set_defaults(func=lambda args: print_usage(p))


def _act(args: argparse.Namespace) -> int:
    if not args.name.strip():
        return fail("--as needs a name")
    article, config, root = open_article(args.article)
    outside = []
    if args.kind == "approved":  # a page the frame breaks cannot be published: not approved
        from editor.render.frame_check import frame_problems

        outside = frame_problems(root)
    try:
        event = review.add_event(article, args.kind, args.name, args.note, config=config,
                                 outside_problems=outside)
    except review.ReviewError as exc:
        if args.json:
            return fail(exc.message, exc.path, exc.line, status=1,
                        problems=[p.to_dict() for p in exc.problems])
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        print_problems(exc.problems, shown_path(args.article), article.path)
        return 1
    state = review.state_of(article)
    if event.extra.get("self_approval") and config.self_approval == "warn":
        note(args, f"warning: {event.by} approved their own article (they submitted it); "
             "newsdesk.toml asks for a second person (review.self_approval = \"warn\")")
    if args.json:
        print_json({"event": event.to_dict(), "state": state})
        return 0
    if not args.quiet:
        print(f"{event.kind} by {event.by} at {event.at} (content "
              f"{short(event.content_hash)}); now {state}")
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
        return fail("no such folder", target.parent)
    if target.is_dir():
        return fail("is a folder, give a file name", target)
    try:
        # Qt only here: the command line never imports it otherwise (tests/test_layers.py)
        from editor.gui.review.sheet import SheetError, write_review_pdf
    except ImportError as exc:
        return fail(f"cannot make a PDF without Qt WebEngine: {exc}", status=1)
    with _quiet_stderr() as noise:
        try:
            write_review_pdf(article, config, target, args.lang or config.language)
        except (RenderError, SheetError) as exc:
            failure = exc.describe()
        else:
            failure = ""
    if failure:
        if not args.quiet:
            sys.stderr.write(noise())  # Qt's and Chromium's messages may say why
        return fail(f"not written: {failure}", status=1)
    if args.json:
        print_json({"pdf": str(target)})
        return 0
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
