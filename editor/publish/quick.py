"""The command line's up-to-date export without loading the article (issue 12).

``newsdesk export`` with nothing changed must still prove that nothing changed; done in
full that means parsing article.md (YAML), the settings (TOML), reading the review log and
running the validation, whose modules cost most of the command's 0.27 s. So after every
successful export the command keeps a record of exactly what that export's check read,
with its verdict (the warnings), in the workspace's cache::

    .newsdesk/cache/quick-exports/<sha256 of article folder, export folder, zip>.json

and the next export with the same arguments first compares the record with the files:

- article.md: the SHA-256 of its bytes (a regular file, as the loader insists);
- newsdesk.toml: the SHA-256 of its bytes (what the settings were parsed from);
- every photo: its path checked as editor.model.confine does (no symbolic link, a
  regular file inside photos/), and its full stat (size, mtime, inode, device, ctime),
  the trust editor.model.filehashes gives the content hash already;
- the publisher logo and favicon: their path checked as editor.model.sitefiles does and
  the SHA-256 of their bytes;
- the review folder: every entry's name and full stat (any event added, removed or
  rewritten, by anyone, is a difference);
- Newsdesk's code (model, render, publish, the commands), resources, the installed
  distributions, Python, and the workspace's templates (as editor.publish.uptodate).

When all agree, the validation would find what it found then (it reads nothing else and
does not depend on the time), so the bundle's own up-to-date check (editor.publish.
uptodate, under the export folder's lock) decides as before, and the 'published' event is
recorded as before. Anything different, missing or unreadable means the full export runs
(and records anew). Kept only when each value can be shown to be what the export itself
used: the article's bytes are the snapshot's, the settings are parsed from the bytes
hashed, each photo's stat maps to the snapshot's photo digest in the file-hash cache,
the logo's and favicon's bytes give the export's own inputs digest, and the review folder
was listed before the snapshot read it and holds exactly one event more afterwards: the
export's 'published' event. So a change made while an export runs is never hidden.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

from editor import __version__
from editor.model.atomic import replace_cache_file
from editor.model.confine import read_regular
from editor.model.filehashes import signature
from editor.publish import uptodate

if TYPE_CHECKING:
    from editor.model.checked import CheckedArticle
    from editor.model.config import SiteConfig
    from editor.publish.bundle import ExportResult

FOLDER = "quick-exports"
FORMAT = "newsdesk-quick-export/1"
MAX_RECORD_BYTES = 4 * 1024 * 1024
# editor.model.workspace.CACHE_DIR and the article's file names, written out so that this
# module loads none of the model (a test checks they agree).
CACHE_DIR = ".newsdesk/cache"
ARTICLE_FILE = "article.md"
CONFIG_NAME = "newsdesk.toml"
REVIEW_DIR = "review"
ARTICLE_MAX_BYTES = 5 * 1024 * 1024  # frontmatter.MAX_FILE_BYTES
CONFIG_MAX_BYTES = 256 * 1024  # config.CONFIG_MAX_BYTES
SITE_FILE_MAX_BYTES = 1024 * 1024  # at least sitefiles.MAX_BYTES
_EDITOR = Path(__file__).resolve().parent.parent

Listing = dict[str, list[int]]  # name -> stat signature and mode


class Hit(NamedTuple):
    """What an up-to-date export prints and records."""

    name: str  # the bundle folder's name
    content_hash: str
    warnings: list[dict[str, Any]]  # {"problem": to_dict(), "position": [line, col] | None}
    record: Path
    data: dict[str, Any]
    review: Listing  # the review folder as found (the record's, plus 'published' events)


def record_path(cache_dir: Path, folder: Path, out: Path, make_zip: bool) -> Path:
    text = f"{os.path.abspath(folder)}\0{os.path.abspath(out)}\0{int(make_zip)}"
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Path(cache_dir) / FOLDER / f"{key}.json"


def cache_of(root: Path) -> Path | None:
    from editor.model.confine import workspace_cache

    return workspace_cache(root, CACHE_DIR)


def review_listing(folder: Path) -> Listing | None:
    """Every entry of the article's review folder with its stat; {} without the folder,
    None when it is not a plain folder or cannot be read."""
    where = Path(folder) / REVIEW_DIR
    try:
        st = os.lstat(where)
    except FileNotFoundError:
        return {}
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode):
        return None
    found: Listing = {}
    try:
        with os.scandir(where) as entries:
            for e in entries:
                s = e.stat(follow_symlinks=False)
                found[e.name] = [*signature(s), s.st_mode]
    except OSError:
        return None
    return found


def software(root: Path, code: str | None = None) -> str:
    """Newsdesk's code (the commands too: they print the result), resources, the installed
    distributions, Python, the workspace's templates. ``code``: uptodate._software()."""
    parts = [__version__, code or uptodate._software(),
             uptodate._tree_stat(Path(root) / "templates"),
             uptodate._tree_stat(_EDITOR / "commands", suffix=".py"),
             uptodate._tree_stat(_EDITOR, suffix="cli.py")]
    return hashlib.sha256("\n\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _chain(base: Path, rel: str, first: str | None = None) -> os.stat_result | None:
    """The stat of ``base/rel`` when every part of the way is a real folder (no symbolic
    link) and the end a regular file; ``first``: the name the first part must have."""
    parts = PurePosixPath(rel).parts
    if not parts or PurePosixPath(rel).is_absolute() or any(p in ("..", ".") for p in parts) \
            or (first is not None and parts[0] != first) or "\\" in rel or "\x00" in rel:
        return None
    current = Path(base)
    st = None
    for index, part in enumerate(parts):
        current = current / part
        try:
            st = os.lstat(current)
        except OSError:
            return None
        last = index == len(parts) - 1
        if (last and not stat.S_ISREG(st.st_mode)) or (not last and not stat.S_ISDIR(st.st_mode)):
            return None
    return st


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file (not through a symbolic link), at most ``limit``."""
    data = read_regular(path, limit + 1)
    return data if data is not None and len(data) <= limit else None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _site_file(root: Path, rel: str) -> bytes | None:
    if _chain(root, rel) is None:
        return None
    return _read_regular(Path(root).joinpath(*PurePosixPath(rel).parts), SITE_FILE_MAX_BYTES)


def lookup(folder: Path, root: Path, out: Path, make_zip: bool) -> Hit | None:
    """The up-to-date result when nothing the last export into ``out`` read has changed
    and its bundle there is intact; None otherwise (then export in full)."""
    cache = cache_of(root)
    if cache is None:
        return None
    path = record_path(cache, folder, out, make_zip)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_RECORD_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_RECORD_BYTES else None
        listing = _still_true(data, folder, root, out, make_zip)
        if listing is None or not _printable(data["warnings"]) \
                or not all(isinstance(data[k], str) for k in ("name", "content_hash", "inputs")):
            return None
        hit = Hit(data["name"], data["content_hash"], data["warnings"], path, data, listing)
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        return None
    return hit


def _printable(warnings: Any) -> bool:
    """Warnings as :func:`remember` keeps them (a damaged record is only a cache miss)."""
    def one(w: Any) -> bool:
        p, at = w.get("problem"), w.get("position")
        return isinstance(p, dict) and all(isinstance(p.get(k), str)
                                           for k in ("severity", "code", "message")) \
            and (at is None or (isinstance(at, list) and len(at) == 2
                                and all(type(n) is int for n in at)))

    return isinstance(warnings, list) and all(isinstance(w, dict) and one(w) for w in warnings)


def _still_true(data: Any, folder: Path, root: Path, out: Path,
                make_zip: bool) -> Listing | None:
    """The review folder's listing when every input is as recorded, else None."""
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or data.get("folder") != os.path.abspath(folder) \
            or data.get("out") != os.path.abspath(out) or data.get("zip") != make_zip:
        return None
    article = _read_regular(Path(folder) / ARTICLE_FILE, ARTICLE_MAX_BYTES)
    if article is None or _sha(article) != data["article_sha256"]:
        return None
    try:
        with open(Path(root) / CONFIG_NAME, "rb") as f:  # as load_config (links followed)
            config = f.read(CONFIG_MAX_BYTES + 1)
    except OSError:
        return None
    if _sha(config) != data["config_sha256"]:
        return None
    for rel, sig in data["photos"]:
        st = _chain(Path(folder), rel, first="photos")
        if st is None or [*signature(st), st.st_mode] != sig:
            return None
    for rel, digest in data["site_files"]:
        content = _site_file(Path(root), rel)
        if content is None or _sha(content) != digest:
            return None
    listing = review_listing(folder)
    if listing is None or not _same_review(folder, data["review"], listing):
        return None
    return listing if software(root) == data["software"] else None


def _same_review(folder: Path, recorded: Listing, now: Listing) -> bool:
    """Whether the review log gives the check what it gave: every recorded entry unchanged,
    and any new one a readable 'published' event (another export's, into another folder).
    Those change neither the approval in force nor anything the validation or the bundle
    reads (review.derive: 'published' sets only the state, which matters only when the
    export was refused for the approval)."""
    if any(now.get(name) != sig for name, sig in recorded.items()):
        return False
    added = [name for name in now if name not in recorded]
    if not added:
        return True
    from editor.model import reviewlog

    for name in added:
        if not (name.endswith(".json") and stat.S_ISREG(now[name][-1])) or name.startswith("."):
            return False
        try:
            if reviewlog.parse_event(Path(folder) / REVIEW_DIR / name).kind != "published":
                return False
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            return False
    return True


def still_exported(hit: Hit, root: Path, out: Path, make_zip: bool) -> uptodate.Stamp | None:
    """The bundle's own check (as the full export makes it): under the export folder's
    lock, after finishing any interrupted switch, the bundle (and zip) must be exactly the
    files the export with these inputs wrote."""
    from editor.publish import outfolder

    cache = cache_of(root)
    if cache is None:
        return None
    name = hit.name
    out = Path(out)
    try:
        with outfolder.locked(out, name, None):
            outfolder.recover(out, name)
            return uptodate.check(cache, out / name, out / f"{name}.zip", hit.data["inputs"],
                                  make_zip)
    except (OSError, outfolder.Cancelled):
        return None
    except Exception as exc:  # StorageError and the like: the full export reports it
        from editor.model.errors import NewsdeskError

        if isinstance(exc, NewsdeskError):
            return None
        raise


def published(hit: Hit, folder: Path, event_name: str) -> None:
    """After the up-to-date export recorded its 'published' event: keep the review folder
    as it is now, when the only difference is that event (else the next export is full)."""
    before = hit.review
    after = review_listing(folder)
    expected = set(before) | {event_name}
    data = dict(hit.data)
    if after is None or set(after) != expected \
            or any(after[n] != sig for n, sig in before.items()):
        _forget(hit.record)
        return
    data["review"] = after
    _write(hit.record, data)


def remember(folder: Path, root: Path, out: Path, make_zip: bool, *, snap: CheckedArticle,
             config: SiteConfig, config_raw: bytes, result: ExportResult,
             review_before: Listing | None, warnings: Sequence[dict[str, Any]]) -> bool:
    """Keep the record of this successful export's check (see the module docstring);
    False, and any earlier record removed, when some input cannot be shown to be what the
    export used. Never raises for the files: the record is a cache."""
    cache = cache_of(root)
    if cache is None:
        return False
    path = record_path(cache, folder, out, make_zip)
    try:
        data = _record(folder, root, make_zip, snap, config, config_raw, result,
                       review_before, warnings, cache)
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        data = None
    if data is None:
        _forget(path)
        return False
    data.update({"folder": os.path.abspath(folder), "out": os.path.abspath(out)})
    return _write(path, data)


def _record(folder: Path, root: Path, make_zip: bool, snap: CheckedArticle,
            config: SiteConfig, config_raw: bytes, result: ExportResult,
            review_before: Listing | None, warnings: Sequence[dict[str, Any]],
            cache: Path) -> dict[str, Any] | None:
    from types import SimpleNamespace

    from editor.model import filehashes, sitefiles
    from editor.publish import names

    if not result.inputs or review_before is None or snap.errors:
        return None
    article = snap.article
    # The photos: each one's stat now must be the file whose digest the snapshot took.
    known = filehashes.KnownHashes(cache)
    photos = []
    for photo in article.photos:
        rel = photo.file
        st = _chain(Path(folder), rel, first="photos") if isinstance(rel, str) else None
        if st is None or known.lookup(Path(folder).joinpath(*PurePosixPath(rel).parts), st) \
                != snap.photo_sha256.get(photo.id):
            return None
        photos.append([rel, [*signature(st), st.st_mode]])
    # The logo and favicon: their bytes now must give the export's own inputs digest
    # (which holds templates and code too).
    site_files, read = [], []
    for key in ("publisher_logo", "favicon"):
        rel = getattr(config, key, "")
        if rel:
            content = _site_file(Path(root), rel)
            if content is None:
                return None
            site_files.append([rel, _sha(content)])
            read.append(SimpleNamespace(bundle_name=sitefiles.bundle_name(key, rel),
                                        data=content))
    name = names.safe_stem(article.slug, "artikel")
    code = uptodate._software()
    soft = software(root, code)
    if uptodate.inputs_digest(snap, config, name, make_zip, root, site_files=read,
                              software=code) != result.inputs:
        return None
    # The review folder: read by the snapshot exactly as listed before it, and now holding
    # one entry more, the export's 'published' event.
    seen = {e.file for e in snap.review.events} | {p.name for p, _r in snap.review.broken}
    events = {n for n, sig in review_before.items()
              if n.endswith(".json") and not (n.startswith(".") and n.endswith(".ndtmp"))}
    if seen != events or any(not stat.S_ISREG(review_before[n][-1]) for n in events):
        return None
    after = review_listing(folder)
    if after is None:
        return None
    added = set(after) - set(review_before)
    if len(added) != 1 or any(after.get(n) != sig for n, sig in review_before.items()) \
            or not _is_our_event(Path(folder) / REVIEW_DIR / next(iter(added)), result):
        return None
    if _sha(snap.source) != snap.source_sha256:
        return None
    return {"format": FORMAT, "zip": make_zip, "name": name,
            "article_sha256": snap.source_sha256, "config_sha256": _sha(config_raw),
            "photos": photos, "site_files": site_files, "review": after, "software": soft,
            "inputs": result.inputs, "content_hash": snap.content_hash,
            "warnings": list(warnings)}


def _is_our_event(path: Path, result: ExportResult) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            event = json.loads(f.read(1024 * 1024))
    except (OSError, ValueError, UnicodeError):
        return False
    return isinstance(event, dict) and event.get("event") == "published" \
        and event.get("bundle_hash") == result.bundle_hash \
        and event.get("content_hash") == result.content_hash


def _write(path: Path, data: dict[str, Any]) -> bool:
    # A torn record is unreadable JSON: a full export next time.
    return replace_cache_file(path, json.dumps(data, ensure_ascii=False))


def _forget(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
