"""When the article's content last changed: ``dateModified`` / ``article:modified_time``.

The content hash (editor/model/contenthash.py) says what changed; the time comes from,
in this order:

1. the review events (shared with the team, so every clone exports the same time): the
   first event of the newest run of events that carry the current content hash, when the
   newest event with a hash carries it (the content was submitted, commented on or
   approved as it is now; the time it was first recorded). ``published`` events are left
   out: export writes them after the page is made;
2. the article's version history (local): the time the newest version was replaced,
   which is when article.md got its current text;
3. neither: None, and the page says the publication time. The modification time of
   article.md is not used: a Git checkout or a copy sets it, so the same content would
   export differently on every machine (bundles are byte-identical for equal content).

The page never gives a time before the publication time (a page may be written ahead of
its date). Unchanged content gives the same time on every export: both sources change
only when the content does.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from editor.model.article import Article
from editor.model.errors import NewsdeskError

Source = Literal["review", "history", "none"]


def last_change(article: Article, content_hash: str | None = None) -> tuple[dt.datetime | None,
                                                                            Source]:
    """(aware UTC time of the last content change, where it was found)."""
    found = _from_events(article, content_hash)
    if found is not None:
        return found, "review"
    found = _from_history(article)
    if found is not None:
        return found, "history"
    return None, "none"


def _from_events(article: Article, content_hash: str | None) -> dt.datetime | None:
    from editor.model.reviewlog import read_log

    try:
        events = read_log(article.folder).events
    except (OSError, ValueError, NewsdeskError):
        return None
    # 'published' is written after an export, from what that export already said: it
    # must not move the time of the next export of the same content
    events = tuple(e for e in events if e.kind != "published")
    if not any(event.content_hash for event in events):
        return None  # nothing to compare with: no need to hash the content
    if content_hash is None:
        from editor.model.contenthash import content_hash as hash_of

        content_hash = hash_of(article)
    start: str | None = None
    for event in reversed(events):
        if not event.content_hash:
            continue  # a comment without a hash says nothing about the content
        if event.content_hash != content_hash:
            break
        start = event.at
    if start is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(start.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _from_history(article: Article) -> dt.datetime | None:
    from editor.model.history import list_versions

    try:
        versions = list_versions(article.folder)
    except (OSError, ValueError, NewsdeskError):
        return None
    return versions[0].saved_at if versions else None
