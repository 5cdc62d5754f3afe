"""Attaching files to an article from the GUI: read credits, ask in the dialog, copy."""

from __future__ import annotations

import datetime as dt
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from editor.gui import dialogs
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.thumbs import lower_priority
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError
from editor.model.focus import CENTRE
from editor.model.photometa import SUPPORTED_EXTENSIONS, read_photo_meta
from editor.model.photos import attach_photo, set_focus

translate = QCoreApplication.translate  # lupdate reads translate("context", "text") calls


# Hooks the tests replace so no dialog ever blocks.
def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_files(parent: QWidget | None, multiple: bool = True) -> list[Path]:
    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
    filter_text = translate("PhotoAttach", "Photos") + f" ({patterns})"
    if multiple:
        names, _ = QFileDialog.getOpenFileNames(
            parent, translate("PhotoAttach", "Attach photos"), "", filter_text
        )
        return [Path(n) for n in names]
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("PhotoAttach", "Choose the new file"), "", filter_text
    )
    return [Path(name)] if name else []


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """Local files in a drop or paste (folders and remote URLs are left out)."""
    if not mime.hasUrls():
        return []
    return [
        Path(u.toLocalFile())
        for u in mime.urls()
        if u.isLocalFile() and Path(u.toLocalFile()).is_file()
    ]


def save_pasted_image(image: QImage, folder: Path | None = None) -> Path:
    """Write a clipboard image as PNG to a temporary folder; attaching copies it from there.

    The caller removes that folder (``path.parent``) once attaching is done.
    """
    target_dir = folder or Path(tempfile.mkdtemp(prefix="newsdesk-paste-"))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    prefix = translate(
        "PhotoAttach", "pasted"
    )  # becomes the photo's id, e.g. eingefuegt-20240624-101500
    path = target_dir / f"{prefix}-{stamp}.png"
    if not image.save(str(path), "PNG"):
        raise NewsdeskError(translate("PhotoAttach", "The pasted image could not be saved."), path)
    return path


class _Progress(QObject):
    step = Signal(int)
    finished = Signal()


def run_with_progress(
    parent: QWidget | None, label: str, items: list[Any], work: Callable[[Any], Any]
) -> list[Any]:
    """``work(item)`` for each item on a helper thread while the GUI keeps painting.

    Returns the results in order (an exception object where one was raised). A window-modal
    progress dialog keeps the user from editing the article meanwhile; it only appears
    when the work takes longer than half a second.
    """
    results: list[Any] = [None] * len(items)
    progress = _Progress()
    dialog = QProgressDialog(label, "", 0, len(items), parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    loop = QEventLoop()
    progress.step.connect(dialog.setValue)
    progress.finished.connect(loop.quit)

    def run() -> None:
        lower_priority()
        for i, item in enumerate(items):
            try:
                results[i] = work(item)
            except Exception as exc:  # handed back to the GUI thread, which reports it
                results[i] = exc
            progress.step.emit(i + 1)
        progress.finished.emit()

    thread = threading.Thread(target=run, name="newsdesk-attach", daemon=True)
    thread.start()
    if thread.is_alive():
        loop.exec()
    thread.join()
    dialog.deleteLater()
    return results


def attach_files(
    parent: QWidget | None,
    article: Article,
    config: SiteConfig,
    paths: list[Path],
    workspace_root: Path | None = None,
) -> Article | None:
    """Ask for the credits of ``paths`` and attach them; the new Article, or None when
    nothing was attached (cancelled, or every file refused). Problems are shown to the user."""
    entries, problems = [], []
    metas = run_with_progress(
        parent,
        translate("PhotoAttach", "Reading photos…"),
        paths,
        lambda p: read_photo_meta(p, config.max_photo_mb, config.max_megapixels),
    )
    for path, meta in zip(paths, metas, strict=True):
        if isinstance(meta, NewsdeskError):
            problems.append(meta.describe())
        elif isinstance(meta, Exception):
            problems.append(f"{path}: {meta}")
        else:
            entries.append((PhotoEntry.from_meta(path, meta), meta))
    if problems:
        dialogs.show_error(
            parent, translate("PhotoAttach", "Some files cannot be attached"), "\n".join(problems)
        )
    if not entries:
        return None
    dialog = PhotoDialog([e for e, _m in entries], config, parent, workspace_root)
    try:
        if not run_dialog(dialog):
            return None
        results, incomplete = dialog.results(), dialog.allow_incomplete()
    finally:
        dialog.deleteLater()
    # Copies run one after another on a helper thread; each sees the previous result so
    # ids and file names stay unique.
    state = {"article": article}

    def attach_one(job: tuple[tuple[PhotoEntry, Any], dict[str, str]]) -> None:
        (entry, meta), values = job
        state["article"], photo = attach_photo(
            state["article"], config, entry.path, values, allow_incomplete=incomplete, meta=meta
        )
        if entry.focus != CENTRE:  # set in the dialog: crops are cut around it
            state["article"] = set_focus(state["article"], photo.id, *entry.focus)

    outcomes = run_with_progress(
        parent,
        translate("PhotoAttach", "Copying photos…"),
        list(zip(entries, results, strict=True)),
        attach_one,
    )
    updated = state["article"]
    failures = [
        o.describe() if isinstance(o, NewsdeskError) else str(o)
        for o in outcomes
        if isinstance(o, Exception)
    ]
    if failures:
        dialogs.show_error(
            parent, translate("PhotoAttach", "Some files cannot be attached"), "\n".join(failures)
        )
    return updated if updated is not article else None
