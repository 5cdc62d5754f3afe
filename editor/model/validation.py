"""Every problem of an article at once, as data: severity, code, message, location."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError

Severity = Literal["error", "warning"]

LEAD_MAX = 300
TITLE_MAX = 90
FIELD_LABELS = {
    "caption": "caption",
    "alt": "alt text",
    "creator": "creator",
    "credit": "credit line",
    "copyright": "copyright notice",
    "license": "licence / usage terms",
    "web_statement": "rights URL",
}


@dataclass(frozen=True)
class Location:
    """Where a problem is: a front-matter field, a body line, a photo, or the file."""

    kind: Literal["field", "line", "photo", "file"]
    ref: str | int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref}

    def __str__(self) -> str:
        return {"field": "field", "line": "line", "photo": "photo", "file": "file"}[
            self.kind
        ] + f" {self.ref}"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    message: str
    location: Location | None = None
    # Values the message was built from, so the GUI can word it in the UI language.
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "location": self.location.to_dict() if self.location else None,
        }


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s|$)")


def validate(article: Article, config: SiteConfig) -> list[Problem]:
    problems: list[Problem] = []

    def add(severity: Severity, code: str, message: str, location: Location | None,
            **params: Any) -> None:
        problems.append(Problem(severity, code, message, location, params))

    if not article.title.strip():
        add("error", "missing-title", "The article has no title.", Location("field", "title"))
    elif len(article.title) > TITLE_MAX:
        add("warning", "title-too-long",
            f"The title has {len(article.title)} characters; keep it under {TITLE_MAX}.",
            Location("field", "title"), length=len(article.title), limit=TITLE_MAX)
    if article.date is None or article.date == "":
        add("error", "missing-date", "The article has no date.", Location("field", "date"))
    elif not isinstance(article.date, dt.date):
        add("error", "invalid-date",
            f"'{article.date}' is not a valid date; write it as YYYY-MM-DD.",
            Location("field", "date"), value=str(article.date))
    if not article.lead.strip():
        add("warning", "no-lead", "The article has no lead.", Location("field", "lead"))
    elif len(article.lead) > LEAD_MAX:
        add("warning", "lead-too-long",
            f"The lead has {len(article.lead)} characters; keep it under {LEAD_MAX}.",
            Location("field", "lead"), length=len(article.lead), limit=LEAD_MAX)

    _check_headings(article, add)
    _check_photos(article, config, add)
    return problems


def _check_headings(article: Article, add: Any) -> None:
    previous = 1  # the title is the page's h1
    in_fence = False
    for number, line in enumerate(article.body.split("\n"), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = _HEADING.match(line)
        if not m:
            continue
        level = len(m.group(1))
        if level > previous + 1:
            add("warning", "heading-skip",
                f"Heading level jumps from h{previous} to h{level}; use h{previous + 1}.",
                Location("line", number), previous=previous, level=level)
        previous = level


def _check_photos(article: Article, config: SiteConfig, add: Any) -> None:
    refs = article.photo_refs()
    attached = {p.id for p in article.photos}
    used = set()
    for number, photo_id, _alt in refs:
        used.add(photo_id)
        if photo_id not in attached:
            add("error", "unknown-photo",
                f"The text places photo '{photo_id}', but no photo with that id is attached.",
                Location("line", number), photo=photo_id)
    if article.lead_photo and article.lead_photo not in attached:
        add("error", "unknown-lead-photo",
            f"The lead photo '{article.lead_photo}' is not attached.",
            Location("field", "lead_photo"), photo=article.lead_photo)
    seen: set[str] = set()
    for photo in article.photos:
        loc = Location("photo", photo.id)
        if photo.id in seen:
            add("error", "duplicate-photo-id", f"Two photos have the id '{photo.id}'.", loc,
                photo=photo.id)
        seen.add(photo.id)
        try:
            path = article.photo_path(photo)
        except UnsafePathError as exc:
            add("error", "photo-path-unsafe", f"Photo '{photo.id}': {exc.message}.", loc,
                photo=photo.id, file=photo.file)
            path = None
        if path is not None and not path.is_file():
            add("error", "photo-file-missing",
                f"Photo '{photo.id}': the file {photo.file} is missing.", loc,
                photo=photo.id, file=photo.file)
        for name in config.required_photo_fields:
            if not str(getattr(photo, name, "")).strip():
                label = FIELD_LABELS.get(name, name)
                add("error", "photo-field-missing",
                    f"Photo '{photo.id}' has no {label}.", loc, photo=photo.id, field=name)
        if photo.id not in used and photo.id != article.lead_photo:
            add("warning", "photo-unused",
                f"Photo '{photo.id}' is attached but not used in the text.", loc,
                photo=photo.id)
