"""Start-up benchmark: process start -> main window shown with the preview loaded.

    .venv/bin/python bench/startup.py [--runs 5]

Runs the app offscreen on a private copy of the sample workspace (one warm-up run,
then --runs measured runs) and prints the median, plus the resident memory (RSS) of
the app and its helper processes (the web engine) with the sample workspace open.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

if __name__ == "__main__" and not sys.flags.safe_path:
    # Run again without bench/ on sys.path, so no bench script named like a standard
    # module can shadow it (-P exists since Python 3.11).
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for child in children.get(current, []):
            found.append(child)
            todo.append(child)
    return found


def child(workspace: str) -> int:
    """Runs inside the measured process: start the app, report when the preview is loaded."""
    from PySide6.QtCore import QTimer

    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S

    qapp = gui_app.application()
    settings = S.Settings()
    i18n.install(settings.get(S.UI_LANGUAGE))
    window = gui_app.create_window(settings, Path(workspace))
    window.show()

    def ready(kind: str) -> None:
        print(f"READY {kind} {time.time():.6f}", flush=True)
        QTimer.singleShot(1500, report_memory)

    def report_memory() -> None:
        pid = os.getpid()
        total = _rss_kib(pid) + sum(_rss_kib(p) for p in _descendants(pid))
        print(f"RSS {_rss_kib(pid)} {total}", flush=True)
        qapp.quit()

    dock = window.docks.get("preview")
    if dock is not None:
        dock.ensure_created().rendered.connect(lambda: ready("preview"))
    else:
        QTimer.singleShot(0, lambda: ready("window-only"))
    QTimer.singleShot(30000, qapp.quit)
    return qapp.exec()


def measure(workspace: Path, settings: Path) -> tuple[float, str, int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "NEWSDESK_SETTINGS": str(settings), "PYTHONPATH": str(REPO)}
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    start = time.time()
    out = subprocess.run([sys.executable, "-P", __file__, "--child", str(workspace)], env=env,
                         capture_output=True, text=True, timeout=120).stdout
    ready = next(line for line in out.splitlines() if line.startswith("READY"))
    _, kind, when = ready.split()
    rss = next((line.split() for line in out.splitlines() if line.startswith("RSS")),
               ["RSS", "0", "0"])
    return float(when) - start, kind, int(rss[1]), int(rss[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", metavar="WORKSPACE")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    if args.child:
        return child(args.child)
    from editor import resources

    temp = Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    try:
        workspace = temp / "Newsdesk"
        shutil.copytree(resources.path("sample-workspace"), workspace)
        measure(workspace, temp / "settings.ini")  # warm-up: caches, .qm build
        results = [measure(workspace, temp / "settings.ini") for _ in range(args.runs)]
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    times = [r[0] for r in results]
    print(f"start-up to {results[0][1]} loaded: median {statistics.median(times) * 1000:.0f} ms"
          f" (runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms)")
    print(f"RSS with the sample workspace open: app {results[-1][2] / 1024:.0f} MiB, "
          f"app + helper processes {results[-1][3] / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
