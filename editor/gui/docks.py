"""Side panels as docks whose content is created only when first shown (fast start-up),
and the one registry of the window's panels.

The registry is all an installer needs to reach another panel: ``panels.get("preview")``
(None until created), ``panels.show("photos")`` (shown, raised, created), and
``panels.when_created(name, callback)``. While the window starts, :meth:`PanelRegistry.hold`
keeps the docks that become visible as placeholders until :meth:`PanelRegistry.release`
(after the first paint), so only what the first paint needs is built before it; a dock added
while they are held waits too. :meth:`PanelRegistry.reserve` puts a dock in its place before
its installer runs (the window's staged start: the preview and the list's place are there at
the first paint), and the installer's :meth:`~PanelRegistry.add` adopts it. A panel
whose buttons are also window actions (menu entries with shortcuts) binds them with
:meth:`PanelRegistry.bind_actions`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

Area = Qt.DockWidgetArea


class LazyDock(QDockWidget):
    """A dock that calls ``factory`` the first time it becomes visible (no factory: a
    reserved place, an empty placeholder until :meth:`adopt` gives it one)."""

    created = Signal(QWidget)

    def __init__(self, name: str, factory: Callable[[], QWidget] | None, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(name)  # saveState/restoreState key
        self._factory: Callable[[], QWidget] | None = factory
        self._empty = factory is None  # reserved, nothing to create yet
        self.reserved = False  # made by PanelRegistry.reserve, not yet adopted by add()
        self.restored = False  # placed by the window's saved state (restoreDockWidget)
        self.held = False  # shown while held: created by the registry's release()
        self.wanted = False  # visible (not tabbed away) while held
        self.setWidget(QLabel())  # placeholder until shown
        self.visibilityChanged.connect(self._on_visible)

    @property
    def content(self) -> QWidget | None:
        return None if self._factory is not None or self._empty else self.widget()

    def adopt(self, factory: Callable[[], QWidget]) -> None:
        """The installer's factory for a reserved dock (kept if it was created already)."""
        self.reserved = False
        if self._empty:
            self._empty = False
            self._factory = factory

    def ensure_created(self) -> QWidget:
        if self._factory is not None:
            factory, self._factory = self._factory, None
            widget = factory()
            self.setWidget(widget)
            self.created.emit(widget)
        return self.widget()

    def _on_visible(self, visible: bool) -> None:
        self.wanted = visible
        if visible and not self.held:
            self.ensure_created()


