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

HELPER_NICE = 10
# Seconds after start when the helpers are looked for again: the web engine and the render
# worker start their processes and threads lazily, and a crashed one is replaced.
RESCAN_SECONDS = (2.0, 10.0, 60.0)
RESCAN_EVERY = 300.0

_PROC = "/proc"
_KEEP_PREFIXES = ("newsdesk", "Q", "Thread (pooled)")
HELPER_PROCESSES = {"QtWebEngineProc"}  # comm: the name cut to 15 characters
_started = False
_lock = threading.Lock()


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return f.read(4096).decode("utf-8", "replace")
    except OSError:
        return ""


def _comm(path: str) -> str:
    return _read(f"{path}/comm").strip()


def _children(me: int) -> set[int]:
    """Every descendant of process ``me``. Only processes started after it are read (a
    process id larger than ours, unless the ids wrapped around): a handful, not the
    hundreds a desktop runs -- this runs on a Python thread, and each file read is
    interpreter time the GUI thread may have to wait for."""
    parent_of: dict[int, int] = {}
    for name in os.listdir(_PROC):
        if name.isdigit() and int(name) > me:
            stat = _read(f"{_PROC}/{name}/stat")
            try:  # "pid (comm) state ppid ...": comm may hold spaces and parentheses
                parent_of[int(name)] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (ValueError, IndexError):
                continue
    found: set[int] = set()
    parents = {me}
    while parents:
        parents = {pid for pid, ppid in parent_of.items() if ppid in parents} - found
        found |= parents
    return found


def _is_helper(pid: int) -> bool:
    """The web engine's processes and the render worker; not whatever else the app
    started (an external program the user opened keeps its priority)."""
    if _comm(f"{_PROC}/{pid}") in HELPER_PROCESSES:
        return True
    try:
        return os.path.samefile(f"{_PROC}/{pid}/exe", sys.executable)
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
    if not hasattr(os, "setpriority") or not os.path.isdir(f"{_PROC}/self/task"):
        return 0
    me = os.getpid()
    python_threads = {t.native_id for t in threading.enumerate()}
    own_name = _comm(f"{_PROC}/{me}")
    lowered = 0
    with _lock:
        for name in os.listdir(f"{_PROC}/{me}/task"):
            tid = int(name)
            comm = _comm(f"{_PROC}/{me}/task/{name}")
            if tid == me or tid in python_threads or not comm or comm == own_name \
                    or comm.startswith(_KEEP_PREFIXES):
                continue
            lowered += _lower(tid)
        for pid in _children(me):
            if not _is_helper(pid):
                continue
            try:
                tids = [int(t) for t in os.listdir(f"{_PROC}/{pid}/task")]
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
