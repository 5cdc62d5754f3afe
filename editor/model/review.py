"""Review events, the state they give, approval bound to the exact content, the export gate.

Events live in ``<article>/review/``, one small JSON file each, never rewritten; reading
and writing those files is :mod:`editor.model.reviewlog`.

:func:`add_event` reads the log, checks the transition and writes the event while holding
the short mutex ``<article>/.newsdesk/review.mutex`` (:mod:`editor.model.mutex`), so
concurrent approvals on one shared drive give exactly one ``approved`` event.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model import mutex, reviewlog
from editor.model.confine import article_subdir
from editor.model.reviewlog import EVENTS, REVIEW_DIR, SCHEMA, Event, ReviewError

# The article, its content hash (YAML, Pillow's neighbours), the settings, snapshots and
# validation are imported where they are used: the command line's up-to-date export
# writes its 'published' event through this module without them (issue 12).
if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.config import SiteConfig
    from editor.model.contenthash import content_hash
    from editor.model.diff import Diff
    from editor.model.snapshot import SnapshotError
    from editor.model.validation import Problem

# editor.model.article's folder name, written out (a test checks they agree).
META_DIR = ".newsdesk"

# Names this module used to import at its top, still importable from it (PEP 562).
_LAZY = {"Diff": "editor.model.diff", "SnapshotError": "editor.model.snapshot",
         "Article": "editor.model.article", "parse_article": "editor.model.article",
         "SiteConfig": "editor.model.config", "content_hash": "editor.model.contenthash",
         "short": "editor.model.contenthash"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


STATES = ("draft", "in_review", "changes_requested", "approved", "changed_since_approval",
          "published")
# Held while an event is checked and written (see editor.model.mutex).
REVIEW_MUTEX = "review.mutex"

# What a person may do in each state (published is recorded by the export only).
ALLOWED: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "comment"),
    "in_review": ("approved", "changes_requested", "reopened", "comment"),
    "changes_requested": ("submitted", "reopened", "comment"),
    "approved": ("changes_requested", "reopened", "comment"),
    "changed_since_approval": ("submitted", "approved", "changes_requested", "reopened",
                               "comment"),
    "published": ("reopened", "comment"),
}


class ApprovalRefused(ReviewError):
    """Approving is refused while validation reports errors."""


class MissingName(ReviewError):
    """Every event needs the name of the person adding it."""


@dataclass(frozen=True)
class Status:
    state: str
    content_hash: str
    approval: Event | None  # the approval in force (possibly for older content)
    events: tuple[Event, ...]
    broken: tuple[tuple[Path, str], ...] = ()

    @property
    def approved_hash(self) -> str | None:
        return self.approval.content_hash if self.approval else None

    @property
    def allowed(self) -> tuple[str, ...]:
        return ALLOWED[self.state]

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state, "content_hash": self.content_hash,
                "approved_hash": self.approved_hash,
                "events": [e.to_dict() for e in self.events],
                "unreadable": [{"file": str(p), "reason": r} for p, r in self.broken]}


# ---- state ----------------------------------------------------------------------------


def derive(events: tuple[Event, ...] | list[Event], current_hash: str) -> tuple[str,
                                                                                 Event | None]:
    """(state, approval in force) from events in time order and the current content hash.

    An approval holds until changes are requested, the article is reopened or submitted
    again; it covers only its own content hash: any other hash gives
    changed_since_approval (also after publishing)."""
    state = "draft"
    approval: Event | None = None
    for e in events:
        if e.kind == "submitted":
            state, approval = "in_review", None
        elif e.kind == "changes_requested":
            state, approval = "changes_requested", None
        elif e.kind == "approved":
            state, approval = "approved", e
        elif e.kind == "reopened":
            state, approval = "draft", None
        elif e.kind == "published":
            state = "published"
    if state in ("approved", "published"):
        covered = approval.content_hash if approval else _last_published_hash(events)
        if covered != current_hash:
            state = "changed_since_approval"
    return state, approval


def _last_published_hash(events: tuple[Event, ...] | list[Event]) -> str:
    return next((e.content_hash for e in reversed(events) if e.kind == "published"), "")


def status(article: Article) -> Status:
    from editor.model.contenthash import content_hash

    log = reviewlog.read_log(article.folder)
    chash = content_hash(article)
    state, approval = derive(log.events, chash)
    return Status(state, chash, approval, log.events, log.broken)


def state_of(article: Article) -> str:
    """The article's review state; 'draft' until review events exist."""
    if not reviewlog.event_names(article.folder):
        return "draft"  # no events: skip hashing photos for the workspace list
    return status(article).state


