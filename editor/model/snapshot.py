"""Approved snapshots: the article text, photo hashes and credits at the moment of approval.

Stored as ``<article>/.newsdesk/approved/<content hash>.json`` so the changes since an
approval can be shown even after the article was edited many times.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from editor.model.article import META_DIR, Article, parse_article
from editor.model.atomic import atomic_write
from editor.model.confine import article_subdir
from editor.model.contenthash import canonical_front_matter, photo_record
from editor.model.diff import Diff, body_diff, field_changes, photo_changes
from editor.model.errors import NewsdeskError

SNAPSHOT_DIR = "approved"
SCHEMA = "newsdesk-approved-snapshot/1"


class SnapshotError(NewsdeskError):
    """An approved snapshot is missing or cannot be read."""


def snapshot_path(folder: Path, content_hash: str) -> Path:
    return article_subdir(folder, META_DIR) / SNAPSHOT_DIR / f"{content_hash}.json"


def write_snapshot(article: Article, content_hash: str, by: str, at: str) -> Path:
    """Store what was approved; identical content is written once."""
    path = snapshot_path(article.folder, content_hash)
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "schema": SCHEMA,
        "content_hash": content_hash,
        "approved_by": by,
        "approved_at": at,
        "article_md": article.to_text(),
        "photos": [photo_record(article, p) for p in article.photos],
    }
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return path


def read_snapshot(folder: Path, content_hash: str) -> dict[str, Any]:
    path = snapshot_path(folder, content_hash)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SnapshotError("the approved snapshot is missing", path) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"the approved snapshot cannot be read: {exc}", path) from exc
    if not isinstance(data, dict) or not isinstance(data.get("article_md"), str):
        raise SnapshotError("the approved snapshot is not a Newsdesk snapshot", path)
    return data


def diff_against(article: Article, snapshot: dict[str, Any], current_hash: str) -> Diff:
    """Changes from the snapshot to ``article`` (metadata, photos, body)."""
    old = parse_article(snapshot["article_md"], article.folder)
    old_fm = canonical_front_matter(old)
    new_fm = canonical_front_matter(article)
    old_photos = [p for p in snapshot.get("photos", []) if isinstance(p, dict) and "id" in p]
    new_photos = [photo_record(article, p) for p in article.photos]
    return Diff(
        approved_hash=str(snapshot.get("content_hash", "")),
        current_hash=current_hash,
        approved_by=str(snapshot.get("approved_by", "")),
        approved_at=str(snapshot.get("approved_at", "")),
        body=body_diff(old.body, article.body),
        fields=field_changes(old_fm, new_fm),
        photos=photo_changes(old_photos, new_photos),
    )
