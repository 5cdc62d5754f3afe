"""The one render path: a long-lived worker process with a time and a memory limit.

Python-Markdown needs minutes and gigabytes for some inputs (thousands of footnotes, a
very wide table, thousands of '[' in a row). A thread can be neither stopped nor limited,
a process can: the worker caps its own address space (RLIMIT_AS, so an allocation fails
with MemoryError instead of the machine swapping) and the parent kills it when the
wall-clock limit passes or the caller cancels. A killed worker is replaced by the next
call (or at once, for a sandbox that keeps a worker warm: the preview's). Workers are
reused across renders (like ReText's preview process), so a render costs a pipe round
trip, not a process start; the preview keeps its incremental block cache inside its
worker.

The worker is a plain ``python -P -c`` child (editor.render.worker_main) talking over its
stdin and stdout (editor.render.channel). Not multiprocessing: its fork server and
resource tracker were two more Python processes (about 23 MB of the app's memory and a
third of a second of CPU at start-up), every worker re-imported the app's main module,
and this process had to import the renderer to name the worker's function.
"""

from __future__ import annotations

import atexit
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from editor.render.channel import Channel, MessageTooLarge
from editor.render.errors import RenderError

if TYPE_CHECKING:
    from editor.model.config import SiteConfig

START_TIMEOUT = 60.0  # seconds for a worker to start (not part of the render's limit)
POLL = 0.02  # how often a waiting caller looks at its cancel event
# The largest page a worker may send back: the parent's memory stays bounded too.
MAX_OUTPUT_CHARS = 64 * 1024 * 1024
MAX_REPLY_BYTES = MAX_OUTPUT_CHARS * 4 + 65536
_CLOSED = b""  # the reader's mark: the pipe closed (the worker ended)
_TOO_LARGE = b"-"  # the reader's mark: the worker announced an oversized reply


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


def _worker_path() -> list[str]:
    """The worker's sys.path: ours (the same editor package and libraries, wherever they
    came from), without the current folder, which may be a workspace (untrusted files)."""
    import editor

    root = os.path.dirname(os.path.dirname(os.path.abspath(editor.__file__)))
    cwd = os.getcwd()
    path = [p for p in sys.path if p and os.path.isabs(p) and (p != cwd or p == root)]
    return path if root in path else [root, *path]


_MAIN = ("import os, sys; sys.path[:] = sys.argv[2].split(os.pathsep); "
         "from editor.render.worker_main import main; main()")


def _command(memory_mb: int) -> list[str]:
    # -P: no current folder on sys.path while starting (see _worker_path)
    flags = subprocess._args_from_interpreter_flags()  # type: ignore[attr-defined]
    return [sys.executable, *flags, "-P", "-c", _MAIN, str(int(memory_mb)),
            os.pathsep.join(_worker_path())]


_live: weakref.WeakSet[_Worker] = weakref.WeakSet()


