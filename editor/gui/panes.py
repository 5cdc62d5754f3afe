"""F6 / Shift+F6: the focus moves from pane to pane (article list, metadata form, text,
preview, photos, review, problems), as in office suites.

A pane is skipped while it is closed (its dock hidden, or the editor hidden in review mode);
a dock tabbed behind another one is raised when the focus reaches it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

FOCUS_STEPS = 5000  # a focus chain longer than this is not walked further


@dataclass(frozen=True)
class Pane:
    name: str
    container: Callable[[], QWidget | None]  # None: the pane does not exist (yet)
    target: Callable[[QWidget], QWidget | None]  # the widget that gets the focus
    dock: Callable[[], QDockWidget | None] = lambda: None


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach."""
    if _takes_tab(container):
        return container
    widget = container.nextInFocusChain()
    for _ in range(FOCUS_STEPS):
        if widget is None or widget is container:
            return None
        if container.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() and (
        widget.isVisible() or not widget.window().isVisible())


class PaneCycler(QObject):
    """Moves the focus through ``panes`` in order; :meth:`current` says where it is."""

    def __init__(self, panes: list[Pane], parent: QObject | None = None):
        super().__init__(parent)
        self.panes = panes

    def is_open(self, pane: Pane) -> bool:
        dock = pane.dock()
        if dock is not None:
            return not dock.isHidden()  # a dock tabbed behind another is not hidden
        container = pane.container()
        return container is not None and not container.isHidden() and (
            container.window().isHidden() or container.isVisible())

    def current(self) -> Pane | None:
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for pane in self.panes:  # the metadata form comes before the pane holding it
            container = pane.dock() or pane.container()
            if container is not None and (container is focus or container.isAncestorOf(focus)):
                return pane
        return None

    def next(self) -> Pane | None:
        return self._step(1)

    def previous(self) -> Pane | None:
        return self._step(-1)

    def focus(self, pane: Pane) -> bool:
        dock = pane.dock()
        if dock is not None:
            dock.show()
            dock.raise_()
            ensure = getattr(dock, "ensure_created", None)
            if ensure is not None:
                ensure()
        container = pane.container()
        if container is None:
            return False
        target = pane.target(container) or first_focusable(container)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _step(self, direction: int) -> Pane | None:
        current = self.current()
        count = len(self.panes)
        start = self.panes.index(current) if current is not None else (-1 if direction > 0
                                                                         else count)
        for offset in range(1, count + 1):
            pane = self.panes[(start + direction * offset) % count]
            if self.is_open(pane) and self.focus(pane):
                return pane
        return None
