"""Export an article as a publish-ready bundle folder (and optionally a reproducible zip).

    <out>/<slug>/index.html, article.json, assets/article.css, images/<id>-<width>.<ext>
    <out>/<slug>.zip

The bundle is built in a hidden folder beside the target and moved into place only when
complete, so a failed or interrupted export leaves an earlier bundle as it was.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import errno
import hashlib
import json
import os
import secrets
import shutil
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor import __version__, resources
from editor.model import contenthash, review
from editor.model.article import Article, Photo
from editor.model.atomic import reason
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError, StorageError
from editor.model.validation import Location, Problem, validate
from editor.model.workspace import CACHE_DIR
from editor.publish import archive, names
from editor.publish.derivatives import (
    ExportCancelled,
    PhotoDerivatives,
    PhotoErrors,
    build_derivatives,
)
from editor.render import ImageVariant, RenderError, canonical_url, render_body, render_page

__all__ = ["ExportCancelled", "ExportRefused", "ExportResult", "ExportTargetError",
           "export_article", "preflight"]

SCHEMA = "newsdesk-article/1"
CSS_HREF = "assets/article.css"

Progress = Callable[[int, int], None]


class ExportRefused(NewsdeskError):
    """The article cannot be exported as it is; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem], path: Path | None = None):
        self.problems = problems
        errors = [p for p in problems if p.is_error]
        count = len(errors)
        super().__init__(
            f"not exported: {count} problem{'s' if count != 1 else ''} to fix first", path)


@dataclass(frozen=True)
class ExportResult:
    bundle: Path
    zip: Path | None
    files: tuple[str, ...]  # paths inside the bundle, sorted
    bundle_hash: str
    images_built: int  # photos whose derivatives were made now (the rest came from cache)
    warnings: tuple[Problem, ...] = ()  # validation warnings; the export went ahead


@dataclass(frozen=True)
class ImageFile:
    """One derivative as it appears in the bundle."""

    url: str  # relative to the bundle: images/<stem>-<width>.<ext>
    width: int
    height: int
    format: str
    size: int
    sha256: str
    source: Path  # the cached file it is copied from


def preflight(article: Article, config: SiteConfig) -> list[Problem]:
    """Every problem, without touching any image: validation (errors and warnings),
    photos kept without their credits, and the approval gate. Export goes ahead when
    none of them is an error."""
    problems = list(validate(article, config))
    for photo in article.photos:
        if photo.incomplete:
            problems.append(Problem(
                "error", "photo-incomplete",
                f"Photo '{photo.id}' was kept without its credits; complete them to export.",
                Location("photo", photo.id), {"photo": photo.id}))
    problems += review.export_check(article, config)
    return problems


