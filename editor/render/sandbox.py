"""The one render path: a long-lived worker process with a time and a memory limit.

Python-Markdown needs minutes and gigabytes for some inputs (thousands of footnotes, a
very wide table, thousands of '[' in a row). A thread can be neither stopped nor limited,
a process can: the worker caps its own address space (RLIMIT_AS, so an allocation fails
with MemoryError instead of the machine swapping) and the parent kills it when the
wall-clock limit passes or the caller cancels. A killed worker is replaced by the next
call. Workers are reused across renders (like ReText's preview process), so a render
costs a pipe round trip, not a process start; the preview keeps its incremental block
cache inside its worker.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from editor.model.config import SiteConfig
from editor.render.errors import RenderError

START_TIMEOUT = 60.0  # seconds for a worker to start (not part of the render's limit)
POLL = 0.02  # how often a waiting caller looks at its cancel event
# The largest page a worker may send back: the parent's memory stays bounded too.
MAX_OUTPUT_CHARS = 64 * 1024 * 1024


@dataclass(frozen=True)
class RenderLimits:
    timeout: float = 10.0  # seconds of wall-clock time per render
    memory_mb: int = 1024  # address space of the worker process

    @classmethod
    def from_config(cls, config: SiteConfig) -> RenderLimits:
        default = cls()
        timeout = getattr(config, "render_timeout_seconds", default.timeout)
        memory = getattr(config, "render_memory_mb", default.memory_mb)
        return cls(timeout=float(timeout), memory_mb=int(memory))


class RenderCancelled(RenderError):
    """The caller cancelled the render (its worker was stopped)."""


def _context() -> Any:
    if sys.platform.startswith("linux"):
        # a clean, preloaded server process forks the workers: fast, and safe in a Qt app
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["editor.render.worker_main"])
        return ctx
    return multiprocessing.get_context("spawn")


class Sandbox:
    """One worker process, used by one caller at a time (calls are serialised)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._memory_mb: int | None = None
        self.starts = 0  # workers started so far (tests, diagnostics)

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def call(self, kind: str, args: tuple, limits: RenderLimits,
             cancel: threading.Event | None = None) -> Any:
        """Run request ``kind`` in the worker; its value, or RenderError/RenderCancelled."""
        try:
            payload = pickle.dumps((kind, args), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise RenderError(f"could not render: the data cannot be sent to the render "
                              f"process ({exc})") from exc
        while not self._lock.acquire(timeout=POLL):
            if cancel is not None and cancel.is_set():
                raise RenderCancelled("cancelled")
        try:
            conn = self._ensure(limits.memory_mb, cancel)
            try:
                conn.send_bytes(payload)
            except (OSError, EOFError):  # it died while idle: one fresh start
                self._stop()
                conn = self._ensure(limits.memory_mb, cancel)
                conn.send_bytes(payload)
            reply = self._wait(conn, time.monotonic() + limits.timeout, cancel, limits)
        finally:
            self._lock.release()
        status, value = reply
        if status == "ok":
            return value
        if status == "memory":
            self._stop()  # it exits by itself; do not reuse a worker that ran out
            raise RenderError(f"could not render: the article needs more memory than the "
                              f"limit of {limits.memory_mb} MB")
        raise RenderError(value)

    def prestart(self, memory_mb: int = RenderLimits.memory_mb) -> None:
        """Start the worker in the background now, so the first render need not wait
        for the interpreter and its imports (the preview's first page at start-up)."""

        def start() -> None:
            with self._lock:
                try:
                    self._ensure(memory_mb, None)
                except RenderError:
                    pass  # the first call tries again and reports

        threading.Thread(target=start, name="newsdesk-render-prestart", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._stop()

    # Inside the lock -----------------------------------------------------------------

    def _ensure(self, memory_mb: int, cancel: threading.Event | None) -> Connection:
        if self._process is not None and (not self._process.is_alive()
                                          or self._memory_mb != memory_mb):
            self._stop()
        if self._conn is not None:
            return self._conn
        ctx = _context()
        parent, child = ctx.Pipe(duplex=True)
        from editor.render import worker_main

        process = ctx.Process(target=worker_main.serve, args=(child, memory_mb),
                              name="newsdesk-render", daemon=True)
        try:
            process.start()
        except Exception as exc:  # no processes left, the fork server died, ...
            parent.close()
            child.close()
            raise RenderError(f"could not render: the render process could not be "
                              f"started ({exc})") from exc
        child.close()
        self._process, self._conn, self._memory_mb = process, parent, memory_mb
        self.starts += 1
        deadline = time.monotonic() + START_TIMEOUT
        while not parent.poll(POLL):
            if cancel is not None and cancel.is_set():
                self._stop()
                raise RenderCancelled("cancelled")
            if time.monotonic() > deadline or not process.is_alive():
                self._stop()
                raise RenderError("could not render: the render process did not start")
        try:
            parent.recv_bytes()  # "ready"
        except (EOFError, OSError) as exc:
            self._stop()
            raise RenderError("could not render: the render process did not start") from exc
        return parent

    def _wait(self, conn: Connection, deadline: float, cancel: threading.Event | None,
              limits: RenderLimits) -> tuple[str, Any]:
        while True:
            if cancel is not None and cancel.is_set():
                self._stop()
                raise RenderCancelled("cancelled")
            left = deadline - time.monotonic()
            if left <= 0:
                self._stop()
                raise RenderError(f"could not render: took too long (more than "
                                  f"{limits.timeout:g} seconds)")
            if conn.poll(min(left, POLL)):
                break
        try:
            data = conn.recv_bytes(MAX_OUTPUT_CHARS * 4 + 65536)
            return pickle.loads(data)
        except (EOFError, OSError) as exc:
            code = self._stop()
            if code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGBUS):
                raise RenderError(f"could not render: the render process stopped; the "
                                  f"article may need more memory than the limit of "
                                  f"{limits.memory_mb} MB") from exc
            raise RenderError("could not render: the render process stopped") from exc

    def _stop(self) -> int | None:
        """Kill the worker (if any); its exit code."""
        process, conn = self._process, self._conn
        self._process = self._conn = self._memory_mb = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if process.is_alive():
            process.kill()
        process.join(2.0)
        code = process.exitcode
        try:
            process.close()
        except ValueError:  # still running after the join: the OS will reap it
            pass
        return code


# A few idle workers for render_isolated, so concurrent callers (export, review PDF,
# a command) do not wait for each other and a second call reuses a warm worker.
_pool: list[Sandbox] = []
_pool_lock = threading.Lock()
POOL_KEEP = 2


def _take() -> Sandbox:
    with _pool_lock:
        return _pool.pop() if _pool else Sandbox()


def _give_back(sandbox: Sandbox) -> None:
    with _pool_lock:
        if len(_pool) < POOL_KEEP:
            _pool.append(sandbox)
            return
    sandbox.close()


def shutdown() -> None:
    """Stop every idle pooled worker (they are daemons: they also end with the program)."""
    with _pool_lock:
        idle = list(_pool)
        _pool.clear()
    for sandbox in idle:
        sandbox.close()


def run(kind: str, args: tuple, limits: RenderLimits,
        cancel: threading.Event | None = None) -> Any:
    """Request ``kind`` on a pooled worker."""
    sandbox = _take()
    try:
        return sandbox.call(kind, args, limits, cancel)
    finally:
        _give_back(sandbox)


__all__ = ["RenderCancelled", "RenderLimits", "Sandbox", "run", "shutdown"]