def add_event(article: Article, kind: str, by: str, note: str = "", *,
              config: SiteConfig | None = None, published_hash: str | None = None,
              outside_problems: list[Problem] | tuple[Problem, ...] = (),
              **extra: Any) -> Event:
    """Record a review action on the article as it is now. Raises ReviewError when the
    action is not possible in the current state, ApprovalRefused when validation reports
    errors (``config`` is needed to approve), MissingName without a name.
    ``published_hash``: for 'published' only, the content hash the export's snapshot took
    (the bundle describes that content, whatever the files hold now). ``outside_problems``:
    what layers above the model found (the page frame, editor.render.frame_check); their
    errors refuse an approval like validation's."""
    if kind not in EVENTS:
        raise ReviewError(f"unknown review action '{kind}'", code="unknown-action",
                          params={"action": kind})
    by = by.strip()
    if not by and kind != "published":
        raise MissingName("a name is required for every review action", code="name-required")
    note = note.strip()
    if kind == "changes_requested" and not note:
        raise ReviewError("say which changes are needed (a note is required)",
                          code="note-required")
    if kind == "published" and published_hash:
        return record_published_in(article.folder, published_hash, by, note, **extra)
    from editor.model.contenthash import content_hash

    chash = content_hash(article)
    if kind == "published":
        return _write_event(article, kind, by, note, chash, extra)
    # Read the log, check the transition and write the event as one step, so that of
    # several people approving at once exactly one succeeds (the others see 'approved').
    with mutex.hold(review_mutex_path(article.folder)):
        log = reviewlog.read_log(article.folder)
        state, _approval = derive(log.events, chash)
        if kind not in ALLOWED[state]:
            raise ReviewError(
                f"cannot {_VERB[kind]}: the article is {state.replace('_', ' ')}",
                code="not-allowed", params={"action": kind, "state": state})
        if kind == "approved":
            from editor.model.config import SiteConfig

            own = self_approval(log.events, by)
            policy = (config or SiteConfig()).self_approval
            if own and policy == "forbid":
                raise ReviewError(
                    f"cannot approve: {own} submitted this article for review, and "
                    "newsdesk.toml forbids approving one's own article "
                    "(review.self_approval = \"forbid\"); someone else must approve it",
                    article.path, code="self-approval", params={"submitter": own})
            if own:
                # on the record, whatever the policy: the approval was not four-eyed
                extra = {**extra, "self_approval": True}
            from editor.model.validation import validate  # only for an approval

            errors = [p for p in [*validate(article, config or SiteConfig()),
                                  *outside_problems] if p.is_error]
            if errors:
                raise ApprovalRefused("cannot approve: the article has problems",
                                      article.path, errors, code="not-valid")
        return _write_event(article, kind, by, note, chash, extra, locked=True)


def record_published_in(folder: Path, content_hash: str, by: str = "", note: str = "",
                        **extra: Any) -> Event:
    """Append a 'published' event for ``content_hash`` (what the export's snapshot took)
    to the article in ``folder``. Allowed in every state, so the log is not read: the
    command line's up-to-date export records it without loading the article."""
    return _write_event(Path(folder), "published", by.strip(), note.strip(), content_hash,
                        extra)


def _write_event(article: Article | Path, kind: str, by: str, note: str, chash: str,
                 extra: dict[str, Any], *, locked: bool = False) -> Event:
    """Write the event (under the review mutex unless the caller holds it)."""
    folder = article if isinstance(article, Path) else article.folder
    with contextlib.nullcontext() if locked else mutex.hold(review_mutex_path(folder)):
        when = reviewlog.timestamp(folder)
        at = when.isoformat(timespec="microseconds").replace("+00:00", "Z")
        if kind == "approved":
            from editor.model.snapshot import write_snapshot  # only for an approval

            write_snapshot(article, chash, by, at)
        record = {"schema": SCHEMA, "event": kind, "by": by, "at": at, "note": note,
                  "content_hash": chash, **extra}
        name = reviewlog.store(folder, record, when)
    return Event(kind, by, at, note, chash, dict(extra), name)


def submitter(events: tuple[Event, ...] | list[Event]) -> str:
    """Who submitted the current round: the name of the latest 'submitted' event ('')."""
    return next((e.by for e in reversed(events) if e.kind == "submitted"), "")