def export_article(
    article: Article,
    config: SiteConfig,
    out_dir: Path,
    *,
    workspace_root: Path,
    make_zip: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    _naive: bool = False,
) -> ExportResult:
    """Write ``<out_dir>/<slug>/`` (and ``<slug>.zip``). Raises ExportRefused listing every
    problem (nothing written), or StorageError when the disk refuses (earlier bundle kept).
    ``progress(done, total)`` counts photos and is called in this thread; setting
    ``cancel`` (from another thread) raises ExportCancelled before anything is written.
    ``_naive`` exists for the benchmark only."""
    problems = preflight(article, config)
    if any(p.is_error for p in problems):
        raise ExportRefused(problems, article.folder)
    name = names.safe_stem(article.slug, "artikel")
    out_dir = Path(out_dir)
    target = out_dir / name
    check_target(target, article, workspace_root)
    if make_zip:
        check_zip_target(out_dir / f"{name}.zip", name)
    try:
        built = build_derivatives(article, config, workspace_root / CACHE_DIR, jobs=jobs,
                                  progress=progress, cancel=cancel, naive=_naive)
    except PhotoErrors as exc:
        raise ExportRefused([
            Problem("error", "photo-unreadable", e.message,
                    Location("photo", pid), {"photo": pid, "file": str(e.path or "")})
            for pid, e in zip(_failed_ids(article, exc), exc.errors, strict=True)
        ], article.folder) from exc

    if cancel is not None and cancel.is_set():
        raise ExportCancelled("export cancelled", article.folder)
    files = image_files(article, built)
    page, body_html = _render(article, config, files)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the export folder: {reason(exc)}", out_dir,
                           exc.errno) from exc
    _remove_stale_leftovers(out_dir, name)
    build = out_dir / f".{name}.export-{secrets.token_hex(4)}"
    try:
        build.mkdir()
        (build / "assets").mkdir()
        (build / "images").mkdir()
        digests: dict[str, str] = {}
        _write_new(build / "index.html", page.encode("utf-8"), digests, build)
        _write_new(build / CSS_HREF, resources.path("css/article.css").read_bytes(), digests,
                   build)
        for group in files.values():
            for f in group:
                shutil.copyfile(f.source, build / f.url)  # verified against f.sha256 on load
                digests[f.url] = f.sha256
        record = article_record(article, config, built, files, body_html, build)
        _write_new(build / "article.json",
                   (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                   digests, build)
        listing = sorted(digests)
        _fsync_tree(build, listing)
        bundle_hash = _tree_hash(digests)
        zip_path = None
        if make_zip:
            zip_path = out_dir / f"{name}.zip"
            staged_zip = out_dir / f".{name}.zip.{secrets.token_hex(4)}.staged"
            archive.write_zip(staged_zip, build, name)
        _swap_into_place(build, target)
        if zip_path is not None:
            os.replace(staged_zip, zip_path)
    except OSError as exc:
        raise StorageError(f"Not exported: {reason(exc)}", out_dir, exc.errno) from exc
    finally:
        shutil.rmtree(build, ignore_errors=True)
        if make_zip:
            for leftover in out_dir.glob(f".{name}.zip.*.staged"):
                leftover.unlink(missing_ok=True)
    warnings = list(problems)
    try:
        review.record_published(article, bundle_hash)
    except NewsdeskError as exc:  # the bundle is complete; say what is missing
        warnings.append(Problem("warning", "publish-not-recorded",
                                f"Exported, but the 'published' review event was not "
                                f"recorded: {exc.describe()}", Location("file", "review")))
    return ExportResult(target, zip_path, tuple(listing), bundle_hash,
                        sum(1 for b in built.values() if not b.from_cache), tuple(warnings))


class ExportTargetError(NewsdeskError):
    """The export folder would replace something that is not an earlier bundle."""


def check_target(target: Path, article: Article, workspace_root: Path) -> None:
    """Refuse a target that is, or contains, the article or workspace, or an existing
    folder that is not a Newsdesk bundle: replacing it would delete the user's files."""
    t = target.resolve()
    for keep in (article.folder.resolve(), workspace_root.resolve()):
        if t == keep or t in keep.parents:
            raise ExportTargetError(
                "the export would replace the article or its workspace; choose an export "
                "folder outside them", target)
    if t.exists() and not (t.is_dir() and _is_bundle(t)):
        raise ExportTargetError(
            "this exists and is not a Newsdesk export, so it is not replaced; choose "
            "another export folder or remove it", target)


def check_zip_target(path: Path, name: str) -> None:
    """Refuse to overwrite a file that is not an earlier export's zip."""
    if not path.exists() and not path.is_symlink():
        return
    try:
        with zipfile.ZipFile(path) as zf:
            ours = all(n.startswith(f"{name}/") for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        ours = False
    if not ours or not path.is_file() or path.is_symlink():
        raise ExportTargetError(
            "this exists and is not a Newsdesk export zip, so it is not replaced; choose "
            "another export folder or remove it", path)


def _is_bundle(folder: Path) -> bool:
    try:
        record = json.loads((folder / "article.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(record, dict) and str(record.get("schema", "")).startswith(
        "newsdesk-article/")


def _failed_ids(article: Article, exc: PhotoErrors) -> list[str]:
    by_path = {article.photo_path(p): p.id for p in article.photos}
    return [by_path.get(e.path, "?") if e.path else "?" for e in exc.errors]


def image_files(article: Article, built: dict[str, PhotoDerivatives]) -> dict[str,
                                                                             list[ImageFile]]:
    """Bundle names for every derivative, by photo id (stems unique ignoring case)."""
    stems = names.unique_stems([p.id for p in article.photos])
    out: dict[str, list[ImageFile]] = {}
    for photo, stem in zip(article.photos, stems, strict=True):
        out[photo.id] = [
            ImageFile(f"images/{stem}-{d.width}.{d.ext}", d.width, d.height, d.format, d.size,
                      d.sha256, d.path)
            for d in built[photo.id].derivatives
        ]
    return out


def article_record(article: Article, config: SiteConfig, built: dict[str, PhotoDerivatives],
                   files: dict[str, list[ImageFile]], body_html: str,
                   build: Path) -> dict[str, Any]:
    """article.json: everything a CMS import needs; no timestamps, so it is reproducible."""
    date = article.date.isoformat() if isinstance(article.date, dt.date) else article.date
    photos = []
    for photo in article.photos:
        b = built[photo.id]
        photos.append({
            "id": photo.id,
            **photo.credits(),
            "original": {"file": photo.file, "width": b.width, "height": b.height,
                         "sha256": b.source_sha256},
            "files": [{"path": f.url, "width": f.width, "height": f.height,
                       "format": f.format, "bytes": f.size, "sha256": f.sha256}
                      for f in files[photo.id]],
        })
    other = []
    for rel in ("index.html", CSS_HREF):
        data = (build / rel).read_bytes()
        other.append({"path": rel, "bytes": len(data),
                      "sha256": hashlib.sha256(data).hexdigest()})
    return {
        "schema": SCHEMA,
        "generator": f"newsdesk {__version__}",
        "slug": article.slug,
        "language": config.language,
        "url": canonical_url(article, config),
        "title": article.title,
        "kicker": article.kicker,
        "date": date,
        "author": article.author,
        "lead": article.lead,
        "tags": list(article.tags),
        "lead_photo": article.lead_photo,
        "body_html": body_html,
        "photos": photos,
        "files": other,
        "content_hash": contenthash.content_hash(article),
        "content_hash_format": contenthash.FORMAT,
        "approval": review.approval_record(article),
    }


def _write_new(path: Path, data: bytes, digests: dict[str, str], build: Path) -> None:
    # Files of the private build folder: the atomic step is moving the whole folder into
    # place (after _fsync_tree), so no per-file temporary name is needed.
    with open(path, "xb") as f:
        f.write(data)
    digests[path.relative_to(build).as_posix()] = hashlib.sha256(data).hexdigest()


def _fsync_tree(build: Path, listing: list[str]) -> None:
    """Flush every file and folder of the bundle before it is moved into place. In
    parallel, so the file system can commit them together (one by one took ~2.5 ms each)."""
    def flush(path: Path) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
                raise  # some shares cannot fsync a folder; a real write error must surface
        finally:
            os.close(fd)

    paths = [build / rel for rel in listing]
    paths += sorted({p.parent for p in paths})
    with cf.ThreadPoolExecutor(max_workers=8, thread_name_prefix="fsync") as pool:
        list(pool.map(flush, paths))


def _tree_hash(digests: dict[str, str]) -> str:
    """sha256 over every file's sha256 and path, in sorted order (like sha256sum)."""
    h = hashlib.sha256()
    for rel in sorted(digests):
        h.update(f"{digests[rel]}  {rel}\n".encode())
    return h.hexdigest()


STALE_SECONDS = 3600


def _remove_stale_leftovers(out_dir: Path, name: str) -> None:
    """Hidden build folders of an export that was killed; an hour old, so never those
    of an export still running in another process."""
    now = time.time()
    for pattern in (f".{name}.export-*", f".{name}.old-*", f".{name}.zip.*.staged"):
        for path in out_dir.glob(pattern):
            try:
                if now - path.lstat().st_mtime > STALE_SECONDS:
                    if path.is_dir():
                        shutil.rmtree(path, ignore_errors=True)
                    else:
                        path.unlink(missing_ok=True)
            except OSError:
                pass


def _swap_into_place(build: Path, target: Path) -> None:
    """Replace ``target`` with ``build``; on failure the old bundle is put back."""
    if not target.exists():
        os.rename(build, target)
        return
    old = target.with_name(f".{target.name}.old-{secrets.token_hex(4)}")
    os.rename(target, old)
    try:
        os.rename(build, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


class BundleImages:
    """The render layer's ImageSource for the bundle: relative ``images/...`` URLs."""

    def __init__(self, files: dict[str, list[ImageFile]]):
        self.files = files

    def variants(self, photo: Photo) -> list[ImageVariant]:
        return [ImageVariant(f.url, f.width, f.height, f.format)
                for f in self.files.get(photo.id, [])]


def _render(article: Article, config: SiteConfig,
            files: dict[str, list[ImageFile]]) -> tuple[str, str]:
    """(full page, body fragment) with the bundle's image URLs."""
    source = BundleImages(files)
    try:
        body = render_body(article, config, source)
        page = render_page(article, config, source, css_href=CSS_HREF, body_html=body)
    except RenderError as exc:
        raise ExportRefused([Problem("error", "render-failed", exc.message)],
                            article.folder) from exc
    return page, body
