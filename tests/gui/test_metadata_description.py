"""The description field of the metadata form: a character counter against the 155
characters search results show, saved to front matter as ``description``, undone with
Ctrl+Z like the other fields, reachable with its mnemonic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from editor.gui.document import SAVED
from editor.model.article import load_article

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def test_typing_updates_counter_and_saves_description(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    form = main_window.pane.form
    before = form.description.text()
    form.description.setFocus()
    form.description.selectAll()
    qtbot.keyClick(form.description, Qt.Key.Key_Delete)
    qtbot.keyClicks(form.description, "Die Bibliothek ist wieder offen.")
    assert form.description_count.text() == "32 / 155 characters"
    assert form.description.accessibleDescription() == form.description_count.text()
    assert main_window.doc.article.description == "Die Bibliothek ist wieder offen."
    qtbot.waitUntil(lambda: main_window.doc.state == SAVED, timeout=3000)
    saved = load_article(main_window.doc.article.folder)
    assert saved.description == "Die Bibliothek ist wieder offen."
    assert "description: Die Bibliothek ist wieder offen." in \
        saved.path.read_text(encoding="utf-8")
    # Ctrl+Z in the field takes the typing back, in the field and the article
    qtbot.keyClick(form.description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.doc.article.description == before, timeout=2000)
    assert form.description.text() == before
    assert form.description_count.text().startswith(f"{len(before)} /")


def test_counter_marks_a_description_over_the_limit(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    form = main_window.pane.form
    form.description.setText("x" * 160)
    assert form.description_count.text() == "160 / 155 characters"
    assert form._description_over is True
    form.description.setText("x" * 10)
    assert form._description_over is False


def test_description_label_has_its_own_mnemonic(main_window, qtbot) -> None:
    form = main_window.pane.form
    label = form.labels["description"]
    assert label.buddy() is form.description
    assert form.description.accessibleName() == "Search summary"
    key = label.text()[label.text().index("&") + 1].lower()
    others = [w.text() for w in form.labels.values() if w is not label] + \
        [form.date_label.text()] + [a.text() for a in main_window.menuBar().actions()]
    used = {t.replace("&&", "")[t.replace("&&", "").index("&") + 1].lower()
            for t in others if "&" in t.replace("&&", "")}
    assert key not in used, (key, "".join(sorted(used)))
    assert QKeySequence.mnemonic(label.text()).toString() == f"Alt+{key.upper()}"
