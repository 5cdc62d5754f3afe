"""Side panels as docks whose content is created only when first shown (fast start-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget


class LazyDock(QDockWidget):
    """A dock that calls ``factory`` the first time it becomes visible."""

    created = Signal(QWidget)

    def __init__(self, name: str, factory: Callable[[], QWidget], parent: QWidget):
        super().__init__(parent)
        self.setObjectName(name)  # saveState/restoreState key
        self._factory: Callable[[], QWidget] | None = factory
        self.setWidget(QLabel())  # placeholder until shown
        self.visibilityChanged.connect(self._on_visible)

    @property
    def content(self) -> QWidget | None:
        return None if self._factory is not None else self.widget()

    def ensure_created(self) -> QWidget:
        if self._factory is not None:
            factory, self._factory = self._factory, None
            widget = factory()
            self.setWidget(widget)
            self.created.emit(widget)
        return self.widget()

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self.ensure_created()
