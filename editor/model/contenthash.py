"""The content hash: SHA-256 over exactly what a reviewer approves.

Canonical serialisation (version ``newsdesk-content/1``), independent of YAML formatting:

- one JSON object ``{"format", "front_matter", "body", "photos"}``, written with sorted
  keys, no spaces (separators ``,`` and ``:``), UTF-8 (no ``\\u`` escapes for non-ASCII);
- ``front_matter``: every known field with its value or its empty default (so an empty
  field written or left out hashes the same), plus every unknown key as parsed; dates and
  times as ISO 8601 text; ``photos`` inside it lists each photo's fields in file order;
- ``body``: the Markdown body exactly as stored (LF line ends);
- ``photos``: for each attached photo in order ``{"id", "file", "sha256"}`` where
  ``sha256`` is the hex digest of the file's bytes (``"missing"`` when it cannot be read).
  The credit fields are part of ``front_matter``, so a changed credit changes the hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from editor.model import filehashes
from editor.model.article import Article, Photo
from editor.model.config import PHOTO_FIELDS
from editor.model.confine import UnsafePathError

FORMAT = "newsdesk-content/1"
MISSING = "missing"

# (path, size, mtime_ns, inode) -> sha256; files are re-read only when they change.
_file_hashes: dict[tuple[str, int, int, int], str] = {}
_lock = threading.Lock()


def file_sha256(path: Path, article_folder: Path | None = None) -> str:
    """Hex SHA-256 of a file's bytes, cached by its size and modification time; for a
    file of an article in a workspace, also across runs (editor.model.filehashes)."""
    try:
        st = os.stat(path)
    except OSError:
        return MISSING
    key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino)
    with _lock:
        cached = _file_hashes.get(key)
    if cached is not None:
        return cached
    known = filehashes.for_workspace_of(article_folder) if article_folder else None
    digest = known.lookup(path, st) if known is not None else None
    if digest is None:
        try:
            digest = filehashes.read_sha256(path)
        except OSError:
            return MISSING
        if known is not None:
            known.remember(path, st, digest)
    with _lock:
        if len(_file_hashes) > 10000:
            _file_hashes.clear()
        _file_hashes[key] = digest
    return digest


def photo_record(article: Article, photo: Photo) -> dict[str, Any]:
    """One photo's fields (all credit fields, extras) and its file hash."""
    record: dict[str, Any] = {"id": photo.id, "file": photo.file,
                              "incomplete": photo.incomplete, **photo.credits()}
    for key, value in photo.extra.items():
        record.setdefault(key, value)
    record["sha256"] = photo_sha256(article, photo)
    return record


def photo_sha256(article: Article, photo: Photo) -> str:
    """The hash of a photo's file; MISSING when it is missing, unreadable or outside the
    article (validation says which)."""
    try:
        path = article.photo_path(photo)
    except UnsafePathError:
        return MISSING
    return file_sha256(path, article.folder)


def canonical_front_matter(article: Article) -> dict[str, Any]:
    """Every front-matter field, empty ones included, in plain JSON-able values."""
    values: dict[str, Any] = {
        "title": article.title,
        "kicker": article.kicker,
        "date": article.date,
        "author": article.author_value(),  # a list of people with their URLs
        "lead": article.lead,
        "tags": list(article.tags),
        "lead_photo": article.lead_photo,
        "photos": [
            {"id": p.id, "file": p.file, "incomplete": p.incomplete,
             **{name: getattr(p, name) for name in PHOTO_FIELDS}, **p.extra}
            for p in article.photos
        ],
    }
    for key, value in article.extra.items():
        values.setdefault(key, value)
    return _plain(values)


def canonical_content(article: Article) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "front_matter": canonical_front_matter(article),
        "body": article.body,
        "photos": [
            {"id": p.id, "file": p.file, "sha256": photo_sha256(article, p)}
            for p in article.photos
        ],
    }


def canonical_bytes(article: Article) -> bytes:
    return canonical_json(canonical_content(article)).encode("utf-8")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(article: Article) -> str:
    """Hex SHA-256 of :func:`canonical_bytes`."""
    return hashlib.sha256(canonical_bytes(article)).hexdigest()


def short(hash_: str | None) -> str:
    return (hash_ or "")[:12]


def _plain(value: Any) -> Any:
    # YAML may yield dates, datetimes, bytes (!!binary) or non-text keys in unknown fields.
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=canonical_json) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
