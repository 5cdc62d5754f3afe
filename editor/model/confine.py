"""The one place that decides whether a path named inside a workspace is safe to use.

A workspace is untrusted input (shared drives, Git): a photo's ``file:`` may say
``../../etc/passwd``, an absolute path, or name a symlink that leads out of the article.
Every reader of a photo file goes through :func:`photo_file`, so ``check``, the preview,
the content hash and export agree on what is refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from editor.model.errors import NewsdeskError

PHOTOS_DIR = "photos"


class UnsafePathError(NewsdeskError):
    """A path in the workspace leads outside where it may, or is not a regular file."""

    code = "photo-path-unsafe"


def photo_file(article_folder: Path, file: str) -> Path:
    """The photo file ``file`` (as written in front matter) of the article in
    ``article_folder``, after checking that it is, or would be, a regular file directly
    or in a subfolder of the article's ``photos/`` with no symlink on the way.

    A file that does not exist (yet) is returned: whether it is missing is a separate
    question. Raises UnsafePathError otherwise."""
    if not isinstance(file, str) or not file or "\x00" in file or "\\" in file:
        raise UnsafePathError(f"the photo path {file!r} is not a plain relative path")
    pure = PurePosixPath(file)
    parts = pure.parts
    if pure.is_absolute() or (len(parts) > 0 and ":" in parts[0]):
        raise UnsafePathError(f"the photo path '{file}' is absolute; photos must be in "
                              f"the article's {PHOTOS_DIR}/ folder")
    if any(part in ("..", ".") for part in file.split("/")) or len(parts) < 2 \
            or parts[0] != PHOTOS_DIR:
        raise UnsafePathError(f"the photo path '{file}' is outside the article's "
                              f"{PHOTOS_DIR}/ folder")
    folder = Path(article_folder)
    current = folder
    for index, part in enumerate(parts):
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            return folder.joinpath(*parts)
        except OSError as exc:
            raise UnsafePathError(f"the photo path '{file}' cannot be checked: "
                                  f"{exc.strerror or exc}") from exc
        if stat.S_ISLNK(st.st_mode):
            raise UnsafePathError(f"the photo path '{file}' goes through a symbolic link "
                                  f"('{'/'.join(parts[:index + 1])}'); copy the photo into "
                                  f"the article instead")
        last = index == len(parts) - 1
        if last and not stat.S_ISREG(st.st_mode):
            raise UnsafePathError(f"the photo path '{file}' is not a regular file")
        if not last and not stat.S_ISDIR(st.st_mode):
            raise UnsafePathError(f"the photo path '{file}' is not inside a folder")
    return current


def photos_folder(article_folder: Path) -> Path:
    """The article's ``photos/`` folder, refused when it is a symlink or not a folder
    (writing there would write outside the article)."""
    return article_subdir(article_folder, PHOTOS_DIR)


def article_subdir(article_folder: Path | str, name: str) -> Path:
    """``<article>/<name>`` (``.newsdesk``, ``review``), refused when it is a symbolic link
    or not a folder: locks, history, journals and events written there would land
    wherever the link points."""
    folder = Path(article_folder) / name
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return folder
    except OSError as exc:
        raise UnsafePathError(f"the folder {name} cannot be checked: {exc.strerror or exc}",
                              folder) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafePathError(f"the article's {name} is a symbolic link or not a folder; "
                              f"Newsdesk does not read or write through it", folder)
    return folder


def workspace_cache(workspace_root: Path | str, cache_dir: str = ".newsdesk/cache") -> Path | None:
    """``<workspace>/.newsdesk/cache``, or None when a part of it is a symbolic link or not
    a folder (derivatives, digests and thumbnails written there would land outside)."""
    path = Path(workspace_root)
    for part in PurePosixPath(cache_dir).parts:
        path = path / part
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return Path(workspace_root) / cache_dir
        except OSError:
            return None
        if not stat.S_ISDIR(st.st_mode):
            return None
    return path


def read_regular(path: Path, limit: int) -> bytes | None:
    """Up to ``limit`` bytes of ``path`` if it is a regular file (not a link, a FIFO that
    would block, or a device)."""
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks, size = [], 0
        while size < limit:
            chunk = os.read(fd, min(1 << 20, limit - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)
