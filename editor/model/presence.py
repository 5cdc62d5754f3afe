"""Presence: who has an article open for editing, shared through Git between desktops.

In a workspace that is a Git repository, lock files (which need one shared drive) give way
to presence files that the sync commits and pushes like content::

    presence/<article-folder>/<user>@<host>.json

They live outside ``articles/`` so an article's history (``git log articles/<slug>``) and
its folder stay free of the minute-by-minute renewals, and deleting or renaming an article
never carries someone's presence along. A presence is a courtesy note: it never stops
anyone editing (the sync's conflict rules protect the text).

The file is renewed every :data:`RENEW_SECONDS` while the article is open and removed when
it is closed. It expires after :data:`TTL` without renewal. Expiry never trusts another
computer's clock: a colleague's file counts from when *this* computer received its latest
version (the file's modification time, set by our git when it wrote the file, on our
clock), whatever time is written inside. (So a fresh clone shows a note left by a computer
that never came back for at most TTL.) Our own files (this host) are written and judged by
our clock; the sync removes them once expired (an app that died without closing).

Everything read here is untrusted: files are size-limited, must be regular files (no
links), their JSON an object with short string fields; anything else is ignored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import secrets
import socket
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from editor.model.atomic import atomic_write

PRESENCE_DIR = "presence"
SUFFIX = ".json"
TTL = dt.timedelta(minutes=5)
RENEW_SECONDS = 60
MAX_BYTES = 4096
MAX_FIELD = 200
MAX_FILES = 200          # per article: more are not read (a flood must not stall the app)
_NAME_PART = re.compile(r"[^A-Za-z0-9._-]+")
_FILE = re.compile(r"^[A-Za-z0-9._-]{1,60}@[A-Za-z0-9._-]{1,60}\.json$")


@dataclass(frozen=True)
class Presence:
    slug: str
    user: str
    host: str
    since: dt.datetime      # UTC, as the writer's clock said (shown, never used to expire)
    renewed: dt.datetime    # UTC, writer's clock
    received: dt.datetime   # UTC, our clock: when this version reached this computer
    token: str
    path: Path


def _part(text: str, fallback: str) -> str:
    """An ASCII file-name part: 'Anna Prüferin' -> 'Anna-Pruferin', never empty."""
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NAME_PART.sub("-", text.encode("ascii", "ignore").decode()).strip(".-")
    return text[:60] or fallback


def is_file_name(name: str) -> bool:
    """A name we write (``user@host.json``): what the sync commits under presence/."""
    return bool(_FILE.match(name))


def host_name() -> str:
    return socket.gethostname().split(".")[0] or "host"


def valid_slug(slug: str) -> bool:
    """One plain folder name (the article's), never a path or a hidden name."""
    return (0 < len(slug) <= MAX_FIELD and not slug.startswith(".") and "/" not in slug
            and "\\" not in slug and not any(ord(c) < 32 for c in slug))


def file_for(root: Path | str, slug: str, user: str, host: str | None = None) -> Path:
    if not valid_slug(slug):
        raise ValueError(f"not an article folder name: {slug!r}")
    name = f"{_part(user, 'user')}@{_part(host or host_name(), 'host')}{SUFFIX}"
    return Path(root) / PRESENCE_DIR / slug / name


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def write(root: Path | str, slug: str, user: str, *, host: str | None = None,
          token: str | None = None, since: dt.datetime | None = None,
          now: dt.datetime | None = None) -> Presence:
    """Publish (or renew) our presence on ``slug``; atomic. Raises OSError."""
    now = now or _now()
    host = host or host_name()
    path = file_for(root, slug, user, host)
    token = token or secrets.token_hex(8)
    since = since or now
    data = {"user": user[:MAX_FIELD], "host": host[:MAX_FIELD],
            "since": since.isoformat(timespec="seconds"),
            "renewed": now.isoformat(timespec="seconds"), "token": token}
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())
    return Presence(slug, user, host, since, now, now, token, path)


def remove(root: Path | str, slug: str, user: str, *, host: str | None = None,
           token: str | None = None) -> bool:
    """Withdraw our presence; with ``token``, only if the file is still that one."""
    try:
        path = file_for(root, slug, user, host)
    except ValueError:
        return False
    if token is not None:
        current = read_file(path, slug)
        if current is not None and current.token != token:
            return False
    try:
        path.unlink()
    except OSError:
        return False
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty: git keeps no empty folders either
    return True


def withdraw(p: Presence) -> bool:
    """Remove the presence ``p`` we wrote, if its file is still that one (same token)."""
    current = read_file(p.path, p.slug)
    if current is None or current.token != p.token:
        return False
    try:
        p.path.unlink()
    except OSError:
        return False
    with contextlib.suppress(OSError):
        p.path.parent.rmdir()
    return True


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def read_file(path: Path, slug: str | None = None) -> Presence | None:
    """One presence file, or None when it is missing, not a small regular file, or not
    what we write."""
    if not is_file_name(path.name):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        raw = os.read(fd, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    fields = [data.get(k) for k in ("user", "host", "token")]
    if not all(isinstance(f, str) and len(f) <= MAX_FIELD for f in fields):
        return None
    since, renewed = _time(data.get("since")), _time(data.get("renewed"))
    if since is None or renewed is None:
        return None
    received = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    user, host, token = (str(f) for f in fields)
    return Presence(slug or path.parent.name, user, host, since, renewed, received, token,
                    path)


def is_own(p: Presence, host: str | None = None) -> bool:
    """Written on this computer (by the file name, which is what we write)."""
    return p.path.stem.rpartition("@")[2] == _part(host or host_name(), "host")


def is_expired(p: Presence, now: dt.datetime | None = None, host: str | None = None) -> bool:
    now = now or _now()
    if is_own(p, host):
        return now - p.renewed > TTL or p.renewed - now > TTL  # our clock wrote it
    # a colleague's: counted from its arrival here, never by their clock
    return now - p.received > TTL


def read_article(root: Path | str, slug: str) -> list[Presence]:
    """Every readable presence file of one article (expired ones too)."""
    if not valid_slug(slug):
        return []
    folder = Path(root) / PRESENCE_DIR / slug
    found = []
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return []
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= MAX_FILES:
                    break
                p = read_file(Path(entry.path), slug)
                if p is not None:
                    found.append(p)
    except OSError:
        return []
    return sorted(found, key=lambda p: (p.since, p.user))


def others(root: Path | str, slug: str, user: str, *, host: str | None = None,
           now: dt.datetime | None = None) -> list[Presence]:
    """Who else has ``slug`` open right now (not expired, not our own file)."""
    try:
        mine = file_for(root, slug, user, host).name
    except ValueError:
        return []
    return [p for p in read_article(root, slug)
            if p.path.name != mine and not is_expired(p, now, host)]


def expire_own(root: Path | str, *, host: str | None = None,
               now: dt.datetime | None = None) -> list[Path]:
    """Remove this computer's expired presence files (an app that died); returns them."""
    base = Path(root) / PRESENCE_DIR
    removed = []
    try:
        slugs = [e.name for e in os.scandir(base) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    for slug in slugs:
        for p in read_article(root, slug):
            if is_own(p, host) and is_expired(p, now, host):
                with contextlib.suppress(OSError):
                    p.path.unlink()
                    removed.append(p.path)
        with contextlib.suppress(OSError):
            (base / slug).rmdir()
    return removed
