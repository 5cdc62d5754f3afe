"""Is the bundle in the export folder already exactly what an export would write?

After every successful export a stamp is kept in the workspace's cache::

    .newsdesk/cache/exports/<sha256 of the bundle folder's absolute path>.json

It records a digest of everything that decides the bundle's bytes (the inputs) and the
stat of every file the export wrote. A later export into the same folder whose inputs are
the same, and whose bundle (and zip) are still exactly those files, has nothing to do: no
images are made or copied and the render sandbox is not started.

The inputs: the content hash (front matter with every credit field, body, each photo's
bytes), the approval that covers it (article.json records it), the whole site
configuration, the bundle name and whether a zip is wanted, the workspace's templates
folder, the bytes of the publisher logo and favicon, and the software: Newsdesk's version,
the size and mtime of every source file of the layers the bundle comes from (model,
render, publish) and of the page template and CSS, the installed distributions (their
names and versions in site-packages) and Python's version. Any difference re-exports.

The files are trusted as filehashes trusts originals: size, mtime (ns), inode, device and
ctime (ns) must all be unchanged, and the bundle folder must hold exactly the files the
export wrote (nothing missing, added or replaced, no symlink). Any write to a file changes
its ctime, which no program can set back, so a tampered, truncated, deleted or replaced
file, or one copied back with its old mtime, makes the next export write the bundle anew.
The stat is taken in the private build folder before the switch (a rename moves the
folder, not its files), so a change made at any moment after the files were written is
noticed. The stamp is a cache: missing, damaged or foreign, it only costs a full export.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor import __version__, resources
from editor.model.filehashes import Signature, signature

if TYPE_CHECKING:  # (the command line's up-to-date export loads neither: editor.publish.quick)
    from editor.model.checked import CheckedArticle
    from editor.model.config import SiteConfig

FOLDER = "exports"
FORMAT = "newsdesk-export-stamp/1"
MAX_STAMP_BYTES = 4 * 1024 * 1024
MAX_TEMPLATE_FILES = 1000
# Packages whose code decides the bundle's bytes (editor/gui and editor/commands do not).
_CODE = ("model", "render", "publish")
_RESOURCES = ("templates", "css")
_EDITOR = Path(__file__).resolve().parent.parent


Written = tuple[dict[str, Signature], list[str]]  # files with their stat, folders


@dataclass(frozen=True)
class Stamp:
    listing: tuple[str, ...]  # files inside the bundle, sorted
    bundle_hash: str


def stamp_path(cache_dir: Path, target: Path) -> Path:
    name = os.path.abspath(target)
    key = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
    return Path(cache_dir) / FOLDER / f"{key}.json"


def inputs_digest(snap: CheckedArticle, config: SiteConfig, name: str, make_zip: bool,
                  workspace_root: Path, *, site_files: Sequence[Any] = (),
                  software: str | None = None) -> str:
    """One digest of everything an export's bytes depend on (see the module docstring).
    ``site_files``: the publisher logo and favicon as read (editor.model.sitefiles);
    ``software``: :func:`_software` when the caller has just taken it."""
    import dataclasses

    values = [
        FORMAT, __version__, name, make_zip, snap.content_hash, snap.approval(),
        dataclasses.asdict(config), software or _software(),
        _tree_stat(Path(workspace_root) / "templates"),
        [[f.bundle_name, hashlib.sha256(f.data).hexdigest()] for f in site_files],
    ]
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _software() -> str:
    """Newsdesk's code and resources (by stat), the installed distributions, Python.
    Taken on every export (about 1 ms): a template may be edited while the app runs."""
    h = hashlib.sha256(sys.version.encode())
    for part in _CODE:
        h.update(_tree_stat(_EDITOR / part, suffix=".py").encode())
    for part in _RESOURCES:
        try:
            h.update(_tree_stat(resources.path(part)).encode())
        except FileNotFoundError:
            h.update(f"no {part}".encode())
    h.update("\n".join(_distributions()).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _distributions() -> list[str]:
    """Names of the ``*.dist-info`` folders (name-version) beside the renderer's libraries."""
    folders = set()
    for module in ("jinja2", "PIL", "markdown", "nh3"):
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.origin:
            folders.add(Path(spec.origin).parent.parent)
    names = []
    for folder in sorted(folders):
        try:
            names += sorted(n for n in os.listdir(folder) if n.endswith(".dist-info"))
        except OSError:
            names.append(f"unreadable {folder}")
    return names


def _tree_stat(folder: Path, suffix: str = "") -> str:
    """Relative path, size and mtime of every file below ``folder`` (symlinks not
    followed), one a line; empty when it does not exist."""
    lines: list[str] = []

    def walk(path: Path, rel: str) -> None:
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            if len(lines) >= MAX_TEMPLATE_FILES or e.name == "__pycache__":
                continue
            r = f"{rel}{e.name}"
            try:
                if e.is_dir(follow_symlinks=False):
                    walk(Path(e.path), r + "/")
                elif not suffix or e.name.endswith(suffix):
                    st = e.stat(follow_symlinks=False)
                    lines.append(f"{r} {st.st_size} {st.st_mtime_ns} {st.st_mode:o}")
            except OSError:
                lines.append(f"{r} unreadable")

    walk(Path(folder), "")
    return "\n".join(lines)


