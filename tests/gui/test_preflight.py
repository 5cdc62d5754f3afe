"""Preflight panel: sorted problems, translated wording, activation signal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor.gui.preflight import PreflightPanel, messages
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.validation import Location, Problem, validate


def _article(tmp_path: Path) -> Article:
    return Article(folder=tmp_path / "a", title="", date=dt.date(2024, 5, 1), lead="",
                   body="# Eins\n\n### Drei\n\n![](photo:fehlt)\n",
                   photos=[Photo(id="p1", file="photos/p1.jpg")])


def test_lists_errors_first_with_location(qtbot, tmp_path: Path) -> None:
    problems = validate(_article(tmp_path), SiteConfig())
    assert any(not p.is_error for p in problems) and any(p.is_error for p in problems)
    # Put a warning first to see the panel reorder.
    problems.sort(key=lambda p: p.is_error)
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems(problems)
    tree = panel.tree
    assert tree.topLevelItemCount() == len(problems)
    shown = [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(tree.topLevelItemCount())]
    severities = [p.severity for p in shown]
    assert severities == sorted(severities)  # "error" < "warning"
    assert set(shown) == set(problems)
    texts = {p.code: tree.topLevelItem(i).text(1) for i, p in enumerate(shown)}
    assert texts["missing-title"] == "Title"
    assert texts["heading-skip"] == "Line 3"
    assert texts["unknown-photo"] == "Line 5"
    assert texts["photo-file-missing"] == "Photo 'p1'"
    assert str(len([p for p in problems if p.is_error])) in panel.summary.text()


def test_messages_are_built_from_code_and_params(tmp_path: Path) -> None:
    by_code = {p.code: p for p in validate(_article(tmp_path), SiteConfig())}
    # Without a translator the GUI wording equals the model's English message.
    for code in ("missing-title", "heading-skip", "unknown-photo", "photo-file-missing",
                 "photo-unused"):
        assert messages.message(by_code[code]) == by_code[code].message
    assert messages.message(by_code["photo-field-missing"]).startswith("Photo 'p1' has no ")
    unknown = Problem("error", "from-the-future", "Something new.", None)
    assert messages.message(unknown) == "Something new."
    no_params = Problem("warning", "title-too-long", "Long title (model text).", None)
    assert messages.message(no_params) == "Long title (model text)."


def test_activation_emits_the_problem(qtbot, tmp_path: Path) -> None:
    problems = validate(_article(tmp_path), SiteConfig())
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems(problems)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    second = tree.topLevelItem(1)
    tree.setCurrentItem(second)
    tree.setFocus()
    with qtbot.waitSignal(panel.problem_activated, timeout=1000) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args[0] is second.data(0, Qt.ItemDataRole.UserRole)
    first = tree.topLevelItem(0)
    rect = tree.visualItemRect(first)
    # An item view activates on the double-click that follows a press on the same item.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.problem_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] == first.data(0, Qt.ItemDataRole.UserRole)
    assert blocker.args[0].is_error


def test_empty_list_says_so(qtbot) -> None:
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems([Problem("error", "missing-date", "x", Location("field", "date"))])
    panel.set_problems([])
    assert panel.tree.topLevelItemCount() == 0
    assert "No problems" in panel.summary.text()


def test_german_ui_words_problems_and_counts(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from editor.gui import i18n
    from editor.gui.statusbar import StatusBarWidgets

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "qm")
    problems = validate(_article(tmp_path), SiteConfig())
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems(problems)
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusBarWidgets(window.statusBar())
    status.update_counts("eins zwei drei")
    status.set_problems(problems)
    try:
        if i18n.install("de") != "de" or i18n.compiled("de") is None:
            pytest.skip("lrelease is not available to build the German translation")
        qtbot.waitUntil(lambda: panel.tree.headerItem().text(0) == "Problem"
                        and panel.tree.headerItem().text(1) == "Wo", timeout=2000)
        shown = {panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).code:
                 panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())}
        assert shown["missing-title"].text(0) == "Der Artikel hat keinen Titel."
        assert shown["heading-skip"].text(1) == "Zeile 3"
        assert "3 Wörter" in status.counts_label.text()
        assert "Fehler" in status.problems_text()
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: "3 words" in status.counts_label.text(), timeout=2000)
    qtbot.waitUntil(lambda: panel.tree.headerItem().text(1) == "Where", timeout=2000)
    texts = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert "The article has no title." in texts


def test_only_the_approval_missing_says_the_content_is_fine(qtbot) -> None:
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems([Problem("error", "not-approved", "x", Location("file", "review"))])
    assert "No problems in the content" in panel.summary.text()
    panel.set_problems([Problem("error", "not-approved", "x", Location("file", "review")),
                        Problem("error", "missing-date", "x", Location("field", "date"))])
    assert "2 error(s)" in panel.summary.text()


def test_window_shows_what_check_and_export_report(main_window) -> None:
    """The problems panel and status count come from validation.preflight, like check."""
    from editor.model.validation import preflight

    main_window.open_article("stadtbibliothek-oeffnet-nach-der-sanierung-wieder")
    main_window.run_validation()
    article, config = main_window.doc.article, main_window.workspace.config
    # (and its plain-language hints, which are advice: tests/gui/test_plain_language.py)
    # the sample's base_url is an example domain on purpose (a warning that teaches)
    assert [p.code for p in main_window.problems if not p.is_hint] == [
        "base-url-example", "not-approved"]
    photo = article.photos[0]
    article.photo_path(photo).write_bytes(b"kein Bild")
    main_window.run_validation()
    codes = [p.code for p in main_window.problems]
    assert codes == [p.code for p in preflight(article, config)]
    assert "photo-unreadable" in codes and "not-approved" in codes
