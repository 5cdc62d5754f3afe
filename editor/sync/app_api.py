"""What the app's sync controller (editor.gui.sync) asks of the engine, in single calls made
on its worker thread: probe a workspace, commit with the large-photo check, list an
article's conflict copies. No Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from editor.sync import engine
from editor.sync import git as sync_git


@dataclass
class CommitOutcome:
    message: str | None = None                            # the commit made, if any
    large: list[str] = field(default_factory=list)        # new large-photo warnings: not committed
    status: engine.Status | None = None                   # where the workspace stands after


def probe(root: Path) -> engine.Status:
    """The workspace's sync status; ``repository`` False when it is not a Git repository
    (or git is missing: then the app works as without Git)."""
    try:
        if not sync_git.is_repository(root):
            return engine.Status(repository=False)
        return engine.status(root)
    except sync_git.GitError:
        return engine.Status(repository=False)


def commit(root: Path, name: str | None, email: str | None, large_limit: int,
           warned: frozenset[str] = frozenset()) -> CommitOutcome:
    """Commit what is pending, unless a pending photo over ``large_limit`` bytes has not
    been warned about yet (its path not in ``warned``): then return the warnings and commit
    nothing, so the app warns first and commits after."""
    outcome = CommitOutcome()
    large = [w for w in engine.large_photos(root, large_limit)
             if large_photo_path(w) not in warned]
    if large:
        outcome.large = large
    else:
        outcome.message = engine.commit_pending(root, name=name or None, email=email or None)
    outcome.status = engine.status(root)
    return outcome


def large_photo_path(warning: str) -> str:
    """The workspace-relative path a large_photos() warning is about."""
    found = _LARGE.match(warning)
    return found.group(1) if found else warning


_LARGE = re.compile(r"(.*) is \d+ MB \(over ")


def conflict_copies(folder: Path) -> list[Path]:
    """An article folder's conflict copies (``article.conflict-<time>-<host>.md``), newest
    first. Only a folder listing: safe on any thread."""
    try:
        found = [p for p in folder.iterdir()
                 if p.name.startswith("article" + engine.CONFLICT_MARK) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)
