"""The versions of an article: list, what restoring one would change, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.gui.dates import format_datetime
from editor.gui.safety.diffview import DiffView
from editor.model import history, storage
from editor.model.article import Article
from editor.model.errors import NewsdeskError
from editor.model.storage import ConflictError


class HistoryDialog(QDialog):
    """Versions of one article, newest first. Restoring writes through the checked save,
    so it refuses if the file changed meanwhile; ``restored(new_hash)`` tells the window to
    reload the article. The window should save pending edits before opening this.
    """

    restored = Signal(str)

    def __init__(self, article: Article | Path, expected_hash: str | None = None,
                 parent: QWidget | None = None, read_only: bool = False):
        super().__init__(parent)
        self.folder = article.folder if isinstance(article, Article) else Path(article)
        self.expected_hash = expected_hash
        self.new_hash: str | None = None
        title = article.title if isinstance(article, Article) else self.folder.name
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", title))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        self.diff_view = DiffView(self)
        self.diff_view.setAccessibleName(self.tr("Changes"))
        self.diff_view.setAccessibleDescription(self.tr(
            "What restoring the selected version would change: lines starting with a minus "
            "would be removed, lines starting with a plus added"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff_view)
        splitter.setSizes([240, 620])
        self.hint = QLabel(self.tr("Each save keeps the text it replaces. Restoring the "
                                   "selected version would remove the lines marked − (red) "
                                   "and add the lines marked + (green)."), self)
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore This Version"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(not read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

        self.list.currentRowChanged.connect(self._show_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.resize(900, 560)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.versions = history.list_versions(self.folder)
        for v in self.versions:
            when = format_datetime(v.saved_at)  # local time, the interface's language
            item = QListWidgetItem(self.tr("%1 · %2").replace("%1", str(v.number))
                                   .replace("%2", when))
            item.setToolTip(self.tr("%1 bytes").replace("%1", str(v.size)))
            self.list.addItem(item)
        if self.versions:
            self.list.setCurrentRow(0)
        else:
            self.diff_view.set_diff([], self.tr("There are no earlier versions yet."))
            self.restore_button.setEnabled(False)

    def selected_number(self) -> int | None:
        row = self.list.currentRow()
        return self.versions[row].number if 0 <= row < len(self.versions) else None

    def _show_selected(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        try:
            lines = history.diff_with_current(self.folder, self.versions[row].number)
        except NewsdeskError as exc:
            self.diff_view.set_diff([], exc.describe())
            self.restore_button.setEnabled(False)
            return
        if len(lines) >= 2 and lines[0].startswith("---") and lines[1].startswith("+++"):
            # the header in the interface's language and local time
            version = self.versions[row]
            lines[0] = "--- " + self.tr("Current text")
            lines[1] = "+++ " + self.tr("Version %1 (%2)").replace(
                "%1", str(version.number)).replace("%2", format_datetime(version.saved_at))
        self.diff_view.set_diff(lines, self.tr("This version is the same as the current "
                                               "text."))
        self.restore_button.setEnabled(bool(lines))

    def restore_selected(self) -> bool:
        number = self.selected_number()
        if number is None:
            return False
        try:
            self.new_hash = storage.restore_version(self.folder, number, self.expected_hash)
        except ConflictError:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Not restored: someone else changed the article in the meantime. Reload it "
                "and try again."))
            return False
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        self.expected_hash = self.new_hash
        self.restored.emit(self.new_hash)
        self.refresh()
        return True
