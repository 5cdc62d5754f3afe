"""Pasting into the body: rich HTML becomes clean Markdown; Ctrl+Shift+V pastes plain text.

A rich paste (Word, LibreOffice, Outlook, a browser) goes through
:func:`editor.model.convert.html.html_to_markdown`. Its images -- data: URLs and local
files, never anything fetched from the web -- are attached through the usual photo
dialog (credits asked there) and placed where they were; the ones that cannot be read
are named in one message. Photos and text are one undo step.

The window hands over what attaching needs with :func:`install`; without it (an editor on
its own) the text is still converted and images are named as not pasted.
"""

from __future__ import annotations

import base64
import binascii
import re
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor.gui import dialogs

translate = QCoreApplication.translate
MAX_DATA_URL_CHARS = 70 * 1024 * 1024  # a 50 MB photo in base64
_DATA_URL = re.compile(r"data:(image/[a-z0-9.+-]+);base64,", re.I)
_EXTENSIONS = {"image/jpeg": ".jpg", "image/jpg": ".jpg", "image/png": ".png",
               "image/gif": ".gif", "image/webp": ".webp", "image/tiff": ".tif"}
_FOOTNOTE_LABEL = re.compile(r"\[\^(\d{1,6})\]")
_HOSTS: weakref.WeakKeyDictionary[QPlainTextEdit, Any] = weakref.WeakKeyDictionary()


@dataclass
class PasteHost:
    """What a paste with images needs from the window (editor/gui/panels.PanelHost fits)."""

    parent: QWidget
    doc: Any          # DocumentController
    stack: Any        # QUndoStack
    editor: QPlainTextEdit
    workspace: Any    # () -> Workspace | None


def install(host: Any) -> None:
    """Let rich pastes into ``host.editor`` attach their images to the open article."""
    _HOSTS[host.editor] = host


def paste_rich(editor: QPlainTextEdit, mime: QMimeData) -> bool:
    """Insert ``mime``'s HTML as Markdown at the cursor; False when it holds no HTML
    worth converting (the editor pastes its plain text then)."""
    if not mime.hasHtml() or editor.isReadOnly():
        return False
    from editor.model.convert import DocumentError
    from editor.model.convert.html import html_to_markdown

    first = _next_footnote(editor.toPlainText())
    try:
        converted = html_to_markdown(mime.html(), first_footnote=first)
    except DocumentError as exc:
        dialogs.show_error(editor, translate("Paste", "Paste"), exc.message)
        return True
    if not converted.markdown.strip():
        return False
    host = _HOSTS.get(editor)
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-paste-"))
    try:  # decoded data: images wait here until attaching has copied them
        files, unreadable = _image_files(converted.images, folder)
        photos, placed = None, {}
        if files and (host is None or host.doc.article is None or host.doc.read_only
                      or host.workspace() is None):
            unreadable += [(label, translate("Paste", "no article is open"))
                           for label, _i, _p in files]
            files = []
        if files:
            photos, placed, refused = _attach(host, files)
            unreadable += refused
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text = _fit(editor, converted.place(placed))
    stack = getattr(editor, "stack", None)
    if stack is not None:
        stack.beginMacro(translate("Paste", "Paste"))
    try:
        if photos is not None:
            from editor.gui.undo import PhotosCommand

            host.stack.push(PhotosCommand(host.doc, photos.photos, photos.lead_photo))
        editor.textCursor().insertText(text)
    finally:
        if stack is not None:
            stack.endMacro()
    if unreadable:
        lines = "\n".join(f"• {label}: {why}" for label, why in unreadable)
        dialogs.show_error(editor, translate("Paste", "Paste"),
                           translate("Paste", "These images were not pasted:") + "\n" + lines)
    return True


def paste_plain(window: QWidget | None = None) -> bool:
    """Ctrl+Shift+V: the clipboard's text without formatting, into the focused text field
    (the body editor: one undo step)."""
    text = QGuiApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n")
    target = QGuiApplication.focusObject() if window is None else (
        window.focusWidget() or QGuiApplication.focusObject())
    if not text:
        return False
    if isinstance(target, QPlainTextEdit | QTextEdit) and not target.isReadOnly():
        stack = getattr(target, "stack", None)
        if stack is not None:
            stack.beginMacro(translate("Paste", "Paste"))
        try:
            target.textCursor().insertText(text)
        finally:
            if stack is not None:
                stack.endMacro()
        return True
    if isinstance(target, QLineEdit) and not target.isReadOnly():
        target.insert(" ".join(text.split("\n")))
        return True
    return False


