"""Start-up benchmark: process start -> main window shown with the preview loaded.

    .venv/bin/python bench/startup.py [--runs 5] [--compare OTHER_CHECKOUT]

Runs the app offscreen on a private copy of the sample workspace (one warm-up run,
then --runs measured runs) and prints the median, how often the main window's native
window was created (1 = built once; 2 = destroyed and rebuilt), and the memory of the
whole process tree (the app and the web engine's helper processes) with the sample
workspace open: proportional set size (PSS, shared pages divided among the processes
that share them, so the sum is what the tree really costs) from /proc/<pid>/smaps_rollup,
and RSS for comparison.

``--compare DIR`` measures another checkout of the project (e.g. the previous commit,
from `git archive HEAD | tar -x -C DIR`) in alternation with this one, so both see the
same load on the machine. Extra web engine flags can be tried with the usual
QTWEBENGINE_CHROMIUM_FLAGS environment variable. Python's bytecode is cached by the
warm-up run (as an installed app has it); NEWSDESK_BENCH_NO_PYC=1 measures without.
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
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

if __name__ == "__main__" and not sys.flags.safe_path:
    # Run again without bench/ on sys.path, so no bench script named like a standard
    # module can shadow it (-P exists since Python 3.11).
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])


def _smaps_kib(pid: int, *fields: str) -> int:
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.split(":")[0] in fields:
                total += int(line.split()[1])
    except OSError:
        pass
    return total


def _pss_kib(pid: int) -> int:
    return _smaps_kib(pid, "Pss")


def _uss_kib(pid: int) -> int:
    """Private pages only: unlike PSS, not lowered by other programs that map the same
    libraries (e.g. other Qt applications running on the machine)."""
    return _smaps_kib(pid, "Private_Clean", "Private_Dirty")


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _name(pid: int) -> str:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    kind = next((a.decode() for a in args if a.startswith(b"--type=")), "")
    return kind.removeprefix("--type=") or Path(args[0].decode() or "?").name


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
    from PySide6.QtCore import QEvent, QObject, QTimer

    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S

    qapp = gui_app.application()
    settings = S.Settings()
    i18n.install(settings.get(S.UI_LANGUAGE))
    window = gui_app.create_window(settings, Path(workspace))

    class NativeWindows(QObject):
        """Counts the native windows made for the main window (a rebuild shows as 2)."""

        def __init__(self) -> None:
            super().__init__()
            self.created = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.WinIdChange and window.internalWinId():
                self.created += 1
            return False

    counter = NativeWindows()
    window.installEventFilter(counter)
    window.show()
    shown = time.time()

    def ready(kind: str) -> None:
        now = time.time()
        tree = [os.getpid(), *_descendants(os.getpid())]
        cpu = sum(_cpu_seconds(p) for p in tree)
        print(f"READY {kind} {now:.6f} {shown:.6f} {counter.created} {cpu:.3f}", flush=True)
        QTimer.singleShot(1500, report_memory)

    def report_memory() -> None:
        pid = os.getpid()
        tree = [pid, *_descendants(pid)]
        print(f"RSS {_rss_kib(pid)} {sum(_rss_kib(p) for p in tree)}", flush=True)
        print(f"PSS {_pss_kib(pid)} {sum(_pss_kib(p) for p in tree)} {len(tree)} "
              f"{sum(_uss_kib(p) for p in tree)}", flush=True)
        parts = " ".join(f"{_name(p)}={_pss_kib(p) // 1024}" for p in tree)
        print(f"TREE {parts}", flush=True)
        qapp.quit()

    dock = window.docks.get("preview")
    if dock is not None:
        dock.ensure_created().rendered.connect(lambda: ready("preview"))
    else:
        QTimer.singleShot(0, lambda: ready("window-only"))
    QTimer.singleShot(30000, qapp.quit)
    return qapp.exec()


@dataclass
class Run:
    seconds: float  # process start -> preview content loaded
    shown: float  # process start -> window.show() returned
    kind: str
    surfaces: int  # native windows created for the main window
    rss_app: int  # KiB
    rss_tree: int
    pss_app: int
    pss_tree: int
    processes: int
    uss_tree: int
    cpu: float  # CPU seconds of the process tree until the preview was loaded
    tree: str  # PSS MiB per process


def measure(repo: Path, workspace: Path, settings: Path) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "NEWSDESK_SETTINGS": str(settings), "PYTHONPATH": str(repo)}
    if not os.environ.get("NEWSDESK_BENCH_NO_PYC"):
        # Measure what an installed app does: with bytecode cached (by the warm-up run,
        # kept beside the settings, not in the source tree). Without it (as with
        # PYTHONDONTWRITEBYTECODE=1), every start compiles about 120 modules first.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(settings.parent / "pycache")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    start = time.time()
    out = subprocess.run([sys.executable, "-P", __file__, "--child", str(workspace)], env=env,
                         capture_output=True, text=True, timeout=120).stdout
    lines = out.splitlines()
    ready = next(line for line in lines if line.startswith("READY")).split()
    rss = next((line.split() for line in lines if line.startswith("RSS")), ["RSS", "0", "0"])
    pss = next((line.split() for line in lines if line.startswith("PSS")),
               ["PSS", "0", "0", "0", "0"])
    tree = next((line[5:] for line in lines if line.startswith("TREE")), "")
    return Run(float(ready[2]) - start, float(ready[3]) - start, ready[1], int(ready[4]),
               int(rss[1]), int(rss[2]), int(pss[1]), int(pss[2]), int(pss[3]), int(pss[4]),
               float(ready[5]), tree)


def summary(label: str, runs: list[Run]) -> str:
    times = [r.seconds * 1000 for r in runs]
    shown = statistics.median(r.shown for r in runs) * 1000
    pss = statistics.median(r.pss_tree for r in runs) / 1024
    pss_app = statistics.median(r.pss_app for r in runs) / 1024
    rss = statistics.median(r.rss_tree for r in runs) / 1024
    uss = statistics.median(r.uss_tree for r in runs) / 1024
    cpu = statistics.median(r.cpu for r in runs) * 1000
    return (f"{label}: start-up to {runs[0].kind} loaded: median {statistics.median(times):.0f} ms"
            f" (runs: {', '.join(f'{t:.0f}' for t in times)} ms); window shown at {shown:.0f} ms;"
            f" CPU time of the process tree until then {cpu:.0f} ms (less sensitive to load);"
            f" native main windows created: {sorted({r.surfaces for r in runs})}\n"
            f"{label}: memory with the sample workspace open (median): process tree PSS "
            f"{pss:.0f} MiB in {runs[0].processes} processes (app {pss_app:.0f} MiB); "
            f"tree private (USS) {uss:.0f} MiB; "
            f"tree RSS {rss:.0f} MiB (counts shared pages once per process)\n"
            f"{label}: PSS MiB per process, last run: {runs[-1].tree}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="DIR",
                        help="another checkout to measure in alternation with this one")
    parser.add_argument("--child", metavar="WORKSPACE")
    args = parser.parse_args()
    if args.child:
        return child(args.child)  # editor comes from PYTHONPATH (the checkout measured)
    sys.path.insert(0, str(REPO))
    from editor import resources

    repos = {"this": REPO}
    if args.compare:
        repos = {"other": args.compare.resolve(), **repos}
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    results: dict[str, list[Run]] = {label: [] for label in repos}
    try:
        for label, repo in repos.items():
            workspace = temp / label / "Newsdesk"
            shutil.copytree(resources.path("sample-workspace"), workspace)
            measure(repo, workspace, temp / label / "settings.ini")  # warm-up: caches, .qm
        for _ in range(args.runs):
            for label, repo in repos.items():
                results[label].append(
                    measure(repo, temp / label / "Newsdesk", temp / label / "settings.ini"))
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    for label, runs in results.items():
        print(summary(f"{label} ({repos[label]})", runs))
    print(f"(load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
