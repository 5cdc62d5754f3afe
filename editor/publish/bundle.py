"""Export an article as a publish-ready bundle folder (and optionally a reproducible zip).

    <out>/<slug>/index.html, article.json, article.ninjs.json, assets/article.css,
                 images/<id>-<width>.<ext>
    <out>/<slug>.zip

One snapshot of the article (editor.model.checked) is taken at the start; preflight,
rendering (in the render sandbox), article.json and the ``published`` event all use it.
Folder and zip are staged beside the target and switched together under a lock
(editor.publish.outfolder, whose docstring states the guarantee), so a failed, cancelled
or killed export never leaves the two from different versions once the next export (or
``outfolder.settle``) has run, and never leaves hidden copies behind after a success.

An export whose inputs are unchanged since the last export into the same folder, and whose
bundle there is intact, writes nothing and starts no render worker (editor.publish.uptodate
says what counts). This module loads the image and render libraries only when it builds,
so a command line export that is up to date starts quickly.

article.json and the bundle's image names are built by editor.publish.record (loaded when
a bundle is built).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor import resources
from editor.model import checked, review, sitefiles, validation
from editor.model.article import Article
from editor.model.atomic import reason
from editor.model.checked import CheckedArticle
from editor.model.config import SiteConfig
from editor.model.confine import workspace_cache
from editor.model.errors import NewsdeskError, StorageError
from editor.model.sitefiles import SiteFile
from editor.model.validation import Location, Problem
from editor.model.workspace import CACHE_DIR
from editor.publish import names, outfolder, uptodate
from editor.publish.errors import ExportCancelled, ExportTargetError, check_out_dir

if TYPE_CHECKING:
    from editor.publish.derivatives import PhotoDerivatives, PhotoErrors
    from editor.publish.record import ImageFile

__all__ = ["CheckedArticle", "ExportCancelled", "ExportRefused", "ExportResult",
           "ExportTargetError", "check_out_dir", "export_article", "preflight"]

CSS_HREF = "assets/article.css"
NINJS_NAME = "article.ninjs.json"

Progress = Callable[[int, int], None]


def __getattr__(name: str) -> Any:
    # Loaded on first use (PIL, pyexiv2): an up-to-date export never needs it. Called as
    # an attribute of this module, so a test can replace it.
    if name == "build_derivatives":
        from editor.publish.derivatives import build_derivatives

        globals()[name] = build_derivatives
        return build_derivatives
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    content_hash: str = ""  # of the snapshot the bundle describes
    up_to_date: bool = False  # the bundle was already this export's: nothing was written
    # editor.publish.uptodate's digest of everything the bundle's bytes depend on ('' when
    # the workspace has no usable cache): the command line keys its shortcut by it.
    inputs: str = ""


def preflight(article: Article, config: SiteConfig) -> list[Problem]:
    """The one validation (editor.model.validation.preflight) that ``check``, the problems
    panel and export share; export takes it once, in its snapshot."""
    return validation.preflight(article, config)


def export_article(
    article: Article | CheckedArticle,
    config: SiteConfig,
    out_dir: Path,
    *,
    workspace_root: Path,
    make_zip: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    by: str = "",
    force: bool = False,
    _naive: bool = False,
) -> ExportResult:
    """Write ``<out_dir>/<slug>/`` (and ``<slug>.zip``; without ``make_zip`` an earlier
    export's zip is removed, so the two never disagree). ``article`` is checked once (or
    comes checked, e.g. from :func:`checked.load_checked`) and the bundle describes exactly
    that snapshot. Raises ExportTargetError for an export folder inside the workspace or
    a target that is not an earlier export, ExportRefused listing every problem (nothing
    written), ExportCancelled when ``cancel`` is set (from another thread) before the
    switch, StorageError when the disk refuses (earlier bundle kept).
    ``progress(done, total)`` counts photos and is called in this thread.
    ``by``: who exports, recorded in the 'published' review event (also when the bundle
    was up to date). ``force`` writes the bundle even when it is up to date.
    ``_naive`` exists for the benchmark only."""
    out_dir = Path(out_dir)
    check_out_dir(out_dir, workspace_root)
    snap = article if isinstance(article, CheckedArticle) else checked.check(article, config)
    article = snap.article
    if snap.errors:
        raise ExportRefused(list(snap.problems), article.folder)
    site = _site_files(article, config, workspace_root)
    name = names.safe_stem(article.slug, "artikel")
    target = out_dir / name
    cache_dir = confined_cache(workspace_root)
    check_target(target, article, workspace_root, cache_dir)
    if make_zip:
        check_zip_target(out_dir / f"{name}.zip", name)
    stamp = None
    if cache_dir is not None and not _naive:
        inputs = uptodate.inputs_digest(snap, config, name, make_zip, workspace_root,
                                        site_files=site)
        stamp = (cache_dir, inputs)
        if not force and target.is_dir():
            done = _up_to_date(snap, out_dir, name, make_zip, cache_dir, inputs, cancel, by)
            if done is not None:
                return done
    from editor.publish.derivatives import PhotoErrors

    with contextlib.ExitStack() as stack:
        if cache_dir is None:  # .newsdesk leads outside: use a private cache this time
            import tempfile

            cache_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(
                prefix="newsdesk-cache-")))
        try:
            built = sys.modules[__name__].build_derivatives(
                article, config, cache_dir, jobs=jobs, progress=progress, cancel=cancel,
                naive=_naive)
        except PhotoErrors as exc:
            raise ExportRefused([
                Problem("error", "photo-unreadable", e.message,
                        Location("photo", pid), {"photo": pid, "file": str(e.path or "")})
                for pid, e in zip(_failed_ids(article, exc), exc.errors, strict=True)
            ], article.folder) from exc
        _check_cancel(cancel, article)
        crops = _make_crops(article, config, cache_dir)
        return _finish(snap, config, out_dir, name, built, workspace_root, make_zip, cancel,
                       by, stamp, crops, site)


def _site_files(article: Article, config: SiteConfig, workspace_root: Path) -> list[SiteFile]:
    """The publisher logo and favicon (newsdesk.toml), read once and checked; a file that
    cannot be used refuses the export (the page would link a missing file)."""
    try:
        return sitefiles.site_files(Path(workspace_root), config)
    except sitefiles.SiteFileError as exc:
        raise ExportRefused([Problem("error", "site-file-unusable", exc.message,
                                     Location("file", "newsdesk.toml"))],
                            article.folder) from exc


def _make_crops(article: Article, config: SiteConfig, cache_dir: Path) -> Any:
    """The article image's crops around its focal point (editor.publish.crops), cached
    with the derivatives; None without photos."""
    from editor.publish import crops
    from editor.publish.derivatives import DerivativeCache
    from editor.publish.images import ImageError

    try:
        return crops.make_crops(article, config, DerivativeCache(cache_dir))
    except ImageError as exc:
        pid = crops.crop_photo_id(article) or "?"
        raise ExportRefused([Problem("error", "photo-unreadable", exc.message,
                                     Location("photo", pid), {"photo": pid})],
                            article.folder) from exc


def _up_to_date(snap: CheckedArticle, out_dir: Path, name: str, make_zip: bool,
                cache_dir: Path, inputs: str, cancel: threading.Event | None,
                by: str) -> ExportResult | None:
    """The result of an export that has nothing to write, or None (then build)."""
    target = out_dir / name
    try:
        with outfolder.locked(out_dir, name, cancel):
            outfolder.recover(out_dir, name)  # an interrupted export is finished first
            found = uptodate.check(cache_dir, target, out_dir / f"{name}.zip", inputs,
                                   make_zip)
    except outfolder.Cancelled as exc:
        raise ExportCancelled("export cancelled", snap.article.folder) from exc
    except (OSError, StorageError):
        return None  # the full export reports what is wrong with the folder
    if found is None:
        return None
    warnings = _record_published(snap, found.bundle_hash, by)
    return ExportResult(target, out_dir / f"{name}.zip" if make_zip else None,
                        found.listing, found.bundle_hash, 0, tuple(warnings),
                        snap.content_hash, up_to_date=True, inputs=inputs)


def _record_published(snap: CheckedArticle, bundle_hash: str, by: str) -> list[Problem]:
    """The snapshot's warnings, plus one when the 'published' event was not recorded."""
    warnings = list(snap.problems)
    try:
        review.record_published(snap.article, bundle_hash, by,
                                snapshot_hash=snap.content_hash)
    except NewsdeskError as exc:  # the bundle is complete; say what is missing
        warnings.append(Problem("warning", "publish-not-recorded",
                                f"Exported, but the 'published' review event was not "
                                f"recorded: {exc.describe()}", Location("file", "review")))
    return warnings