def same_person(a: str, b: str) -> bool:
    """Names compared as people type them: trimmed, inner spaces folded, any case."""
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def self_approval(events: tuple[Event, ...] | list[Event], by: str) -> str:
    """The submitter's name when ``by`` submitted the current round (approving it would
    be approving one's own article), else ''."""
    name = submitter(events)
    return name if same_person(name, by) else ""


def review_mutex_path(folder: Path) -> Path:
    return article_subdir(folder, META_DIR) / REVIEW_MUTEX


_VERB = {"submitted": "submit it for review", "comment": "comment",
         "changes_requested": "request changes", "approved": "approve it",
         "reopened": "reopen it", "published": "publish it"}


# ---- approval and export ---------------------------------------------------------------


def approval_record(article: Article, known: Status | None = None) -> dict[str, Any] | None:
    """{'by', 'at', 'content_hash'} of the approval that covers the current content
    (``known``: a status already taken, e.g. an export's snapshot)."""
    s = known or status(article)
    if s.approval is None or s.approval.content_hash != s.content_hash:
        return None
    return {"by": s.approval.by, "at": s.approval.at, "content_hash": s.approval.content_hash}


def export_check(article: Article, config: SiteConfig,
                 known: Status | None = None) -> list[Problem]:
    """Problems that forbid exporting this exact content (the approval gate)."""
    if not config.approval_required:
        return []
    s = known or status(article)
    if s.approval is not None and s.approval.content_hash == s.content_hash:
        return []
    from editor.model.contenthash import short
    from editor.model.validation import Location, Problem  # only when export is refused

    where = Location("file", REVIEW_DIR)
    if s.approval is not None:
        a = s.approval
        return [Problem(
            "error", "changed-since-approval",
            f"The article changed since {a.by} approved it on {a.at} (approved content "
            f"{short(a.content_hash)}, now {short(s.content_hash)}); it needs a new approval.",
            where, {"by": a.by, "at": a.at, "approved_hash": a.content_hash,
                    "content_hash": s.content_hash, "state": s.state})]
    return [Problem(
        "error", "not-approved",
        f"The article is not approved (review state: {s.state.replace('_', ' ')}); "
        "export needs an approval of the current content.",
        where, {"state": s.state, "content_hash": s.content_hash})]


def record_published(article: Article, bundle_hash: str, by: str = "",
                     snapshot_hash: str | None = None) -> None:
    """Append a 'published' event after a successful export (``snapshot_hash``: the
    content hash the export's snapshot took)."""
    add_event(article, "published", by, f"bundle {bundle_hash}", bundle_hash=bundle_hash,
              published_hash=snapshot_hash)


def last_approval(article: Article) -> Event | None:
    """The latest approval event, even one voided since (for 'changes since approval')."""
    events = reviewlog.read_log(article.folder).events
    return next((e for e in reversed(events) if e.kind == "approved"), None)


def approved_version(article: Article) -> tuple[Event, Article] | None:
    """The latest approval and the article as it was approved (from its snapshot), for
    showing the changes in the rendered article; None if never approved. Raises
    SnapshotError when the snapshot is missing or unreadable, ArticleFormatError when
    its text cannot be parsed."""
    approval = last_approval(article)
    if approval is None:
        return None
    from editor.model.article import parse_article
    from editor.model.snapshot import read_snapshot  # only when comparing with the approval

    snap = read_snapshot(article.folder, approval.content_hash)
    return approval, parse_article(snap["article_md"], article.folder)


def changes_since_approval(article: Article) -> Diff | None:
    """Body, metadata and photo changes since the latest approval; None if never approved.
    Raises SnapshotError when the approved snapshot is missing or unreadable."""
    approval = last_approval(article)
    if approval is None:
        return None
    from editor.model.contenthash import content_hash
    from editor.model.snapshot import diff_against, read_snapshot  # only for this comparison

    snap = read_snapshot(article.folder, approval.content_hash)
    diff = diff_against(article, snap, content_hash(article))
    diff.approved_by, diff.approved_at = approval.by, approval.at
    return diff


__all__ = ["ALLOWED", "EVENTS", "STATES", "ApprovalRefused", "Diff", "Event", "MissingName",
           "ReviewError", "SnapshotError", "Status", "add_event",
           "approval_record", "approved_version", "changes_since_approval", "content_hash",
           "derive",
           "export_check", "last_approval", "record_published",
           "record_published_in", "same_person",
           "self_approval", "state_of", "status", "submitter"]
