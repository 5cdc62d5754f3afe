"""Start-up: default workspace on first start, then the last one; command-line folder wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.gui import app as gui_app
from editor.gui import settings as S


@pytest.fixture
def documents(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(folder))
    return folder


def test_first_start_seeds_default_workspace(gui_settings, documents: Path) -> None:
    chosen = gui_app.pick_workspace(gui_settings, None)
    assert chosen == documents / "Newsdesk"
    assert (chosen / "newsdesk.toml").is_file()
    assert len(list((chosen / "articles").iterdir())) == 3
    # A second start leaves the (possibly edited) workspace alone.
    article = next((chosen / "articles").iterdir()) / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nEigene Zeile.\n",
                       encoding="utf-8")
    again = gui_app.pick_workspace(gui_settings, None)
    assert again == chosen
    assert article.read_text(encoding="utf-8").endswith("Eigene Zeile.\n")


def test_last_workspace_is_reopened(gui_settings, documents: Path,
                                    sample_workspace: Path) -> None:
    gui_settings.set(S.LAST_WORKSPACE, str(sample_workspace))
    assert gui_app.pick_workspace(gui_settings, None) == sample_workspace
    assert not (documents / "Newsdesk").exists()


def test_vanished_last_workspace_falls_back(gui_settings, documents: Path,
                                            tmp_path: Path) -> None:
    gui_settings.set(S.LAST_WORKSPACE, str(tmp_path / "gone"))
    assert gui_app.pick_workspace(gui_settings, None) == documents / "Newsdesk"


def test_command_line_folder_wins(gui_settings, documents: Path,
                                  sample_workspace: Path) -> None:
    gui_settings.set(S.LAST_WORKSPACE, str(documents))
    assert gui_app.pick_workspace(gui_settings, str(sample_workspace)) == sample_workspace


def test_run_refuses_a_folder_that_is_no_workspace(tmp_path: Path, monkeypatch, capsys,
                                                   qapp) -> None:
    from editor.gui import i18n

    monkeypatch.setenv(S.SETTINGS_ENV, str(tmp_path / "s.ini"))
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "qm")
    assert gui_app.run(str(tmp_path)) == 2
    assert "not a workspace" in capsys.readouterr().err


def test_preview_is_built_before_the_window_gets_its_native_window(main_window, qtbot) -> None:
    """The web view needs an OpenGL-capable native window: added after the first show, Qt
    destroys and rebuilds the whole main window, so it is created before."""
    dock = main_window.docks["preview"]
    handles: list[object] = []
    dock.created.connect(lambda _w: handles.append(main_window.windowHandle()))
    main_window.show()
    assert handles == [None]  # created once, before the window had a native window
    panel = dock.content
    assert panel is not None and main_window.preview is panel
    qtbot.waitUntil(lambda: panel.is_idle() and panel.last_job is not None, timeout=15000)


def test_a_hidden_preview_stays_unbuilt_at_start(main_window, qtbot) -> None:
    dock = main_window.docks["preview"]
    dock.hide()
    main_window.show()
    assert dock.content is None and main_window.preview is None
    # Every part of the app ships: no panel or action is missing or disabled.
    assert {"articles", "preview", "preflight", "photos", "review"} <= set(main_window.docks)
    from editor.gui.actions import A

    assert main_window.actions[A.VERSIONS].isEnabled()
    assert main_window.actions[A.TRASH].isEnabled()
    assert main_window.status is not None and main_window.doc.locks is not None


@pytest.mark.parametrize("given, expected", [(None, gui_app.CHROMIUM_FLAGS), ("", ""),
                                             ("--enable-gpu-rasterization",
                                              "--enable-gpu-rasterization")])
def test_web_engine_runs_without_gpu_compositing_unless_told(given, expected) -> None:
    """Software compositing saves about 60 MB (bench/startup.py); the user's own
    QTWEBENGINE_CHROMIUM_FLAGS, even empty, wins."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "QTWEBENGINE_CHROMIUM_FLAGS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if given is not None:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = given
    code = ("import os; from editor.gui import app; app.application(); "
            "print(repr(os.environ.get('QTWEBENGINE_CHROMIUM_FLAGS')))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert out.strip() == repr(expected)


def test_web_engine_starts_no_zygote_for_unsandboxed_helpers(tmp_path: Path,
                                                             sample_workspace: Path) -> None:
    """From outside: with the app's default flags the preview's engine runs as the app, one
    zygote and a renderer, without the second zygote Chromium keeps for helpers that run
    unsandboxed (a GPU process, utilities): the app starts none of those, and that idle
    zygote cost about 9 MiB of the process tree (bench/startup.py)."""
    import os
    import subprocess
    import sys
    import textwrap

    assert "--disable-gpu" in gui_app.CHROMIUM_FLAGS.split()
    code = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from editor.gui import app, helper_priority
        qapp = app.application()
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        window.show()
        panel = window.docks["preview"].content
        def done():
            for pid in sorted(helper_priority._children(os.getpid())):
                try:
                    with open(f"/proc/{{pid}}/cmdline", "rb") as f:
                        args = f.read().decode(errors="replace").split("\\0")
                except OSError:
                    continue
                kind = next((a for a in args if a.startswith("--type=")), "--type=none")
                with open(f"/proc/{{pid}}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
                print("HELPER", kind, "--no-zygote-sandbox" in args, parent == os.getpid(),
                      flush=True)
            print("RENDERED", panel.last_job is not None, flush=True)
            qapp.quit()
        panel.rendered.connect(lambda: QTimer.singleShot(1000, done))
        QTimer.singleShot(60000, qapp.quit)
        qapp.exec()
    """)
    env = {k: v for k, v in os.environ.items() if k != "QTWEBENGINE_CHROMIUM_FLAGS"}
    env.update(QT_QPA_PLATFORM="offscreen", NEWSDESK_SETTINGS=str(tmp_path / "settings.ini"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=120).stdout
    assert "RENDERED True" in out, out
    helpers = [line.split()[1:] for line in out.splitlines() if line.startswith("HELPER")]
    # The app starts one zygote; the renderer is forked from it (and keeps its command line).
    assert helpers.count(["--type=zygote", "False", "True"]) == 1, out
    assert ["--type=zygote", "False", "False"] in helpers, out
    assert not [h for h in helpers if h[1] == "True"], out  # the unsandboxed helpers' zygote


def test_render_worker_starts_first_and_the_app_never_loads_the_renderer(
        tmp_path: Path, sample_workspace: Path) -> None:
    """application() starts the preview's render worker before the window's modules are
    imported (its interpreter and imports overlap the app's start); the first page is
    rendered there, and this process never imports Markdown, Jinja2, nh3 or Babel."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from editor.gui import app
        app.application()
        from editor.gui.preview import web, worker
        early = web._early
        print("EARLY", worker.preview_sandbox().pid is not None,
              "editor.gui.main_window" in sys.modules, early is not None, flush=True)
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        window.show()
        panel = window.docks["preview"].content
        def done():
            loaded = [m for m in ("markdown", "jinja2", "nh3", "babel") if m in sys.modules]
            print("RENDERED", panel.last_job is not None, loaded, panel.profile is early,
                  flush=True)
            app.QApplication.instance().quit()
        panel.rendered.connect(done)
        QTimer.singleShot(60000, app.QApplication.instance().quit)
        app.QApplication.instance().exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, timeout=120).stdout
    assert "EARLY True False True" in out, out
    assert "RENDERED True [] True" in out, out  # the profile started early is the preview's


def test_an_engine_started_for_a_hidden_preview_ends_cleanly(tmp_path: Path,
                                                              sample_workspace: Path) -> None:
    """The profile made at start-up and never taken is released before the engine."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from editor.gui import app
        qapp = app.application()
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        window.docks["preview"].hide()
        window.show()
        QTimer.singleShot(500, window.close)
        QTimer.singleShot(600, qapp.quit)
        qapp.exec()
        from editor.gui.preview import web
        print("HIDDEN", window.preview is None, web._early is None, flush=True)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "HIDDEN True True" in done.stdout, done.stdout + done.stderr
    assert "Release of profile requested" not in done.stderr


def test_side_panels_are_built_after_the_preview_shows_the_article(tmp_path: Path,
                                                                   sample_workspace: Path
                                                                   ) -> None:
    """Before the first page only the preview is built (the staged start: the editor and the
    list come right after it, see test_staged_start.py), Python's collector is off and the
    article's problems are not looked for (the photo checks load the image libraries); once
    the preview shows the article the rest is built, then the visible photo panel, the
    problems are shown, the collector is on again and start-up's objects are frozen."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import gc
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from editor.gui import app
        qapp = app.application()
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        sys.modules["editor.gui.window_shell"].FIRST_PAINT_FALLBACK_MS = 60000  # load-proof
        window.show()
        print("SHOWN", window.photos is None, window.preview is not None, gc.isenabled(),
              gc.get_freeze_count() == 0, "photos" not in window.docks,
              window.problems == [], "PIL" not in sys.modules, flush=True)
        def built():
            from editor.model.validation import preflight
            expected = preflight(window.doc.article, window.workspace.config)
            print("BUILT", window.photos is not None and window.docks["photos"].isVisible(),
                  gc.isenabled(),
                  gc.get_freeze_count() > 20000, window.problems == expected != [],
                  window.status.problems_text() != "No problems", flush=True)
            QTimer.singleShot(0, qapp.quit)
        window.first_paint_done.connect(built)
        window.preview.rendered.connect(lambda: print("RENDERED", window.photos is None,
                                                      flush=True))
        QTimer.singleShot(60000, qapp.quit)
        qapp.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "SHOWN True True False True True True True" in done.stdout, done.stdout + done.stderr
    assert "RENDERED True\nBUILT True True True True True" in done.stdout, done.stdout + done.stderr


def test_a_held_panel_asked_for_is_built_at_once(main_window, qtbot) -> None:
    """While the side panels wait for the first page, a window action or F6 that needs one
    builds it at once: every menu entry and shortcut works from the first moment."""
    from editor.gui.actions import A

    window = main_window
    window.show()  # the preview's first page is not there yet: the photos panel waits
    assert window.photos is None and window.docks["photos"].isVisible()
    window.actions[A.PHOTO_ADD].setEnabled(True)
    window.panels.hold(keep=("articles", "preview"))  # as if the page were still coming
    window.actions[A.REVIEW_COMMENT].trigger()  # a hidden panel, asked for by its action
    assert window.review is not None and window.docks["review"].isVisible()
    window.panels.hold(keep=("articles", "preview"))
    photos = next(pane for pane in window.panes.panes if pane.name == "photos")
    assert window.panes.is_open(photos) and window.panes.focus(photos)  # F6 reaches it
    assert window.photos is not None
    with qtbot.waitSignal(window.first_paint_done, timeout=15000):
        pass
    assert window.photos is not None


def test_release_builds_only_the_held_panels_that_are_visible(main_window) -> None:
    window = main_window
    registry = window.panels
    registry.hold(keep=("articles",))
    window.show()
    assert registry.get("photos") is None
    assert registry.dock("review").isHidden() and registry.dock("preflight").isHidden()
    registry.release()
    assert registry.get("photos") is not None
    assert registry.get("review") is None and registry.get("preflight") is None


def test_the_command_starts_the_render_worker_before_qt_is_imported(tmp_path: Path) -> None:
    """`newsdesk FOLDER` starts the preview's render worker before PySide6 and the window's
    modules are imported (it warms up on the other core meanwhile), and application() hands
    that one worker to the preview instead of starting a second."""
    import os
    import subprocess
    import sys
    import textwrap

    not_a_workspace = tmp_path / "folder"
    not_a_workspace.mkdir()
    code = textwrap.dedent(f"""
        import subprocess, sys
        spawned = []
        original = subprocess.Popen.__init__
        def popen(self, args, *rest, **kwargs):
            if "editor.render.worker_main" in " ".join(map(str, args)):
                spawned.append(("PySide6" in sys.modules,
                                "editor.gui.main_window" in sys.modules))
            original(self, args, *rest, **kwargs)
        subprocess.Popen.__init__ = popen
        from editor import cli
        code = cli.main([{str(not_a_workspace)!r}])  # no workspace: the window is not made
        from editor.gui import early
        from editor.gui.preview import worker
        print("SPAWNED", spawned, code, early.take() is None,
              worker.preview_sandbox().pid is not None, len(spawned), flush=True)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini"),
           "NEWSDESK_PAGE_CACHE": str(tmp_path / "page-cache")}  # no page kept
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "SPAWNED [(False, False)] 2 True True 1" in done.stdout, done.stdout + done.stderr


def test_the_window_leaves_dialog_modules_unloaded_until_used(tmp_path: Path,
                                                              sample_workspace: Path) -> None:
    """Start-up imports what the first paint needs: the shared-drive dialogs (conflict,
    versions, trash) and their diff code load when one opens, yet stay importable by name."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from editor.gui import app
        qapp = app.application()
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        window.show()
        lazy = ["editor.gui.safety.conflict", "editor.gui.safety.diffview",
                "editor.gui.safety.history_dialog", "editor.gui.safety.trash_dialog"]
        print("LOADED", [m for m in lazy if m in sys.modules], flush=True)
        from editor.gui.safety import ConflictDialog, HistoryDialog, TrashDialog
        from editor.gui.preview import PreviewPanel
        from editor.gui.safety import conflict
        print("NAMED", ConflictDialog.__name__, HistoryDialog.__name__, TrashDialog.__name__,
              PreviewPanel.__name__, conflict.ConflictDialog is ConflictDialog, flush=True)
        window.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "LOADED []" in done.stdout, done.stdout + done.stderr
    assert "NAMED ConflictDialog HistoryDialog TrashDialog PreviewPanel True" in done.stdout, \
        done.stdout + done.stderr


def test_the_start_up_benchmarks_floor_runs_the_apps_engine_flags() -> None:
    """bench/startup.py's floor (a bare web view) is measured with the flags the app uses,
    so what it reports above the floor is the app's own."""
    bench = Path(__file__).resolve().parents[2] / "bench" / "startup.py"
    assert f'"QTWEBENGINE_CHROMIUM_FLAGS", "{gui_app.CHROMIUM_FLAGS}"' in bench.read_text(
        encoding="utf-8")
