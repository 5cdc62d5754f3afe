"""The review log's files: reading every event of an article (cached) and writing one.

Events live in ``<article>/review/``, one small JSON file each, never rewritten. A file name
begins with the event's UTC time, so names sort in time order, and ends with a random
suffix; the file is written completely (``atomic_write``) under a hidden temporary name and
then linked to its final name, which fails instead of overwriting. Two people adding
events to a shared folder at once therefore never lose one. What the events mean (the
state, who may add which, approval and export) is editor/model/review.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.atomic import TEMP_SUFFIX, atomic_write
from editor.model.confine import article_subdir
from editor.model.errors import NewsdeskError

if TYPE_CHECKING:
    from editor.model.validation import Problem

# editor.model.article's folder name, written out (a test checks they agree).
REVIEW_DIR = "review"

EVENTS = ("submitted", "comment", "changes_requested", "approved", "reopened", "published")
SCHEMA = "newsdesk-review-event/1"


class ReviewError(NewsdeskError):
    """A review action is refused; ``code`` says why in a word the GUI can translate
    (not-allowed, note-required, name-required, unknown-action, not-valid, no-free-name,
    self-approval),
    ``params`` holds the values, ``problems`` the validation errors (may be empty)."""

    def __init__(self, message: str, path: Path | str | None = None,
                 problems: list[Problem] | None = None, *, code: str = "",
                 params: dict[str, Any] | None = None):
        self.problems = list(problems or [])
        self.code = code
        self.params = dict(params or {})
        super().__init__(message, path)


@dataclass(frozen=True)
class Event:
    kind: str
    by: str
    at: str  # UTC, ISO 8601 with microseconds and 'Z'
    note: str = ""
    content_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    file: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.kind, "by": self.by, "at": self.at, "note": self.note,
                "content_hash": self.content_hash, **self.extra}


@dataclass(frozen=True)
class ReviewLog:
    events: tuple[Event, ...]
    # (file, reason) for every event file that could not be read; shown, never fatal.
    broken: tuple[tuple[Path, str], ...] = ()


# Per article folder: event file name -> parsed event or the reason it is unreadable.
# Event files are never rewritten, so a name, once parsed, stays valid.
_cache: dict[Path, dict[str, Event | str]] = {}
_cache_lock = threading.Lock()
_last_at: dict[Path, dt.datetime] = {}


def review_dir(folder: Path) -> Path:
    return article_subdir(folder, REVIEW_DIR)


def event_names(folder: Path, where: Path | None = None) -> list[str]:
    """The event files' names, sorted (``where``: the review folder, when known)."""
    try:
        with os.scandir(where or review_dir(folder)) as it:
            return sorted(e.name for e in it if e.name.endswith(".json")
                          and not _is_temp_name(e.name) and e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def _is_temp_name(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)  # as atomic.is_temp_file


def read_log(folder: Path) -> ReviewLog:
    """Every event of an article in time order; only files not seen before are read."""
    folder = Path(folder)
    where = review_dir(folder)
    names = event_names(folder, where)
    with _cache_lock:
        known = dict(_cache.get(folder, {}))
    parsed: dict[str, Event | str] = {}
    for name in names:
        hit = known.get(name)
        if not isinstance(hit, Event):  # unreadable ones are tried again
            try:
                hit = parse_event(where / name)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                hit = str(exc) or type(exc).__name__
            except RecursionError:  # json.loads of "[[[[…" tens of thousands deep
                hit = "nested too deeply"
        parsed[name] = hit
    with _cache_lock:
        _cache[folder] = parsed
    events = sorted((e for e in parsed.values() if isinstance(e, Event)),
                    key=lambda e: (e.at, e.file))
    broken = tuple((where / n, r) for n, r in parsed.items() if isinstance(r, str))
    return ReviewLog(tuple(events), broken)


def parse_event(path: Path) -> Event:
    with open(path, encoding="utf-8") as f:
        data = json.loads(f.read())
    if not isinstance(data, dict):
        raise ValueError("not a review event")
    kind = data.get("event")
    if kind not in EVENTS:
        raise ValueError(f"unknown event {kind!r}")
    for key in ("by", "at"):
        if not isinstance(data.get(key), str):
            raise ValueError(f"no '{key}'")
    dt.datetime.fromisoformat(data["at"].replace("Z", "+00:00"))  # raises ValueError
    known = {"schema", "event", "by", "at", "note", "content_hash"}
    return Event(kind, data["by"], data["at"], str(data.get("note") or ""),
                 str(data.get("content_hash") or ""),
                 {k: v for k, v in data.items() if k not in known}, path.name)


# An event file name's time as written (store): fixed width, ASCII digits.
_NAME_TIME = re.compile(r"[0-9]{8}T[0-9]{6}\.[0-9]{6}")
NAME_TIME_FORMAT = "%Y%m%dT%H%M%S.%f"


def _name_time(text: str) -> dt.datetime:
    """The UTC time a name begins with, as ``strptime(text, NAME_TIME_FORMAT)`` gives it
    (ValueError alike). Sliced by hand in the usual case: strptime's module costs every
    export several milliseconds of start-up (issue 12); any other text goes to strptime."""
    if _NAME_TIME.fullmatch(text):
        return dt.datetime(int(text[0:4]), int(text[4:6]), int(text[6:8]), int(text[9:11]),
                           int(text[11:13]), int(text[13:15]), int(text[16:22]),
                           tzinfo=dt.UTC)
    return dt.datetime.strptime(text, NAME_TIME_FORMAT).replace(tzinfo=dt.UTC)


def timestamp(folder: Path) -> dt.datetime:
    # Strictly after every event already there, so one person's events never swap order.
    now = dt.datetime.now(dt.UTC)
    names = event_names(folder)
    floor = _last_at.get(folder)
    if names:
        try:
            latest = _name_time(names[-1][:22])
            floor = max(floor, latest) if floor else latest
        except ValueError:
            pass
    if floor is not None and now <= floor:
        now = floor + dt.timedelta(microseconds=1)
    _last_at[folder] = now
    return now


def _suffix() -> str:
    return os.urandom(6).hex()  # as secrets.token_hex(6), without importing random


def store(folder: Path, record: dict[str, Any], when: dt.datetime) -> str:
    target_dir = review_dir(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = when.strftime("%Y%m%dT%H%M%S.%f")
    payload = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    for _ in range(20):
        name = f"{stamp}Z-{record['event']}-{_suffix()}.json"
        final = target_dir / name
        staged = target_dir / f".{name}.staged{TEMP_SUFFIX}"
        atomic_write(staged, payload)
        try:
            os.link(staged, final)  # fails rather than replace an existing event
        except FileExistsError:
            staged.unlink(missing_ok=True)
            continue
        except OSError:
            # Some shares have no hard links; the random suffix makes a clash unthinkable.
            if final.exists():
                staged.unlink(missing_ok=True)
                continue
            os.replace(staged, final)
            return name
        staged.unlink(missing_ok=True)
        return name
    raise ReviewError("could not find a free name for the review event", target_dir,
                      code="no-free-name")
