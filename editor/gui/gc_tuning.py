"""Python's garbage collector without stalls while typing.

After start-up the process holds about 57,000 objects the collector tracks (modules,
classes, functions, the widgets' Python wrappers) that live as long as the window. A full
collection walks all of them -- 25-40 ms on the GUI thread -- at a moment the allocator
picks, which may be the middle of a keystroke. :func:`settle` collects once at a moment
chosen by us (start-up, opening an article: the user just clicked and waits anyway), then
freezes the survivors (:func:`gc.freeze`): later collections walk only what was made
since, a few hundred objects while typing.

While the app starts (:func:`hold` until :func:`release`, after the first paint) there is no
automatic collection at all: the imports and the window make tens of thousands of objects
that all live on, and the collector would walk them again and again for nothing; the one
settle runs at the release.

Garbage made of frozen objects (a closed dialog created before the freeze, in a reference
cycle) waits for the next full settle, at most :data:`FULL_INTERVAL_SECONDS` later: the
memory held meanwhile is bounded, never a leak.
"""

from __future__ import annotations

import gc
import time

# Opening articles one after another (arrow keys in the list) pays for one full
# collection a minute at most; the others only freeze, which costs nothing.
FULL_INTERVAL_SECONDS = 60.0

_last_full: float | None = None
_held = False


def hold() -> None:
    """Start-up: no automatic collection, and :func:`settle` waits, until :func:`release`."""
    global _held
    _held = True
    gc.disable()


def release() -> None:
    """End of start-up: collection on again, after one settle (a no-op when not held)."""
    global _held
    if _held:
        _held = False
        gc.enable()
        settle()


def settle() -> None:
    """Call after start-up and after loading an article (on the GUI thread)."""
    global _last_full
    if _held:
        return  # release() settles
    now = time.monotonic()
    if _last_full is None or now - _last_full >= FULL_INTERVAL_SECONDS:
        gc.unfreeze()  # the frozen objects' garbage is collected too
        gc.collect()
        _last_full = now
    gc.freeze()
