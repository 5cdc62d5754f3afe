"""Helpers shared by subcommands: printing problems, JSON, opening articles."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor.model.article import Article, load_article
from editor.model.config import CONFIG_NAME, SiteConfig, load_config
from editor.model.errors import WorkspaceError
from editor.model.validation import Problem


def find_workspace_root(article_dir: Path) -> Path:
    """The workspace an article folder belongs to (the nearest folder with newsdesk.toml)."""
    for folder in [article_dir, *article_dir.parents]:
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise WorkspaceError(f"not inside a workspace (no {CONFIG_NAME} above it)", article_dir)


def open_article(path: str) -> tuple[Article, SiteConfig, Path]:
    """Load the article at ``path`` and its workspace's config."""
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
