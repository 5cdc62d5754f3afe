"""newsdesk init DIR [--sample] [--site-name T] [--language de|en]"""

from __future__ import annotations

import argparse
import json
import re

from editor import resources
from editor.commands._common import add_output_options, command_parser, fail, print_json
from editor.model.atomic import atomic_write
from editor.model.config import CONFIG_NAME, load_config
from editor.model.workspace import ARTICLES_DIR, Workspace, copy_tree


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "init", help="create a workspace",
        description="Create a workspace in DIR (created if missing, else it must be empty "
        "of a workspace): newsdesk.toml and an articles folder. Prints the workspace folder.",
        examples=["newsdesk init ~/Newsdesk --site-name 'Stadt Beispielhausen'",
                  "newsdesk init /tmp/try --sample --language en --json",
                  "newsdesk init --git https://git.example.org/presse/newsdesk.git ~/Newsdesk",
                  "newsdesk init --git git@git.example.org:presse/newsdesk.git --lfs ~/Newsdesk"])
    p.add_argument("dir", metavar="DIR", help="the workspace folder to create")
    p.add_argument("--site-name", default=None,
                   help="the website's name (default: Newsdesk, with --sample the sample's)")
    p.add_argument("--language", choices=("de", "en"), default=None,
                   help="content language: de or en (default: de, with --sample the sample's)")
    p.add_argument("--sample", action="store_true",
                   help="start from the sample workspace (its settings and articles)")
    p.add_argument("--git", metavar="REMOTE", default=None,
                   help="make the workspace a Git repository and push it to REMOTE, an "
                   "empty Git remote (then 'newsdesk sync' shares it)")
    p.add_argument("--lfs", action="store_true",
                   help="with --git: keep photos in Git LFS (every computer of the team then "
                   "needs git-lfs installed)")
    add_output_options(p, json_help="print the workspace as JSON", quiet=False)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.lfs and args.git is None:
        return fail("--lfs needs --git REMOTE (LFS is for a team workspace in Git)", None)
    if args.lfs:
        from editor.sync import lfs
        from editor.sync.git import GitError

        try:
            lfs.require()  # before the workspace is made: no half set-up to clean
        except GitError as exc:
            return fail(exc.message, None)
    ws = Workspace.init(args.dir, site_name=args.site_name or "Newsdesk",
                        language=args.language or "de")
    if args.sample:
        sample = resources.path("sample-workspace")
        text = (sample / CONFIG_NAME).read_text(encoding="utf-8")
        # the options given win over the sample's settings; its comments stay
        if args.site_name is not None:
            text = _set_key(text, "site_name", args.site_name)
            text = _set_key(text, "publisher", args.site_name)
        if args.language is not None:
            text = _set_key(text, "language", args.language)
        atomic_write(ws.root / CONFIG_NAME, text.encode("utf-8"))
        copy_tree(sample / ARTICLES_DIR, ws.articles_dir)
        load_config(ws.root / CONFIG_NAME)
    if args.git is not None:
        from editor.sync import engine
        from editor.sync.git import GitError

        try:
            engine.init_repository(ws.root, args.git, use_lfs=args.lfs)
        except GitError as exc:
            return fail(f"{exc.message} (the workspace was created in {ws.root})", exc.path)
    if getattr(args, "json", False):
        config = load_config(ws.root / CONFIG_NAME)
        print_json({"workspace": str(ws.root), "site_name": config.site_name,
                    "language": config.language, "sample": bool(args.sample)})
        return 0
    print(ws.root)
    return 0


def _set_key(toml_text: str, key: str, value: str) -> str:
    """``toml_text`` with the top-level ``key = "..."`` line set to ``value``; a comment
    after the value stays."""
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"  # a JSON string is TOML
    pattern = re.compile(rf'^{key}[ \t]*=[ \t]*"(?:[^"\\\n]|\\.)*"', re.MULTILINE)
    if pattern.search(toml_text):
        return pattern.sub(lambda _m: line, toml_text, count=1)
    return f"{line}\n{toml_text}"
