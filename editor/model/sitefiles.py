"""Workspace files the page names: the publisher's logo and the favicon (newsdesk.toml
``publisher_logo``, ``favicon``).

Like every workspace file they are untrusted: the setting must be a plain relative path
inside the workspace (no '..', no absolute path, no symbolic link on the way, a regular
file), at most MAX_BYTES, a PNG, JPEG, WebP or ICO whose bytes say so. SVG is refused: a
script inside one would run on the city's site when the file is opened on its own. The
file is copied into every bundle as ``assets/<logo|favicon>.<ext>`` (bundle_name), so the
page never links into the workspace.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.model.errors import NewsdeskError

MAX_BYTES = 1024 * 1024
_MAX_PATH = 200
# suffix -> (format, media type, magic bytes test)
_FORMATS = {
    ".png": ("png", "image/png"),
    ".jpg": ("jpeg", "image/jpeg"),
    ".jpeg": ("jpeg", "image/jpeg"),
    ".webp": ("webp", "image/webp"),
    ".ico": ("ico", "image/x-icon"),
}
_BUNDLE_BASE = {"publisher_logo": "logo", "favicon": "favicon"}


class SiteFileError(NewsdeskError):
    """A publisher_logo or favicon that cannot be used."""

    code = "site-file"


@dataclass(frozen=True)
class SiteFile:
    key: str            # "publisher_logo" or "favicon"
    bundle_name: str    # assets/logo.png: where the page and the bundle have it
    media_type: str
    data: bytes
    width: int
    height: int


def file_problem(key: str, rel: str) -> str | None:
    """Why the setting ``rel`` cannot name a workspace file, by its text alone."""
    if len(rel) > _MAX_PATH or "\x00" in rel or "\\" in rel or re.search(r"[\x00-\x1f]", rel):
        return "must be a short relative path inside the workspace, like \"assets/logo.png\""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or (pure.parts and ":" in pure.parts[0]):
        return f"'{rel}' is absolute; name a file inside the workspace, like \"assets/logo.png\""
    if any(part in ("..", ".", "") for part in rel.split("/")):
        return f"'{rel}' leads outside the workspace or is not a plain path"
    if pure.suffix.lower() not in _FORMATS:
        return (f"'{rel}' must be a PNG, JPEG, WebP or ICO file (.png, .jpg, .webp, .ico); "
                "SVG is not accepted")
    return None


def bundle_name(key: str, rel: str) -> str:
    suffix = PurePosixPath(rel).suffix.lower()
    return f"assets/{_BUNDLE_BASE[key]}{'.jpg' if suffix == '.jpeg' else suffix}"


def read_site_file(workspace: Path, key: str, rel: str) -> SiteFile:
    """The file ``rel`` of the workspace, checked (see the module text). Raises
    SiteFileError naming newsdesk.toml."""
    config_path = Path(workspace) / "newsdesk.toml"
    problem = file_problem(key, rel)
    if problem:
        raise SiteFileError(f"'{key}' {problem}", config_path)
    current = Path(workspace)
    parts = PurePosixPath(rel).parts
    for index, part in enumerate(parts):
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError as exc:
            raise SiteFileError(f"'{key}': there is no file '{rel}' in the workspace",
                                config_path) from exc
        except OSError as exc:
            raise SiteFileError(f"'{key}': '{rel}' cannot be read: {exc.strerror or exc}",
                                config_path) from exc
        last = index == len(parts) - 1
        if stat.S_ISLNK(st.st_mode) or (last and not stat.S_ISREG(st.st_mode)) or \
                (not last and not stat.S_ISDIR(st.st_mode)):
            raise SiteFileError(f"'{key}': '{rel}' is a symbolic link or not a plain file; "
                                "copy the file into the workspace", config_path)
        if last and st.st_size > MAX_BYTES:
            raise SiteFileError(f"'{key}': '{rel}' is larger than {MAX_BYTES // 1024} KiB",
                                config_path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(current, flags)
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SiteFileError(f"'{key}': '{rel}' cannot be read: {exc.strerror or exc}",
                            config_path) from exc
    if len(data) > MAX_BYTES:
        raise SiteFileError(f"'{key}': '{rel}' is larger than {MAX_BYTES // 1024} KiB",
                            config_path)
    fmt, media_type = _FORMATS[PurePosixPath(rel).suffix.lower()]
    width, height = _size(data, fmt)
    if not width:
        raise SiteFileError(f"'{key}': '{rel}' is not a readable {fmt.upper()} image",
                            config_path)
    return SiteFile(key, bundle_name(key, rel), media_type, data, width, height)


def _size(data: bytes, fmt: str) -> tuple[int, int]:
    """Width and height, read by Pillow from the header only (no pixels decoded), when
    the bytes are an image of the format the name says; (0, 0) otherwise."""
    from io import BytesIO

    from PIL import Image, UnidentifiedImageError

    expected = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP", "ico": "ICO"}[fmt]
    try:
        with Image.open(BytesIO(data), formats=[expected]) as img:
            width, height = img.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return 0, 0
    if not (0 < width <= 10000 and 0 < height <= 10000):
        return 0, 0
    return width, height


def site_files(workspace: Path, config: object) -> list[SiteFile]:
    """The publisher logo and favicon the settings name, read and checked; what a bundle
    copies to ``SiteFile.bundle_name``. Raises SiteFileError."""
    out = []
    for key in ("publisher_logo", "favicon"):
        rel = getattr(config, key, "")
        if rel:
            out.append(read_site_file(workspace, key, rel))
    return out


def site_file_or_none(workspace: Path, config: object, key: str) -> SiteFile | None:
    """The one file, or None when unset or unusable (check reports why)."""
    rel = getattr(config, key, "")
    if not rel:
        return None
    try:
        return read_site_file(workspace, key, rel)
    except SiteFileError:
        return None
