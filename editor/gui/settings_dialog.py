"""Edits the preferences declared in editor.gui.settings."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from editor.gui import settings as S
from editor.gui import spelling


class SettingsDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.user_name = QLineEdit(settings.get(S.USER_NAME), objectName="user_name")
        self.user_name.setPlaceholderText(self.tr("Shown with your reviews and comments"))
        self.language = QComboBox(objectName="ui_language")
        for value, label in (("system", self.tr("System language")), ("de", "Deutsch"),
                             ("en", "English")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(self.language.findData(settings.get(S.UI_LANGUAGE)))
        self.autosave = QSpinBox(objectName="autosave_delay")
        self.autosave.setRange(S.AUTOSAVE_DELAY_MS.minimum or 0,
                               S.AUTOSAVE_DELAY_MS.maximum or 60000)
        self.autosave.setSingleStep(250)
        self.autosave.setSuffix(" ms")
        self.autosave.setValue(settings.get(S.AUTOSAVE_DELAY_MS))
        self.font_family = QFontComboBox(objectName="editor_font_family")
        # An empty setting means the system's monospace font: show that one, and keep the
        # setting empty unless another font is chosen (OK alone must change nothing).
        stored = settings.get(S.EDITOR_FONT_FAMILY)
        self.font_family.setCurrentFont(QFont(stored) if stored else QFontDatabase.systemFont(
            QFontDatabase.SystemFont.FixedFont))
        self._shown_family = self.font_family.currentFont().family()
        self.font_size = QSpinBox(objectName="editor_font_size")
        self.font_size.setRange(S.EDITOR_FONT_SIZE.minimum or 6, S.EDITOR_FONT_SIZE.maximum or 48)
        self.font_size.setValue(settings.get(S.EDITOR_FONT_SIZE))
        self.preview_width = QComboBox(objectName="preview_width")
        self.preview_width.addItem(self.tr("Desktop"), "desktop")
        self.preview_width.addItem(self.tr("Mobile"), "mobile")
        self.preview_width.setCurrentIndex(
            self.preview_width.findData(settings.get(S.PREVIEW_WIDTH)))
        self.spell_check = QCheckBox(self.tr("Underline misspelled words as you type"),
                                     objectName="spell_check")
        self.spell_check.setChecked(settings.get(S.SPELL_CHECK))
        # Team work through Git (used only in a workspace that is a Git repository)
        self.user_email = QLineEdit(settings.get(S.USER_EMAIL), objectName="user_email")
        self.user_email.setPlaceholderText(self.tr("For your commits (empty: git's own setting)"))
        self.sync_interval = self._spin("sync_interval", S.SYNC_INTERVAL_S, self.tr(" s"))
        self.sync_interval.setSingleStep(30)
        self.sync_interval.setSpecialValueText(self.tr("Only when asked"))
        self.commit_minutes = self._spin("sync_commit_minutes", S.SYNC_COMMIT_MINUTES,
                                         self.tr(" min"))
        self.large_photo = self._spin("large_photo_mb", S.LARGE_PHOTO_MB, " MB")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for text, field in ((self.tr("Your &name:"), self.user_name),
                            (self.tr("&Language:"), self.language),
                            (self.tr("&Save after a pause of:"), self.autosave),
                            (self.tr("Editor &font:"), self.font_family),
                            (self.tr("Font si&ze:"), self.font_size),
                            (self.tr("&Preview width:"), self.preview_width),
                            (self.tr("Sp&elling:"), self.spell_check),
                            (self.tr("E-&mail for commits:"), self.user_email),
                            (self.tr("S&ynchronise every:"), self.sync_interval),
                            (self.tr("&Commit while typing every:"), self.commit_minutes),
                            (self.tr("&Warn about photos over:"), self.large_photo)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        form.addRow(buttons)

    def _spin(self, name: str, setting: S.Setting[int], suffix: str) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(setting.minimum or 0, setting.maximum or 100000)
        spin.setSuffix(suffix)
        spin.setValue(self.settings.get(setting))
        return spin

    def accept(self) -> None:
        s = self.settings
        s.set(S.USER_NAME, self.user_name.text().strip())
        s.set(S.UI_LANGUAGE, self.language.currentData())
        s.set(S.AUTOSAVE_DELAY_MS, self.autosave.value())
        family = self.font_family.currentFont().family()
        if family != self._shown_family:
            s.set(S.EDITOR_FONT_FAMILY, family)
        s.set(S.EDITOR_FONT_SIZE, self.font_size.value())
        s.set(S.PREVIEW_WIDTH, self.preview_width.currentData())
        s.set(S.SPELL_CHECK, self.spell_check.isChecked())
        s.set(S.USER_EMAIL, self.user_email.text().strip())
        s.set(S.SYNC_INTERVAL_S, self.sync_interval.value())
        s.set(S.SYNC_COMMIT_MINUTES, self.commit_minutes.value())
        s.set(S.LARGE_PHOTO_MB, self.large_photo.value())
        spelling.apply_preference(self.spell_check.isChecked())  # open windows at once
        s.sync()
        super().accept()
