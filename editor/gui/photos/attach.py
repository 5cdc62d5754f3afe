"""Attaching files to an article from the GUI: read credits, ask in the dialog, copy."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from editor.gui import dialogs
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError
from editor.model.photometa import SUPPORTED_EXTENSIONS, read_photo_meta
from editor.model.photos import attach_photo


def tr(text: str) -> str:
    return QCoreApplication.translate("PhotoAttach", text)


# Hooks the tests replace so no dialog ever blocks.
def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_files(parent: QWidget | None, multiple: bool = True) -> list[Path]:
    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
    filter_text = tr("Photos") + f" ({patterns})"
    if multiple:
        names, _ = QFileDialog.getOpenFileNames(parent, tr("Attach photos"), "", filter_text)
        return [Path(n) for n in names]
    name, _ = QFileDialog.getOpenFileName(parent, tr("Choose the new file"), "", filter_text)
    return [Path(name)] if name else []


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files in a drop or paste (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


def save_pasted_image(image: QImage, folder: Path | None = None) -> Path:
    """Write a clipboard image as PNG to a temporary folder; attaching copies it from there."""
    target_dir = folder or Path(tempfile.mkdtemp(prefix="newsdesk-paste-"))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = target_dir / f"{tr('pasted')}-{stamp}.png"
    if not image.save(str(path), "PNG"):
        raise NewsdeskError(tr("The pasted image could not be saved."), path)
    return path


def attach_files(parent: QWidget | None, article: Article, config: SiteConfig,
                 paths: list[Path], workspace_root: Path | None = None) -> Article | None:
    """Ask for the credits of ``paths`` and attach them; the new Article, or None when
    nothing was attached (cancelled, or every file refused). Problems are shown to the user."""
    entries, problems = [], []
    for path in paths:
        try:
            meta = read_photo_meta(path, config.max_photo_mb)
        except NewsdeskError as exc:
            problems.append(exc.describe())
            continue
        entries.append((PhotoEntry.from_meta(path, meta), meta))
    if problems:
        dialogs.show_error(parent, tr("Some files cannot be attached"), "\n".join(problems))
    if not entries:
        return None
    dialog = PhotoDialog([e for e, _m in entries], config, parent, workspace_root)
    try:
        if not run_dialog(dialog):
            return None
        results, incomplete = dialog.results(), dialog.allow_incomplete()
    finally:
        dialog.deleteLater()
    updated, failures = article, []
    for (entry, meta), values in zip(entries, results, strict=True):
        try:
            updated, _photo = attach_photo(updated, config, entry.path, values,
                                           allow_incomplete=incomplete, meta=meta)
        except NewsdeskError as exc:
            failures.append(exc.describe())
    if failures:
        dialogs.show_error(parent, tr("Some files cannot be attached"), "\n".join(failures))
    return updated if updated is not article else None
