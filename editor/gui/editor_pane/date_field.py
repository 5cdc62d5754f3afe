"""The article date, typed as YYYY-MM-DD (the file's format), optionally with a time
(YYYY-MM-DD HH:MM, as editor.model.when reads it), with a calendar on Alt+Down.

Digits typed at the cursor replace the digits there, as in a date editor.

A QDateEdit cannot take a typed year or a pasted ISO date and cannot show a date the
file holds but that does not exist; this field takes any text. A real date is committed
as a date, an empty field as no date, anything else as the text itself: it is shown
marked as invalid (validation reports it), never silently changed into another date.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from editor.gui import colours
from editor.model import when

# While typing, a complete date is taken at once; anything else after a pause (or on
# Enter/Tab), so the article never keeps an older date than the field shows for long.
_COMPLETE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?")
PAUSE_MS = 800

DateValue = dt.date | str | None


def parse_date(text: str) -> tuple[bool, DateValue]:
    """(is valid, value): a date or a date with a time (what front matter takes, see
    editor.model.when), None for an empty field, else the text as typed."""
    stripped = text.strip()
    if not stripped:
        return True, None
    moment = when.parse_when(stripped)
    if moment is not None:
        return True, moment
    try:
        return True, dt.date.fromisoformat(stripped)  # also 20220624
    except ValueError:
        return False, text


def date_text(value: DateValue) -> str:
    """As front matter writes it: 2026-06-24, 2026-06-24 09:30."""
    if isinstance(value, dt.date):
        return when.written(value)
    return value or ""


class CalendarPopup(QCalendarWidget):
    """A calendar in a popup window; Esc closes it (QWidget does that for popups)."""

    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()


class DateField(QLineEdit):
    committed = Signal(object)        # a dt.date, None, or the invalid text as typed
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("field_date")
        self.setMaxLength(40)
        self._committed: DateValue = None
        self._valid = True
        self.calendar = CalendarPopup(self)
        self.calendar.setObjectName("date_calendar")
        self.calendar.activated.connect(self._picked)   # Enter or double click
        self.calendar.clicked.connect(self._picked)
        self.calendar.closed.connect(lambda: self.setFocus(Qt.FocusReason.PopupFocusReason))
        icon = QIcon.fromTheme("x-office-calendar",
                               self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        # A line-edit action is a button outside the tab chain; Alt+Down does the same.
        self.calendar_action = QAction(icon, "", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self.commit)

    # Value ------------------------------------------------------------------------------

    def value(self) -> DateValue:
        return parse_date(self.text())[1]

    def is_valid(self) -> bool:
        return self._valid

    def show_value(self, value: DateValue) -> None:
        """Show a model value (opening, undo); not reported back as an edit."""
        self._pause.stop()
        self._committed = value
        text = date_text(value)
        if self.text() != text:
            self.setText(text)
        self._set_valid(not isinstance(value, str) or parse_date(value)[0])

    def commit(self) -> None:
        """Take what is typed (Enter, Tab, leaving the field, a pause in typing)."""
        self._pause.stop()
        valid, value = parse_date(self.text())
        self._set_valid(valid)
        if valid and isinstance(value, dt.date) and self.text() != date_text(value):
            self.setText(date_text(value))  # 20220624 -> 2022-06-24: the same date
        self._send(value)

    def _typed(self, text: str) -> None:
        valid, value = parse_date(text)
        if valid:
            self._set_valid(True)  # a mark goes as soon as the text is right again
        if valid and (value is None or _COMPLETE.fullmatch(text.strip())):
            self._pause.stop()
            self._send(value)
        else:
            self._pause.start()

    def _send(self, value: DateValue) -> None:
        if value != self._committed:
            self._committed = value
            self.committed.emit(value)

    def _set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self._show_validity()
            self.validity_changed.emit(valid)

    def _show_validity(self) -> None:
        # The error colour for this palette's base (a fixed red is too dark on a dark one).
        border = colours.text("error", self.palette().color(QPalette.ColorRole.Base))
        sheet = "" if self._valid else f"QLineEdit {{ border: 2px solid {border.name()}; }}"
        if sheet != self.styleSheet():  # (a new style sheet is itself a palette change)
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if (event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
                and hasattr(self, "_valid")):  # (not while Qt constructs the field)
            self._show_validity()

    # Calendar ---------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        value = self.value()
        day = value if isinstance(value, dt.date) else dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        if self.isReadOnly():
            return
        value = self.value()
        picked = dt.date(day.year(), day.month(), day.day())
        if isinstance(value, dt.datetime):  # another day, the same time
            picked = value.replace(year=picked.year, month=picked.month, day=picked.day)
        self.setText(date_text(picked))
        self.commit()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def setReadOnly(self, read_only: bool) -> None:  # Qt override
        super().setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        # As in a date editor: a digit types over the digit at the cursor, a dash over a
        # dash moves on; so "cursor on the year, type 2022" changes the year.
        typed, text, pos = event.text(), self.text(), self.cursorPosition()
        if not self.isReadOnly() and not self.hasSelectedText() and pos < len(text):
            if typed == "-" and text[pos] == "-":
                self.setCursorPosition(pos + 1)
                return
            if len(typed) == 1 and typed.isdigit() and text[pos].isdigit():
                self.setSelection(pos, 1)
        super().keyPressEvent(event)
