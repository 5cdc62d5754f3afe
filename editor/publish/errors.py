"""Exceptions of the export that callers catch without loading the image libraries."""

from __future__ import annotations

from pathlib import Path

from editor.model.errors import NewsdeskError


class ExportCancelled(NewsdeskError):
    """The user cancelled; nothing was written to the export folder."""


class ExportTargetError(NewsdeskError):
    """The export folder would replace something that is not an earlier bundle."""


def check_out_dir(out_dir: Path, workspace_root: Path) -> None:
    """Refuse an export folder inside the workspace (the workspace itself, an article, its
    photos/...): a bundle there would be mistaken for content, synced and shared.
    Symlinks are resolved. (Here, not in bundle: the command line checks it first.)"""
    out = Path(out_dir).expanduser().resolve()
    root = Path(workspace_root).resolve()
    if out == root or root in out.parents:
        raise ExportTargetError(
            f"the export folder is inside the workspace {root}; choose a folder outside it",
            Path(out_dir))
