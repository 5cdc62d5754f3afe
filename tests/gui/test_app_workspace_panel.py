"""The article list: filter, search, new, duplicate, rename, delete."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.gui import dialogs
from editor.gui.actions import A
from editor.model.article import load_article

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
BIKE = "neue-fahrradstrasse-verbindet-bahnhof-und-altstadt"


def test_list_shows_title_date_status(main_window, sample_workspace: Path) -> None:
    items = {it.data(0, 256): it for it in main_window.panel.items()}
    article = load_article(sample_workspace / "articles" / BIKE)
    assert items[BIKE].text(0) == article.title
    assert items[BIKE].text(1) == article.date.isoformat()
    assert items[BIKE].text(2) != ""


def test_search_over_text_and_tags(main_window, qtbot, sample_workspace: Path) -> None:
    panel = main_window.panel
    # A word that only occurs in one article's body.
    body = load_article(sample_workspace / "articles" / BIKE).body
    word = next(w for w in body.split() if w.isalpha() and len(w) > 8 and all(
        w not in load_article(p).body for p in (sample_workspace / "articles").iterdir()
        if p.name != BIKE))
    panel.search.setText(word)
    qtbot.waitUntil(lambda: panel.visible_slugs() == [BIKE], timeout=2000)
    tag = load_article(sample_workspace / "articles" / LIBRARY).tags[0]
    panel.search.setText(tag)
    panel.run_search()
    assert LIBRARY in panel.visible_slugs()
    panel.search.setText("wortdasesnirgendsgibt")
    panel.run_search()
    assert panel.visible_slugs() == []
    panel.search.clear()
    panel.run_search()
    assert len(panel.visible_slugs()) == 3


def test_status_filter(main_window) -> None:
    panel = main_window.panel
    combo = panel.status_filter
    statuses = {it.data(2, 256) for it in panel.items()}
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        state = combo.currentData()
        expected = [it.data(0, 256) for it in panel.items()
                    if state is None or it.data(2, 256) == state]
        assert panel.visible_slugs() == expected
    combo.setCurrentIndex(combo.findData("published"))
    assert ("published" in statuses) == bool(panel.visible_slugs())


def test_new_article(main_window, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Sommerfest im Park")
    main_window.actions[A.NEW_ARTICLE].trigger()
    assert main_window.doc.article.slug == "sommerfest-im-park"
    assert main_window.pane.form.title.text() == "Sommerfest im Park"
    assert "sommerfest-im-park" in main_window.panel.visible_slugs()


def test_duplicate_article(main_window) -> None:
    main_window.open_article(LIBRARY)
    main_window.actions[A.DUPLICATE_ARTICLE].trigger()
    copy = main_window.doc.article
    assert copy.slug != LIBRARY and copy.slug.startswith("stadtbibliothek")
    assert copy.body == load_article(main_window.workspace.find(LIBRARY)).body
    assert len(main_window.panel.visible_slugs()) == 4


@pytest.mark.parametrize("confirm", [True, False])
def test_rename_asks_before_changing_slug(main_window, monkeypatch, confirm) -> None:
    main_window.open_article(LIBRARY)
    questions = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Bücherei öffnet")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: questions.append(a[2]) or confirm)
    main_window.actions[A.RENAME_ARTICLE].trigger()
    assert "buecherei-oeffnet" in questions[0]
    if confirm:
        assert main_window.doc.article.slug == "buecherei-oeffnet"
        assert main_window.pane.form.title.text() == "Bücherei öffnet"
        assert LIBRARY not in main_window.panel.visible_slugs()
    else:
        assert main_window.doc.article.slug == LIBRARY
        assert load_article(main_window.workspace.find(LIBRARY)).title != "Bücherei öffnet"


def test_rename_saves_pending_edits_first(main_window, qtbot, monkeypatch) -> None:
    main_window.doc.set_autosave_delay(60000)
    main_window.open_article(LIBRARY)
    qtbot.keyClicks(main_window.pane.editor, "Vorne. ")
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Bücherei öffnet")
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: True)
    main_window.actions[A.RENAME_ARTICLE].trigger()
    assert main_window.doc.article.body.startswith("Vorne. ")
    assert load_article(main_window.doc.article.folder).body.startswith("Vorne. ")


def test_delete_moves_to_trash(main_window, monkeypatch, sample_workspace: Path) -> None:
    pytest.importorskip("editor.model.trash")
    main_window.open_article(LIBRARY)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: True)
    main_window.actions[A.DELETE_ARTICLE].trigger()
    assert LIBRARY not in main_window.panel.visible_slugs()
    assert not (sample_workspace / "articles" / LIBRARY).exists()
    assert main_window.doc.article is None or main_window.doc.article.slug != LIBRARY


def test_delete_needs_confirmation(main_window, sample_workspace: Path) -> None:
    main_window.open_article(LIBRARY)
    main_window.actions[A.DELETE_ARTICLE].trigger()  # the fixture answers "No"
    assert (sample_workspace / "articles" / LIBRARY / "article.md").is_file()
    assert main_window.doc.article.slug == LIBRARY


def test_list_follows_title_edits_and_reload(main_window, qtbot, sample_workspace: Path) -> None:
    main_window.open_article(LIBRARY)
    qtbot.keyClicks(main_window.pane.form.title, " (neu)")
    qtbot.waitUntil(lambda: main_window.doc.state == "saved", timeout=3000)
    row = next(it for it in main_window.panel.items() if it.data(0, 256) == LIBRARY)
    assert row.text(0).endswith(" (neu)")
    from editor.model.workspace import Workspace

    Workspace.open(sample_workspace).create_article("Von jemand anderem")
    main_window.actions[A.REFRESH].trigger()  # read on a worker thread: the window goes on
    assert "von-jemand-anderem" not in main_window.panel.visible_slugs()
    qtbot.waitUntil(lambda: "von-jemand-anderem" in main_window.panel.visible_slugs(),
                    timeout=5000)
    assert main_window.doc.article.slug == LIBRARY
