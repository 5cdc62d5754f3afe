"""Keyboard helpers for GUI tests: key presses to the focused widget, Tab walks, the name a
screen reader announces, modal dialogs answered by keys, and a guard against mouse events."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MAX_TABS = 400

MOUSE_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.NonClientAreaMouseButtonPress, QEvent.Type.NonClientAreaMouseButtonRelease,
    QEvent.Type.NonClientAreaMouseButtonDblClick, QEvent.Type.ContextMenu,
})


def _key(sequence: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    combined = QKeySequence(sequence)[0]
    return combined.key(), combined.keyboardModifiers()


def press(qtbot, sequence: str, widget: QWidget | None = None) -> None:
    """A key event to the focused widget, as the keyboard would send it."""
    key, modifiers = _key(sequence)
    target = widget or QApplication.focusWidget()
    assert target is not None, "no widget has the focus"
    qtbot.keyClick(target, key, modifiers)


def type_text(qtbot, text: str) -> None:
    """Typed into the focused widget (QTest sends ASCII keys reliably)."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the focus"
    qtbot.keyClicks(target, text)


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()!r})"


def names(chain: list[QWidget]) -> list[str]:
    return [w.objectName() or describe(w) for w in chain]


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (set, or from the text or the buddy label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def has_buddy_label(widget: QWidget) -> bool:
    window = widget.window()
    return any(label.buddy() is widget and label.text().strip()
               for label in window.findChildren(QLabel))


def tab_chain(qtbot, start: QWidget, key: str = "Tab") -> tuple[list[QWidget], bool]:
    """Widgets reached by ``key`` (Tab or Shift+Tab) from ``start``; True when the chain
    came back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=3000)
    chain = [start]
    for _ in range(MAX_TABS):
        press(qtbot, key)
        focus = QApplication.focusWidget()
        if focus is start:
            return chain, True
        if focus is None or focus in chain:
            return chain, False  # stuck, or a loop that never returns to the start
        chain.append(focus)
    return chain, False


def tab_until(qtbot, object_name: str, limit: int = 60) -> QWidget:
    """Press Tab until the widget called ``object_name`` has the focus."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        if focus is not None and focus.objectName() == object_name:
            return focus
        press(qtbot, "Tab")
    raise AssertionError(f"Tab never reached {object_name!r}")


def show_dialog(qtbot, dialog: QWidget) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


def check_dialog_chain(qtbot, dialog: QWidget, start: QWidget,
                       in_order: list[QWidget]) -> list[QWidget]:
    """The dialog's Tab chain from ``start``: it comes back (no trap), Shift+Tab walks the
    same widgets backwards, every stop is named, and ``in_order`` comes in that order."""
    chain, closed = tab_chain(qtbot, start)
    assert closed, f"Tab does not come back to the start: {names(chain)}"
    assert all(w.window() is dialog for w in chain), names(chain)
    back, closed = tab_chain(qtbot, start, "Shift+Tab")
    assert closed, f"Shift+Tab does not come back to the start: {names(back)}"
    assert back == [chain[0], *reversed(chain[1:])], (names(chain), names(back))
    unnamed = [describe(w) for w in chain
               if not accessible_name(w) and not has_buddy_label(w)]
    assert not unnamed, f"focusable without an accessible name or label: {unnamed}"
    positions = [chain.index(w) for w in in_order if w in chain]
    assert len(positions) == len(in_order), (names(in_order), names(chain))
    assert positions == sorted(positions), names(chain)
    return chain


class MouseGuard(QObject):
    """Records every mouse event delivered to a window or a widget, ``start()`` to
    ``stop()`` (the platform's go to the window first, QTest's straight to the widget).
    Installed on each window and widget (looked for every 20 ms, also inside a dialog's
    own loop), not on the application: a Python filter on the application is handed every
    object of the app, and wrapping one Qt made itself re-entered the filter while PySide
    made the wrapper (it sets a property, whose event came to the filter again): the test
    process segfaulted about every second run."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []
        self._watched: list[QObject] = []
        self._ids: set[int] = set()
        self._poll = QTimer(self, interval=20)  # new windows (dialogs), also in their loops
        self._poll.timeout.connect(self._watch_new)

    def start(self) -> None:
        self._watch_new()
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        for window in self._watched:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._watched.clear()
        self._ids.clear()

    def _watch_new(self) -> None:
        for target in (*QGuiApplication.topLevelWindows(), *QApplication.allWidgets()):
            if id(target) not in self._ids:  # (the list keeps them: ids stay unique)
                target.installEventFilter(self)
                self._watched.append(target)
                self._ids.add(id(target))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in MOUSE_EVENTS:
            self.seen.append(f"{event.type().name} to {type(watched).__name__}"
                             f"({watched.objectName()!r})")
        return False


class ModalAnswers(QObject):
    """Answers the modal dialogs a key press opens, one handler per dialog in order.

    A modal ``exec()`` blocks the key press that opened it; a timer in the dialog's own
    event loop finds the new modal window and lets the handler type into it by keys.
    """

    def __init__(self, qtbot) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.handlers: list[tuple[type, Callable[[QWidget], None]]] = []
        self.answered: list[QWidget] = []
        self.errors: list[BaseException] = []
        self.timer = QTimer(self, interval=30)
        self.timer.timeout.connect(self._poll)

    def expect(self, kind: type, handler: Callable[[QWidget], None]) -> None:
        self.handlers.append((kind, handler))
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if not self.handlers:
            self.timer.stop()
            return
        if modal is None or modal in self.answered or not modal.isVisible():
            return
        kind, handler = self.handlers[0]
        if not isinstance(modal, kind) or QApplication.focusWidget() is None:
            return
        if QApplication.focusWidget().window() is not modal:
            return
        self.handlers.pop(0)
        self.answered.append(modal)
        try:
            handler(modal)
        except BaseException as exc:  # reported by done(); a modal must never stay open
            self.errors.append(exc)
            modal.close()

    def done(self) -> None:
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        assert not self.handlers, f"dialogs that never opened: {self.handlers}"
