"""Caption and alt text in the photo dialog are spell-checked in the workspace language."""

from __future__ import annotations

from pathlib import Path

from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.model.config import SiteConfig


def test_caption_misspelling_is_marked_and_fixed_from_the_menu(qtbot, tmp_path: Path) -> None:
    entry = PhotoEntry(tmp_path / "x.jpg")
    entry.values["caption"] = "Die Fassadde am Marktplatz"
    entry.values["alt"] = "Eine helle Fassade"
    dialog = PhotoDialog([entry], SiteConfig(language="de"), cache_root=tmp_path)
    qtbot.addWidget(dialog)
    spelling = dialog.field_spelling
    caption, alt = dialog.edits["caption"], dialog.edits["alt"]
    qtbot.waitUntil(lambda: id(caption) in spelling._marked, timeout=5000)
    assert id(alt) not in spelling._marked
    caption.setCursorPosition(6)
    menu = spelling.menu_for(caption, caption.cursorRect().center())
    next(a for a in menu.actions() if a.text() == "Fassade").trigger()
    assert caption.text() == "Die Fassade am Marktplatz"
    qtbot.waitUntil(lambda: id(caption) not in spelling._marked, timeout=5000)


def test_english_workspace(qtbot, tmp_path: Path) -> None:
    entry = PhotoEntry(tmp_path / "x.jpg")
    entry.values["alt"] = "The town hall at nihgt"
    dialog = PhotoDialog([entry], SiteConfig(language="en"), cache_root=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: id(dialog.edits["alt"]) in dialog.field_spelling._marked,
                    timeout=5000)
