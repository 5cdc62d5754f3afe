"""Undo commands: one QUndoStack covers the Markdown text and the metadata fields.

Consecutive typing in one place (or in one field) merges into a single step.
"""

from __future__ import annotations

import copy
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from editor.gui.document import DocumentController

MERGE_SECONDS = 2.0
FIELD_ID = 1001
TEXT_ID = 1002


def diff_span(old: str, new: str) -> tuple[int, str, str]:
    """(position, removed text, added text) turning ``old`` into ``new``.

    Binary search over slice comparisons keeps this fast on long articles.
    """
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    suffix = lo
    return prefix, old[prefix:len(old) - suffix], new[prefix:len(new) - suffix]


class FieldCommand(QUndoCommand):
    """Set one metadata field of the open article."""

    def __init__(self, doc: DocumentController, name: str, old: Any, new: Any,
                 merge: bool = True):
        super().__init__(QCoreApplication.translate("Undo", "Edit %1").replace("%1", name))
        self.doc, self.name, self.old, self.new = doc, name, old, new
        self.merge = merge
        self.when = time.monotonic()

    def id(self) -> int:
        return FIELD_ID if self.merge else -1

    def redo(self) -> None:
        self.doc.set_field(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_field(self.name, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand) or other.name != self.name or not other.merge:
            return False
        if other.when - self.when > MERGE_SECONDS:
            return False
        self.new, self.when = other.new, other.when
        return True


class PhotosCommand(QUndoCommand):
    """Attach, remove, reorder, re-credit photos or change the lead photo."""

    def __init__(self, doc: DocumentController, new_photos: list[Any], new_lead: str | None):
        super().__init__(QCoreApplication.translate("Undo", "Change photos"))
        assert doc.article is not None
        self.doc = doc
        self.old = (copy.deepcopy(doc.article.photos), doc.article.lead_photo)
        self.new = (copy.deepcopy(new_photos), new_lead)

    def redo(self) -> None:
        self.doc.set_photos(*self.new)

    def undo(self) -> None:
        self.doc.set_photos(*self.old)


class TextCommand(QUndoCommand):
    """One replacement in the Markdown text, already applied when pushed."""

    def __init__(self, editor: Any, pos: int, removed: str, added: str):
        super().__init__(QCoreApplication.translate("Undo", "Typing"))
        self.editor, self.pos, self.removed, self.added = editor, pos, removed, added
        self.when = time.monotonic()
        self._applied = True

    def id(self) -> int:
        return TEXT_ID

    def redo(self) -> None:
        if self._applied:  # the editor made this change itself
            self._applied = False
            return
        self.editor.apply_replacement(self.pos, len(self.removed), self.added)

    def undo(self) -> None:
        self.editor.apply_replacement(self.pos, len(self.added), self.removed)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextCommand) or other.when - self.when > MERGE_SECONDS:
            return False
        # A new line starts a new undo step, like most editors.
        if "\n" in other.added or "\n" in other.removed:
            return False
        typing = (not self.removed and not other.removed
                  and other.pos == self.pos + len(self.added))
        erasing = (not self.added and not other.added
                   and other.pos + len(other.removed) == self.pos)
        if typing:
            self.added += other.added
        elif erasing:
            self.pos, self.removed = other.pos, other.removed + self.removed
        else:
            return False
        self.when = other.when
        return True


class UndoKeys(QObject):
    """Routes Ctrl+Z / Ctrl+Shift+Z in text widgets to the shared stack, not their own."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.keyCombination().toCombined()
            == QKeySequence("Ctrl+Shift+Z")[0].toCombined())
        if not (undo or redo):
            return False
        if kind == QEvent.Type.KeyPress:
            (self.stack.undo if undo else self.stack.redo)()
        event.accept()
        return True
