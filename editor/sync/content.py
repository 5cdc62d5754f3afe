"""What a commit holds: content only, and the .gitignore/.gitattributes that say so.

What is committed is *content* only (:func:`is_content`): newsdesk.toml, dictionary.txt,
templates/, per article article.md, photos/ and review/ events, and presence files
(``presence/<slug>/<user>@<host>.json``). Caches, locks, journals and version history
(every ``.newsdesk/``), the trash, import staging and conflict copies are ignored
(:data:`IGNORE_LINES`).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from editor.model import presence
from editor.model.atomic import atomic_write
from editor.sync import lfs

CONFLICT_MARK = ".conflict-"

IGNORE_LINES = (
    "# Newsdesk: caches, locks, journals and version history are never committed",
    ".newsdesk/",
    ".trash/",
    ".import-*",
    "*.ndtmp",
    ".*.lock",
    "*.conflict-*",
    ".newsdesk-write-test-*",
)
TEXT_ATTRIBUTE_LINES = (
    "# Newsdesk: articles are text with LF line ends, photos are binary",
    "*.md text eol=lf",
    "*.toml text eol=lf",
    "*.txt text eol=lf",
    "*.json text eol=lf",
)
ATTRIBUTE_LINES = (*TEXT_ATTRIBUTE_LINES, *lfs.photo_lines(False))


def is_content(path: str) -> bool:
    """A workspace-relative POSIX path that belongs in a commit."""
    parts = PurePosixPath(path).parts
    if not parts or any(p.startswith(".") for p in parts) or CONFLICT_MARK in parts[-1]:
        return path in (".gitignore", ".gitattributes")
    if len(parts) == 1:
        return parts[0] in ("newsdesk.toml", "dictionary.txt")
    if parts[0] == "templates":
        return True
    if parts[0] == presence.PRESENCE_DIR:  # presence/<slug>/<user>@<host>.json
        return len(parts) == 3 and presence.is_file_name(parts[2])
    if parts[0] == "articles" and len(parts) >= 3:
        if len(parts) == 3:
            return parts[2] == "article.md"
        return parts[2] in ("photos", "review")
    return False


def ensure_ignore_files(root: Path, *, use_lfs: bool | None = None) -> list[str]:
    """Write or repair .gitignore and .gitattributes (our lines added, the user's kept);
    returns the names of the files changed. Photos go through LFS when ``use_lfs`` (by
    default: when the .gitattributes already says so)."""
    if use_lfs is None:
        use_lfs = lfs.uses_lfs(root)
    attributes = (*TEXT_ATTRIBUTE_LINES, *lfs.photo_lines(use_lfs))
    changed = []
    for name, lines in ((".gitignore", IGNORE_LINES), (".gitattributes", attributes)):
        path = root / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        have = {ln.strip() for ln in text.splitlines()}
        if name == ".gitattributes":
            # a photo pattern the file already sets (binary or LFS) is the team's choice
            have |= {ln.split()[0] for ln in have if ln and not ln.startswith("#")}
        missing = [ln for ln in lines if not ln.startswith("#") and ln not in have
                   and not (ln.startswith("*.") and ln.split()[0] in have
                            and ln.split()[0][2:] in lfs.PHOTO_EXTENSIONS)]
        if not missing and text:
            continue
        head = [lines[0]] if lines[0] not in have else []
        new = text + ("\n" if text and not text.endswith("\n") else "") + \
            "".join(f"{ln}\n" for ln in [*head, *missing])
        atomic_write(path, new.encode("utf-8"))
        changed.append(name)
    return changed
