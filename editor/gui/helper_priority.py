"""The GUI thread first: the preview's helpers yield the CPU to it.

Each keystroke wakes, besides the GUI thread, the render worker (a child process), the
web engine's renderer and GPU processes (children of its zygote) and its compositor and
I/O threads in this process. On a machine with two cores they are more runnable threads
than cores, and the GUI thread waited for a CPU for up to 20-30 ms at a time although
it had only 3-4 ms of work (measured with ``perf sched``: runnable, not blocked, while
those held both cores). The longest pause while typing was that wait.

:func:`lower_helpers` raises the nice value of those helpers to :data:`HELPER_NICE`, so
the scheduler runs the GUI thread as soon as it wakes; the helpers still get every idle
moment, so the preview follows as before when the window has nothing to do. Linux only
(nice is per thread there, read from /proc); elsewhere nothing happens.

Never lowered: the GUI thread, and every thread that may run Python -- one holding the
interpreter lock at a low priority would make the GUI thread wait for it longer (our
threads keep the process's name or are named ``newsdesk-*``) -- nor Qt's own threads
(names beginning with "Q", and Qt's thread pool "Thread (pooled)", on which the GUI
thread waits while painting large areas).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

HELPER_NICE = 10
# Seconds after start when the helpers are looked for again: the web engine and the render
# worker start their processes and threads lazily, and a crashed one is replaced.
RESCAN_SECONDS = (2.0, 5.0, 15.0, 60.0)
RESCAN_EVERY = 120.0

_PROC = Path("/proc")
_KEEP_PREFIXES = ("newsdesk", "Q", "Thread (pooled)")
HELPER_PROCESSES = {"QtWebEngineProc"}  # comm: the name cut to 15 characters
_started = False
_lock = threading.Lock()


def _comm(task: Path) -> str:
    try:
        return (task / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _children(pids: set[int]) -> set[int]:
    """Every descendant of ``pids`` (one pass over /proc per generation)."""
    found: set[int] = set()
    parents = set(pids)
    stats: dict[int, int] = {}
    for entry in _PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
            # "pid (comm) state ppid ...": comm may hold spaces and parentheses
            stats[int(entry.name)] = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    while parents:
        parents = {pid for pid, ppid in stats.items() if ppid in parents} - found
        found |= parents
    return found


def _is_helper(pid: int) -> bool:
    """The web engine's processes and the render worker; not whatever else the app
    started (an external program the user opened keeps its priority)."""
    if _comm(_PROC / str(pid)) in HELPER_PROCESSES:
        return True
    try:
        return os.path.samefile(_PROC / str(pid) / "exe", sys.executable)
    except OSError:
        return False


def _lower(tid: int) -> bool:
    try:
        if os.getpriority(os.PRIO_PROCESS, tid) >= HELPER_NICE:
            return False
        os.setpriority(os.PRIO_PROCESS, tid, HELPER_NICE)
        return True
    except OSError:  # gone meanwhile, or not ours
        return False


def lower_helpers() -> int:
    """Lower the helpers' priority now (see the module); how many threads were lowered."""
    if not hasattr(os, "setpriority") or not (_PROC / "self" / "task").is_dir():
        return 0
    me = os.getpid()
    python_threads = {t.native_id for t in threading.enumerate()}
    own_name = _comm(_PROC / str(me))
    lowered = 0
    with _lock:
        for task in (_PROC / str(me) / "task").iterdir():
            if not task.name.isdigit():
                continue
            tid = int(task.name)
            name = _comm(task)
            if tid == me or tid in python_threads or not name or name == own_name \
                    or name.startswith(_KEEP_PREFIXES):
                continue
            lowered += _lower(tid)
        for pid in _children({me}):
            if not _is_helper(pid):
                continue
            try:
                tids = [int(t.name) for t in (_PROC / str(pid) / "task").iterdir()]
            except OSError:
                continue
            lowered += sum(_lower(tid) for tid in tids)
    return lowered


def start() -> None:
    """Keep the helpers lowered for the rest of the run: a daemon thread looks again a
    few times while the app starts, then every :data:`RESCAN_EVERY` seconds."""
    global _started
    if _started or not hasattr(os, "setpriority"):
        return
    _started = True

    def keep() -> None:  # a daemon thread: it ends with the process
        waited = 0.0
        for at in RESCAN_SECONDS:
            time.sleep(at - waited)
            waited = at
            lower_helpers()
        while True:
            time.sleep(RESCAN_EVERY)
            lower_helpers()

    threading.Thread(target=keep, name="newsdesk-priority", daemon=True).start()
