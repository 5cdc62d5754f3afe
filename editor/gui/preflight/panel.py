"""The preflight panel: every problem of the open article, errors first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.gui import colours
from editor.gui.preflight import messages
from editor.model.validation import Problem

PROBLEM_ROLE = Qt.ItemDataRole.UserRole


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Errors, then warnings, then plain-language hints; otherwise the validator's order
    (fields, text, photos)."""
    return sorted(problems, key=lambda p: p.rank)


class PreflightPanel(QWidget):
    """Lists problems; double-click or Enter emits ``problem_activated(Problem)``."""

    problem_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preflight_panel")
        self._problems: list[Problem] = []
        self.summary = QLabel(objectName="preflight_summary")
        self.tree = QTreeWidget(objectName="preflight_list")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self._retranslate()

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = sorted_problems(list(problems))
        self._fill()

    def problems(self) -> list[Problem]:
        """The problems in the order shown."""
        return list(self._problems)

    # --------------------------------------------------------------------------------

    def _fill(self) -> None:
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        hint_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icons = (error_icon, warning_icon, hint_icon)
        current = self.tree.currentItem()
        keep = current.data(0, PROBLEM_ROLE) if current is not None else None
        self.tree.clear()
        items = []
        for problem in self._problems:
            item = QTreeWidgetItem([messages.message(problem),
                                    messages.location(problem.location)])
            item.setData(0, PROBLEM_ROLE, problem)
            item.setIcon(0, icons[problem.rank])
            # Screen readers and tooltips get the severity as a word, not only a colour.
            item.setToolTip(0, f"{messages.severity_name(problem)}: {item.text(0)}")
            items.append(item)
        self.tree.addTopLevelItems(items)
        self._colour_items()
        for item in items:
            if keep is not None and item.data(0, PROBLEM_ROLE) == keep:
                self.tree.setCurrentItem(item)
                break
        self._show_summary()

    def _show_summary(self) -> None:
        errors = sum(1 for p in self._problems if p.is_error)
        hints = sum(1 for p in self._problems if p.is_hint)
        warnings = len(self._problems) - errors - hints
        problems = [p for p in self._problems if not p.is_hint]
        if not problems:
            text = self.tr("No problems: the article is ready for review.")
        elif all(p.is_approval for p in problems):
            text = self.tr("No problems in the content; export needs an approval of this "
                           "version.")
        else:
            text = self.tr("%1 error(s), %2 warning(s). Double-click a problem to go there.")
            text = text.replace("%1", str(errors)).replace("%2", str(warnings))
        if hints:
            # hints are advice: they never block export, so they do not change the verdict
            text += " " + self.tr("%1 plain-language hint(s), never blocking export.").replace(
                "%1", str(hints))
        self.summary.setText(text)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        problem = item.data(0, PROBLEM_ROLE)
        if problem is not None:
            self.problem_activated.emit(problem)

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Where")])
        self._fill()

    def _colour_items(self) -> None:
        """Errors and warnings in their colours for the list's base (light or dark); hints
        in the list's own text colour (advice, not a problem)."""
        # The panel's palette: on a switch it changes before the list's, which inherits it.
        base = self.palette().color(QPalette.ColorRole.Base)
        brushes = (QBrush(colours.text("error", base)), QBrush(colours.text("warning", base)),
                   self.palette().brush(QPalette.ColorRole.Text))
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            problem = item.data(0, PROBLEM_ROLE)
            if problem is not None:
                item.setForeground(0, brushes[problem.rank])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif (event.type() in (QEvent.Type.PaletteChange,
                               QEvent.Type.ApplicationPaletteChange)
              and hasattr(self, "tree")):  # (not while Qt constructs the panel)
            self._colour_items()
        super().changeEvent(event)
