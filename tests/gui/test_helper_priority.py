"""The GUI thread first (editor.gui.helper_priority): helper processes and the web
engine's native threads are lowered, the GUI thread and every thread that may run Python
are not. Real processes and real native threads, nice values read back from the kernel;
in a process of its own, so the test run's own threads and workers keep their priority."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor.gui import helper_priority

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir()
                                or not hasattr(os, "setpriority"),
                                reason="per-thread nice values are read from /proc (Linux)")

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, subprocess, sys, threading, time
from PySide6.QtCore import QCoreApplication, QThread
from editor.gui import helper_priority

def nice(tid):
    return os.getpriority(os.PRIO_PROCESS, tid)

def tid_named(name):
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/comm") as f:
                if f.read().strip() == name[:15]:
                    return int(task)
        time.sleep(0.01)
    raise SystemExit(f"no thread {name}")

app = QCoreApplication([])
base = nice(threading.get_native_id())
# A render worker (this interpreter) and a program the user might have opened.
worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
other = subprocess.Popen(["sleep", "60"])
# Native threads as the web engine makes them (a name of their own) and ours.
engine_like, ours = QThread(), QThread()
engine_like.setObjectName("VizCompositorTh")
ours.setObjectName("newsdesk-preview-render")
stop = threading.Event()
python_thread = threading.Thread(target=stop.wait, daemon=True)
engine_like.start(); ours.start(); python_thread.start()
try:
    engine_tid, ours_tid = tid_named("VizCompositorTh"), tid_named("newsdesk-preview-render")
    time.sleep(0.2)  # the children run
    lowered = helper_priority.lower_helpers()
    print(json.dumps({
        "base": base, "lowered": lowered, "helper_nice": helper_priority.HELPER_NICE,
        "worker": nice(worker.pid), "engine": nice(engine_tid), "other": nice(other.pid),
        "gui": nice(threading.get_native_id()), "ours": nice(ours_tid),
        "python": nice(python_thread.native_id)}))
finally:
    stop.set()
    for thread in (engine_like, ours):
        thread.quit(); thread.wait(5000)
    for process in (worker, other):
        process.kill(); process.wait()
"""


def test_helpers_lowered_gui_and_python_threads_not(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    nice = json.loads(done.stdout.strip().splitlines()[-1])
    if nice["base"] >= nice["helper_nice"]:
        pytest.skip("the test runs at the helpers' priority already")
    assert nice["lowered"] >= 2
    assert nice["worker"] == nice["helper_nice"]   # the render worker yields
    assert nice["engine"] == nice["helper_nice"]   # a web engine thread yields
    assert nice["other"] == nice["base"]           # not a helper: left alone
    assert nice["gui"] == nice["base"]             # the GUI thread
    assert nice["ours"] == nice["base"]            # runs Python: must not hold the GIL low
    assert nice["python"] == nice["base"]


WIRED = textwrap.dedent("""
    import os
    from PySide6.QtCore import QTimer
    from editor.gui import app, helper_priority

    helper_priority.RESCAN_SECONDS = (0.5,)
    qt = app.application()
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    view.setHtml("<p>Vorschau</p>")
    view.show()

    def report():
        me = os.getpid()
        for pid in helper_priority._children(me):
            if helper_priority._comm(f"/proc/{pid}") in helper_priority.HELPER_PROCESSES:
                print("ENGINE", pid, os.getpriority(os.PRIO_PROCESS, pid), flush=True)
        print("GUI", os.getpriority(os.PRIO_PROCESS, me), flush=True)
        qt.quit()

    QTimer.singleShot(3000, report)
    qt.exec()
""")


def test_the_app_lowers_its_web_engine_processes() -> None:
    """From outside: the application the app makes starts the lowering by itself."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", WIRED], env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line.split() for line in done.stdout.splitlines()]
    engines = [int(n) for tag, _pid, n in (x for x in lines if x[0] == "ENGINE")]
    gui = [int(x[1]) for x in lines if x[0] == "GUI"]
    assert engines and gui, done.stdout + done.stderr[-2000:]
    base = os.getpriority(os.PRIO_PROCESS, 0)
    assert gui == [base]
    assert engines == [max(base, helper_priority.HELPER_NICE)] * len(engines)
