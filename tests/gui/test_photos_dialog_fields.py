"""Photo dialog and panel details found by new users: several creators, the alt-text
counter under the alt field, the "unused" badge after Insert."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.panel import BADGES_ROLE, PhotoPanel
from editor.model import storage
from editor.model.config import SiteConfig
from editor.model.photometa import read_photo_meta
from editor.model.photos import attach_photo, update_credits
from tests.model.test_photometa import make_jpeg
from tests.util import write_article

CREDITS = {"creator": "Jörg Schäfer", "credit": "Stadt Beispielhausen",
           "copyright": "© Jörg Schäfer", "alt": "Zwei Personen am Rednerpult"}


def _top(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


def test_creator_field_keeps_every_creator_of_the_reference_image(
        qtbot, tmp_path: Path, iptc_reference: Path, workspace) -> None:
    entry = PhotoEntry.from_meta(iptc_reference, read_photo_meta(iptc_reference))
    dialog = PhotoDialog([entry], SiteConfig())
    qtbot.addWidget(dialog)
    both = "Creator1 (ref2017.1), Creator2 (ref2017.1)"
    assert dialog.edits["creator"].text() == both
    values = dialog.results()[0]
    assert values["creator"] == both
    # Stored and read back unchanged (the creator text round-trips through article.md).
    article = workspace.create_article("Referenz", body="Text\n")
    article, photo = attach_photo(article, workspace.config, iptc_reference, values,
                                  allow_incomplete=True)
    article = update_credits(article, workspace.config, photo.id,
                             {**values, "alt": "Testbild"}, allow_incomplete=True)
    write_article(article)
    assert storage.load(article.folder).article.photo(photo.id).creator == both


def test_alt_counter_sits_under_the_alt_field_and_describes_it(qtbot) -> None:
    dialog = PhotoDialog([PhotoEntry(Path("x.jpg"))], SiteConfig())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    alt, counter = dialog.edits["alt"], dialog.alt_count
    below_alt = _top(alt, dialog) + alt.height()
    assert below_alt <= _top(counter, dialog)
    # Nothing between the alt field and its counter: the next field starts below it.
    for name, edit in dialog.edits.items():
        if name != "alt" and _top(edit, dialog) > _top(alt, dialog):
            assert _top(edit, dialog) >= _top(counter, dialog) + counter.height(), name
    qtbot.keyClicks(alt, "Ein Turm")
    assert "8" in counter.text()
    assert alt.accessibleDescription() == counter.text()


def test_unused_badge_goes_away_after_insert_and_returns_when_the_text_drops_it(
        qtbot, workspace, tmp_path: Path) -> None:
    article = workspace.create_article("Stadtfest", body="Erster Absatz.\n")
    article, _ = attach_photo(article, workspace.config, make_jpeg(tmp_path / "a.jpg"),
                              CREDITS)
    panel = PhotoPanel()
    qtbot.addWidget(panel)
    panel.set_article(article, workspace.config, workspace.root)
    assert "unused" in panel.list.item(0).data(BADGES_ROLE)

    # The window's editor inserts the Markdown into the same article's body.
    def editor_inserts(markdown: str) -> None:
        article.body += "\n" + markdown + "\n"

    panel.insert_requested.connect(editor_inserts)
    panel.select("a")
    panel.actions_by_name["insert"].trigger()
    qtbot.waitUntil(lambda: "unused" not in panel.list.item(0).data(BADGES_ROLE),
                    timeout=2000)
    article.body = "Erster Absatz.\n"  # the writer deletes the placement
    panel.body_changed()  # the window calls this on every change of the document
    qtbot.waitUntil(lambda: "unused" in panel.list.item(0).data(BADGES_ROLE), timeout=2000)


def test_in_the_window_deleting_a_placement_brings_the_unused_badge_back(
        qtbot, main_window, tmp_path: Path) -> None:
    window = main_window
    window.docks["photos"].ensure_created()
    panel = window.photos
    updated, _ = attach_photo(window.doc.article, window.workspace.config,
                              make_jpeg(tmp_path / "neu.jpg"), CREDITS)
    panel._apply(updated)  # as the Add action does after its dialog
    row = next(r for r in range(panel.list.count()) if panel.list.item(r).text()
               .startswith("neu"))
    assert "unused" in panel.list.item(row).data(BADGES_ROLE)
    panel.select("neu")
    panel.insert_selected()
    assert "![](photo:neu)" in window.pane.editor.toPlainText()
    qtbot.waitUntil(lambda: "unused" not in panel.list.item(row).data(BADGES_ROLE),
                    timeout=2000)
    editor = window.pane.editor
    editor.setPlainText(editor.toPlainText().replace("![](photo:neu)", ""))
    qtbot.waitUntil(lambda: "unused" in panel.list.item(row).data(BADGES_ROLE),
                    timeout=2000)
