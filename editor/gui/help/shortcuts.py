"""Help > Keyboard Shortcuts: generated from the action registry, so never out of date.

The rows are read from the built menus (menu, action, shortcut) at the moment the dialog
opens: texts are in the interface language and every action of every menu is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.gui.actions import MENUS, Actions, tr

NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker and ellipsis ("&Save…" -> "Save")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: Actions) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action in the menus, in menu order; the shortcut
    is empty for actions reached only through the menu."""
    rows = []
    for title, keys in MENUS:
        for key in keys:
            if key is None:
                continue
            action = actions[key]
            rows.append((_plain(tr(title)), _plain(action.text()),
                         action.shortcut().toString(NATIVE)))
    return rows


class ShortcutsDialog(QDialog):
    """A searchable table of every action; typing filters by menu, action or key."""

    def __init__(self, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self._actions = actions
        self.search = QLineEdit(objectName="shortcuts_search")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # every column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTreeView(objectName="shortcuts_table")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setModel(self.proxy)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A header click sorts by that column; until then the rows keep the menus' order.
        self.table.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.search_label)
        box.addWidget(self.search)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.resize(560, 520)
        self.retranslate()

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows shown now (after the search filter)."""
        return [tuple(self.proxy.index(r, c).data() or "" for c in range(3))  # type: ignore[misc]
                for r in range(self.proxy.rowCount())]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Action, menu or key"))
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.model.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Shortcut")])
        self.model.removeRows(0, self.model.rowCount())
        for row in shortcut_rows(self._actions):
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
