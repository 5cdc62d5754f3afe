"""Every problem of an article at once, as data: severity, code, message, location.

``validate`` looks at the article's text only (fast, for every keystroke); ``preflight``
adds the page metadata checks (editor.model.metacheck: warnings such as an example
base_url, no author, a small lead photo), and what export also refuses: photos kept
incomplete, photo files that are not a readable image of an accepted format within the
size limits (header check, no decoding), and the approval gate. ``newsdesk check``, the
problems panel and export all call ``preflight``, so check predicts export.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from editor.model import focus, readability
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError

# "hint": plain-language advice (editor/model/readability.py) below a warning; it never
# blocks export, approval or ``check``'s exit status.
Severity = Literal["error", "warning", "hint"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "hint")

# The approval gate's problems (review.export_check): their own kind, so the problems
# panel can say "ready for review" when only the approval is missing.
APPROVAL_CODES = frozenset({"not-approved", "changed-since-approval"})
LEAD_MAX = 300
TITLE_MAX = 90
ALT_MAX = 250  # as editor.model.photos.ALT_MAX (not imported: that loads Pillow)
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
    # Line in article.md (1-based), when known: of the front-matter key concerned, or the
    # file line of a body line (Location "line" counts lines of the body).
    line: int | None = field(default=None, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_hint(self) -> bool:
        return self.severity == "hint"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for hints: the order lists show them in."""
        return SEVERITIES.index(self.severity) if self.severity in SEVERITIES else 1

    @property
    def is_approval(self) -> bool:
        """The approval gate, not a problem of the content itself."""
        return self.code in APPROVAL_CODES

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "location": self.location.to_dict() if self.location else None,
        }


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)


# C0 controls except tab, line feed and carriage return; DEL; C1 controls.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# One-line fields (title, kicker, author) may not hold a line break or tab either.
ONE_LINE_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:\s|$)")


def _adder(article: Article, problems: list[Problem]) -> Any:
    """``add(severity, code, message, location, **params)`` appending to ``problems``, with
    the line in article.md where the location has one."""

    def add(severity: Severity, code: str, message: str, location: Location | None,
            **params: Any) -> None:
        line = None
        if location is not None and location.kind in ("field", "photo"):
            key = str(location.ref) if location.kind == "field" else "photos"
            line = article.key_lines.get(key)
        elif location is not None and location.kind == "line" and article.body_line:
            line = article.body_line + int(location.ref) - 1
        problems.append(Problem(severity, code, message, location, params, line))

    return add


def validate(article: Article, config: SiteConfig) -> list[Problem]:
    problems: list[Problem] = []
    add = _adder(article, problems)

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

    _check_control_characters(article, add)
    _check_headings(article, add)
    _check_photos(article, config, add)
    _plain_language_hints(article, config, add)
    return problems


def _plain_language_hints(article: Article, config: SiteConfig, add: Any) -> None:
    for hint in readability.hints(article, config):
        location = (Location("line", hint.line) if hint.where == "body"
                    else Location("field", hint.where))
        add("hint", hint.code, hint.message, location, **hint.params)


def preflight(article: Article, config: SiteConfig, review_status: Any = None) -> list[Problem]:
    """Every problem export would refuse for, without decoding any image: validation
    (errors and warnings), photos kept without their credits, photo files that cannot be
    published, and the approval gate (from ``review_status`` when the caller already has
    the review.Status, else read now). Export goes ahead when none of them is an error."""
    problems = validate(article, config)
    _metadata_problems(article, config, problems)
    seen = {(p.code, p.location) for p in problems}
    store: list[Any] = []  # the workspace's photo check cache, looked up once
    for photo in article.photos:
        loc = Location("photo", photo.id)
        if photo.incomplete:
            problems.append(Problem(
                "error", "photo-incomplete",
                f"Photo '{photo.id}' was kept without its credits; complete them to export.",
                loc, {"photo": photo.id}))
        if any((code, loc) in seen for code in ("photo-path-unsafe", "photo-file-missing")):
            continue
        reason = _photo_file_problem(article, photo, config, store)
        if reason is not None:
            problems.append(Problem(
                "error", "photo-unreadable", f"Photo '{photo.id}' ({photo.file}): {reason}.",
                loc, {"photo": photo.id, "file": photo.file, "reason": reason}))
    # review imports this module; imported here to keep the import graph one-way.
    from editor.model import review

    problems += review.export_check(article, config, review_status)
    return problems


