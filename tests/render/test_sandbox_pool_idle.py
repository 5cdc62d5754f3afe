"""Pooled render workers (export, review PDF, commands) end after a while idle instead of
staying for the app's life: each is a whole interpreter with the renderer (about 25 MB)."""

from __future__ import annotations

import os
import time

import pytest

from editor.render import sandbox
from editor.render.sandbox import RenderLimits


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def short_idle(monkeypatch):
    sandbox.shutdown()
    monkeypatch.setattr(sandbox, "POOL_IDLE_SECONDS", 1.0)
    yield
    sandbox.shutdown()


def pooled_pid() -> int:
    assert sandbox.run("ping", ("x",), RenderLimits(timeout=60)) == ("x",)
    (pooled,) = sandbox._pool
    assert pooled.pid is not None and alive(pooled.pid)
    return pooled.pid


def test_idle_pooled_worker_ends(short_idle) -> None:
    pid = pooled_pid()
    deadline = time.monotonic() + 15
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(pid)
    assert sandbox._pool == []
    # the next call starts a new one, as before
    assert sandbox.run("ping", (1,), RenderLimits(timeout=60)) == (1,)


def test_a_worker_in_use_is_kept(short_idle) -> None:
    pid = pooled_pid()
    for _ in range(8):  # used every 0.4 s: never idle for a whole second
        time.sleep(0.4)
        assert sandbox.run("ping", (2,), RenderLimits(timeout=60)) == (2,)
        assert sandbox._pool[0].pid == pid
    assert alive(pid)


def test_shutdown_cancels_the_pending_reaper(monkeypatch) -> None:
    """A reaper timer left from before a shutdown does not hold up the next one (a
    worker pooled after the shutdown still ends after the idle time)."""
    sandbox.shutdown()
    monkeypatch.setattr(sandbox, "POOL_IDLE_SECONDS", 120.0)
    pooled_pid()
    sandbox.shutdown()
    monkeypatch.setattr(sandbox, "POOL_IDLE_SECONDS", 1.0)
    try:
        pid = pooled_pid()
        deadline = time.monotonic() + 15
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(pid)
    finally:
        sandbox.shutdown()
