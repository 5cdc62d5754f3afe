"""Spell checking turned off closes the dictionaries (Hunspell's German one holds about
8 MB of the app's memory); turned on again, they are opened again."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget

from editor.gui import spelling
from editor.gui.spelling import SpellingSession, apply_preference


def test_turning_spelling_off_closes_the_dictionaries(qtbot) -> None:
    owner = QWidget()  # a top-level widget: apply_preference finds its session
    qtbot.addWidget(owner)
    session = SpellingSession(owner)
    session.set_language("de", None)
    qtbot.waitUntil(lambda: session.checker is not None, timeout=10000)
    assert session.active()
    backend = weakref.ref(session.checker._backend)
    assert spelling._checkers

    apply_preference(False)
    spelling.release_dictionaries().result(timeout=10)  # after the one apply_preference sent
    gc.collect()
    assert not session.active() and session.checker is None
    assert spelling._checkers == {}
    assert backend() is None  # the enchant dictionary itself is gone

    apply_preference(True)
    qtbot.waitUntil(session.active, timeout=10000)
    assert [t.word for t in session.checker.check_plain("Das Haus ist grün Hauss")] == ["Hauss"]
    session.shutdown()
