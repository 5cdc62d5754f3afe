"""The article list over the workspace index: unreadable rows, search as you type off the
GUI thread, one watcher for the workspace, the workspace listed once at start."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFileSystemWatcher, Qt

from editor.gui import dialogs
from editor.model import index as index_mod
from editor.model.article import load_article
from editor.model.index import store as store_mod
from editor.model.workspace import Workspace
from tests.util import write_article


@pytest.fixture(autouse=True)
def private_index(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


@pytest.fixture
def busy_workspace(tmp_path: Path) -> Path:
    ws = Workspace.init(tmp_path / "busy")
    for i in range(40):
        ws.create_article(f"Meldung {i:02d} aus dem Rathaus", date=dt.date(2020, 1, 1 + i % 28),
                          body=f"Text Nummer {i}.\n")
    ws.create_article("Sperrung der Straße in München", date=dt.date(2021, 5, 5),
                      body="Die Fahrradstraße wird gebaut.\n")
    broken = ws.articles_dir / "kaputt"
    broken.mkdir()
    (broken / "article.md").write_bytes(b"---\ntitle: Kaputt\ndate: [2022\n---\nText\n")
    outside = tmp_path / "draussen"
    outside.mkdir()
    (outside / "article.md").write_text("---\ntitle: GEHEIM\n---\n")
    (ws.articles_dir / "verlinkt").symlink_to(outside, target_is_directory=True)
    return ws.root


@pytest.fixture
def window(qtbot, gui_settings, busy_workspace: Path, monkeypatch):
    from editor.gui.app import create_window

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "ask_take_over", lambda *a, **k: False)
    win = create_window(gui_settings, busy_workspace)
    qtbot.addWidget(win)
    yield win
    win.doc.close()


def _row(window, slug: str):
    return next(r for r in window.panel.items() if r.summary.slug == slug)


def test_unreadable_articles_are_rows_with_their_reason(window) -> None:
    panel = window.panel
    assert len(panel.visible_slugs()) == 43
    broken = _row(window, "kaputt")
    assert broken.text(2) == "Unreadable"
    model = panel.model
    index = model.index(model.row_of("kaputt"), 0)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "article.md, line" in tip and "malformed" in tip
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    link = _row(window, "verlinkt")
    assert link.text(2) == "Unreadable" and link.text(0) == "verlinkt"
    assert "symbolic link" in model.data(model.index(model.row_of("verlinkt"), 0),
                                         Qt.ItemDataRole.ToolTipRole)
    assert "GEHEIM" not in [r.text(0) for r in panel.items()]


def test_search_as_you_type_folds_german_and_runs_off_the_gui_thread(window, qtbot,
                                                                     monkeypatch) -> None:
    import threading

    panel = window.panel
    threads: list[str] = []
    real = index_mod.ArticleIndex.matching

    def spy(self, text):
        threads.append(threading.current_thread().name)
        return real(self, text)

    monkeypatch.setattr(index_mod.ArticleIndex, "matching", spy)
    shown: list[str] = []
    panel.search_shown.connect(shown.append)
    qtbot.keyClicks(panel.search, "Strasse Muenchen")
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == "Strasse Muenchen", timeout=5000)
    assert panel.visible_slugs() == ["sperrung-der-strasse-in-muenchen"]
    assert threads and all(t != threading.main_thread().name for t in threads)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(panel.visible_slugs()) == 43, timeout=5000)


def test_typing_on_with_the_same_result_leaves_the_list_as_it_is(window, qtbot) -> None:
    """Each letter more of a word usually finds the same articles: the list is then not
    reset and painted again (bench/scale.py: each such repaint was a stall of the window
    of 18-33 ms with 10,000 articles), and selection and scroll stay; a different result
    still replaces the rows."""
    panel = window.panel
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    shown: list[str] = []
    panel.search_shown.connect(shown.append)
    qtbot.keyClicks(panel.search, "Rathau")
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] == "Rathau", timeout=5000)
    found = panel.visible_slugs()
    assert len(found) == 40
    panel.select(found[5])
    panel.list.verticalScrollBar().setValue(panel.list.verticalScrollBar().maximum())
    where = panel.list.verticalScrollBar().value()
    resets.clear()
    qtbot.keyClicks(panel.search, "s")
    qtbot.waitUntil(lambda: shown[-1] == "Rathaus", timeout=5000)
    assert panel.visible_slugs() == found and not resets
    assert panel.current_slug() == found[5]
    assert panel.list.verticalScrollBar().value() == where
    qtbot.keyClicks(panel.search, " 07")  # fewer articles: the rows are replaced
    qtbot.waitUntil(lambda: shown[-1] == "Rathaus 07", timeout=5000)
    assert panel.visible_slugs() == ["meldung-07-aus-dem-rathaus"] and resets


def test_status_filter_and_search_together(window, qtbot) -> None:
    from editor.model import review

    panel = window.panel
    review.add_event(window.workspace.load("meldung-03-aus-dem-rathaus"), "submitted", "Ben")
    panel.refresh()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("in_review"))
    assert panel.visible_slugs() == ["meldung-03-aus-dem-rathaus"]
    panel.search.setText("rathaus")
    panel.run_search()
    assert panel.visible_slugs() == ["meldung-03-aus-dem-rathaus"]
    panel.status_filter.setCurrentIndex(0)
    assert len(panel.visible_slugs()) == 40  # every "Meldung ... aus dem Rathaus"


def test_one_watcher_for_the_workspace(window, busy_workspace: Path) -> None:
    watched = []
    for w in window.findChildren(QFileSystemWatcher):
        watched += w.directories() + w.files()
    article_folders = [p for p in watched if Path(p).parent == busy_workspace / "articles"]
    # The open article (its folder, for a colleague's save) at most; never one per article.
    assert len(article_folders) <= 2, article_folders
    assert window.panel.watcher.watched() == [str(busy_workspace / "articles")]


def test_other_peoples_changes_appear_without_refresh(window, qtbot,
                                                      busy_workspace: Path) -> None:
    panel = window.panel
    ws = Workspace.open(busy_workspace)
    ws.create_article("Von jemand anderem")
    qtbot.waitUntil(lambda: "von-jemand-anderem" in panel.visible_slugs(), timeout=8000)
    # An edit inside an article folder (no notification on articles/): found by polling.
    slug = "meldung-07-aus-dem-rathaus"
    article = load_article(busy_workspace / "articles" / slug)
    article.title = "Geänderter Titel"
    write_article(article)
    qtbot.waitUntil(lambda: _row(window, slug).text(0) == "Geänderter Titel", timeout=8000)


def test_workspace_is_listed_once_at_start(qtbot, gui_settings, busy_workspace: Path,
                                           monkeypatch) -> None:
    from editor.gui.app import create_window

    calls = {"refresh": 0, "query": 0, "list_articles": 0}
    for name in ("refresh", "query"):
        real = getattr(index_mod.ArticleIndex, name)

        def counting(self, *a, _real=real, _name=name, **k):
            calls[_name] += 1
            return _real(self, *a, **k)

        monkeypatch.setattr(index_mod.ArticleIndex, name, counting)
    real_list = Workspace.list_articles
    monkeypatch.setattr(Workspace, "list_articles", lambda self, *a, **k: (
        calls.__setitem__("list_articles", calls["list_articles"] + 1),
        real_list(self, *a, **k))[1])
    win = create_window(gui_settings, busy_workspace)
    qtbot.addWidget(win)
    assert calls == {"refresh": 1, "query": 1, "list_articles": 0}
    assert win.doc.article is not None  # the first article was opened from that list
    win.doc.close()


def test_keyboard_moves_through_the_list(window, qtbot) -> None:
    panel = window.panel
    panel.list.setFocus()
    first = panel.visible_slugs()[0]
    panel.select(first)
    assert window.doc.article.slug == first
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    second = panel.visible_slugs()[1]
    assert panel.current_slug() == second
    qtbot.waitUntil(lambda: window.doc.article.slug == second, timeout=3000)
    qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert panel.current_slug() == panel.visible_slugs()[-1]


def test_index_file_is_private_to_this_machine(window, busy_workspace: Path,
                                               tmp_path: Path) -> None:
    # Nothing index-like inside the (shared) workspace.
    assert not [p for p in busy_workspace.rglob("*.sqlite*")]
    assert (tmp_path / "index-cache").is_dir()
    assert os.listdir(tmp_path / "index-cache")


def test_a_big_first_index_is_built_off_the_gui_thread(qtbot, gui_settings,
                                                       busy_workspace: Path,
                                                       monkeypatch) -> None:
    import threading

    from editor.gui.app import create_window

    monkeypatch.setattr(store_mod, "READ_MANY_FROM", 10)
    threads: list[str] = []
    real = index_mod.ArticleIndex.refresh

    def spy(self):
        threads.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(index_mod.ArticleIndex, "refresh", spy)
    win = create_window(gui_settings, busy_workspace)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(win.panel.visible_slugs()) == 43, timeout=20000)
    assert threads and threads[0] != threading.main_thread().name
    qtbot.waitUntil(lambda: win.doc.article is not None, timeout=5000)
    assert win.doc.article.slug == win.panel.visible_slugs()[0] == win.panel.current_slug()
    win.doc.close()


def test_changes_indexed_by_another_program_still_reach_the_list(window, qtbot,
                                                                  busy_workspace: Path) -> None:
    import subprocess
    import sys

    slug = "meldung-11-aus-dem-rathaus"
    article = load_article(busy_workspace / "articles" / slug)
    article.title = "Von der Kommandozeile gesehen"
    write_article(article)
    old = 1_600_000_000  # settled: the index trusts it at once, no re-reading
    os.utime(article.path, (old, old))
    # `newsdesk list` in another process brings the shared index up to date first.
    subprocess.run([sys.executable, "-m", "editor", "list", str(busy_workspace)], check=True,
                   capture_output=True, timeout=120, env=os.environ.copy())
    qtbot.waitUntil(lambda: _row(window, slug).text(0) == "Von der Kommandozeile gesehen",
                    timeout=8000)
