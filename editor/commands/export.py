"""newsdesk export ARTICLE_DIR --out DIR [--zip] [--jobs N] [--as NAME] [--force]

An export with nothing changed first asks editor.publish.quick, which compares what the
last export's check read with the files without loading the article, the settings or the
validation; only when something differs (or with --force) is the article checked and
exported in full, and its record kept for the next time.
"""

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
from editor.commands._problems import format_line, ordered, print_problems, shown_path
from editor.commands._user import acting_user
from editor.model.errors import NewsdeskError, WorkspaceError
from editor.publish import quick
from editor.publish.errors import check_out_dir

# The article, settings, validation and export modules load only when the export is not
# known to be up to date (editor.publish.quick): most of the command's start-up.

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
    if not args.force:
        done = _up_to_date(args, folder, root, out)
        if done is not None:
            return done
    from editor.commands._problems import file_lines, position, source_lines
    from editor.model.checked import load_checked
    from editor.model.config import CONFIG_NAME, config_from_bytes, read_config_bytes
    from editor.publish.bundle import ExportRefused, export_article

    review_before = quick.review_listing(folder)  # before the snapshot reads the log
    config_raw = read_config_bytes(root / CONFIG_NAME)
    config = config_from_bytes(config_raw, root / CONFIG_NAME)
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
    # The warnings with their places: as printed now (article.md as it is now, as ever),
    # and as kept for the next up-to-date export (in the bytes the snapshot checked).
    lines = file_lines(folder / "article.md") if result.warnings else []
    checked = source_lines(snapshot.source)
    shown = [{"problem": w.to_dict(), "position": position(w, lines)} for w in result.warnings]
    quick.remember(folder, root, out, args.zip, snap=snapshot, config=config,
                   config_raw=config_raw, result=result, review_before=review_before,
                   warnings=[{"problem": w.to_dict(), "position": position(w, checked)}
                             for w in result.warnings])
    return _report(args, result.bundle, result.zip, result.up_to_date, shown)


def _up_to_date(args: argparse.Namespace, folder: Path, root: Path, out: Path) -> int | None:
    """The export when editor.publish.quick shows that nothing changed: the 'published'
    event recorded and the result printed as the full export prints it; None otherwise."""
    hit = quick.lookup(folder, root, out, args.zip)
    stamp = None if hit is None else quick.still_exported(hit, root, out, args.zip)
    if hit is None or stamp is None:
        return None
    from editor.model import review

    try:
        event = review.record_published_in(folder, hit.content_hash, acting_user(args.name),
                                           f"bundle {stamp.bundle_hash}",
                                           bundle_hash=stamp.bundle_hash)
    except NewsdeskError:
        return None  # the full export records it, or says why it could not
    quick.published(hit, folder, event.file)
    bundle = out / hit.name
    return _report(args, bundle, out / f"{hit.name}.zip" if args.zip else None, True,
                   hit.warnings)


def _report(args: argparse.Namespace, bundle: Path, zip_path: Path | None, up_to_date: bool,
            warnings: list[dict]) -> int:
    """Print the result: the same for a full and an up-to-date export. ``warnings``:
    ``{"problem": Problem.to_dict(), "position": [line, column] or None}``."""
    if args.json:
        print_json({"bundle": str(bundle), "zip": None if zip_path is None else str(zip_path),
                    "up_to_date": up_to_date, "warnings": [w["problem"] for w in warnings]})
        return 0
    if not args.quiet:
        shown = shown_path(args.article)
        for w in ordered(warnings, key=lambda w: w["problem"]["severity"]):
            p = w["problem"]
            where = tuple(w["position"]) if w["position"] else None
            print(format_line(shown, where, p["severity"], p["code"], p["message"]),
                  file=sys.stderr)
    if up_to_date and not args.quiet:
        print("newsdesk: up to date: nothing changed since the last export into this "
              "folder, and its bundle is intact (--force writes it again)", file=sys.stderr)
    print(bundle)
    if zip_path is not None:
        print(zip_path)
    return 0
