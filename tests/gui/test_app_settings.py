"""Settings registry round-trip, window state, language switch, diff for undo."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from editor.gui import settings as S
from editor.gui.undo import diff_span


def test_settings_round_trip(tmp_path: Path, qapp) -> None:
    path = tmp_path / "s.ini"
    first = S.Settings.at(path)
    assert first.get(S.AUTOSAVE_DELAY_MS) == S.AUTOSAVE_DELAY_MS.default
    first.set(S.USER_NAME, "Erika Muster")
    first.set(S.UI_LANGUAGE, "de")
    first.set(S.AUTOSAVE_DELAY_MS, 2500)
    first.set(S.EDITOR_FONT_SIZE, 15)
    first.set(S.PREVIEW_WIDTH, "mobile")
    first.set(S.LAST_ARTICLE, "ein-artikel")
    first.sync()
    again = S.Settings.at(path)
    assert again.get(S.USER_NAME) == "Erika Muster"
    assert again.get(S.UI_LANGUAGE) == "de"
    assert again.get(S.AUTOSAVE_DELAY_MS) == 2500
    assert again.get(S.EDITOR_FONT_SIZE) == 15
    assert again.get(S.PREVIEW_WIDTH) == "mobile"
    assert again.get(S.LAST_ARTICLE) == "ein-artikel"
    text = path.read_text(encoding="utf-8")
    assert "[preferences]" in text and "[session]" in text


def test_bad_stored_values_fall_back(tmp_path: Path, qapp) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[preferences]\nui_language=klingon\nautosave_delay_ms=abc\n"
                    "editor_font_size=500\n", encoding="utf-8")
    settings = S.Settings.at(path)
    assert settings.get(S.UI_LANGUAGE) == "system"
    assert settings.get(S.AUTOSAVE_DELAY_MS) == S.AUTOSAVE_DELAY_MS.default
    assert settings.get(S.EDITOR_FONT_SIZE) == S.EDITOR_FONT_SIZE.maximum


def test_settings_dialog_writes_preferences(gui_settings, qtbot) -> None:
    from editor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Max Redaktion")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setValue(17)
    dialog.preview_width.setCurrentIndex(dialog.preview_width.findData("mobile"))
    dialog.accept()
    assert gui_settings.get(S.USER_NAME) == "Max Redaktion"
    assert gui_settings.get(S.UI_LANGUAGE) == "en"
    assert gui_settings.get(S.EDITOR_FONT_SIZE) == 17
    assert gui_settings.get(S.PREVIEW_WIDTH) == "mobile"


def test_window_state_and_last_article_restored(main_window, gui_settings,
                                                sample_workspace: Path, qtbot) -> None:
    from editor.gui.app import create_window

    slug = "neue-fahrradstrasse-verbindet-bahnhof-und-altstadt"
    main_window.open_article(slug)
    main_window.resize(611, 477)
    main_window.close()
    window = create_window(gui_settings, sample_workspace)
    qtbot.addWidget(window)
    assert window.doc.article.slug == slug
    assert window.size().width() == 611


@given(st.text(max_size=40), st.text(max_size=40))
def test_diff_span_rebuilds_new_text(old: str, new: str) -> None:
    pos, removed, added = diff_span(old, new)
    assert old[pos:pos + len(removed)] == removed
    assert old[:pos] + added + old[pos + len(removed):] == new


def test_language_switch_is_instant(main_window, qtbot, monkeypatch, tmp_path: Path) -> None:
    from editor.gui import i18n
    from editor.gui.actions import A

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "qm")
    try:
        assert i18n.install("de") == "de"
        qtbot.waitUntil(lambda: main_window.actions[A.SAVE].text() == "&Speichern",
                        timeout=2000)
        assert (tmp_path / "qm" / "newsdesk_de.qm").is_file()
        header = main_window.panel.list.headerItem()
        assert header.text(0) == "Titel"
        assert main_window.pane.form.labels["lead"].text() == "&Vorspann:"
        assert main_window.menuBar().actions()[0].text() == "&Datei"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: main_window.actions[A.SAVE].text() == "&Save", timeout=2000)
    assert main_window.panel.list.headerItem().text(0) == "Title"


def test_translations_are_complete() -> None:
    import xml.etree.ElementTree as ET

    from editor import resources

    for language in ("de", "en"):
        tree = ET.parse(resources.path(f"translations/newsdesk_{language}.ts"))
        unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], language


def test_settings_apply_to_the_open_window(main_window, gui_settings, qtbot, monkeypatch,
                                           tmp_path: Path) -> None:
    from editor.gui import i18n
    from editor.gui.actions import A

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "qm")
    gui_settings.set(S.UI_LANGUAGE, "de")
    gui_settings.set(S.EDITOR_FONT_SIZE, 19)
    gui_settings.set(S.AUTOSAVE_DELAY_MS, 4000)
    gui_settings.set(S.PREVIEW_WIDTH, "mobile")
    try:
        main_window.apply_settings()
        qtbot.waitUntil(lambda: main_window.actions[A.BOLD].text() == "&Fett", timeout=2000)
        assert main_window.pane.editor.font().pointSize() == 19
        assert main_window.doc._autosave_ms == 4000
        assert main_window.actions[A.PREVIEW_MOBILE].isChecked()
    finally:
        i18n.install("en")


def _ok_in_settings(window, qtbot, before_ok=None) -> None:
    """Settings (the real action) opened, then OK by the Return key: no mouse."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.gui.actions import A
    from editor.gui.settings_dialog import SettingsDialog

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, press_ok)
            return
        if before_ok is not None:
            before_ok(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_ok)
    window.actions[A.SETTINGS].trigger()


def test_settings_ok_keeps_the_monospace_editor_font(main_window, gui_settings, qtbot) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    editor = main_window.pane.editor
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert gui_settings.get(S.EDITOR_FONT_FAMILY) == ""
    before = editor.font().family()
    assert before == fixed.family()
    _ok_in_settings(main_window, qtbot)
    assert editor.font().family() == before
    assert QFontInfo(editor.font()).fixedPitch() == QFontInfo(fixed).fixedPitch()
    assert gui_settings.get(S.EDITOR_FONT_FAMILY) == ""  # still "the system's monospace"
    # Twice: the round trip is stable.
    _ok_in_settings(main_window, qtbot)
    assert editor.font().family() == before


def test_settings_font_choice_round_trips(main_window, gui_settings, qtbot) -> None:
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    chosen = next(f for f in families if f != main_window.pane.editor.font().family())

    def pick(dialog) -> None:
        dialog.font_family.setCurrentFont(QFont(chosen))

    _ok_in_settings(main_window, qtbot, pick)
    picked = gui_settings.get(S.EDITOR_FONT_FAMILY)
    assert picked and main_window.pane.editor.font().family() == picked
    _ok_in_settings(main_window, qtbot)  # OK again without touching: nothing changes
    assert gui_settings.get(S.EDITOR_FONT_FAMILY) == picked
    assert main_window.pane.editor.font().family() == picked


def test_settings_fields_have_labels_with_mnemonics(gui_settings, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from editor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    for field in (dialog.user_name, dialog.language, dialog.autosave, dialog.font_family,
                  dialog.font_size, dialog.preview_width):
        assert "&" in buddies[field]
        assert field.accessibleName() == buddies[field].replace("&", "").rstrip(":")
