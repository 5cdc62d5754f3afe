"""The staged start, from outside: `python -m editor FOLDER` paints the preview of the article
it opens before the editor, the list and the menus are built; then they appear with that
article, in the same native window, without loading the preview a second time; closed
before that, nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Runs the real start (editor.cli.main -> app.run) with observers hooked onto the window
# create_window returns; prints what it saw at the first page, at the built window, at exit.
PROBE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from editor.gui import app

    MODE = sys.argv[2]
    made = app.create_window
    seen = {"windows": 0, "loads": 0}

    class Native(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.WinIdChange and obj.internalWinId():
                seen["windows"] += 1
            return False

    def menus(window):  # the menu bar's titles, each menu filled
        bar = [a for a in window.menuBar().actions() if a.menu() is not None]
        return "|".join(a.text() for a in bar if a.menu().actions())

    def create_window(settings, workspace):
        window = made(settings, workspace)
        # What comes first must not depend on the machine's load: no fallback in time.
        sys.modules["editor.gui.window_shell"].FIRST_PAINT_FALLBACK_MS = 60000
        native = Native(window)
        window.installEventFilter(native)
        preview = window.docks["preview"].ensure_created()
        preview.page.loadStarted.connect(lambda: seen.__setitem__("loads", seen["loads"] + 1))

        def rendered():
            if "first" in seen:
                return
            seen["first"] = True
            print("FIRST", getattr(preview._article, "slug", None), window.is_complete,
                  hasattr(window, "pane"), "editor.gui.editor_pane" in sys.modules,
                  "editor.gui.workspace_panel" in sys.modules,
                  window.windowTitle().startswith(preview._article.title + " – "),
                  len(window.menuBar().actions()), flush=True)
            if MODE == "close-first":
                window.close()

        def built():
            def report():
                focus = window.focusWidget()
                print("BUILT", window.doc.article.slug, window.pane.editor.toPlainText()
                      == window.doc.article.body, focus is window.pane.editor,
                      seen["windows"], seen["loads"], menus(window), flush=True)
                window.close()
            QTimer.singleShot(300, report)  # time for a second load, were there one

        preview.rendered.connect(rendered)
        preview.render_failed.connect(lambda reason: print("FAILED", reason, flush=True))
        window.first_paint_done.connect(built)
        if MODE == "close-at-once":
            QTimer.singleShot(0, window.close)
        QTimer.singleShot(60000, QApplication.instance().quit)
        return window

    app.create_window = create_window
    from editor import cli
    code = cli.main([sys.argv[1]])
    print("EXIT", code, "editor.gui.editor_pane" in sys.modules, flush=True)
""")


def _start(workspace: Path, settings: Path, mode: str) -> subprocess.CompletedProcess[str]:
    # The preview page kept for the next start: beside the settings (each test its own).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSDESK_SETTINGS": str(settings),
           "NEWSDESK_PAGE_CACHE": str(settings.parent / "page-cache")}
    return subprocess.run([sys.executable, "-c", PROBE, str(workspace), mode], env=env,
                          capture_output=True, text=True, timeout=120)


def _line(done: subprocess.CompletedProcess[str], tag: str) -> list[str]:
    for line in done.stdout.splitlines():
        if line.startswith(tag + " "):
            return line.split()[1:]
    raise AssertionError(f"no {tag} line\n{done.stdout}\n{done.stderr[-3000:]}")


@pytest.fixture
def settings_file(tmp_path: Path, sample_workspace: Path) -> Path:
    """Settings of an earlier session: this workspace, its second article, a saved layout."""
    from editor.gui import settings as S

    path = tmp_path / "settings.ini"
    settings = S.Settings.at(path)
    settings.set(S.LAST_WORKSPACE, str(sample_workspace.resolve()))
    slugs = sorted(p.name for p in (sample_workspace / "articles").iterdir())
    settings.set(S.LAST_ARTICLE, slugs[1])
    settings.sync()
    return path


def test_the_preview_shows_the_article_before_the_editor_is_built(
        sample_workspace: Path, settings_file: Path) -> None:
    from editor.gui import settings as S
    from editor.gui.action_specs import MENUS

    last = S.Settings.at(settings_file).get(S.LAST_ARTICLE)
    done = _start(sample_workspace, settings_file, "full")
    assert done.returncode == 0, done.stderr[-3000:]
    # First page: the last article, while the window has no editor and no list yet; the
    # window's title names it already.
    # The menu bar has its titles (empty menus until then: the layout does not move).
    assert _line(done, "FIRST") == [last, "False", "False", "False", "False", "True",
                                    str(len(MENUS))]
    # Then the editor holds that article and has the keyboard; one native window, and the
    # preview loaded its page once (the editor's open did not load it again); the menus
    # once each, filled.
    assert _line(done, "BUILT") == [last, "True", "True", "1", "1", "|".join(
        title for title, _keys in MENUS)]
    assert _line(done, "EXIT") == ["0", "True"]
    # The complete window saved its layout at the close, with every panel in it.
    geometry, state = S.Settings.at(settings_file).window_state()
    assert geometry is not None and state is not None
    names = bytes(state)  # dock names are stored as UTF-16
    assert all(n.encode("utf-16-be") in names for n in ("articles", "preview", "photos", "review"))