class _Worker:
    """One worker process and the thread that reads its replies."""

    def __init__(self, memory_mb: int) -> None:
        # memory_mb: the limit while it starts; each request then brings its own
        kwargs: dict[str, Any] = {}
        if os.name == "nt":
            kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
        self.memory_mb = memory_mb
        self.process = subprocess.Popen(_command(memory_mb), stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, bufsize=0, **kwargs)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.channel = Channel(self.process.stdout.fileno(), self.process.stdin.fileno())
        self.replies: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self.ready = False
        self.reader = threading.Thread(target=self._read, name="newsdesk-render-reader",
                                       daemon=True)
        self.reader.start()
        _live.add(self)

    def _read(self) -> None:
        while True:
            try:
                data = self.channel.recv_bytes(MAX_REPLY_BYTES)
            except MessageTooLarge:
                self.replies.put(_TOO_LARGE)
                return
            except (EOFError, OSError, ValueError):
                self.replies.put(_CLOSED)
                return
            self.replies.put(data)

    def next_reply(self, timeout: float) -> bytes | None:
        """The next message, a mark (_CLOSED, _TOO_LARGE), or None after ``timeout``."""
        try:
            return self.replies.get(timeout=timeout)
        except queue.Empty:
            return None

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> int | None:
        """Kill the process (if it still runs) and release the pipes; its exit code."""
        process = self.process
        if process.poll() is None:
            try:
                process.kill()
            except OSError:
                pass
        try:
            code = process.wait(2.0)
        except subprocess.TimeoutExpired:  # the OS reaps it later
            code = None
        self.reader.join(1.0)  # the pipe closed with the process
        for pipe in (process.stdin, process.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass
        _live.discard(self)
        return code


@atexit.register
def _kill_all() -> None:
    """Workers end with the program (an idle one also ends when its pipe closes)."""
    for worker in list(_live):
        worker.stop()


class Sandbox:
    """One worker process, used by one caller at a time (calls are serialised).

    ``keep_warm``: a worker that was stopped (time limit, cancel, crash, memory) is
    replaced at once, so the next call finds one started (the preview's sandbox)."""

    def __init__(self, keep_warm: bool = False) -> None:
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._keep_warm = keep_warm
        self._closed = False
        self.starts = 0  # workers started so far (tests, diagnostics)

    @property
    def pid(self) -> int | None:
        worker = self._worker
        return worker.process.pid if worker is not None and worker.alive() else None

    def call(self, kind: str, args: tuple, limits: RenderLimits,
             cancel: threading.Event | None = None) -> Any:
        """Run request ``kind`` in the worker; its value, or RenderError/RenderCancelled."""
        try:
            payload = pickle.dumps((kind, args, limits.memory_mb),
                                   protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise RenderError(f"could not render: the data cannot be sent to the render "
                              f"process ({exc})") from exc
        while not self._lock.acquire(timeout=POLL):
            if cancel is not None and cancel.is_set():
                raise RenderCancelled("cancelled")
        try:
            self._closed = False
            worker = self._ensure(limits.memory_mb, cancel)
            try:
                worker.channel.send_bytes(payload)
            except OSError:  # it died while idle: one fresh start
                self._stop(replace=False)
                worker = self._ensure(limits.memory_mb, cancel)
                worker.channel.send_bytes(payload)
            reply = self._wait(worker, time.monotonic() + limits.timeout, cancel, limits)
        except OSError as exc:
            self._stop()
            raise RenderError(f"could not render: the render process stopped ({exc})") from exc
        finally:
            self._lock.release()
        status, value = reply
        if status == "ok":
            return value
        if status == "memory":
            with self._lock:
                self._stop()  # it exits by itself; do not reuse a worker that ran out
            raise RenderError(f"could not render: the article needs more memory than the "
                              f"limit of {limits.memory_mb} MB")
        raise RenderError(value)

    def prestart(self, memory_mb: int = RenderLimits.memory_mb) -> None:
        """Start the worker now (returns at once), so the first render need not wait for
        the interpreter and its imports (the preview's first page at start-up)."""
        if not self._lock.acquire(blocking=False):
            return  # a call is starting one
        try:
            self._closed = False
            if self._worker is None:
                self._start(memory_mb)
        except RenderError:
            pass  # the first call tries again and reports
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._stop(replace=False)

    # Inside the lock -----------------------------------------------------------------

    def _start(self, memory_mb: int) -> _Worker:
        try:
            worker = _Worker(memory_mb)
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            raise RenderError(f"could not render: the render process could not be "
                              f"started ({exc})") from exc
        self._worker = worker
        self.starts += 1
        return worker

    def _ensure(self, memory_mb: int, cancel: threading.Event | None) -> _Worker:
        worker = self._worker
        if worker is not None and worker.ready and not worker.alive():
            self._stop(replace=False)
            worker = None
        if worker is None:
            worker = self._start(memory_mb)
        if worker.ready:
            return worker
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if cancel is not None and cancel.is_set():
                # a starting worker is left to start: the next call will want it
                raise RenderCancelled("cancelled")
            message = worker.next_reply(POLL)
            if message == b"ready":
                worker.ready = True
                return worker
            if message is not None or time.monotonic() > deadline:
                self._stop(replace=False)
                raise RenderError("could not render: the render process did not start")

    def _wait(self, worker: _Worker, deadline: float, cancel: threading.Event | None,
              limits: RenderLimits) -> tuple[str, Any]:
        while True:
            if cancel is not None and cancel.is_set():
                self._stop(replace=False)  # the caller's next job starts the next one
                raise RenderCancelled("cancelled")
            left = deadline - time.monotonic()
            if left <= 0:
                self._stop()
                raise RenderError(f"could not render: took too long (more than "
                                  f"{limits.timeout:g} seconds)")
            data = worker.next_reply(min(left, POLL))
            if data is not None:
                break
        if data == _TOO_LARGE:
            self._stop()
            raise RenderError("could not render: the page would be too large")
        if data != _CLOSED:
            try:
                return pickle.loads(data)
            except Exception as exc:
                self._stop()
                raise RenderError("could not render: the render process answered "
                                  "garbage") from exc
        code = self._stop()
        if code is not None and code < 0 and -code in (signal.SIGABRT, signal.SIGSEGV,
                                                        getattr(signal, "SIGBUS", -1)):
            raise RenderError(f"could not render: the render process stopped; the "
                              f"article may need more memory than the limit of "
                              f"{limits.memory_mb} MB")
        raise RenderError("could not render: the render process stopped")

    def _stop(self, replace: bool = True) -> int | None:
        """Kill the worker (if any); its exit code. ``replace``: start the next one now
        if this sandbox keeps a worker warm (after a time limit, a crash, the memory
        limit: the next edit then finds it started)."""
        worker, self._worker = self._worker, None
        code = worker.stop() if worker is not None else None
        if replace and self._keep_warm and not self._closed and worker is not None:
            try:
                self._start(worker.memory_mb)
            except RenderError:
                pass  # the next call tries again and reports
        return code


# A few idle workers for render_isolated, so concurrent callers (export, review PDF,
# a command) do not wait for each other and a second call reuses a warm worker. An idle one
# ends after POOL_IDLE_SECONDS: each is a whole interpreter with the renderer imported
# (about 25 MB), kept for the app's life after one export otherwise.
_pool: list[Sandbox] = []
_pool_lock = threading.Lock()
POOL_KEEP = 2
POOL_IDLE_SECONDS = 60.0
_idle_since: dict[int, float] = {}  # id(sandbox) -> when it was given back
_reaper: threading.Timer | None = None


def _take() -> Sandbox:
    with _pool_lock:
        if not _pool:
            return Sandbox()
        sandbox = _pool.pop()
        _idle_since.pop(id(sandbox), None)
        return sandbox


def _give_back(sandbox: Sandbox) -> None:
    with _pool_lock:
        if len(_pool) < POOL_KEEP:
            _pool.append(sandbox)
            _idle_since[id(sandbox)] = time.monotonic()
            _schedule_reaper()
            return
    sandbox.close()


def _schedule_reaper() -> None:
    """Inside _pool_lock: one timer while any worker is idle in the pool."""
    global _reaper
    if _reaper is None and _pool:
        _reaper = threading.Timer(POOL_IDLE_SECONDS, _reap)
        _reaper.daemon = True
        _reaper.name = "newsdesk-render-pool-reaper"
        _reaper.start()


def _reap() -> None:
    """Close the pooled workers idle for POOL_IDLE_SECONDS; look again for the others."""
    global _reaper
    now = time.monotonic()
    with _pool_lock:
        _reaper = None
        idle = [s for s in _pool
                if now - _idle_since.get(id(s), now) >= POOL_IDLE_SECONDS * 0.99]
        for sandbox in idle:
            _pool.remove(sandbox)
            _idle_since.pop(id(sandbox), None)
        _schedule_reaper()
    for sandbox in idle:
        sandbox.close()


def shutdown() -> None:
    """Stop every idle pooled worker (they are daemons: they also end with the program)."""
    global _reaper
    with _pool_lock:
        idle = list(_pool)
        _pool.clear()
        _idle_since.clear()
        if _reaper is not None:
            _reaper.cancel()
            _reaper = None
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
