"""newsdesk render ARTICLE_DIR [-o FILE | -o -] [--timeout SECONDS]"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import quote

from editor import resources
from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    open_article,
    print_json,
)
from editor.model.article import META_DIR
from editor.model.atomic import atomic_write
from editor.model.confine import article_subdir
from editor.render import PreviewImages, RenderError, RenderLimits, render_isolated

PREVIEW_NAME = "preview.html"


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "render",
        help="write the article as an HTML page with local images, for a quick look",
        description="Render the article to a complete HTML page that uses the photos in the "
        "article folder, and print the page's path. Default output: "
        "ARTICLE_DIR/.newsdesk/preview.html. For publishing, use 'newsdesk export'.",
        exit_status=["1  the article could not be rendered (too slow, too big, broken)"],
        examples=["newsdesk render ~/Newsdesk/articles/sommerfest -o /tmp/sommerfest.html",
                  "newsdesk render ~/Newsdesk/articles/sommerfest -o - | less"])
    p.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    p.add_argument("-o", "--out", dest="output", metavar="FILE",
                   help="where to write the page; '-' prints it (URLs relative to ARTICLE_DIR)")
    p.add_argument("--output", dest="output", help=argparse.SUPPRESS)  # the old name
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up when rendering takes longer (default: render_timeout_seconds "
                   "in newsdesk.toml, 10)")
    add_output_options(p, json_help="print the page's path as JSON")
    p.set_defaults(func=run)


def _relative_url(target: Path, from_folder: Path) -> str:
    """A URL from a page in ``from_folder`` to ``target``; file:// across drives."""
    try:
        rel = os.path.relpath(target, from_folder)
    except ValueError:  # another drive on Windows
        return target.as_uri()
    return quote(Path(rel).as_posix())


def run(args: argparse.Namespace) -> int:
    if args.json and args.output == "-":
        return fail("--json and '-o -' do not go together: the page is the output")
    article, config, _root = open_article(args.article)
    if args.output == "-":
        out_folder = article.folder
    elif args.output:
        out_path = Path(args.output).expanduser().resolve()
        out_folder = out_path.parent
    else:
        out_path = article_subdir(article.folder, META_DIR) / PREVIEW_NAME
        out_folder = out_path.parent
    photos_base = _relative_url(article.folder, out_folder)
    photos_base = "" if photos_base == "." else photos_base + "/"
    css_href = _relative_url(resources.path("css/article.css"), out_folder)
    # the time and memory limits of newsdesk.toml; --timeout overrides the time
    limits = RenderLimits.from_config(config)
    if args.timeout is not None:
        if not args.timeout > 0:
            return fail("--timeout must be more than 0 seconds")
        limits = RenderLimits(timeout=args.timeout, memory_mb=limits.memory_mb)
    try:
        page, _body = render_isolated(article, config, PreviewImages(article, photos_base),
                                      css_href=css_href, limits=limits)
    except RenderError as exc:
        return fail(exc.message, article.path, status=1)
    if args.output == "-":
        sys.stdout.write(page)
        return 0
    out_folder.mkdir(parents=True, exist_ok=True)
    atomic_write(out_path, page.encode("utf-8"))
    if args.json:
        print_json({"page": str(out_path)})
        return 0
    print(out_path)
    return 0
