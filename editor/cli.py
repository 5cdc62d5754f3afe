"""Command line: ``newsdesk`` opens the window; subcommands work without a display.

Each subcommand lives in ``editor/commands/<name>.py`` and provides ``register(subparsers)``;
this module only finds them, parses and maps errors to exit codes:
0 success, 1 the content has problems, 2 bad usage or an unreadable file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import editor.commands
from editor import __version__
from editor.model.errors import NewsdeskError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Write, credit, review and export news articles. "
        "Without a subcommand, opens the app (optionally on WORKSPACE_DIR).",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(editor.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"editor.commands.{info.name}")
        module.register(sub)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (args_list[0] not in _command_names(parser)
                         and not args_list[0].startswith("-")):
        return _open_app(args_list)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except NewsdeskError as exc:
        print(f"newsdesk: {exc.describe()}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"newsdesk: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130


def _open_app(args_list: list[str]) -> int:
    if len(args_list) > 1:
        print("usage: newsdesk [WORKSPACE_DIR] | newsdesk COMMAND ...", file=sys.stderr)
        return EXIT_USAGE
    try:
        from editor.gui.app import run
    except ImportError as exc:
        print(f"newsdesk: the desktop app cannot start: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run(args_list[0] if args_list else None)
