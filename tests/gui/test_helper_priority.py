"""The GUI thread first (editor.gui.helper_priority): helper processes and the web
engine's native threads are lowered, the GUI thread and every thread that may run Python
are not. Real processes and real native threads, nice values read back from the kernel."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir()
                                or not hasattr(os, "setpriority"),
                                reason="per-thread nice values are read from /proc (Linux)")


def _nice(tid: int) -> int:
    return os.getpriority(os.PRIO_PROCESS, tid)


def _tid_named(name: str, timeout: float = 5.0) -> int:
    """The id of this process's thread called ``name`` (the kernel's comm)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for task in Path("/proc/self/task").iterdir():
            if (task / "comm").read_text().strip() == name[:15]:
                return int(task.name)
        time.sleep(0.01)
    raise AssertionError(f"no thread named {name}")


@pytest.fixture
def children():
    started: list[subprocess.Popen] = []

    def start(*argv: str) -> subprocess.Popen:
        process = subprocess.Popen(argv)
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


def test_helpers_lowered_gui_and_python_threads_not(qapp, children) -> None:
    from PySide6.QtCore import QThread

    from editor.gui import helper_priority

    base = _nice(threading.get_native_id())
    if base >= helper_priority.HELPER_NICE:
        pytest.skip("the test process already runs at the helpers' priority")
    # A render worker (this interpreter) and a program the user might have opened.
    worker = children(sys.executable, "-c", "import time; time.sleep(60)")
    other = children("sleep", "60")
    # Native threads as the web engine makes them (a name of their own) and ours.
    engine_like = QThread()
    engine_like.setObjectName("VizCompositorTh")
    ours = QThread()
    ours.setObjectName("newsdesk-preview-render")
    stop = threading.Event()
    python_thread = threading.Thread(target=stop.wait, daemon=True)
    try:
        engine_like.start()
        ours.start()
        python_thread.start()
        engine_tid, ours_tid = _tid_named("VizCompositorTh"), _tid_named("newsdesk-preview-render")
        time.sleep(0.2)  # the children are running

        assert helper_priority.lower_helpers() >= 2

        assert _nice(worker.pid) == helper_priority.HELPER_NICE
        assert _nice(engine_tid) == helper_priority.HELPER_NICE
        assert _nice(other.pid) == base  # not a helper: left alone
        assert _nice(threading.get_native_id()) == base  # the GUI thread
        assert _nice(ours_tid) == base  # runs Python: must not hold the GIL at low priority
        assert python_thread.native_id is not None
        assert _nice(python_thread.native_id) == base
    finally:
        stop.set()
        for thread in (engine_like, ours):
            thread.quit()
            thread.wait(5000)
