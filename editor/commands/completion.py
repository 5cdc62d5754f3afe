"""newsdesk completion bash|zsh: a completion script generated from the parser (shtab).

Generated from ``build_parser()``, so every command, action and option is completed as
``--help`` lists it; folders are offered for *_DIR/WORKSPACE/DIR arguments, files for
FILE arguments.
"""

from __future__ import annotations

import argparse
import sys

from editor.commands._common import command_parser, fail

SHELLS = ("bash", "zsh")


def register(sub: argparse._SubParsersAction) -> None:
    p = command_parser(
        sub, "completion", help="print a shell completion script for bash or zsh",
        description="Print a completion script for SHELL on stdout, generated from the "
        "command line parser: commands, actions, options and choices, folders for "
        "ARTICLE_DIR and WORKSPACE, files for FILE. Install it once (see the examples); "
        "new options are picked up when the script is generated again.",
        examples=[
            "newsdesk completion bash > ~/.local/share/bash-completion/completions/newsdesk",
            "newsdesk completion zsh > ~/.zfunc/_newsdesk  "
            "# with fpath+=(~/.zfunc); autoload -U compinit; compinit in ~/.zshrc",
        ])
    p.add_argument("shell", metavar="SHELL", choices=SHELLS,
                   help="the shell to complete for: bash or zsh")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import shtab
    except ImportError:
        return fail("shell completion needs the Python package 'shtab' (pip install shtab)")
    from editor.cli import build_parser

    parser = build_parser()
    mark_paths(parser, shtab)
    script = shtab.complete(parser, shell=args.shell)
    sys.stdout.write(script if script.endswith("\n") else script + "\n")
    return 0


def mark_paths(parser: argparse.ArgumentParser, shtab: object) -> None:
    """Tell shtab which arguments are folders and which are files (from their metavar),
    and give zsh one-line descriptions."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, child in action.choices.items():
                # zsh shows a command's description: the one-line help, not the long text
                child.description = helps.get(name) or child.description
                mark_paths(child, shtab)
            continue
        name = str(action.metavar or action.dest or "").upper()
        if action.choices is not None or action.nargs == 0:
            continue
        if name.endswith("DIR") or name == "WORKSPACE":
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
        elif name.startswith("FILE") or name.endswith("FILE"):
            action.complete = shtab.FILE  # type: ignore[attr-defined]
