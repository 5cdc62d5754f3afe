"""Spell checking in the editor pane: one session per pane, shared by the body editor and
the metadata fields.

Checking is off the keystroke path: a highlighter only underlines words whose answer is
already cached; unknown words are collected and asked of Hunspell on a worker thread
(after a short pause in typing), and the blocks holding newly found misspellings are
highlighted again. Opening the dictionary (tens of ms) happens on that thread too
(editor.gui.spelling_worker: the thread, the open checkers, the way back to the GUI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from editor.gui import colours
from editor.gui.settings import SPELL_CHECK, Settings
from editor.gui.spelling_worker import bridge, deliver, open_for, open_key, pool
from editor.model.article import Article
from editor.model.errors import NewsdeskError
from editor.model.spelling.engine import SpellChecker, prepare_environment
from editor.model.spelling.tokens import Token

CHECK_DELAY_MS = 150   # pause in typing before new words are checked
NOTICE_MS = 15000
_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


def underline_format(base: QColor | None = None) -> QTextCharFormat:
    """The red wavy underline, in the error red readable on ``base`` (light or dark; the
    app's Base colour when not given)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(colours.text("error", base))
    return fmt


def utf16_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, length) of text[start:end] in UTF-16 units, Qt's positions."""
    if not _NON_BMP.search(text, 0, end):
        return start, end - start
    a = len(text[:start].encode("utf-16-le")) // 2
    return a, len(text[start:end].encode("utf-16-le")) // 2


