"""One registry of every action, keyed by an enum; menus and toolbars are built from it.

The data (``A``, ``SPECS``, ``MENUS``, ``FORMAT_TOOLBAR``) lives in editor/gui/action_specs.py
and is re-exported here. Texts are declared untranslated (QT_TRANSLATE_NOOP) and set in
:meth:`Actions.retranslate`, so switching the UI language relabels everything at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from editor.gui.action_specs import (  # noqa: F401  (re-exported: importers use actions)
    CONTEXT,
    FORMAT_TOOLBAR,
    MENUS,
    SK,
    SPECS,
    A,
    Spec,
)
from editor.gui.toolbars import icon, set_icon  # noqa: F401  (icon: for callers)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Actions(QObject):
    """Creates every QAction once; ``actions[A.BOLD]`` gives the QAction."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._actions: dict[A, QAction] = {}
        self._menus: list[tuple[QMenu, str]] = []
        for key, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{key.value}")
            action.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon:
                set_icon(action, spec.icon)
            self._actions[key] = action
        width = QActionGroup(self)
        width.addAction(self[A.PREVIEW_DESKTOP])
        width.addAction(self[A.PREVIEW_MOBILE])
        self.retranslate()

    def __getitem__(self, key: A) -> QAction:
        return self._actions[key]

    def all(self) -> dict[A, QAction]:
        return dict(self._actions)

    def build_menus(self, bar: QMenuBar) -> None:
        for title, keys in MENUS:
            menu = bar.addMenu(tr(title))
            self._menus.append((menu, title))
            self._fill(menu, keys)

    def menu(self, title: str) -> QMenu | None:
        """A built menu by its untranslated title, e.g. ``menu("&View")``."""
        return next((m for m, t in self._menus if t == title), None)

    def build_toolbar(self, toolbar: QToolBar, keys: tuple[A | None, ...]) -> None:
        self._fill(toolbar, keys)

    def _fill(self, target: QMenu | QToolBar, keys: tuple[A | None, ...]) -> None:
        for key in keys:
            if key is None:
                target.addSeparator()
            else:
                target.addAction(self[key])

    def retranslate(self) -> None:
        for key, spec in SPECS.items():
            action = self._actions[key]
            action.setText(tr(spec.text))
            tip = tr(spec.tooltip) if spec.tooltip else action.text().replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        for menu, title in self._menus:
            menu.setTitle(tr(title))
