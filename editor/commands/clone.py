"""newsdesk clone REMOTE DIR"""

from __future__ import annotations

import argparse

from editor.commands._common import add_output_options, command_parser, fail, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "clone", help="copy a team workspace from its Git remote into a new folder",
        description="Clone the team workspace at REMOTE (any address git understands: "
        "https, ssh, a path) into DIR, with the .gitignore and .gitattributes that keep "
        "caches out of commits. Prints the workspace folder. Passwords and keys are git's "
        "business (credential helper, ssh-agent); Newsdesk never stores them.",
        exit_status=["2  the remote cannot be reached, DIR is not empty, or git is missing "
                     "or too old"],
        examples=["newsdesk clone https://git.example.org/presse/newsdesk.git ~/Newsdesk",
                  "newsdesk clone git@git.example.org:presse/newsdesk.git ~/Newsdesk --json"])
    p.add_argument("remote", metavar="REMOTE", help="the Git remote's address")
    p.add_argument("dir", metavar="DIR", help="the new workspace folder")
    add_output_options(p, json_help="print the workspace as JSON", quiet=False)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from editor.sync import engine
    from editor.sync.git import GitError

    try:
        root = engine.clone(args.remote, args.dir)
    except GitError as exc:
        return fail(exc.message, exc.path)
    if args.json:
        print_json({"workspace": str(root), "remote": args.remote})
    else:
        print(root)
    return 0
