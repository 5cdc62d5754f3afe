"""Results of the photo file check (photometa.check_photo_file), kept on disk and trusted
while the file's stat is unchanged.

``check``, the problems panel and export check every photo file (a header and container
check with Pillow, about 5 ms a photo plus Pillow's import); an export that finds nothing
changed would spend most of its time there. The workspace's cache
(``.newsdesk/cache/photo-checks/``) keeps, per photo file, the result (accepted, or the
reason it is refused) with the file's stat as filehashes keeps digests: size, mtime (ns),
inode, device and ctime (ns) must all be unchanged, so an edited, truncated or replaced
file, or one written back with its old mtime (the ctime moves on), is checked again. The
entry also names what it was checked against: the size limits of newsdesk.toml, the
check's version and Newsdesk's, and the Pillow (and pillow-heif) installed; any of them
differing checks again.

One small file per photo (named by the hash of its absolute path), written atomically;
the folder is used only when no part of ``.newsdesk/cache/photo-checks`` is a symbolic
link or anything but a folder, and entries are read without following a symlink. It is a
cache: a damaged, foreign or missing entry only costs one more check.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import stat
from pathlib import Path

from editor import __version__
from editor.model.filehashes import Signature, signature

FOLDER = "photo-checks"
FORMAT = "newsdesk-photo-check/1"
# Raise when photometa's check changes what it accepts or how it words a refusal.
CHECK_VERSION = 1
MAX_ENTRY_BYTES = 4096
MAX_REASON = 1000
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted as an entry must not hang us
_checker: str | None = None


def checker(max_mb: int | None, max_megapixels: int | None) -> str:
    """What a result depends on besides the file: the limits and the checking code."""
    global _checker
    if _checker is None:
        _checker = _libraries()
    return f"{CHECK_VERSION}|{__version__}|{_checker}|{max_mb}|{max_megapixels}"


def _libraries() -> str:
    """Pillow's and pillow-heif's version files, read without importing them (a cheap
    digest of which decoders the check ran with)."""
    import importlib.util

    h = hashlib.sha256()
    for module in ("PIL", "pillow_heif"):
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        h.update(module.encode())
        if spec is None or not spec.origin:
            h.update(b"absent")
            continue
        version = Path(spec.origin).parent / "_version.py"
        try:
            h.update(version.read_bytes()[:MAX_ENTRY_BYTES])
        except OSError:
            st = os.stat(spec.origin)
            h.update(f"{spec.origin} {st.st_size} {st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


class KnownChecks:
    """The stat-checked photo check results kept in one folder (thread- and process-safe).
    ``folder`` must be one that :func:`for_workspace_of` confined."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _entry(self, path: Path) -> tuple[str, Path]:
        name = os.path.abspath(path)
        key = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        return name, self.folder / f"{key}.json"

    def lookup(self, path: Path, sig: Signature, check: str) -> tuple[bool, str | None]:
        """(True, reason or None) when ``path`` was checked with this stat and checker;
        (False, None) when it must be checked."""
        try:
            name, entry = self._entry(path)
            fd = os.open(entry, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    return False, None
                raw = os.read(fd, MAX_ENTRY_BYTES + 1)
            finally:
                os.close(fd)
            if len(raw) > MAX_ENTRY_BYTES:
                return False, None
            data = json.loads(raw)
        except (OSError, ValueError, UnicodeError):
            return False, None
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or data.get("path") != name or data.get("checker") != check:
            return False, None
        st = data.get("stat")
        reason = data.get("reason")
        if not (isinstance(st, list) and tuple(st) == sig):
            return False, None
        if reason is None or (isinstance(reason, str) and 0 < len(reason) <= MAX_REASON):
            return True, reason
        return False, None

    def remember(self, path: Path, before: Signature, check: str, reason: str | None) -> None:
        """Keep the result of checking ``path`` while its stat was ``before``; nothing is
        kept when the file changed meanwhile. Failing to write only loses the entry."""
        try:
            if signature(os.lstat(path)) != before:
                return
            name, entry = self._entry(path)
            data = json.dumps({"format": FORMAT, "path": name, "stat": list(before),
                               "checker": check, "reason": reason}, ensure_ascii=False)
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_name(f".{entry.name}.{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
                with open(fd, "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(data)
                os.replace(tmp, entry)  # replaces a planted symlink itself, not its target
            finally:
                tmp.unlink(missing_ok=True)
        except (OSError, UnicodeError):
            pass


def for_workspace_of(folder: Path) -> KnownChecks | None:
    """The store of the workspace an article folder (``<root>/articles/<slug>``) is in;
    None outside a workspace, or when a part of the cache folder is a symlink or not a
    folder (nothing is read or written then)."""
    from editor.model.config import CONFIG_NAME
    from editor.model.confine import workspace_cache
    from editor.model.workspace import ARTICLES_DIR, CACHE_DIR  # (import cycle at load)

    folder = Path(folder)
    root = folder.parent.parent
    if folder.parent.name != ARTICLES_DIR or not (root / CONFIG_NAME).is_file():
        return None
    cache = workspace_cache(root, f"{CACHE_DIR}/{FOLDER}")
    return None if cache is None else KnownChecks(cache)
