"""The GUI's module structure: no import circle among editor/gui modules, and the modules
that install panels, dialogs and the safety net take small typed hosts, not the window."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from pathlib import Path

import pytest

import editor.gui

GUI = Path(editor.gui.__file__).resolve().parent
PACKAGE = "editor.gui"


def _modules() -> dict[str, Path]:
    found = {}
    for path in GUI.rglob("*.py"):
        parts = [PACKAGE, *path.relative_to(GUI).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the editor/gui modules it imports anywhere in its text: at the top, inside
    functions and under TYPE_CHECKING alike (a circle hidden behind TYPE_CHECKING is still
    two modules that know each other)."""
    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, base] if base else parts)
                # "from editor.gui import panels" imports the module editor.gui.panels.
                targets = [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            edges.update(t for t in map(resolve, targets) if t is not None)
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_circle_through_type_checking(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from editor.gui import b\n")
    (tmp_path / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                   "    from editor.gui.c import X\n")
    (tmp_path / "c.py").write_text("def f():\n    from editor.gui.a import g\n")
    (tmp_path / "d.py").write_text("from editor.gui import a\n")
    modules = {f"{PACKAGE}.{n}": tmp_path / f"{n}.py" for n in "abcd"}
    assert cycles(import_graph(modules)) == [[f"{PACKAGE}.a", f"{PACKAGE}.b", f"{PACKAGE}.c"]]


def test_no_import_circle_among_gui_modules() -> None:
    graph = import_graph(_modules())
    assert graph["editor.gui.main_window"]  # the graph is really read
    # A module that imports another only for a type hint (under TYPE_CHECKING) still makes
    # a circle: type the parameter with a Protocol or a Qt base class instead.
    assert cycles(graph) == []


def test_the_preview_panel_offers_what_its_changes_mode_uses() -> None:
    # ChangesMode types its panel with a Protocol (no import of the panel: no circle)
    from editor.gui.preview.changes import ChangesHost
    from editor.gui.preview.panel import PreviewPanel

    methods = [n for n, v in vars(ChangesHost).items() if callable(v) and not n.startswith("_")]
    assert "alive" in methods
    assert all(callable(getattr(PreviewPanel, n, None)) for n in methods), methods
    source = Path(inspect.getsourcefile(PreviewPanel) or "").read_text(encoding="utf-8")
    assert all(f"self.{n} = " in source for n in ChangesHost.__annotations__)


def test_only_the_start_up_imports_the_main_window() -> None:
    graph = import_graph(_modules())
    importers = sorted(name for name, edges in graph.items() if "editor.gui.main_window" in edges)
    assert importers == ["editor.gui.app"]


def _installers() -> list[tuple[str, object]]:
    from editor.gui import panels, safety_wiring, window_dialogs

    found: list[tuple[str, object]] = [
        (f"{module.__name__}.{name}", function)
        for module in (panels, safety_wiring)
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_")
    ]
    found.append(("WindowDialogs", window_dialogs.WindowDialogs.__init__))
    return found


HOSTS = {"PanelHost", "PanelRegistry", "SafetyHost", "DialogHost"}
WINDOW = re.compile(r"\bQ?MainWindow\b|\bQWidget\b")


@pytest.mark.parametrize("name,function", _installers(), ids=lambda v: v if isinstance(
    v, str) else "")
def test_installers_take_a_narrow_host_not_the_window(name: str, function: object) -> None:
    parameters = list(inspect.signature(function).parameters.values())  # type: ignore[arg-type]
    if parameters and parameters[0].name == "self":
        parameters = parameters[1:]
    annotations = [str(p.annotation) for p in parameters]
    assert not any(WINDOW.search(a) for a in annotations), (name, annotations)
    if name.rpartition(".")[2].startswith("install") or name == "WindowDialogs":
        assert annotations[0] in HOSTS, (name, annotations)


def test_hosts_are_small_and_hold_no_window() -> None:
    from editor.gui.panels import PanelHost, WindowHooks
    from editor.gui.safety_wiring import SafetyHost
    from editor.gui.window_dialogs import DialogHost

    for host in (PanelHost, WindowHooks, SafetyHost, DialogHost):
        fields = dataclasses.fields(host)
        assert len(fields) <= 8, host
        assert not any(re.search(r"\bQ?MainWindow\b", str(f.type)) for f in fields), host
        assert host.__dataclass_params__.frozen, host  # type: ignore[attr-defined]


def test_the_window_wires_its_panels_through_the_registry(main_window) -> None:
    registry = main_window.panels
    assert set(registry) == {"articles", "preview", "preflight", "photos", "review",
                             "social_card"}
    assert main_window.docks is registry.docks
    assert registry.get("photos") is None  # lazy: not shown yet
    photos = registry.show("photos")
    assert photos is not None and main_window.photos is photos
    assert registry.get("photos") is photos


def test_a_panel_binds_its_own_actions_to_window_actions(qtbot) -> None:
    """How a panel offers its buttons as menu entries with shortcuts: its widget has an
    ``actions_by_name``; the installer binds window actions to those names."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

    from editor.gui.docks import PanelRegistry

    host = QMainWindow()
    qtbot.addWidget(host)
    view = QMenu(host)
    registry = PanelRegistry(host, view)
    made: list[QWidget] = []
    toggled: list[bool] = []

    def factory() -> QWidget:
        panel = QWidget()
        show = QAction("Show changes", panel, checkable=True)
        show.toggled.connect(toggled.append)
        panel.actions_by_name = {"show_changes": show}  # type: ignore[attr-defined]
        made.append(panel)
        return panel

    registry.add("review", lambda: "Review", factory, visible=False)
    assert [a.text() for a in view.actions()] == ["Review"]  # View menu: show/hide it
    window_action = QAction("Show Changes Since Approval", host, checkable=True)
    registry.bind_actions("review", {window_action: "show_changes"})
    assert made == []  # binding creates nothing
    window_action.trigger()  # from the menu or its shortcut, before the panel exists
    assert len(made) == 1 and registry.get("review") is made[0]
    assert not registry.dock("review").isHidden()  # shown, so the result is visible
    assert toggled == [True] and window_action.isChecked()
    own = made[0].actions_by_name["show_changes"]  # type: ignore[attr-defined]
    own.setChecked(False)  # the panel's own button
    assert not window_action.isChecked()
    own.setEnabled(False)
    assert not window_action.isEnabled()
    window_action.trigger()  # disabled: nothing happens
    assert toggled == [True, False]