def test_the_first_start_previews_the_first_listed_article(tmp_path: Path,
                                                           sample_workspace: Path) -> None:
    done = _start(sample_workspace, tmp_path / "fresh.ini", "full")
    assert done.returncode == 0, done.stderr[-3000:]
    first = _line(done, "FIRST")
    built = _line(done, "BUILT")
    assert first[0] == built[0] != "None"  # the article the list opens first
    assert built[1:4] == ["True", "True", "1"]
    assert built[4] == "1"


@pytest.mark.parametrize("mode", ["close-at-once", "close-first"])
def test_a_close_before_the_editor_exists_ends_cleanly_and_loses_nothing(
        sample_workspace: Path, settings_file: Path, mode: str) -> None:
    """Closed (window manager, Ctrl+Q) before the editor is built: the app ends with 0, the
    editor is never built, and the last article and the saved layout are kept."""
    from editor.gui import settings as S

    done = _start(sample_workspace, settings_file, "full")  # a layout saved by a full run
    assert done.returncode == 0, done.stderr[-3000:]
    before = S.Settings.at(settings_file)
    kept = (before.get(S.LAST_ARTICLE), before.window_state())
    done = _start(sample_workspace, settings_file, mode)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _line(done, "EXIT") == ["0", "False"]
    assert "BUILT" not in done.stdout
    after = S.Settings.at(settings_file)
    assert (after.get(S.LAST_ARTICLE), after.window_state()) == kept


def test_ctrl_q_closes_the_window_before_the_editor_exists(qtbot, gui_settings, monkeypatch,
                                                          sample_workspace: Path) -> None:
    """The shell has no menus yet; its own Ctrl+Q closes it (and goes with the menus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from editor.gui.actions import A
    from editor.gui.main_window import MainWindow

    # Held at the shell (nothing to preview would complete it on the next turn).
    monkeypatch.setattr(MainWindow, "_after_first_paint", lambda _self, _preview: None)
    window = MainWindow(gui_settings, staged=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and not window.is_complete
    monkeypatch.undo()
    other = MainWindow(gui_settings)  # complete: Ctrl+Q is the menu's Quit only
    qtbot.addWidget(other)
    assert not [a for a in QMainWindow.actions(other) if a.shortcut() == QKeySequence("Ctrl+Q")]
    assert other.actions[A.QUIT].shortcut() == QKeySequence("Ctrl+Q")
    other.doc.close()


def test_panels_made_after_the_first_paint_go_where_the_saved_layout_has_them(
        qtbot, gui_settings, sample_workspace: Path) -> None:
    """restoreState() runs on the shell; the panels made later are placed by it too
    (restoreDockWidget): a hidden photo panel stays hidden, a shown review panel shows."""
    from editor.gui.app import create_window
    from editor.gui.main_window import MainWindow

    full = create_window(gui_settings, sample_workspace)
    qtbot.addWidget(full)
    full.docks["photos"].hide()
    full.docks["review"].show()
    full.docks["preview"].hide()
    state = full.saveState()
    full.doc.close()

    staged = MainWindow(gui_settings, staged=True)
    qtbot.addWidget(staged)
    assert set(staged.docks) == {"articles", "preview"}
    assert staged.restoreState(state)
    assert staged.docks["preview"].isHidden()
    staged.complete()
    assert set(staged.docks) == set(full.docks)
    assert staged.docks["photos"].isHidden() and not staged.docks["review"].isHidden()
    assert staged.docks["photos"].restored and staged.docks["review"].restored
    # The View menu lists every panel once, the list and the preview first, as before.
    toggles = [a.text() for a in staged.actions.menu("&View").actions()
               if a in [d.toggleViewAction() for d in staged.docks.values()]]
    assert toggles == [d.windowTitle() for d in full.docks.values()]
    staged.doc.close()


def test_a_staged_window_with_nothing_to_preview_is_completed_at_once(
        qtbot, gui_settings) -> None:
    """No article to show first (an empty or big new workspace): the rest is built on the
    next turn of the event loop, not after FIRST_PAINT_FALLBACK_MS."""
    from editor.gui import window_shell
    from editor.gui.main_window import MainWindow

    window = MainWindow(gui_settings, staged=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_complete,
                    timeout=window_shell.FIRST_PAINT_FALLBACK_MS // 3)
    window.doc.close()


def test_the_start_reads_a_big_new_index_only_once_in_the_background(
        sample_workspace: Path, monkeypatch) -> None:
    """Without a last article, the first page's article comes from the list: a small new
    index is read for it (the list then finds nothing left to read), a big new one is not
    read on the GUI thread before the window shows (the list reads it in the background)."""
    from editor.gui.app import _first_article
    from editor.model.index import store as store_mod
    from editor.model.workspace import Workspace

    workspace = Workspace.open(sample_workspace)
    monkeypatch.setattr(store_mod, "READ_MANY_FROM", 2)
    assert workspace.index.would_read_many()
    assert _first_article(workspace, "") is None
    assert workspace.index.is_empty()  # nothing was read
    monkeypatch.setattr(store_mod, "READ_MANY_FROM", 1000)
    first = _first_article(workspace, "")
    assert first is not None and first.slug == workspace.index.query()[0].slug
    assert workspace.index.refresh() == set()  # listed once: nothing left to read
