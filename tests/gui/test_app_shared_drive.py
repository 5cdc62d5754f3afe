"""Shared-drive safety wired into the window: outside changes, conflicts, versions, trash."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.gui import dialogs
from editor.gui.actions import A
from editor.model.article import load_article

pytest.importorskip("editor.gui.safety")

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def _append(folder: Path, line: str) -> None:
    path = folder / "article.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_outside_change_without_own_edits_is_shown(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    folder = main_window.doc.article.folder
    _append(folder, "Von der Kollegin ergänzt.")
    qtbot.waitUntil(lambda: "Von der Kollegin ergänzt." in main_window.pane.editor.toPlainText(),
                    timeout=5000)
    assert main_window.doc.state == "saved"


def test_outside_change_with_own_edits_reports_conflict(main_window, qtbot) -> None:
    main_window.doc.set_autosave_delay(60000)
    main_window.open_article(LIBRARY)
    qtbot.keyClicks(main_window.pane.editor, "Meins. ")
    _append(main_window.doc.article.folder, "Von der Kollegin ergänzt.")
    qtbot.waitUntil(lambda: main_window.doc.in_conflict is not None, timeout=5000)
    assert not main_window.banner.compare.isHidden()
    assert main_window.pane.editor.toPlainText().startswith("Meins. ")


def test_conflict_save_mine_as_copy(main_window, qtbot, monkeypatch) -> None:
    from editor.gui import safety_wiring
    from editor.gui.safety import conflict

    main_window.doc.set_autosave_delay(60000)
    main_window.open_article(LIBRARY)
    folder = main_window.doc.article.folder
    qtbot.keyClicks(main_window.pane.editor, "Meins. ")
    _append(folder, "Von der Kollegin ergänzt.")
    assert not main_window.doc.save()

    def choose_copy(dialog) -> int:
        dialog.choice = conflict.SAVE_COPY
        return 1

    monkeypatch.setattr(conflict.ConflictDialog, "exec", choose_copy)
    assert safety_wiring.resolve_conflict(main_window.safety_host) == conflict.SAVE_COPY
    copy = main_window.doc.article
    assert copy.slug != LIBRARY
    assert load_article(copy.folder).body.startswith("Meins. ")
    assert (copy.folder / "photos" / "fassade.jpg").is_file()
    original = load_article(folder)
    assert "Von der Kollegin ergänzt." in original.body
    assert not original.body.startswith("Meins. ")


def test_versions_restore_reloads_the_article(main_window, qtbot, monkeypatch) -> None:
    from editor.gui.safety import HistoryDialog

    main_window.open_article(LIBRARY)
    original = main_window.pane.editor.toPlainText()
    qtbot.keyClicks(main_window.pane.editor, "Zweite Fassung. ")
    assert main_window.doc.save()

    def restore_first(dialog) -> int:
        dialog.list.setCurrentRow(0)
        assert dialog.restore_selected()
        return 1

    monkeypatch.setattr(HistoryDialog, "exec", restore_first)
    main_window.actions[A.VERSIONS].trigger()
    assert main_window.pane.editor.toPlainText() == original
    assert load_article(main_window.doc.article.folder).body == original


def test_deleted_article_restored_from_trash(main_window, monkeypatch,
                                             sample_workspace: Path) -> None:
    from editor.gui.safety import TrashDialog

    main_window.open_article(LIBRARY)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: True)
    main_window.actions[A.DELETE_ARTICLE].trigger()
    assert not (sample_workspace / "articles" / LIBRARY).exists()

    def restore_first(dialog) -> int:
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        assert dialog.restore_selected() is not None
        return 1

    monkeypatch.setattr(TrashDialog, "exec", restore_first)
    main_window.actions[A.TRASH].trigger()
    assert (sample_workspace / "articles" / LIBRARY / "article.md").is_file()
    assert main_window.doc.article.slug == LIBRARY