def confined_cache(workspace_root: Path) -> Path | None:
    """The workspace's cache, or None when it leads outside (see confine.workspace_cache)."""
    return workspace_cache(workspace_root, CACHE_DIR)


def _finish(snap: CheckedArticle, config: SiteConfig, out_dir: Path, name: str,
            built: dict[str, PhotoDerivatives], workspace_root: Path, make_zip: bool,
            cancel: threading.Event | None, by: str = "",
            stamp: tuple[Path, str] | None = None, crops: Any = None,
            site: list[SiteFile] | None = None) -> ExportResult:
    """Render, write and switch (after the images exist; they are copied from the cache)."""
    from editor.publish.record import image_files, partial_record  # (not when up to date)

    article = snap.article
    target = out_dir / name
    _same_photos(snap, built)
    if crops is not None:
        _same_photos(snap, {crops.photo_id: crops})
    _check_cancel(cancel, article)
    from editor.publish.cropimages import crop_files

    files = image_files(article, built)
    cropped = crop_files(article, crops)
    page, body_html = _render(article, config, files, cancel, crops, cropped)
    _check_cancel(cancel, article)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the export folder: {reason(exc)}", out_dir,
                           exc.errno) from exc
    record = partial_record(snap, config, built, files, body_html)
    try:
        with outfolder.locked(out_dir, name, cancel):
            listing, bundle_hash, zip_path, written = _write_and_switch(
                snap, out_dir, name, page, record, files, make_zip, cancel, workspace_root,
                stamp[0] if stamp is not None else None, [f for _n, f in cropped], site or [])
            if stamp is not None:
                tree, zip_sig = written
                if zip_path is not None:
                    zip_sig = uptodate.moved_zip_signature(zip_sig, zip_path)
                uptodate.record(stamp[0], target, stamp[1], listing, bundle_hash, tree,
                                zip_sig, make_zip)
    except outfolder.Cancelled as exc:
        raise ExportCancelled("export cancelled", article.folder) from exc
    except OSError as exc:
        raise StorageError(f"Not exported: {reason(exc)}", out_dir, exc.errno) from exc
    warnings = _record_published(snap, bundle_hash, by)
    return ExportResult(target, zip_path, tuple(listing), bundle_hash,
                        sum(1 for b in built.values() if not b.from_cache), tuple(warnings),
                        snap.content_hash, inputs=stamp[1] if stamp is not None else "")


