"""The workspace's page frame as a validation problem, for ``check`` and for an approval.

The frame is rendered into every page, so a broken one makes export refuse: ``check``
says so, and an approval is refused for it (a reviewer would approve a page that cannot be
published). Jinja2 (editor.render.frame) is loaded only when the workspace has a
``templates`` folder: the command line starts without it otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from editor.model.validation import Location, Problem

CODE = "page-frame"


def frame_problems(root: Path | None) -> list[Problem]:
    """The error ``page-frame`` (with the frame's file and line) when the workspace's frame
    cannot be used, else []."""
    if root is None or not os.path.lexists(Path(root) / "templates"):
        return []
    from editor.render.frame import frame_problem

    error = frame_problem(root)
    if error is None:
        return []
    return [Problem("error", CODE, error.describe(),
                    Location("file", str(getattr(error, "path", "") or "templates/frame.html")),
                    {"line": getattr(error, "line", None)})]


def article_frame_problems(article: Any) -> list[Problem]:
    """frame_problems for the workspace of ``article``; an article outside a workspace has
    no frame (the rule of editor.render.page.workspace_root, without loading that module)."""
    folder = Path(article.folder)
    root = folder.parent.parent
    if folder.parent.name != "articles" or not (root / "newsdesk.toml").is_file():
        return []
    return frame_problems(root)
