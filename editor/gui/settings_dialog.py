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
                            (self.tr("Sp&elling:"), self.spell_check)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        form.addRow(buttons)

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
        spelling.apply_preference(self.spell_check.isChecked())  # open windows at once
        s.sync()
        super().accept()
