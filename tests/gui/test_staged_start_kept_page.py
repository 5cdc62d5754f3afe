"""The start shows the preview page kept at the last close at once (editor.gui.first_page),
from outside: `python -m editor FOLDER` started again and again on one workspace. The kept
page is shown only when nothing it was rendered from changed; the render that follows
loads nothing when its page is the same; a changed article or a damaged cache file gives
the normal start with the article's new text."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor.gui import first_page

# The real start (editor.cli.main) with observers on the window create_window returns.
# FIRST: the first page (kept or rendered, its text); DONE: once the render confirmed the
# page (current), how many loads the preview made; MODE "edit" types a paragraph first.
PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    from editor.gui import app, early

    MODE = sys.argv[2]
    made = app.create_window
    seen = {"loads": 0, "edited": False}

    def create_window(settings, workspace):
        window = made(settings, workspace)
        sys.modules["editor.gui.window_shell"].FIRST_PAINT_FALLBACK_MS = 60000
        preview = window.docks["preview"].ensure_created()
        preview.page.loadStarted.connect(lambda: seen.__setitem__("loads", seen["loads"] + 1))
        print("EARLY", early.deferred(), flush=True)

        def rendered():
            if "first" in seen:
                return
            seen["first"] = True
            kept = preview._first_html is not None
            preview.page.toPlainText(lambda text: print(
                "FIRST", kept, " ".join(text.split()).replace(" ", "_")[:4000], flush=True))

        def settled():
            if not (window.is_complete and preview.is_idle()
                    and preview.page.property("newsdesk_current") is True):
                QTimer.singleShot(50, settled)
                return
            if MODE == "edit" and not seen["edited"]:
                seen["edited"] = True
                editor = window.pane.editor
                editor.moveCursor(QTextCursor.MoveOperation.End)
                editor.insertPlainText("\\n\\nEin neuer Absatz über Zebrastreifen.\\n")
                QTimer.singleShot(50, settled)
                return
            print("DONE", seen["loads"], flush=True)
            window.close()

        preview.rendered.connect(rendered)
        preview.render_failed.connect(lambda reason: print("FAILED", reason, flush=True))
        window.first_paint_done.connect(settled)
        QTimer.singleShot(60000, QApplication.instance().quit)
        return window

    app.create_window = create_window
    from editor import cli
    print("EXIT", cli.main([sys.argv[1]]), flush=True)
""")


def _start(workspace: Path, home: Path, mode: str = "plain") -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "NEWSDESK_SETTINGS": str(home / "settings.ini"),
           first_page.ENV: str(home / "page-cache")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(workspace), mode], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = {}
    for line in done.stdout.splitlines():
        tag, _, rest = line.partition(" ")
        lines.setdefault(tag, rest.split())
    assert lines.get("EXIT") == ["0"] and "DONE" in lines and "FIRST" in lines, \
        f"{done.stdout}\n{done.stderr[-3000:]}"
    return lines


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _opened(home: Path) -> Path:
    from editor.gui import settings as S

    settings = S.Settings.at(home / "settings.ini")
    return Path(settings.get(S.LAST_WORKSPACE)) / "articles" / settings.get(S.LAST_ARTICLE)


def test_the_kept_page_is_shown_at_once_and_not_loaded_again(sample_workspace: Path,
                                                             home: Path) -> None:
    first = _start(sample_workspace, home)
    assert first["EARLY"] == ["False"]  # nothing kept yet: the worker starts at once
    assert first["FIRST"][0] == "False" and first["DONE"] == ["1"]
    assert (home / "page-cache" / first_page.FILE).is_file()
    again = _start(sample_workspace, home)
    # The worker was left for after the first paint, the kept page came first, and the
    # render's page was the same: one load in all.
    assert again["EARLY"] == ["True"]
    assert again["FIRST"][0] == "True" and again["DONE"] == ["1"]
    assert again["FIRST"][1] == first["FIRST"][1]


def test_an_edit_in_the_editor_is_in_the_page_kept_at_the_close(sample_workspace: Path,
                                                                home: Path) -> None:
    _start(sample_workspace, home)
    edited = _start(sample_workspace, home, "edit")  # types a paragraph, closes (saves)
    assert "Zebrastreifen" not in edited["FIRST"][1]
    again = _start(sample_workspace, home)
    # The kept page is the edited one (the blocks patched into the last whole page), and
    # it is exactly what the render makes: no second load.
    assert again["FIRST"][0] == "True" and "Zebrastreifen." in again["FIRST"][1]
    assert again["DONE"] == ["1"]


def test_an_article_changed_between_two_starts_shows_its_new_text(sample_workspace: Path,
                                                                  home: Path) -> None:
    _start(sample_workspace, home)
    md = _opened(home) / "article.md"
    md.write_text(md.read_text("utf-8") + "\nNachtrag über Zebrastreifen.\n", "utf-8")
    changed = _start(sample_workspace, home)
    assert changed["EARLY"] == ["False"]  # the stat differs: the worker starts at once
    assert changed["FIRST"][0] == "False" and "Zebrastreifen." in changed["FIRST"][1]
    assert changed["DONE"] == ["1"]


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_kept_page_gives_a_normal_start(sample_workspace: Path, home: Path,
                                                  damage: str) -> None:
    first = _start(sample_workspace, home)
    kept = home / "page-cache" / first_page.FILE
    raw = kept.read_bytes()
    kept.write_bytes(raw[:len(raw) // 2] if damage == "truncated" else os.urandom(len(raw)))
    again = _start(sample_workspace, home)
    assert again["EARLY"] == ["False"]
    assert again["FIRST"][0] == "False" and again["FIRST"][1] == first["FIRST"][1]
    assert again["DONE"] == ["1"]
    assert first_page.FORMAT in kept.read_text("utf-8", errors="replace")  # kept anew


def test_deleted_preview_copies_are_not_taken_from_the_kept_page(sample_workspace: Path,
                                                                 home: Path) -> None:
    """The kept page names the preview's smaller copies of the photos; when someone deletes
    them (a cache, safe to delete), the page is rendered anew, which makes them again."""
    _start(sample_workspace, home)
    copies = _opened(home) / ".newsdesk" / "preview"
    assert any(copies.iterdir())  # the opened sample article has large photos
    import shutil

    shutil.rmtree(copies)
    again = _start(sample_workspace, home)
    assert again["FIRST"][0] == "False"
    assert any(copies.iterdir())
