"""Status bar pieces: word/character counts with reading time, save state, problem count,
and the team sync state (editor.gui.sync; hidden in a workspace that is not a repository)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QStatusBar

from editor.gui import colours
from editor.model.validation import Problem

WORDS_PER_MINUTE = 200
# Counting waits for a pause in typing (LineCounter makes each count cheap).
COUNT_DELAY_MS = 120

# Link and image targets are not read ("](photo:podium)", "](https://...)").
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
# A word: letters or digits, joined by inner hyphens or apostrophes ("E-Mail", "geht's").
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass(frozen=True)
class Counts:
    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes at ~200 words a minute; any text takes at least one."""
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0


def count(text: str) -> Counts:
    """Words and characters of a Markdown text, without line breaks and link targets."""
    visible = _LINK_TARGET.sub("]", text)
    words = len(_WORD.findall(visible))
    characters = len(visible) - visible.count("\n")
    return Counts(words, characters)


class LineCounter:
    """:func:`count` line by line, remembering each line's result.

    Neither a word nor a link target spans a line break, so the sum over the lines is
    exactly ``count(text)``. Typing changes one line: recounting a 10,000-word article
    then costs a dictionary look-up per line instead of the regular expressions over
    all of it (about 4 ms on the GUI thread, more when the machine is busy).
    """

    def __init__(self) -> None:
        self._lines: dict[str, Counts] = {}

    def __call__(self, text: str) -> Counts:
        known, now = self._lines, {}
        words = characters = 0
        for line in text.split("\n"):
            counts = now.get(line) or known.get(line) or count(line)
            now[line] = counts
            words += counts.words
            characters += counts.characters
        self._lines = now  # only the current lines: the memory stays the text's size
        return Counts(words, characters)


def _number(n: int) -> str:
    """Digits grouped for the UI language (10.000 in German)."""
    return QLocale().toString(n)


def _plural(n: int, one: str, many: str) -> str:
    # Explicit singular/plural strings: both UI languages (de, en) need only these two.
    return one if n == 1 else many.replace("%1", _number(n))


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StatusBarWidgets(QObject):
    """Labels for the main window's status bar.

    ``StatusBarWidgets(status_bar)`` installs itself; ``StatusBarWidgets()`` followed by
    :meth:`install` does the same in two steps.
    """

    problems_clicked = Signal()
    sync_clicked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.counts_label = QLabel(objectName="status_counts")
        self.save_label = QLabel(objectName="status_save_state")
        self.review_label = QLabel(objectName="status_review_state")
        self.review_state: str | None = None
        self.problems_label = _ClickableLabel(objectName="status_problems")
        self.problems_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_label.clicked.connect(self.problems_clicked)
        # The sync state ("Synchronised 12:04", "Offline — will retry"); text from
        # editor.gui.sync, empty and hidden when the workspace is not a Git repository.
        self.sync_label = _ClickableLabel(objectName="status_sync")
        self.sync_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sync_label.clicked.connect(self.sync_clicked)
        self.sync_label.hide()
        self._sync_role: colours.TextRole | None = None
        self.counts = Counts(0, 0)
        self._errors = 0
        self._warnings = 0
        self._problems_role: colours.TextRole | None = None  # the problems text's colour
        self._pending: str | None = None
        self._count = LineCounter()
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retranslate()
        if isinstance(parent, QStatusBar):
            self.install(parent)

    def install(self, status_bar: QStatusBar) -> None:
        status_bar.addPermanentWidget(self.counts_label)
        status_bar.addPermanentWidget(self.review_label)
        status_bar.addPermanentWidget(self.save_label)
        status_bar.addPermanentWidget(self.problems_label)
        status_bar.addPermanentWidget(self.sync_label)
        # The labels follow a language or palette switch through their status bar's events.
        status_bar.installEventFilter(self)
        colours.tint(self.problems_label, self._problems_role)  # for this bar's palette

    def update_counts(self, text: str) -> None:
        """Recount ``text`` after a short pause (cheap to call on every keystroke)."""
        self._pending = text
        if not self.counts_label.text():
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Count the newest text now."""
        self._timer.stop()
        if self._pending is None:
            return
        self.counts = self._count(self._pending)
        self._pending = None
        self._show_counts()

    def set_save_state(self, text: str) -> None:
        self.save_label.setText(text)

    def set_review_state(self, state: str | None) -> None:
        """The open article's review state ("draft", "in_review", ...; None: no article)."""
        self.review_state = state
        self._show_review_state()

    def set_problems(self, problems: list[Problem]) -> None:
        self._errors = sum(1 for p in problems if p.is_error)
        # plain-language hints are advice, not problems: the problems panel lists them
        self._warnings = sum(1 for p in problems if p.severity == "warning")
        self._show_problems()

    def set_sync_state(self, text: str, details: str = "",
                       role: colours.TextRole | None = None) -> None:
        """The team sync state in plain words, its details as the tooltip; an empty text
        hides it. ``role`` colours it ("warning", "error")."""
        self.sync_label.setText(text)
        self.sync_label.setToolTip(details)
        self.sync_label.setAccessibleDescription(details)
        self.sync_label.setVisible(bool(text))
        if role != self._sync_role:
            self._sync_role = role
            colours.tint(self.sync_label, role)

    def sync_text(self) -> str:
        return self.sync_label.text()

    def problems_text(self) -> str:
        return self.problems_label.text()

    # --------------------------------------------------------------------------------

    def _show_counts(self) -> None:
        c = self.counts
        words = _plural(c.words, self.tr("1 word"), self.tr("%1 words"))
        chars = _plural(c.characters, self.tr("1 character"), self.tr("%1 characters"))
        minutes = self.tr("%1 min reading").replace("%1", _number(c.reading_minutes))
        self.counts_label.setText(f"{words} · {chars} · {minutes}")
        self.counts_label.setToolTip(self.tr("Reading time at about %1 words a minute").replace(
            "%1", str(WORDS_PER_MINUTE)))

    def _show_problems(self) -> None:
        if not self._errors and not self._warnings:
            text = self.tr("No problems")
            role: colours.TextRole | None = None
        else:
            parts = []
            if self._errors:
                parts.append(_plural(self._errors, self.tr("1 error"), self.tr("%1 errors")))
            if self._warnings:
                parts.append(_plural(self._warnings, self.tr("1 warning"),
                                     self.tr("%1 warnings")))
            text = ", ".join(parts)
            role = "error" if self._errors else "warning"
        self.problems_label.setText(text)
        if role != self._problems_role:  # (called after every check: no needless repaint)
            self._problems_role = role
            colours.tint(self.problems_label, role)  # for the status bar's palette
        self.problems_label.setToolTip(self.tr("Show the list of problems"))

    def _show_review_state(self) -> None:
        from editor.gui.workspace_panel.panel import state_label

        state = self.review_state
        self.review_label.setText(self.tr("Review: %1").replace("%1", state_label(state))
                                  if state else "")
        self.review_label.setToolTip(self.tr("Review state of the open article"))

    def _retranslate(self) -> None:
        self._show_problems()
        self._show_review_state()
        if self.counts_label.text():
            self._show_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            colours.tint(self.problems_label, self._problems_role)  # light/dark switch
            colours.tint(self.sync_label, self._sync_role)
        return False
