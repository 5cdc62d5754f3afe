"""The photo panel inside the main window: attaching is one undoable step and is saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from editor.gui.photos import attach as attach_mod
from editor.gui.photos.panel import ID_ROLE
from editor.model.article import load_article
from tests.model.test_photometa import make_jpeg, xmp_packet

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


@pytest.fixture
def window_panel(main_window, monkeypatch):
    if "photos" not in main_window.docks:
        pytest.skip("the window has no photo dock")
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled())
    assert main_window.open_article(SLUG)
    main_window.docks["photos"].ensure_created()
    return main_window, main_window.photos


def test_attach_in_the_window_is_undoable_and_saved(qtbot, window_panel, tmp_path) -> None:
    window, panel = window_panel
    before = [p.id for p in window.doc.article.photos]
    assert [panel.list.item(i).data(ID_ROLE) for i in range(panel.list.count())] == before
    src = make_jpeg(tmp_path / "Neuer Anbau.jpg", xmp=xmp_packet(
        creator="Ute Weiß", credit="Stadt", rights="© Stadt", alt="Leserinnen im Lesesaal"))
    assert panel.attach_paths([src])
    assert [p.id for p in window.doc.article.photos] == [*before, "neuer-anbau"]
    assert window.doc.save()
    saved = load_article(window.doc.article.folder)
    assert saved.photo("neuer-anbau").creator == "Ute Weiß"
    window.stack.undo()
    assert [p.id for p in window.doc.article.photos] == before
    assert panel.list.count() == len(before)
    window.stack.redo()
    assert panel.article().photo("neuer-anbau") is not None
    # Insert places the reference into the text as its own paragraph.
    panel.select("neuer-anbau")
    panel.insert_selected()
    assert "![](photo:neuer-anbau)" in window.pane.editor.toPlainText()
