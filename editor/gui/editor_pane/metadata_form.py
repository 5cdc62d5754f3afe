"""Title, kicker, date, author, lead and description (each with a character count) and tags
of the article."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.gui import colours
from editor.gui.editor_pane.date_field import DateField
from editor.gui.spelling import FieldSpelling, SpellingSession
from editor.model.article import Article
from editor.model.validation import LEAD_MAX

# Reading order; Tab follows it (the window continues into the text).
FIELD_ORDER = ("title", "kicker", "date", "author", "lead", "description", "tags")
# What search results show of a description (the page cuts the lead there, too).
DESCRIPTION_RECOMMENDED = 155


def parse_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class LeadEdit(QPlainTextEdit):
    """A few lines of plain text; Tab moves on, as in the other fields."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)


class MetadataForm(QWidget):
    # (field name, new value) typed by the user; the pane turns it into an undo command.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.title = QLineEdit(objectName="field_title")
        self.kicker = QLineEdit(objectName="field_kicker")
        self.date = DateField()
        self.date_problem = QLabel(objectName="date_problem")
        colours.tint(self.date_problem, "error")
        self.date_problem.hide()
        self.author = QLineEdit(objectName="field_author")
        self.lead = LeadEdit(self)
        self.lead.setObjectName("field_lead")
        self.lead_count = QLabel(objectName="lead_count")
        self._lead_over: bool | None = None  # the count is drawn as an error
        # The lead as last shown or typed: the spelling underline changes the lead's
        # formats, which QPlainTextEdit also reports as textChanged; that is no edit.
        self._lead_text = ""
        self.description = QLineEdit(objectName="field_description")
        self.description_count = QLabel(objectName="description_count")
        self._description_over: bool | None = None
        self.tags = QLineEdit(objectName="field_tags")

        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.kicker, 2)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        row.addWidget(self.date_label)
        row.addWidget(self.date, 1)
        row.addWidget(self.date_problem)
        self.labels = {name: QLabel() for name in ("title", "kicker", "author", "lead",
                                                   "description", "tags")}
        for name, widget in (("title", self.title), ("kicker", row), ("author", self.author)):
            self.layout_.addRow(self.labels[name], widget)
        lead_box = QVBoxLayout()
        lead_box.setSpacing(2)
        lead_box.addWidget(self.lead)
        lead_box.addWidget(self.lead_count, 0, Qt.AlignmentFlag.AlignRight)
        self.layout_.addRow(self.labels["lead"], lead_box)
        description_box = QVBoxLayout()
        description_box.setSpacing(2)
        description_box.addWidget(self.description)
        description_box.addWidget(self.description_count, 0, Qt.AlignmentFlag.AlignRight)
        self.layout_.addRow(self.labels["description"], description_box)
        self.layout_.addRow(self.labels["tags"], self.tags)
        self.labels["title"].setBuddy(self.title)
        self.labels["kicker"].setBuddy(self.kicker)
        self.labels["author"].setBuddy(self.author)
        self.labels["lead"].setBuddy(self.lead)
        self.labels["description"].setBuddy(self.description)
        self.labels["tags"].setBuddy(self.tags)
        self.setLayout(self.layout_)
        fields = self.fields()
        for before, after in pairwise(FIELD_ORDER):
            QWidget.setTabOrder(fields[before], fields[after])

        for name, line in (("title", self.title), ("kicker", self.kicker),
                           ("author", self.author), ("description", self.description)):
            line.textEdited.connect(lambda text, n=name: self._emit(n, text))
        self.tags.textEdited.connect(lambda text: self._emit("tags", parse_tags(text)))
        self.description.textChanged.connect(self._update_description_count)
        self.lead.textChanged.connect(self._lead_changed)
        self.date.committed.connect(lambda value: self._emit("date", value))
        self.date.validity_changed.connect(self._show_date_validity)
        # Spelling in title, kicker and lead; the session is shared with the body editor.
        self.spelling = SpellingSession.of(self)
        self.field_spelling = FieldSpelling(self.spelling, self)
        self.field_spelling.watch_line(self.title)
        self.field_spelling.watch_line(self.kicker)
        self.field_spelling.watch_box(self.lead)
        self.field_spelling.watch_line(self.description)
        self.retranslate()
        self.setEnabled(False)

    def fields(self) -> dict[str, QWidget]:
        return {"title": self.title, "kicker": self.kicker, "date": self.date,
                "author": self.author, "lead": self.lead, "description": self.description,
                "tags": self.tags}

    def widget_for(self, name: str) -> QWidget | None:
        return self.fields().get(name)

    def text_widgets(self) -> list[QWidget]:
        return [self.title, self.kicker, self.date, self.author, self.lead, self.description,
                self.tags]

    def date_valid(self) -> bool:
        return self.date.is_valid()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.title, self.kicker, self.date, self.author, self.tags, self.lead,
                       self.description):
            widget.setReadOnly(read_only)

    def set_article(self, article: Article | None) -> None:
        self.setEnabled(article is not None)
        for name in FIELD_ORDER:
            self.show_value(name, getattr(article, name) if article else None)
        self.spelling.set_article(article)  # its language and workspace dictionary

    def show_value(self, name: str, value: Any) -> None:
        """Show a model value without reporting it back as an edit."""
        self._loading = True
        try:
            if name == "date":
                self.date.show_value(value if isinstance(value, (dt.date, str)) else None)
            elif name == "tags":
                text = ", ".join(value or [])
                if parse_tags(self.tags.text()) != (value or []):
                    self.tags.setText(text)
            elif name == "lead":
                if self.lead.toPlainText() != (value or ""):
                    self.lead.setPlainText(value or "")
                self._lead_text = self.lead.toPlainText()
                self._update_count()
            else:
                widget = self.widget_for(name)
                assert isinstance(widget, QLineEdit)
                if widget.text() != (value or ""):
                    widget.setText(value or "")
        finally:
            self._loading = False

    def _emit(self, name: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit(name, value)

    def _lead_changed(self) -> None:
        text = self.lead.toPlainText()
        if text == self._lead_text:
            return
        self._lead_text = text
        self._update_count()
        self._emit("lead", text)

    def _show_date_validity(self, valid: bool = True) -> None:
        valid = self.date.is_valid()
        self.date_problem.setText(
            "" if valid else self.tr("Not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM"))
        self.date_problem.setVisible(not valid)
        # A screen reader hears the problem; otherwise the expected format.
        self.date.setAccessibleDescription(
            self.date_problem.text() if not valid
            else self.tr("Format: YYYY-MM-DD, optionally with a time HH:MM"))

    def _update_count(self) -> None:
        n = len(self.lead.toPlainText())
        self.lead_count.setText(self.tr("%1 / %2 characters").replace("%1", str(n))
                                .replace("%2", str(LEAD_MAX)))
        over = n > LEAD_MAX
        if over != self._lead_over:  # (on every keystroke: only a change is drawn)
            self._lead_over = over
            colours.tint(self.lead_count, "error" if over else None)
        # Announced with the field, as the label under it is not in the focus chain.
        self.lead.setAccessibleDescription(self.lead_count.text())

    def _update_description_count(self) -> None:
        n = len(self.description.text())
        self.description_count.setText(
            self.tr("%1 / %2 characters").replace("%1", str(n))
            .replace("%2", str(DESCRIPTION_RECOMMENDED)))
        over = n > DESCRIPTION_RECOMMENDED
        if over != self._description_over:
            self._description_over = over
            colours.tint(self.description_count, "error" if over else None)
        self.description.setAccessibleDescription(self.description_count.text())

    def retranslate(self) -> None:
        self.labels["title"].setText(self.tr("&Title:"))
        self.labels["kicker"].setText(self.tr("&Kicker:"))
        self.date_label.setText(self.tr("&Date:"))
        self.labels["author"].setText(self.tr("A&uthor:"))
        self.labels["lead"].setText(self.tr("&Lead:"))
        self.labels["description"].setText(self.tr("Search summar&y:"))
        self.labels["tags"].setText(self.tr("Ta&gs:"))
        for name, field in self.fields().items():
            label = self.date_label if name == "date" else self.labels[name]
            field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.calendar_action.setText(self.tr("Choose from calendar (Alt+Down)"))
        self.date.calendar_action.setToolTip(self.date.calendar_action.text())
        self.date.calendar.setAccessibleName(self.tr("Calendar"))
        self._show_date_validity()
        self.title.setPlaceholderText(self.tr("Headline of the article"))
        self.kicker.setPlaceholderText(self.tr("e.g. News"))
        self.author.setPlaceholderText(self.tr("Office or person"))
        self.lead.setPlaceholderText(self.tr("One or two sentences that sum up the news"))
        self.description.setPlaceholderText(
            self.tr("For search results; empty: the lead, shortened"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. Traffic, City council"))
        self._update_count()
        self._update_description_count()

    def _tint_notes(self) -> None:
        """The date problem and a lead over the limit in the error colour for the window's
        palette (again after a switch to dark mode)."""
        colours.tint(self.date_problem, "error")
        colours.tint(self.lead_count, "error" if self._lead_over else None)
        colours.tint(self.description_count, "error" if self._description_over else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() in (QEvent.Type.PaletteChange,
                               QEvent.Type.ApplicationPaletteChange)
              and hasattr(self, "_description_over")):  # (not while Qt builds the form)
            self._tint_notes()
        super().changeEvent(event)