def _next_footnote(text: str) -> int:
    numbers = [int(n) for n in _FOOTNOTE_LABEL.findall(text)]
    return max(numbers, default=0) + 1


def _fit(editor: QPlainTextEdit, markdown: str) -> str:
    """Blocks stand on their own lines: blank lines before and after a multi-block paste
    that lands inside a paragraph; one paragraph goes in where the cursor is."""
    text = markdown.strip("\n")
    if "\n" not in text:
        return text
    cursor = editor.textCursor()
    block = cursor.block().text()
    before = block[:cursor.positionInBlock()]
    after = block[cursor.positionInBlock():]
    if cursor.hasSelection():
        before = after = ""
    return ("\n\n" if before.strip() else "") + text + ("\n\n" if after.strip() else "")


def _label(ref: Any) -> str:
    if ref.alt:
        return f"“{ref.alt[:80]}”"
    if ref.src.lower().startswith("data:"):
        return translate("Paste", "embedded image %1").replace("%1", str(ref.index + 1))
    return ref.src[:120]


def _image_files(images: list[Any], folder: Path
                 ) -> tuple[list[tuple[str, int, Path]], list[tuple[str, str]]]:
    """(label, image index, file) for the images that can be read, (label, reason) else."""
    from editor.model.photometa import looks_supported
    from editor.model.slug import slugify

    files: list[tuple[str, int, Path]] = []
    refused: list[tuple[str, str]] = []
    for ref in images:
        label, src = _label(ref), ref.src.strip()
        found = _DATA_URL.match(src)
        if found:
            ext = _EXTENSIONS.get(found.group(1).lower())
            if ext is None or len(src) > MAX_DATA_URL_CHARS:
                refused.append((label, translate("Paste", "not a photo format we accept")
                                if ext is None else translate("Paste", "too big")))
                continue
            try:
                data = base64.b64decode(src[found.end():], validate=False)
            except (binascii.Error, ValueError):
                refused.append((label, translate("Paste", "the image data is damaged")))
                continue
            stem = slugify(ref.alt, 40) if ref.alt else f"eingefuegt-{ref.index + 1}"
            path = folder / f"{stem}{ext}"
            n = 2
            while path.exists():
                path = folder / f"{stem}-{n}{ext}"
                n += 1
            path.write_bytes(data)
            files.append((label, ref.index, path))
            continue
        url = QUrl(src)
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file() and looks_supported(path):
                files.append((label, ref.index, path))
            else:
                refused.append((label, translate("Paste", "the file cannot be read")))
            continue
        # http(s), cid: (e-mail parts), relative paths: never fetched
        refused.append((label, translate("Paste", "only images inside the pasted content "
                                         "or on this computer can be pasted")))
    return files, refused


def _attach(host: Any, files: list[tuple[str, int, Path]]
            ) -> tuple[Any, dict[int, str], list[tuple[str, str]]]:
    """The photo dialog for the readable files; the article with them, where each goes,
    and the ones refused."""
    from editor.gui.photos.attach import attach_files
    from editor.model.errors import NewsdeskError
    from editor.model.photometa import read_photo_meta
    from editor.model.photos import photo_markdown

    workspace = host.workspace()
    config = workspace.config
    good, refused = [], []
    for label, index, path in files:
        try:
            read_photo_meta(path, config.max_photo_mb, config.max_megapixels)
            good.append((label, index, path))
        except NewsdeskError as exc:
            refused.append((label, exc.message))
    if not good:
        return None, {}, refused
    old = host.doc.article
    new = attach_files(host.parent, old, config, [p for _l, _i, p in good], workspace.root)
    if new is None:  # cancelled in the dialog
        return None, {}, refused + [(label, translate("Paste", "not attached"))
                                    for label, _i, _p in good]
    added = new.photos[len(old.photos):]
    placed = {index: photo_markdown(photo.id)
              for (_label, index, _path), photo in zip(good, added, strict=False)}
    return new, placed, refused