def _check_cancel(cancel: threading.Event | None, article: Article) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("export cancelled", article.folder)


def _same_photos(snap: CheckedArticle, built: dict[str, PhotoDerivatives]) -> None:
    """Refuse when a photo was replaced after the snapshot: the bundle would mix versions."""
    changed = [pid for pid, b in built.items() if b.source_sha256 != snap.photo_sha256.get(pid)]
    if changed:
        raise ExportRefused([
            Problem("error", "photo-changed",
                    f"Photo '{pid}' changed while it was being exported; export again.",
                    Location("photo", pid), {"photo": pid}) for pid in changed
        ], snap.article.folder)


def _write_and_switch(snap: CheckedArticle, out_dir: Path, name: str, page: str,
                      record: dict[str, Any], files: dict[str, list[ImageFile]],
                      make_zip: bool, cancel: threading.Event | None, workspace_root: Path,
                      stamp_cache: Path | None = None, extra_images: list[ImageFile] | None = None,
                      site: list[SiteFile] | None = None
                      ) -> tuple[list[str], str, Path | None, tuple[dict, Any]]:
    """Lock held: finish any interrupted export, stage bundle and zip, switch both.
    Returns the listing, the bundle hash, the zip path and the stat of what was written
    (every file and the zip, taken before the switch, for editor.publish.uptodate)."""
    article = snap.article
    outfolder.recover(out_dir, name)
    # Checked again under the lock: another process may have written meanwhile.
    check_target(out_dir / name, article, workspace_root, stamp_cache)
    if stamp_cache is not None:
        uptodate.forget(stamp_cache, out_dir / name)  # until this export has finished
    zip_path = out_dir / f"{name}.zip"
    zip_mode = outfolder.REPLACE if make_zip else outfolder.KEEP
    if make_zip:
        check_zip_target(zip_path, name)
    elif _is_our_zip(zip_path, name):
        zip_mode = outfolder.REMOVE  # an earlier export's zip would disagree with the folder
    staging = outfolder.new_staging(out_dir, name)
    switched = False
    try:
        build = staging / name
        build.mkdir()
        (build / "assets").mkdir()
        (build / "images").mkdir()
        digests: dict[str, str] = {}
        _write_new(build / "index.html", page.encode("utf-8"), digests, build)
        _write_new(build / CSS_HREF, resources.path("css/article.css").read_bytes(), digests,
                   build)
        for sf in site or []:  # publisher logo, favicon: assets/logo.<ext>, assets/favicon.<ext>
            _write_new(build / sf.bundle_name, sf.data, digests, build)
        for group in [*files.values(), extra_images or []]:
            for f in group:
                shutil.copyfile(f.source, build / f.url)  # verified against f.sha256 on load
                digests[f.url] = f.sha256
        record = {**record, "files": [
            {"path": rel, "bytes": (build / rel).stat().st_size, "sha256": digests[rel]}
            for rel in ("index.html", CSS_HREF)] + [
            {"path": sf.bundle_name, "bytes": len(sf.data), "sha256": digests[sf.bundle_name],
             "width": sf.width, "height": sf.height, "media_type": sf.media_type}
            for sf in site or []] + [
            # the crops around the focal point (editor.publish.crops): og:image, JSON-LD
            {"path": f.url, "bytes": f.size, "sha256": f.sha256, "width": f.width,
             "height": f.height} for f in extra_images or []]}
        _write_new(build / "article.json",
                   (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                   digests, build)
        from editor.publish import ninjs  # the same article as IPTC ninjs 2.2

        _write_new(build / NINJS_NAME, (json.dumps(ninjs.from_record(record), ensure_ascii=False,
                                                   indent=2) + "\n").encode("utf-8"),
                   digests, build)
        listing = sorted(digests)
        _fsync_tree(build, listing)
        bundle_hash = _tree_hash(digests)
        written = uptodate.written(build)
        zip_sig = None
        if make_zip:
            from editor.publish import archive

            archive.write_zip(staging / f"{name}.zip", build, name)
            zip_sig = uptodate.zip_signature(staging / f"{name}.zip")
        if cancel is not None and cancel.is_set():
            raise ExportCancelled("export cancelled", article.folder)
        switched = True  # from here on the switch is finished, now or by the next export
        try:
            outfolder.switch(out_dir, name, zip_mode)
        except OSError:
            outfolder.recover(out_dir, name)  # once more: every step may be repeated
    finally:
        if not switched:
            outfolder.recover(out_dir, name)  # no commit: removes the staging folder
    return listing, bundle_hash, zip_path if make_zip else None, (written, zip_sig)


def check_target(target: Path, article: Article, workspace_root: Path,
                 cache_dir: Path | None = None) -> None:
    """Refuse a target that is, or contains, the article or workspace, or an existing
    folder that is not a Newsdesk bundle: replacing it would delete the user's files.
    A folder whose article.json is gone counts as a bundle when every file left in it is
    one the last export there wrote, unchanged (its stamp in ``cache_dir`` says so)."""
    t = target.resolve()
    for keep in (article.folder.resolve(), workspace_root.resolve()):
        if t == keep or t in keep.parents:
            raise ExportTargetError(
                "the export would replace the article or its workspace; choose an export "
                "folder outside them", target)
    if t.exists() and not (t.is_dir() and (
            _is_bundle(t) or (cache_dir is not None and uptodate.ours(cache_dir, target)))):
        raise ExportTargetError(
            "this exists and is not a Newsdesk export, so it is not replaced; choose "
            "another export folder or remove it", target)


def check_zip_target(path: Path, name: str) -> None:
    """Refuse to overwrite a file that is not an earlier export's zip."""
    if (path.exists() or path.is_symlink()) and not _is_our_zip(path, name):
        raise ExportTargetError(
            "this exists and is not a Newsdesk export zip, so it is not replaced; choose "
            "another export folder or remove it", path)


def _is_our_zip(path: Path, name: str) -> bool:
    """An earlier export's zip: a regular file whose entries all lie under ``name/``."""
    if path.is_symlink() or not path.is_file():
        return False
    import zipfile  # only when a zip is there (the up-to-date path mostly has none)

    try:
        with zipfile.ZipFile(path) as zf:
            return all(n.startswith(f"{name}/") for n in zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


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
    import concurrent.futures as cf

    with cf.ThreadPoolExecutor(max_workers=8, thread_name_prefix="fsync") as pool:
        list(pool.map(flush, paths))


def _tree_hash(digests: dict[str, str]) -> str:
    """sha256 over every file's sha256 and path, in sorted order (like sha256sum)."""
    h = hashlib.sha256()
    for rel in sorted(digests):
        h.update(f"{digests[rel]}  {rel}\n".encode())
    return h.hexdigest()


def _render(article: Article, config: SiteConfig, files: dict[str, list[ImageFile]],
            cancel: threading.Event | None, crops: Any = None,
            cropped: list[tuple[str, ImageFile]] | None = None) -> tuple[str, str]:
    """(full page, body fragment) with the bundle's image URLs, rendered in the sandbox
    (time and memory limit; ``cancel`` stops it). The page gets the crops too."""
    from editor.publish.cropimages import CropImages
    from editor.render.errors import RenderError
    from editor.render.isolated import RenderCancelled, RenderLimits, render_isolated

    source = CropImages(files, crops.photo_id if crops is not None else None, cropped or [])
    try:
        return render_isolated(article, config, source, css_href=CSS_HREF,
                               limits=RenderLimits.from_config(config), cancel=cancel)
    except RenderCancelled as exc:
        raise ExportCancelled("export cancelled", article.folder) from exc
    except RenderError as exc:
        raise ExportRefused([Problem("error", "render-failed", exc.message)],
                            article.folder) from exc
