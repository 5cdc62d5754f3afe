"""PySide6 reads the source of every module imported after it, to see whether it names
PySide6; the app answers that from the file's bytes, without keeping the source in
linecache (megabytes for the life of the process) and with the same answers."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_the_window_is_built_without_caching_module_sources(tmp_path: Path,
                                                             sample_workspace: Path) -> None:
    code = textwrap.dedent(f"""
        import linecache, sys
        from pathlib import Path
        from editor.gui import app
        linecache.cache["<no file>"] = (5, None, ["x = 1"], "<no file>")  # cannot be re-read
        qapp = app.application()
        from editor.gui import settings as S
        window = app.create_window(S.Settings(), Path({str(sample_workspace)!r}))
        window.show()
        cached = sum(sum(map(len, e[2])) for e in linecache.cache.values()
                     if len(e) == 4 and e[1] is not None)
        feature = sys.modules["PySide6.support.feature"].pyside_feature_dict
        print("CACHED", cached < 100_000, "<no file>" in linecache.cache, cached, flush=True)
        print("ANSWERS", feature.get("editor.gui.main_window"), feature.get("editor.model.article"),
              flush=True)
        window.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(tmp_path / "settings.ini")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert "CACHED True True" in done.stdout, done.stdout + done.stderr
    # 0: uses PySide6 (its feature switching applies), -1: ignored; as PySide6 decides
    assert "ANSWERS 0 -1" in done.stdout, done.stdout + done.stderr


def test_the_answers_are_pyside6s_own() -> None:
    code = textwrap.dedent("""
        import sys, types
        import PySide6.QtCore
        from editor.gui import pyside_hook
        feature = sys.modules["PySide6.support.feature"]
        original = feature._mod_uses_pyside
        pyside_hook.install()
        import editor.gui.main_window, editor.model.article, json, zoneinfo, _socket
        pyside_hook.install()  # once only
        checks = [m for m in sys.modules.values() if isinstance(m, types.ModuleType)]
        differ = [m.__name__ for m in checks
                  if bool(feature._mod_uses_pyside(m)) != bool(original(m))]
        print("SAME", len(checks) > 150, differ, feature._mod_uses_pyside is not original,
              flush=True)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "SAME True [] True" in done.stdout, done.stdout + done.stderr