class PanelRegistry(QObject):
    """Every side panel of a main window by name: its lazy dock, its widget once created."""

    def __init__(self, host: QMainWindow, view_menu: QMenu | None = None):
        super().__init__(host)
        self._host = host
        self._view_menu = view_menu
        self._titles: dict[str, Callable[[], str]] = {}
        self.docks: dict[str, LazyDock] = {}
        self._keep: tuple[str, ...] | None = None  # holding (hold() until release())

    def add(self, name: str, title: Callable[[], str], factory: Callable[[], QWidget],
            area: Area = Area.RightDockWidgetArea, visible: bool = True) -> LazyDock:
        """Add a panel; ``title`` is called again on a language switch. A panel added
        under a name already taken replaces it in the registry, unless that dock was
        reserved (:meth:`reserve`): then it is adopted, where it is, with what it shows."""
        old = self.docks.get(name)
        if old is not None and old.reserved:
            old.adopt(factory)
            self._titles[name] = title
            self._set_title(name, old)
            return old
        return self._place(name, title, factory, area, visible)

    def reserve(self, name: str, title: Callable[[], str],
                factory: Callable[[], QWidget] | None, area: Area) -> LazyDock:
        """A dock for the panel ``name`` before its installer runs (the staged start):
        placed as the saved state says, built from ``factory`` when shown (None: an empty
        placeholder). The installer's add() later adopts it."""
        dock = self._place(name, title, factory, area, True)
        dock.reserved = True
        return dock

    def set_view_menu(self, menu: QMenu) -> None:
        """The View menu, made after some docks: theirs first, in the order added."""
        self._view_menu = menu
        for dock in self.docks.values():
            menu.addAction(dock.toggleViewAction())

    def _place(self, name: str, title: Callable[[], str], factory: Callable[[], QWidget] | None,
               area: Area, visible: bool) -> LazyDock:
        dock = LazyDock(name, factory, self._host)
        self._titles[name] = title
        self.docks[name] = dock
        self._set_title(name, dock)
        dock.held = self._keep is not None and name not in self._keep
        # A dock made after the window's restoreState() (staged start) goes where the saved
        # layout had it, shown or not; before it, restoreState does that.
        dock.restored = self._host.restoreDockWidget(dock)
        if not dock.restored:
            self._host.addDockWidget(area, dock)
            dock.setVisible(visible)
        if self._view_menu is not None:  # show/hide from the keyboard: Alt+V, then the panel
            self._view_menu.addAction(dock.toggleViewAction())
        return dock

    def __contains__(self, name: object) -> bool:
        return name in self.docks

    def __iter__(self) -> Iterator[str]:
        return iter(self.docks)

    def dock(self, name: str) -> LazyDock | None:
        return self.docks.get(name)

    def get(self, name: str) -> QWidget | None:
        """The panel's widget, None while it is not created (or not registered)."""
        dock = self.docks.get(name)
        return dock.content if dock is not None else None

    def show(self, name: str) -> QWidget | None:
        """Show and raise the panel (created if need be); None when there is no such panel."""
        dock = self.docks.get(name)
        if dock is None:
            return None
        dock.show()
        dock.raise_()
        return dock.ensure_created()

    def when_created(self, name: str, callback: Callable[[QWidget], object]) -> None:
        """``callback(widget)`` now if the panel exists, else once it is created."""
        dock = self.docks.get(name)
        if dock is None:
            return
        if dock.content is not None:
            callback(dock.content)
        else:
            dock.created.connect(callback)

    def bind_actions(self, name: str, actions: Mapping[QAction, str]) -> None:
        """Window actions (menus, shortcuts) that do what the panel's own actions do.

        ``actions`` maps a window action to a key of the panel's ``actions_by_name``
        (a ``dict[str, QAction]`` the panel widget provides). Triggering the window action
        shows the panel (creating it) and triggers the panel's action; the window action
        follows the panel action's enabled and checked state.
        """
        def trigger(key: str) -> None:
            panel = self.show(name)
            source = _panel_actions(panel).get(key)
            if source is not None:
                source.trigger()  # does nothing while disabled

        def follow(panel: QWidget) -> None:
            own = _panel_actions(panel)
            for target, key in actions.items():
                source = own.get(key)
                if source is None:
                    continue
                source.changed.connect(lambda s=source, t=target: _mirror(s, t))
                _mirror(source, target)

        for target, key in actions.items():
            target.triggered.connect(lambda _=False, k=key: trigger(k))
        self.when_created(name, follow)

    def hold(self, keep: Iterable[str] = ()) -> None:
        """Docks (but ``keep``) that become visible stay placeholders until :meth:`release`;
        asked for by name (``show``, ``ensure_created``, a window action) they are built.
        Docks added until then are held too."""
        self._keep = tuple(keep)
        for name, dock in self.docks.items():
            dock.held = name not in keep and dock.content is None

    def release(self) -> None:
        """Build the held docks that are visible now, in the order they were added."""
        self._keep = None
        for dock in list(self.docks.values()):
            if dock.held:
                dock.held = False
                if dock.wanted:
                    dock.ensure_created()

    def retranslate(self) -> None:
        for name, dock in self.docks.items():
            self._set_title(name, dock)

    def _set_title(self, name: str, dock: LazyDock) -> None:
        dock.setWindowTitle(self._titles[name]())
        dock.setAccessibleName(dock.windowTitle())


def _panel_actions(panel: QWidget | None) -> dict[str, QAction]:
    own = getattr(panel, "actions_by_name", None)
    return own if isinstance(own, dict) else {}


def _mirror(source: QAction, target: QAction) -> None:
    target.setEnabled(source.isEnabled())
    if source.isCheckable() and target.isCheckable():
        target.setChecked(source.isChecked())
