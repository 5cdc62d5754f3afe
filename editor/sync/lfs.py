"""Photos through Git LFS, when the team workspace is set up for it.

A workspace uses LFS when its committed ``.gitattributes`` sends photos through the LFS
filter (``*.jpg filter=lfs diff=lfs merge=lfs -text``), written by ``newsdesk init --git
REMOTE --lfs``. The setting travels with the repository, so every clone follows it. Then
every clone needs ``git-lfs``: without it a commit would put the photo itself into Git
history (which LFS exists to avoid), so commits and syncs refuse with a plain message
instead. The filter and its hooks are set up per repository (``git lfs install --local``),
never in the user's global config.
"""

from __future__ import annotations

import functools
from pathlib import Path

from editor.sync import git
from editor.sync.git import GitError

PHOTO_EXTENSIONS = ("jpg", "jpeg", "JPG", "JPEG", "png", "PNG", "webp", "gif", "tif", "tiff",
                    "heic", "HEIC", "heif", "avif")
LFS_ATTRIBUTES = "filter=lfs diff=lfs merge=lfs -text"
MISSING = ("this workspace keeps its photos in Git LFS, but git-lfs is not installed: "
           "install it (https://git-lfs.com; Debian/Ubuntu: apt install git-lfs; it comes "
           "with Git for Windows) and try again")


def photo_lines(use_lfs: bool) -> tuple[str, ...]:
    """The .gitattributes lines for photos: through LFS, or plain binary files."""
    attributes = LFS_ATTRIBUTES if use_lfs else "binary"
    return tuple(f"*.{ext} {attributes}" for ext in PHOTO_EXTENSIONS)


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """Is the ``git lfs`` command installed?"""
    try:
        return git.run(None, "lfs", "version", check=False).returncode == 0
    except GitError:
        return False


def uses_lfs(root: Path) -> bool:
    """Does the workspace's .gitattributes send photos through LFS?"""
    try:
        text = (root / ".gitattributes").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return attributes_use_lfs(text)


def attributes_use_lfs(text: str) -> bool:
    return any("filter=lfs" in line.split("#")[0] for line in text.splitlines())


def require() -> None:
    if not available():
        raise GitError(MISSING)


def install(root: Path) -> None:
    """The LFS filter and hooks for this repository only (idempotent, quick when done)."""
    require()
    if git.run(root, "config", "--local", "filter.lfs.process", check=False).returncode != 0:
        git.run(root, "lfs", "install", "--local")


def prepare(root: Path) -> bool:
    """Before a commit or sync: LFS set up if the workspace uses it (GitError when it is
    not installed). Returns whether it does."""
    if not uses_lfs(root):
        return False
    require()
    install(root)
    return True
