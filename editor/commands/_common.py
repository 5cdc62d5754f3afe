"""Helpers shared by subcommands: printing problems, JSON, opening articles."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.errors import WorkspaceError

# Every command imports this module: the article, config and validation modules (YAML,
# tomllib, readability) are imported where they are used, so that commands which do not
# open an article (sync, list, an up-to-date export) start faster (issue 12).
if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.config import SiteConfig
    from editor.model.validation import Problem

# The names this module used to import at its top, still importable from it (PEP 562).
_LAZY = {"Article": "editor.model.article", "load_article": "editor.model.article",
         "CONFIG_NAME": "editor.model.config", "SiteConfig": "editor.model.config",
         "load_config": "editor.model.config", "Problem": "editor.model.validation"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


# editor.model.config.CONFIG_NAME, written out: finding the workspace needs no TOML parser
# (a test checks they agree).
_CONFIG_FILE = "newsdesk.toml"


def find_workspace_root(article_dir: Path) -> Path:
    """The workspace an article folder belongs to (the nearest folder with newsdesk.toml)."""
    for folder in [article_dir, *article_dir.parents]:
        if (folder / _CONFIG_FILE).is_file():
            return folder
    raise WorkspaceError(f"not inside a workspace (no {_CONFIG_FILE} above it)", article_dir)


def open_article(path: str) -> tuple[Article, SiteConfig, Path]:
    """Load the article at ``path`` and its workspace's config."""
    from editor.model.article import load_article  # lazily: see the imports above
    from editor.model.config import CONFIG_NAME, load_config

    folder = Path(path).expanduser().resolve()
    if folder.name == "article.md":
        folder = folder.parent
    if not folder.is_dir():
        raise WorkspaceError("no such article folder", folder)
    root = find_workspace_root(folder)
    return load_article(folder), load_config(root / CONFIG_NAME), root


def print_usage(parser: argparse.ArgumentParser) -> int:
    """For a command group called without its action: show its help, exit status 2."""
    parser.print_help(sys.stderr)
    return 2


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_problems(problems: list[Problem], stream: Any = None) -> None:
    out = stream or sys.stderr
    for p in problems:
        parts = [str(p.location)] if p.location else []
        if p.line is not None:
            parts.append(f"article.md line {p.line}")
        where = f" ({', '.join(parts)})" if parts else ""
        print(f"{p.severity}: {p.message}{where} [{p.code}]", file=out)


# Exit status lines every command shares; a command adds its own (1: refused, problems).
EXIT_OK = "0  success"
EXIT_USAGE = "2  bad usage, or a file or folder that cannot be read (with --json: an error " \
    "object on stdout)"


def command_parser(sub: argparse._SubParsersAction, name: str, *, help: str,
                   examples: Sequence[str], exit_status: Sequence[str] = (),
                   description: str | None = None) -> argparse.ArgumentParser:
    """A subcommand's parser whose --help ends with its exit status and examples.

    ``examples``: command lines, each optionally followed by '  # what it does'.
    ``exit_status``: lines like '1  the article has errors' besides 0 and 2."""
    text = textwrap.fill(description or help[:1].upper() + help[1:] + ".", width=78)
    codes = [EXIT_OK, *exit_status, EXIT_USAGE]
    epilog = ("Exit status:\n" + "".join(f"  {c}\n" for c in codes)
              + "\nExamples:\n" + "".join(f"  {e}\n" for e in examples))
    return sub.add_parser(name, help=help, description=text, epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def add_output_options(p: argparse.ArgumentParser, json_help: str | None = None,
                       quiet: bool = True) -> None:
    """--json (schema in docs/cli-json.md), and -q/-v for commands that say more than
    their result."""
    if json_help is not None:
        p.add_argument("--json", action="store_true",
                       help=f"{json_help} (docs/cli-json.md); errors too, as "
                       '{"error": {...}} on stdout')
    if quiet:
        talk = p.add_mutually_exclusive_group()
        talk.add_argument("-q", "--quiet", action="store_true",
                          help="print only the result and errors: no warnings, notes or "
                          "progress on stderr")
        talk.add_argument("-v", "--verbose", action="store_true",
                          help="also say on stderr how the command ended and how long it "
                          "took")


def fail(message: str, file: object = None, line: int | None = None, status: int = 2,
         **extra: Any) -> int:
    """Report a refusal or error (JSON on stdout with --json, else a line on stderr) and
    return the exit status."""
    from editor.cli import print_error

    print_error(message, file, line, **extra)
    return status


def note(args: argparse.Namespace, text: str) -> None:
    """A note or warning on stderr, unless --quiet."""
    if not getattr(args, "quiet", False):
        print(text, file=sys.stderr)
