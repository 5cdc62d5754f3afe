"""SHA-256 digests of files, kept on disk and trusted while the file's stat is unchanged.

Checking and exporting an article hashes every photo's bytes (the content hash covers
them); for a photo story that is hundreds of MB read again only to learn that nothing
changed. The workspace's cache (``.newsdesk/cache/file-hashes/``) keeps, per file, the
digest with the size, modification time (ns), inode, device and status-change time
(ctime, ns) the file had when it was read. A digest is used only while all five match:

- an edit changes the size or the mtime, and always the ctime (which no program can set
  back: ``touch -d``, ``cp -p`` and ``rsync -t`` restore the mtime, never the ctime);
- a file replaced by rename (how editors and our own atomic writes save) has a new inode;
- a workspace copied or cloned elsewhere (its cache too) has new inodes and ctimes, so a
  copied entry matches nothing and the file is read again.

One small entry file per hashed file (named by the hash of its absolute path): lookups
read one small file, a new digest is one atomic rename, and two desktops or processes
writing at once never lose each other's entries. It is a cache: a damaged, foreign or
missing entry only costs one more read of the file. Someone able to forge an entry can
as well change the article and its review events, so it trusts no one new.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from pathlib import Path

FOLDER = "file-hashes"
FORMAT = "newsdesk-file-hash/1"
MAX_ENTRY_BYTES = 4096
_HEX64 = re.compile(r"[0-9a-f]{64}")

Signature = tuple[int, int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, st.st_ctime_ns)


def read_sha256(path: Path) -> str:
    """Hex SHA-256 of the file's bytes. Raises OSError."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


class KnownHashes:
    """The stat-checked digests kept in one cache folder (thread- and process-safe)."""

    def __init__(self, cache_dir: Path):
        self.folder = Path(cache_dir) / FOLDER

    def _entry(self, path: Path) -> tuple[str, Path]:
        name = os.path.abspath(path)
        key = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
        return name, self.folder / key[:2] / f"{key}.json"

    def lookup(self, path: Path, st: os.stat_result | None = None) -> str | None:
        """The digest of ``path`` if the file is unchanged since it was read."""
        try:
            st = st or os.stat(path)
            name, entry = self._entry(path)
            with open(entry, "rb") as f:
                data = json.loads(f.read(MAX_ENTRY_BYTES))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or data.get("path") != name:
            return None
        stat = data.get("stat")
        digest = data.get("sha256")
        if (isinstance(stat, list) and tuple(stat) == signature(st)
                and isinstance(digest, str) and _HEX64.fullmatch(digest)):
            return digest
        return None

    def remember(self, path: Path, before: os.stat_result, digest: str) -> None:
        """Keep ``digest`` of ``path``, read while its stat was ``before``; nothing is kept
        when the file changed meanwhile. Failing to write only loses the cache entry."""
        try:
            if signature(os.stat(path)) != signature(before) or not _HEX64.fullmatch(digest):
                return
            name, entry = self._entry(path)
            data = json.dumps({"format": FORMAT, "path": name, "stat": list(signature(before)),
                               "sha256": digest}, ensure_ascii=False)
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_name(f".{entry.name}.{secrets.token_hex(4)}.tmp")
            try:
                tmp.write_text(data, encoding="utf-8", errors="surrogatepass")
                os.replace(tmp, entry)
            finally:
                tmp.unlink(missing_ok=True)
        except (OSError, UnicodeError):
            pass

    def sha256(self, path: Path) -> str:
        """The digest of ``path``: kept, or read and kept. Raises OSError."""
        st = os.stat(path)
        known = self.lookup(path, st)
        if known is not None:
            return known
        digest = read_sha256(path)
        self.remember(path, st, digest)
        return digest


def for_workspace_of(folder: Path) -> KnownHashes | None:
    """The store of the workspace an article folder (``<root>/articles/<slug>``) is in;
    None outside a workspace (nothing is written there)."""
    from editor.model.config import CONFIG_NAME
    from editor.model.confine import workspace_cache
    from editor.model.workspace import ARTICLES_DIR, CACHE_DIR  # (import cycle at load)

    folder = Path(folder)
    root = folder.parent.parent
    if folder.parent.name != ARTICLES_DIR or not (root / CONFIG_NAME).is_file():
        return None
    cache = workspace_cache(root, CACHE_DIR)
    return None if cache is None else KnownHashes(cache)
