"""The review dock's "Changes since approval" tab: who approved when, the changed metadata
fields and photo credits as a readable list (names in the interface language, old → new),
the button that shows the text changes in the preview, and the raw diff behind a toggle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.dates import format_date, format_datetime
from editor.model.diff import Diff

CONTEXT = "Changes"


def field_label(name: str) -> str:
    """A front-matter or photo field's name as the interface shows it."""
    t = QCoreApplication.translate
    labels = {
        "title": t(CONTEXT, "Title"), "kicker": t(CONTEXT, "Kicker"),
        "date": t(CONTEXT, "Date"), "author": t(CONTEXT, "Author"),
        "lead": t(CONTEXT, "Lead"), "tags": t(CONTEXT, "Tags"),
        "lead_photo": t(CONTEXT, "Lead photo"),
        "caption": t(CONTEXT, "Caption"), "alt": t(CONTEXT, "Alt text"),
        "creator": t(CONTEXT, "Creator"), "credit": t(CONTEXT, "Credit line"),
        "copyright": t(CONTEXT, "Copyright notice"), "license": t(CONTEXT, "License"),
        "web_statement": t(CONTEXT, "Web statement of rights"),
        "incomplete": t(CONTEXT, "Credits incomplete"), "file": t(CONTEXT, "File"),
    }
    return labels.get(name, name)


def show_value(name: str, value: Any) -> str:
    from editor.render.changes import plain

    if isinstance(value, bool):
        return (QCoreApplication.translate(CONTEXT, "yes") if value
                else QCoreApplication.translate(CONTEXT, "no"))
    text = plain(value)
    if not text:
        return QCoreApplication.translate(CONTEXT, "(empty)")
    if name == "date":
        return format_date(text)
    return text


def rows_for(diff: Diff) -> list[tuple[str, str, str]]:
    """(field, before, after) for every metadata and photo change, translated."""
    from editor.render.changes import change_rows

    t = QCoreApplication.translate
    out: list[tuple[str, str, str]] = []
    for row in change_rows(diff):
        if not row.photo:
            out.append((field_label(row.field), show_value(row.field, row.old),
                        show_value(row.field, row.new)))
            continue
        photo = t(CONTEXT, "Photo “%1”").replace("%1", row.photo)
        if row.what == "added":
            out.append((photo, "", t(CONTEXT, "added")))
        elif row.what == "removed":
            out.append((photo, t(CONTEXT, "attached"), t(CONTEXT, "removed")))
        elif row.what == "file_changed":
            old, new = show_value("file", row.old), show_value("file", row.new)
            if row.old == row.new or row.old is None:
                old = new = show_value("file", row.new or row.old)
                new += " " + t(CONTEXT, "(another image)")
            out.append((f"{photo}: {field_label('file')}", old, new))
        else:
            out.append((f"{photo}: {field_label(row.field)}", show_value(row.field, row.old),
                        show_value(row.field, row.new)))
    return out


class ChangesList(QWidget):
    """Fill with :meth:`set_diff`; ``show_changes_toggled`` asks for the preview mode."""

    show_changes_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.diff: Diff | None = None
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        self.header = QLabel(self, objectName="review_changes_header", wordWrap=True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_button = QPushButton(self, objectName="review_show_changes", checkable=True)
        self.tree = QTreeWidget(self, objectName="review_changes", rootIsDecorated=False)
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)  # long values (a lead) wrap inside their column
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # wrapped rows get their new height when a column changes its width
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.text_note = QLabel(self, objectName="review_changes_text", wordWrap=True)
        self.raw_button = QPushButton(self, objectName="review_raw_diff", checkable=True)
        self.raw_view = QPlainTextEdit(self, objectName="review_diff", readOnly=True)
        self.raw_view.setTabChangesFocus(True)
        self.raw_view.hide()
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(self.raw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.text_note)
        layout.addWidget(self.raw_view, 1)

    def _connect(self) -> None:
        self.show_button.toggled.connect(self.show_changes_toggled)
        self.raw_button.toggled.connect(self._show_raw)

    def retranslate(self) -> None:
        self.show_button.setText(self.tr("Show changes since approval"))
        self.show_button.setToolTip(self.tr("Show the article in the preview with inserted "
                                            "words underlined and deleted ones struck "
                                            "through"))
        self.raw_button.setText(self.tr("Show raw diff"))
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.tree.setAccessibleName(self.tr("Changed metadata and photo credits"))
        self.raw_view.setAccessibleName(self.tr("Raw diff"))
        if self.diff is not None:
            self.set_diff(self.diff)

    def clear(self) -> None:
        self.diff = None
        self.header.clear()
        self.tree.clear()
        self.text_note.clear()
        self.raw_view.clear()

    def set_message(self, text: str) -> None:
        """No diff to show (never approved, snapshot unreadable): say why."""
        self.clear()
        self.header.setText(text)
        self.raw_view.setPlainText(text)

    def set_diff(self, diff: Diff) -> None:
        self.diff = diff
        when = format_datetime(diff.approved_at) if diff.approved_at else ""
        if diff.approved_by and when:
            head = self.tr("Changes since the approval by %1 on %2").replace(
                "%1", diff.approved_by).replace("%2", when)
        elif when:
            head = self.tr("Changes since the approval on %1").replace("%1", when)
        else:
            head = self.tr("Changes since the approval")
        self.header.setText(head)
        self.tree.clear()
        rows = rows_for(diff)
        for name, old, new in rows:
            item = QTreeWidgetItem([name, old, new])
            spoken = self.tr("%1: %2 → %3").replace("%1", name).replace(
                "%2", old or "—").replace("%3", new)
            for column in range(3):
                item.setToolTip(column, spoken)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setVisible(bool(rows))
        if diff.is_empty:
            note = self.tr("Nothing has changed since the approval.")
        elif diff.body:
            note = self.tr("The text has changed: “Show changes since approval” shows it "
                           "in the preview, inserted words underlined, deleted ones struck "
                           "through.")
        else:
            note = self.tr("The text has not changed.")
        if not rows and not diff.is_empty:
            note = self.tr("No metadata or photo credit has changed.") + " " + note
        self.text_note.setText(note)
        self.raw_view.setPlainText(_raw_text(diff, when))

    def _show_raw(self, on: bool) -> None:
        self.raw_view.setVisible(on)


def _raw_text(diff: Diff, when: str) -> str:
    """The unified diff as before, its header time in the interface's form."""
    text = diff.to_text()
    if diff.approved_at and when:
        text = text.replace(f" at {diff.approved_at}", f" at {when}", 1)
    return text


__all__ = ["ChangesList", "field_label", "rows_for", "show_value"]