def python_index(text: str, utf16: int) -> int:
    """The Python index of UTF-16 position ``utf16`` in ``text``."""
    if not _NON_BMP.search(text):
        return utf16
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class SpellingSession(QObject):
    """The checker for the open article, its worker thread and the words ignored per
    article (in memory, for as long as the app runs)."""

    ready = Signal()                   # a checker is open (or known to be off)
    found = Signal(object)             # set of words newly found misspelled
    changed = Signal()                 # dictionary or ignore list changed: underline again
    unavailable = Signal(str)          # no dictionary: the reason, for the status bar

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("spelling_session")
        self.enabled = True
        self.checker: SpellChecker | None = None
        self._folder: Path | None = None
        self._opener: Callable[[], SpellChecker] | None = None
        self._ignored: dict[Path, set[str]] = {}
        self._pending: set[str] = set()
        self._generation = 0
        self._pool = pool()
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._submit)
        bridge()  # made now, on the GUI thread, where it must live

    @staticmethod
    def of(widget: QWidget) -> SpellingSession:
        """The session shared by ``widget`` and its siblings (children of one parent);
        created on first use. The editor and the metadata form of a pane find the same."""
        owner = widget.parent() or widget
        session = owner.findChild(SpellingSession, "spelling_session",
                                  Qt.FindChildOption.FindDirectChildrenOnly)
        return session if session is not None else SpellingSession(owner)

    def active(self) -> bool:
        return self.enabled and self.checker is not None and self.checker.available

    def set_article(self, article: Article | None) -> None:
        """Open the checker for ``article`` (on the worker thread)."""
        self.enabled = self._preference()
        self._open(article.folder if article is not None else None,
                   (lambda: open_for(article)) if article is not None else None)

    def set_language(self, language: str, workspace_root: Path | None) -> None:
        """Open a checker for ``language`` with the workspace's dictionary (photo dialog)."""
        self.enabled = self._preference()
        self._open(None, lambda: open_key((language, workspace_root)))

    def set_enabled(self, enabled: bool) -> None:
        """Spell checking on or off (the preference); takes effect at once."""
        if enabled != self.enabled:
            self.enabled = enabled
            self._open(self._folder, self._opener)

    def _preference(self) -> bool:
        """The window's "Spelling" preference (editor.gui.settings.SPELL_CHECK)."""
        widget = self.parent()
        while isinstance(widget, QWidget):  # up to the main window (also from a dialog)
            settings = getattr(widget, "settings", None)
            if isinstance(settings, Settings):
                return settings.get(SPELL_CHECK)
            widget = widget.parentWidget()
        return self.enabled

    def _open(self, folder: Path | None, opener: Callable[[], SpellChecker] | None) -> None:
        self._opener = opener
        self._generation += 1
        self._pending.clear()
        self.checker = None
        self._folder = folder
        self.changed.emit()  # nothing underlined until the new checker is there
        if opener is None or not self.enabled:
            return
        generation = self._generation
        prepare_environment()  # here, not on the spelling thread (see there)

        def opened(future: Future) -> None:
            deliver(self, "_checker_opened", generation, future)
        self._pool.submit(opener).add_done_callback(opened)

    def _checker_opened(self, generation: int, checker: SpellChecker) -> None:
        if generation != self._generation:
            return
        checker.ignored = self._ignored.setdefault(self._folder, set()) if self._folder \
            else set()
        self.checker = checker
        if not checker.available:
            self.unavailable.emit(checker.reason)
            self._notify(checker.reason)
        self.ready.emit()
        self.changed.emit()

    def _checker_failed(self, generation: int, error: BaseException) -> None:
        """Opening the dictionary raised (a damaged file, a library error): spelling is off
        for this article, and the status bar says why, as for a missing dictionary."""
        if generation != self._generation:
            return
        reason = str(error) or type(error).__name__
        self.unavailable.emit(reason)
        self._notify(reason)
        self.ready.emit()

    def _notify(self, reason: str) -> None:
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(QCoreApplication.translate(
                "SpellingSession", "Spell checking is off: %1").replace("%1", reason),
                NOTICE_MS)

    # Words -------------------------------------------------------------------

    def misspelled(self, tokens: tuple[Token, ...] | list[Token]) -> list[Token]:
        """The tokens known to be misspelled now; unknown ones are queued for checking."""
        checker = self.checker
        if checker is None or not self.enabled or not checker.available:
            return []
        wrong = []
        waiting = len(self._pending)
        for token in tokens:
            answer = checker.cached(token.word)
            if answer is None:
                self._pending.add(token.word)
            elif not answer:
                wrong.append(token)
        if len(self._pending) > waiting:
            self._timer.start()  # (re)started: new words are checked after a pause in typing
        return wrong

    def misspelled_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the words of Markdown line ``text`` known to be misspelled now
        (Python indexes); unknown words are queued for checking. No Token is made for the
        right words: this runs for every block the highlighter paints."""
        checker = self.checker
        if checker is None or not self.enabled or not checker.available:
            return []
        found = checker.spans(text)
        if len(found) == 1:
            return []
        offsets = None
        wrong = []
        waiting = len(self._pending)
        cached = checker.cached
        for i, word in enumerate(found[1:]):
            answer = cached(word)
            if answer is None:
                self._pending.add(word)
            elif not answer:
                offsets = offsets or memoryview(found[0]).cast("I")
                wrong.append((offsets[2 * i], offsets[2 * i + 1]))
        if len(self._pending) > waiting:
            self._timer.start()
        return wrong

    def _submit(self) -> None:
        checker, words = self.checker, self._pending
        self._pending = set()
        if checker is None or not words:
            return
        generation = self._generation

        def check() -> set[str]:
            return {w for w in words if not checker.is_correct(w)}

        def done(future: Future) -> None:
            deliver(self, "_answers", generation, future)
        self._pool.submit(check).add_done_callback(done)

    def _answers(self, generation: int, wrong: set[str]) -> None:
        if generation == self._generation and wrong:
            self.found.emit(wrong)

    def suggestions(self, word: str) -> list[str]:
        return self.checker.suggest(word) if self.active() else []

    def add_to_dictionary(self, word: str) -> str | None:
        """Add ``word`` to the workspace's dictionary.txt; a message when that failed."""
        if not self.active():
            return None
        try:
            self.checker.workspace.add(word)
        except (ValueError, NewsdeskError) as exc:
            return str(exc)
        self.changed.emit()
        return None

    def ignore(self, word: str) -> None:
        if self.active():
            self.checker.ignored.add(word)
            self.changed.emit()

    def wait_idle(self) -> None:
        """For tests and benchmarks: run the pending check now and wait for the thread."""
        if self._timer.isActive():
            self._timer.stop()
            self._submit()
        self._pool.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Results still on their way are dropped."""
        self._generation += 1


def underline_block(highlighter: QSyntaxHighlighter, session: SpellingSession,
                    underline: QTextCharFormat, text: str) -> None:
    """In ``highlighter.highlightBlock``: merge the wavy underline into the formats already
    set for each misspelled word of ``text`` (only words whose answer is cached; the
    others are checked on the worker and the block is highlighted again)."""
    if not session.active():
        return
    for begin, end in session.misspelled_spans(text):
        start, length = utf16_span(text, begin, end)
        for i in range(start, start + length):
            fmt = highlighter.format(i)
            fmt.merge(underline)
            highlighter.setFormat(i, 1, fmt)


class PlainSpellingHighlighter(QSyntaxHighlighter):
    """Only the wavy underline, for plain-text boxes (lead, alt text)."""

    def __init__(self, document: QTextDocument, session: SpellingSession):
        super().__init__(document)
        self.spelling = session
        self._underline = underline_format()
        session.changed.connect(self.rehighlight)
        session.found.connect(lambda _words: self.rehighlight())

    def highlightBlock(self, text: str) -> None:  # Qt override
        underline_block(self, self.spelling, self._underline, text)


def apply_preference(enabled: bool) -> None:
    """Turn spell checking on or off in every open window at once (after Settings)."""
    for window in QApplication.topLevelWidgets():
        for session in window.findChildren(SpellingSession):
            session.set_enabled(enabled)


def add_spelling_actions(menu: QMenu, session: SpellingSession, word: str,
                         replace: Callable[[str], None],
                         on_error: Callable[[str], None] | None = None) -> None:
    """Put suggestions, "Add to workspace dictionary" and "Ignore in this article" at the
    top of ``menu`` for the misspelled ``word``."""
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    suggestions = session.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellingSession", "No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(QCoreApplication.translate("SpellingSession",
                                             "Add to workspace dictionary"), menu)

    def add_word() -> None:
        problem = session.add_to_dictionary(word)
        if problem and on_error is not None:
            on_error(problem)
    add.triggered.connect(add_word)
    ignore = QAction(QCoreApplication.translate("SpellingSession", "Ignore in this article"), menu)
    ignore.triggered.connect(lambda: session.ignore(word))
    for action in actions:
        menu.insertAction(first, action)
    menu.insertSeparator(first)
    menu.insertAction(first, add)
    menu.insertAction(first, ignore)
    if first is not None:
        menu.insertSeparator(first)


class FieldSpelling(QObject):
    """Spelling for one-line fields (QLineEdit: title, kicker, photo caption) and plain
    text boxes (QPlainTextEdit: lead, alt text): the wavy underline and the menu.

    A QLineEdit has no highlighter; the underline is given to it as input-method text
    formats (what Qt itself uses to draw pre-edit text), renewed after every change."""

    def __init__(self, session: SpellingSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.lines: list[QLineEdit] = []
        self._marked: set[int] = set()  # lines showing underlines (cleared once when none)
        self._highlighters: list[QSyntaxHighlighter] = []
        session.changed.connect(self.refresh)
        session.found.connect(lambda _words: self.refresh())

    def watch_line(self, line: QLineEdit) -> None:
        self.lines.append(line)
        line.textChanged.connect(lambda _text, w=line: self.underline(w))
        line.installEventFilter(self)

    def watch_box(self, box: QPlainTextEdit) -> None:
        self._highlighters.append(PlainSpellingHighlighter(box.document(), self.session))
        box.installEventFilter(self)

    def refresh(self) -> None:
        for line in self.lines:
            self.underline(line)

    def misspelled(self, text: str) -> list[Token]:
        if not self.session.active():
            return []
        return self.session.misspelled(self.session.checker.tokens(text))

    def underline(self, line: QLineEdit) -> None:
        text = line.text()
        fmt = underline_format()
        cursor = line.cursorPosition()
        attributes = []
        for token in self.misspelled(text):
            start, length = utf16_span(text, token.start, token.end)
            attributes.append(QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, length, fmt))
        if attributes or id(line) in self._marked:
            (self._marked.add if attributes else self._marked.discard)(id(line))
            QCoreApplication.sendEvent(line, QInputMethodEvent("", attributes))

    def word_at(self, text: str, index: int) -> Token | None:
        if not self.session.active():
            return None
        for token in self.session.checker.tokens(text):
            if token.start <= index <= token.end:
                return token if self.session.checker.cached(token.word) is False else None
        return None

    def menu_for(self, widget: QWidget, pos: QPoint) -> QMenu | None:
        """The context menu of ``widget`` at ``pos``, with spelling actions on a
        misspelled word."""
        if isinstance(widget, QLineEdit):
            menu = widget.createStandardContextMenu()
            text = widget.text()
            token = self.word_at(text, python_index(text, widget.cursorPositionAt(pos)))
            if token is not None and not widget.isReadOnly():
                start, length = utf16_span(text, token.start, token.end)

                def replace(new: str, w: QLineEdit = widget) -> None:
                    w.setSelection(start, length)
                    w.insert(new)  # as if typed: textEdited, one field edit
                add_spelling_actions(menu, self.session, token.word, replace)
            return menu
        if isinstance(widget, QPlainTextEdit):
            menu = widget.createStandardContextMenu(pos)
            cursor = widget.cursorForPosition(pos)
            block = cursor.block()
            text = block.text()
            token = self.word_at(text, python_index(text, cursor.positionInBlock()))
            if token is not None and not widget.isReadOnly():
                start, length = utf16_span(text, token.start, token.end)

                def replace_in_box(new: str, box: QPlainTextEdit = widget) -> None:
                    edit = QTextCursor(block)
                    edit.setPosition(block.position() + start)
                    edit.setPosition(block.position() + start + length,
                                     QTextCursor.MoveMode.KeepAnchor)
                    edit.insertText(new)
                    box.setTextCursor(edit)
                add_spelling_actions(menu, self.session, token.word, replace_in_box)
            return menu
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ContextMenu and isinstance(watched, QWidget) \
                and self.session.active():
            assert isinstance(event, QContextMenuEvent)
            menu = self.menu_for(watched, event.pos())
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                return True
        return False
