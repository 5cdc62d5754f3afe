"""The workspace's trash: deleted articles with their deletion time, restorable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui.dates import format_datetime
from editor.model import trash
from editor.model.errors import NewsdeskError


class TrashDialog(QDialog):
    """Lists ``.trash``; ``restored(folder)`` is emitted with the article's folder."""

    restored = Signal(Path)

    def __init__(self, workspace_root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.root = Path(workspace_root)
        self.setWindowTitle(self.tr("Trash"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Deleted"), self.tr("Folder")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Deleted articles"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel(self.tr("The trash is empty."), self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.resize(720, 400)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.entries = trash.list_trash(self.root)
        for entry in self.entries:
            when = format_datetime(entry.deleted_at, length="short")
            item = QTreeWidgetItem([entry.title, when, entry.slug])
            item.setToolTip(0, entry.name)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if self.entries:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty.setVisible(not self.entries)
        self.tree.setVisible(bool(self.entries))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> trash.TrashEntry | None:
        item = self.tree.currentItem()
        if item is None or not self.entries:
            return None
        return self.entries[self.tree.indexOfTopLevelItem(item)]

    def restore_selected(self) -> Path | None:
        entry = self.selected()
        if entry is None:
            return None
        try:
            folder = trash.restore(self.root, entry.name)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return None
        self.restored.emit(folder)
        self.refresh()
        return folder