def _metadata_problems(article: Article, config: SiteConfig, problems: list[Problem]) -> None:
    """Search and social metadata (editor.model.metacheck): warnings that never block
    export (base_url still an example, no author, a lead photo under 1200 px, a long
    description) and the errors export would refuse for (a bad author_type or author_url,
    an unusable publisher_logo or favicon). In preflight, not validate: it reads the lead
    photo's header and the workspace's site files."""
    from editor.model import metacheck

    found: list[Problem] = []
    add = _adder(article, found)

    def add_meta(severity: Severity, code: str, message: str, where: str | tuple[str, str],
                 **params: Any) -> None:
        if isinstance(where, tuple):
            kind, ref = where
            location = Location("photo" if kind == "photo" else "file", ref)
        else:
            location = Location("field", where)
        add(severity, code, message, location, **params)

    metacheck.check(article, config, add_meta)
    # before the plain-language hints, which lists show last
    at = next((i for i, p in enumerate(problems) if p.is_hint), len(problems))
    problems[at:at] = found


_CHECKED: dict[tuple, str | None] = {}


def _photo_file_problem(article: Article, photo: Photo, config: SiteConfig,
                        store: list[Any] | None = None) -> str | None:
    """Why the photo's file cannot be published, or None. Remembered by the file's full
    stat (size, mtime, inode, device, ctime) and the limits: in this process, since the
    problems panel asks again after every pause in typing, and in the workspace's cache
    (editor.model.photochecks), so an export with nothing changed runs no check at all.
    ``store`` holds that cache once found (shared by the photos of one call)."""
    from editor.model import photochecks
    from editor.model.filehashes import signature

    try:
        path = article.photo_path(photo)
        sig = signature(os.stat(path))
    except (UnsafePathError, OSError):
        return None  # reported by validate() as unsafe or missing
    check = photochecks.checker(config.max_photo_mb, config.max_megapixels)
    key = (os.path.abspath(path), sig, check)
    if key in _CHECKED:
        return _CHECKED[key]
    if store is None:
        store = []
    if not store:
        store.append(photochecks.for_workspace_of(article.folder) if article.folder else None)
    known_checks = store[0]
    known, reason = (known_checks.lookup(path, sig, check) if known_checks is not None
                     else (False, None))
    if not known:
        # Pillow loads only when a photo must be checked (keeps start-up and an
        # up-to-date export light).
        from editor.model.photometa import PhotoFileError, check_photo_file

        try:
            check_photo_file(path, config.max_photo_mb, config.max_megapixels)
            reason = None
        except PhotoFileError as exc:
            reason = exc.message
        if known_checks is not None:
            known_checks.remember(path, sig, check, reason)
    if len(_CHECKED) > 1000:
        _CHECKED.clear()
    _CHECKED[key] = reason
    return reason


def _check_control_characters(article: Article, add: Any) -> None:
    """Control characters are invisible, break pages and feeds, and are never meant."""

    def check(value: str, location: Location, field: str, **params: Any) -> None:
        forbidden = ONE_LINE_FORBIDDEN if field in ("title", "kicker", "author") and \
            "photo" not in params else CONTROL_CHARACTERS
        m = forbidden.search(value)
        if m is None:
            return
        code = f"U+{ord(m.group()):04X}"
        where = f"photo '{params['photo']}', {field}" if "photo" in params else field
        add("error", "control-character",
            f"The {where} contains the invisible control character {code}; remove it.",
            location, field=field, character=code, **params)

    for name in ("title", "kicker", "author", "lead"):
        check(getattr(article, name), Location("field", name), name)
    if isinstance(article.date, str):
        check(article.date, Location("field", "date"), "date")
    for tag in article.tags:
        check(tag, Location("field", "tags"), "tags")
    if article.lead_photo:
        check(article.lead_photo, Location("field", "lead_photo"), "lead_photo")
    for photo in article.photos:
        for name in ("id", "file", *FIELD_LABELS):
            check(str(getattr(photo, name)), Location("photo", photo.id), name, photo=photo.id)


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
        if len(photo.alt) > ALT_MAX:
            add("error", "alt-too-long",
                f"Photo '{photo.id}': the alt text has {len(photo.alt)} characters; "
                f"at most {ALT_MAX} are allowed.", loc, photo=photo.id,
                length=len(photo.alt), limit=ALT_MAX)
        focus_message = focus.focus_problem(photo)
        if focus_message:
            add("error", "photo-focus-invalid", focus_message, loc, photo=photo.id)
        if photo.id not in used and photo.id != article.lead_photo:
            add("warning", "photo-unused",
                f"Photo '{photo.id}' is attached but not used in the text.", loc,
                photo=photo.id)
