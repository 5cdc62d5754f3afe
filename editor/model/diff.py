"""Readable differences between an approved snapshot and the article as it is now."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from editor.model.config import PHOTO_FIELDS


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.name, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class PhotoChange:
    photo: str
    # added, removed, file_changed or credit_changed
    kind: str
    fields: tuple[FieldChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"photo": self.photo, "kind": self.kind,
                "fields": [f.to_dict() for f in self.fields]}


@dataclass
class Diff:
    """What changed since the approval of ``approved_hash`` (given by ``approved_by``)."""

    approved_hash: str
    current_hash: str
    approved_by: str = ""
    approved_at: str = ""
    body: list[str] = field(default_factory=list)  # unified diff lines, no line ends
    fields: list[FieldChange] = field(default_factory=list)
    photos: list[PhotoChange] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.body or self.fields or self.photos)

    def to_dict(self) -> dict[str, Any]:
        return {
            "approved_hash": self.approved_hash,
            "current_hash": self.current_hash,
            "approved_by": self.approved_by,
            "approved_at": self.approved_at,
            "body": self.body,
            "fields": [f.to_dict() for f in self.fields],
            "photos": [p.to_dict() for p in self.photos],
        }

    def to_text(self) -> str:
        """Plain text for the terminal and the review panel."""
        out = [f"Changes since approval of {self.approved_hash[:12]}"
               + (f" by {self.approved_by}" if self.approved_by else "")
               + (f" at {self.approved_at}" if self.approved_at else "")
               + f" (now {self.current_hash[:12]})"]
        if self.is_empty:
            out.append("No changes.")
            return "\n".join(out) + "\n"
        if self.fields:
            out.append("")
            out.append("Metadata:")
            for f in self.fields:
                out.append(f"  {f.name}: {_show(f.old)} -> {_show(f.new)}")
        if self.photos:
            out.append("")
            out.append("Photos:")
            for p in self.photos:
                out.append(f"  {p.photo}: {p.kind.replace('_', ' ')}")
                for f in p.fields:
                    out.append(f"    {f.name}: {_show(f.old)} -> {_show(f.new)}")
        if self.body:
            out.append("")
            out.append("Text:")
            out.extend(self.body)
        return "\n".join(out) + "\n"


def _show(value: Any) -> str:
    if value in (None, "", []):
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return repr(value) if isinstance(value, str) else str(value)


def body_diff(old: str, new: str) -> list[str]:
    return [line.rstrip("\n") for line in difflib.unified_diff(
        old.splitlines(), new.splitlines(), "approved", "current", lineterm="")]


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """Top-level front-matter changes (photos are compared separately)."""
    keys = [k for k in old if k != "photos"] + [k for k in new if k not in old and k != "photos"]
    return [FieldChange(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]


def photo_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[PhotoChange]:
    """Photos added, removed, with other file bytes, or with changed credit fields.

    Each record holds ``id``, ``file``, ``sha256`` and the credit fields."""
    before = {p["id"]: p for p in old}
    after = {p["id"]: p for p in new}
    changes: list[PhotoChange] = []
    for pid, rec in before.items():
        if pid not in after:
            changes.append(PhotoChange(pid, "removed"))
            continue
        now = after[pid]
        if rec.get("sha256") != now.get("sha256") or rec.get("file") != now.get("file"):
            changes.append(PhotoChange(pid, "file_changed", tuple(
                FieldChange(k, rec.get(k), now.get(k)) for k in ("file", "sha256")
                if rec.get(k) != now.get(k))))
        names = [*PHOTO_FIELDS, "incomplete"]
        names += [k for k in {**rec, **now} if k not in names and k not in ("id", "file",
                                                                             "sha256")]
        credit = tuple(FieldChange(k, rec.get(k), now.get(k)) for k in names
                       if rec.get(k) != now.get(k))
        if credit:
            changes.append(PhotoChange(pid, "credit_changed", credit))
    for pid in after:
        if pid not in before:
            changes.append(PhotoChange(pid, "added"))
    return changes
