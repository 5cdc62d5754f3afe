"""Garbage collection while typing walks only what was made since the article opened,
and garbage among the frozen objects is still collected at the next full settle."""

from __future__ import annotations

import gc
import weakref

from editor.gui import gc_tuning

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_opening_an_article_freezes_what_start_up_made(main_window, monkeypatch) -> None:
    monkeypatch.setattr(gc_tuning, "FULL_INTERVAL_SECONDS", 0.0)
    main_window.open_article(LIBRARY)
    frozen = gc.get_freeze_count()
    # The window's and the modules' objects are out of the collector's walks ...
    assert frozen > 20_000
    assert len(gc.get_objects()) < frozen / 4
    # ... typing makes few new long-lived ones.
    main_window.pane.editor.insertPlainText("Neuer Text. ")
    assert len(gc.get_objects()) < frozen / 4


def test_frozen_garbage_is_collected_at_the_next_full_settle(monkeypatch) -> None:
    monkeypatch.setattr(gc_tuning, "FULL_INTERVAL_SECONDS", 0.0)
    node = _Node()
    alive = weakref.ref(node)
    gc_tuning.settle()  # node is frozen
    del node
    gc.collect()
    assert alive() is not None  # frozen garbage waits ...
    monkeypatch.setattr(gc_tuning, "FULL_INTERVAL_SECONDS", 3600.0)
    gc_tuning.settle()  # ... not for a settle within the interval (that only freezes)
    assert alive() is not None
    monkeypatch.setattr(gc_tuning, "FULL_INTERVAL_SECONDS", 0.0)
    gc_tuning.settle()  # ... but for the next full one
    assert alive() is None


def test_while_held_nothing_is_collected_and_release_settles(monkeypatch) -> None:
    """Start-up (gc_tuning.hold): no automatic collection and no settle; the release turns
    the collector on again and settles once (collects, then freezes)."""
    monkeypatch.setattr(gc_tuning, "FULL_INTERVAL_SECONDS", 0.0)
    gc.unfreeze()
    gc_tuning.hold()
    try:
        assert not gc.isenabled()
        node = _Node()
        alive = weakref.ref(node)
        del node
        gc_tuning.settle()  # as opening the first article does: waits for the release
        assert alive() is not None and gc.get_freeze_count() == 0
    finally:
        gc_tuning.release()
    assert gc.isenabled()
    assert alive() is None and gc.get_freeze_count() > 0
    gc_tuning.release()  # a second release does nothing
    assert gc.isenabled()