def written(build: Path) -> Written | None:
    """The stat of every file and the folders of a finished build folder, taken there
    (before the switch); None when it cannot be read (no stamp is kept then)."""
    try:
        return _tree(build)
    except OSError:
        return None


def zip_signature(path: Path) -> Signature | None:
    try:
        return signature(os.lstat(path))
    except OSError:
        return None


def moved_zip_signature(staged: Signature | None, path: Path) -> Signature | None:
    """The zip's stat once switched into place. The rename gives the file a new ctime, so
    it is taken again; the same file (inode, device), size and mtime as when it was
    written in the build folder, or None (no stamp). The lock is still held."""
    now = zip_signature(path)
    if staged is None or now is None or now[:4] != staged[:4]:
        return None
    return now


def record(cache_dir: Path, target: Path, inputs: str, listing: Sequence[str],
           bundle_hash: str, tree: Written | None, zip_sig: Signature | None,
           make_zip: bool) -> None:
    """Keep the stamp of a finished export. Failing to write only loses the shortcut."""
    if tree is None or (make_zip and zip_sig is None):
        forget(cache_dir, target)
        return
    path = stamp_path(cache_dir, target)
    data = {"format": FORMAT, "target": os.path.abspath(target), "inputs": inputs,
            "bundle_hash": bundle_hash, "listing": list(listing),
            "files": {rel: list(sig) for rel, sig in tree[0].items()},
            "folders": sorted(tree[1]),
            "zip": list(zip_sig) if zip_sig is not None else None}
    from editor.model.atomic import replace_cache_file  # (only after a build)

    # A torn stamp is unreadable JSON: a full export next time.
    replace_cache_file(path, json.dumps(data, ensure_ascii=False))


def forget(cache_dir: Path, target: Path) -> None:
    try:
        stamp_path(cache_dir, target).unlink(missing_ok=True)
    except OSError:
        pass


def check(cache_dir: Path, target: Path, zip_path: Path, inputs: str,
          make_zip: bool) -> Stamp | None:
    """The stamp when ``target`` (and the zip) are exactly what the export with these
    ``inputs`` wrote; None when anything differs (then export as usual). The caller holds
    the export folder's lock and has finished any interrupted switch."""
    try:
        with open(stamp_path(cache_dir, target), "rb") as f:
            raw = f.read(MAX_STAMP_BYTES + 1)
        if len(raw) > MAX_STAMP_BYTES:
            return None
        data: Any = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or data.get("target") != os.path.abspath(target) \
                or data.get("inputs") != inputs:
            return None
        files = data["files"]
        listing = tuple(data["listing"])
        bundle_hash = data["bundle_hash"]
        if not (isinstance(files, dict) and isinstance(bundle_hash, str)
                and all(isinstance(rel, str) for rel in listing)
                and sorted(files) == sorted(listing)):
            return None
        expected = ({rel: tuple(sig) for rel, sig in files.items()}, sorted(data["folders"]))
        found = _tree(target)
        if found is None or (found[0], sorted(found[1])) != expected:
            return None
        zip_sig = data["zip"]
        if make_zip:
            if not isinstance(zip_sig, list) \
                    or signature(os.lstat(zip_path)) != tuple(zip_sig):
                return None
        elif os.path.lexists(zip_path):
            return None  # the export removes an earlier zip: not done yet
        return Stamp(listing, bundle_hash)
    except (OSError, ValueError, KeyError, TypeError, UnicodeError):
        return None


def ours(cache_dir: Path, target: Path) -> bool:
    """Whether every file and folder in ``target`` is one the last export there wrote,
    unchanged (some may be missing): then replacing it deletes nothing of the user's."""
    try:
        with open(stamp_path(cache_dir, target), "rb") as f:
            raw = f.read(MAX_STAMP_BYTES + 1)
        data: Any = json.loads(raw) if len(raw) <= MAX_STAMP_BYTES else None
        if not isinstance(data, dict) or data.get("format") != FORMAT \
                or data.get("target") != os.path.abspath(target):
            return False
        files = {rel: tuple(sig) for rel, sig in data["files"].items()}
        folders = set(data["folders"])
        found = _tree(target)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeError):
        return False
    return found is not None and set(found[1]) <= folders and all(
        files.get(rel) == sig for rel, sig in found[0].items())


def _tree(top: Path) -> Written | None:
    """Every file below ``top`` with its stat, and every folder; None when ``top`` is not
    a real folder or holds anything else (a symlink, a device, a socket)."""
    files: dict[str, Signature] = {}
    folders: list[str] = []

    def walk(path: str, rel: str) -> bool:
        with os.scandir(path) as entries:
            for e in entries:
                r = f"{rel}{e.name}"
                if e.is_dir(follow_symlinks=False):
                    folders.append(r)
                    if not walk(e.path, r + "/"):
                        return False
                elif e.is_file(follow_symlinks=False):
                    files[r] = signature(e.stat(follow_symlinks=False))
                else:
                    return False
        return True

    if os.path.islink(top) or not os.path.isdir(top):
        return None
    return (files, folders) if walk(os.fspath(top), "") else None
