"""The window shows presence from other desktops in the editor's yellow note (needs the
follow_presence hook in editor/gui/safety_wiring.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from editor.model import presence

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


@pytest.fixture
def git_sample(sample_workspace: Path) -> Path:
    """The sample as a Git clone where Anna (another desktop) has the library article open
    before the window starts (the window opens that article at once)."""
    subprocess.run(["git", "init", "-q", str(sample_workspace)], check=True, timeout=60)
    presence.write(sample_workspace, LIBRARY, "Anna Prüferin", host="pc-anna")
    return sample_workspace


def test_the_window_shows_the_note_and_the_article_stays_editable(
        git_sample, main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    assert main_window.doc.article.folder.name == LIBRARY
    note = main_window.pane.read_only_note
    assert not main_window.doc.read_only and not main_window.pane.editor.isReadOnly()
    assert note.isVisibleTo(main_window) and "Anna Prüferin on pc-anna" in note.text()
    qtbot.keyClicks(main_window.pane.editor, "Trotzdem. ")
    assert main_window.pane.editor.toPlainText().startswith("Trotzdem. ")
    presence.remove(git_sample, LIBRARY, "Anna Prüferin", host="pc-anna")
    main_window.doc.locks.renew_presence()
    assert not note.isVisibleTo(main_window)
    presence.write(git_sample, LIBRARY, "Ben", host="pc-ben")  # arrives with a sync
    main_window.doc.locks.renew_presence()  # the minute's renewal reads it
    assert note.isVisibleTo(main_window) and "Ben on pc-ben" in note.text()
    main_window.doc.close()
    # ours withdrawn on close, Ben's left alone
    assert [p.user for p in presence.read_article(git_sample, LIBRARY)] == ["Ben"]
