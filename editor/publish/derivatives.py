"""All web images of an article: a content-addressed cache and a bounded thread pool.

Cache layout under ``<workspace>/.newsdesk/cache/``::

    derivatives/<aa>/<key>.<ext>   one file per (original bytes, width, format, quality, credit)
    manifests/<aa>/<key>.json      per photo: which derivatives its current settings give

A derivative's key hashes everything that decides its bytes, so an entry never goes stale.
Digests of originals and of cached files are kept in ``file-hashes/`` and trusted while a
file's size, mtime, inode, device and ctime are unchanged (editor.model.filehashes), so a
second export of an unchanged article reads no original and verifies no cached file again.
"""

from __future__ import annotations

import concurrent.futures as cf
import ctypes
import ctypes.util
import functools
import hashlib
import json
import os
import secrets
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.model import contenthash, filehashes
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError
from editor.model.errors import NewsdeskError
from editor.publish import images, metadata
from editor.publish.errors import ExportCancelled
from editor.publish.images import ImageError

# Bump when the pixel pipeline or the embedded metadata changes, to retire old entries.
PIPELINE = (f"newsdesk-derivatives-2/webp-m{images.WEBP_METHOD}/avif-s{images.AVIF_SPEED}"
            "/srgb-icc")  # -2: web images carry the sRGB profile (images.srgb_icc)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Derivative:
    width: int
    height: int
    format: str
    size: int  # bytes
    sha256: str
    path: Path  # the cached file

    @property
    def ext(self) -> str:
        return images.EXTENSIONS[self.format]

    def to_dict(self) -> dict:
        return {"width": self.width, "height": self.height, "format": self.format,
                "bytes": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class PhotoDerivatives:
    photo_id: str
    source_sha256: str
    width: int  # the original, upright
    height: int
    derivatives: tuple[Derivative, ...]  # largest width first, formats in config order
    from_cache: bool


class PhotoErrors(NewsdeskError):
    """One or more photos could not be processed; ``errors`` holds each one."""

    def __init__(self, errors: list[ImageError]):
        self.errors = errors
        super().__init__("; ".join(e.describe() for e in errors))


@functools.cache
def _return_freed_image_memory() -> None:
    """Make glibc serve every thread from one heap.

    With a heap (arena) per thread, memory freed by one worker cannot be reused by the
    other, and each keeps the high-water mark of its biggest photo resident. Measured on
    20 photos of 24 MP with two workers: about 295 MiB peak RSS with per-thread arenas,
    about 235 MiB with one; a fixed 1 MiB mmap threshold gave 230 MiB but cost 1.7 s
    of page faults.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, 1)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass  # not glibc (musl has no mallopt): only the peak is higher


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def _digest(values: list) -> str:
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


class DerivativeCache:
    def __init__(self, root: Path):
        self.root = root
        self.known = filehashes.KnownHashes(root)

    def derivative_path(self, key: str, ext: str) -> Path:
        return self.root / "derivatives" / key[:2] / f"{key}.{ext}"

    def manifest_path(self, key: str) -> Path:
        return self.root / "manifests" / key[:2] / f"{key}.json"

    def load(self, key: str, photo_id: str, source_sha: str) -> PhotoDerivatives | None:
        """The cached result for ``key`` if every file is present and intact."""
        try:
            data = json.loads(self.manifest_path(key).read_text("utf-8"))
            found = []
            for d in data["derivatives"]:
                path = self.derivative_path(d["key"], images.EXTENSIONS[d["format"]])
                if not self._intact(path, d["sha256"]):
                    return None
                found.append(Derivative(d["width"], d["height"], d["format"], d["bytes"],
                                        d["sha256"], path))
            return PhotoDerivatives(photo_id, source_sha, data["width"], data["height"],
                                    tuple(found), True)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged entries are simply rebuilt

    def _intact(self, path: Path, sha: str) -> bool:
        st = os.stat(path)
        if self.known.lookup(path, st) == sha:
            return True  # unchanged since it was written or last checked
        if file_sha256(path) != sha:
            return False
        self.known.remember(path, st, sha)
        return True

    def write(self, path: Path, data: bytes, sha: str | None = None) -> None:
        # Derived data: a torn write is caught by the sha256 check on the next read,
        # so a rename without fsync is enough (and keeps cold exports fast).
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, path)
            st = os.stat(path)  # after the rename, which may change the ctime
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
        if sha is not None:
            self.known.remember(path, st, sha)


def photo_settings(config: SiteConfig) -> list:
    formats = images.output_formats(config)
    return [list(config.image_widths), [[f, images.quality_of(config, f)] for f in formats]]


def process_photo(article: Article, photo: Photo, config: SiteConfig, cache: DerivativeCache,
                  *, naive: bool = False) -> PhotoDerivatives:
    """Derivatives of one photo, from the cache when possible."""
    try:
        path = article.photo_path(photo)
    except UnsafePathError as exc:
        raise ImageError(f"photo '{photo.id}': {exc.message}", article.folder) from exc
    credits = metadata.credit_fields(photo)
    credit_items = sorted(credits.items())
    # The review's content hash reads every original too; sharing its caches (per process,
    # and on disk while a file's stat is unchanged) means each photo is read once at most.
    source_sha = contenthash.file_sha256(path, article.folder)
    if source_sha == contenthash.MISSING:
        raise ImageError(f"photo '{photo.id}' ({photo.file}): the file is missing or "
                         "unreadable", path)
    manifest_key = _digest([PIPELINE, source_sha, photo_settings(config), credit_items])
    if not naive:
        cached = cache.load(manifest_key, photo.id, source_sha)
        if cached is not None:
            return cached
    plans = []
    encoded = images.render_derivatives(path, photo.id, config, credits, naive=naive,
                                        on_plan=plans.append)
    derivatives = []
    entries = []
    for e in encoded:
        key = _digest([PIPELINE, source_sha, e.width, e.format,
                       images.quality_of(config, e.format), credit_items])
        target = cache.derivative_path(key, e.ext)
        sha = hashlib.sha256(e.data).hexdigest()
        cache.write(target, e.data, sha)
        derivatives.append(Derivative(e.width, e.height, e.format, len(e.data), sha, target))
        entries.append({**derivatives[-1].to_dict(), "key": key})
    plan = plans[0]
    manifest = {"width": plan.width, "height": plan.height, "derivatives": entries}
    cache.write(cache.manifest_path(manifest_key),
                json.dumps(manifest, indent=1).encode("utf-8"))
    return PhotoDerivatives(photo.id, source_sha, plan.width, plan.height, tuple(derivatives),
                            False)


def build_derivatives(
    article: Article,
    config: SiteConfig,
    cache_dir: Path,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    naive: bool = False,
) -> dict[str, PhotoDerivatives]:
    """Derivatives of every photo of ``article``, by photo id.

    Runs ``jobs`` photos at a time (default: the CPU count); a shared memory budget
    bounds how many full-size images exist at once. ``progress(done, total)`` is called
    in the calling thread. Setting ``cancel`` stops after the photos in progress and
    raises ExportCancelled. Raises PhotoErrors listing every photo that failed.
    """
    _return_freed_image_memory()
    cache = DerivativeCache(cache_dir)
    photos = list(article.photos)
    total = len(photos)
    workers = max(1, min(jobs or default_jobs(), total or 1))
    results: dict[str, PhotoDerivatives] = {}
    errors: dict[str, ImageError] = {}
    if progress:
        progress(0, total)
    with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="derivatives") as pool:
        def run(photo: Photo) -> PhotoDerivatives:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled("export cancelled", article.folder)
            return process_photo(article, photo, config, cache, naive=naive)

        futures = {pool.submit(run, p): p for p in photos}
        pending = set(futures)
        try:
            while pending:
                finished, pending = cf.wait(pending, timeout=0.1,
                                            return_when=cf.FIRST_COMPLETED)
                for future in finished:
                    photo = futures[future]
                    try:
                        results[photo.id] = future.result()
                    except ImageError as exc:
                        errors[photo.id] = exc
                if finished and progress:
                    progress(len(results) + len(errors), total)
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled("export cancelled", article.folder)
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    if errors:
        raise PhotoErrors([errors[p.id] for p in photos if p.id in errors])
    return {p.id: results[p.id] for p in photos}
