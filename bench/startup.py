"""Start-up benchmark: process start -> main window shown with the preview loaded.

    .venv/bin/python bench/startup.py [--runs 5] [--compare OTHER_CHECKOUT] [--floor] [--fresh]

Runs the app offscreen on a private copy of the sample workspace (one warm-up run,
then --runs measured runs) and prints the median, how often the main window's native
window was created (1 = built once; 2 = destroyed and rebuilt), when the side panels that
the first page does not need were built (right after it, MainWindow.first_paint_done), and
the memory of the whole process tree (the app and the web engine's helper processes) with
the sample workspace open: proportional set size (PSS, shared pages divided among the
processes that share them, so the sum is what the tree really costs) from
/proc/<pid>/smaps_rollup, and RSS for comparison.

``--compare DIR`` (repeatable) measures another checkout of the project (e.g. the
previous commit, from `git archive HEAD | tar -x -C DIR`) in alternation with this one,
so all see the same load on the machine. ``--floor`` also measures, in the same
alternation, the floor of the engine: a bare QApplication with one QWebEngineView (same
flags and profile kind as the preview) showing the same page, no Python of ours. Extra
web engine flags can be tried with the usual QTWEBENGINE_CHROMIUM_FLAGS environment
variable. Python's bytecode is cached by the
warm-up run (as an installed app has it); NEWSDESK_BENCH_NO_PYC=1 measures without.

Each run ends by closing the window, which saves the settings as a user's session does
(last workspace and article, window layout): the measured runs are a returning user's
start, with the layout of the run before. ``--fresh`` measures the first start instead
(no settings: the first article of the list, the default layout, and no preview page kept
from the run before: the first page is rendered). Without --fresh, the first page of a
checkout that keeps the preview's last page (editor.gui.first_page, in a cache folder of
its own here) is the page the run before kept, as a returning user's is;
``--no-kept-page`` removes that page before each run (everything else as without
--fresh), to measure a start whose first page needs a render.
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
    try:  # as editor.cli does before it imports the app (a checkout may not have it)
        from editor.gui import early
    except ImportError:
        pass
    else:
        early.start_render_worker()
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

    # Memory: 1.5 s after the page is loaded and the other panels are built (their
    # thumbnail threads done), so a checkout that builds them later is not measured early.
    waiting = {"ready"} | ({"built"} if hasattr(window, "first_paint_done") else set())

    def step(name: str) -> None:
        waiting.discard(name)
        if not waiting:
            QTimer.singleShot(1500, report_memory)

    def ready(kind: str) -> None:
        _print_ready(kind, shown, counter.created)
        step("ready")

    def report_memory() -> None:
        _report_memory()
        window.close()  # saves the session's settings, as a user's close does
        qapp.quit()

    built = getattr(window, "first_paint_done", None)  # side panels built after the page
    if built is not None:
        built.connect(lambda: (print(f"BUILT {time.time():.6f}", flush=True), step("built")))
    dock = window.docks.get("preview")
    if dock is not None:
        dock.ensure_created().rendered.connect(lambda: ready("preview"))
    else:
        QTimer.singleShot(0, lambda: ready("window-only"))
    QTimer.singleShot(30000, qapp.quit)
    return qapp.exec()


def floor_child(page: str) -> int:
    """The floor: the least a PySide6 app with a web view needs to show the same page."""
    from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication, QMainWindow

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    # the app's own flags (editor.gui.app.CHROMIUM_FLAGS), so the floor is the same engine
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-unsandboxed-zygote")
    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QWebEngineView(window)
    profile = QWebEngineProfile(view)  # off the record, like the preview's
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
    web_page = QWebEnginePage(profile, view)
    view.setPage(web_page)
    window.setCentralWidget(view)
    window.resize(1400, 860)
    window.show()
    shown = time.time()
    html = Path(page).read_text(encoding="utf-8")

    def loaded(_ok: bool) -> None:
        _print_ready("floor", shown, 1)
        QTimer.singleShot(1500, report)

    def report() -> None:
        _report_memory()
        web_page.deleteLater()
        qapp.quit()

    web_page.loadFinished.connect(loaded)
    web_page.setHtml(html, QUrl.fromLocalFile(page))
    QTimer.singleShot(30000, qapp.quit)
    return qapp.exec()


def _print_ready(kind: str, shown: float, windows: int) -> None:
    """The READY line the parent parses (time, window shown, native windows, tree CPU)."""
    now = time.time()
    tree = [os.getpid(), *_descendants(os.getpid())]
    cpu = sum(_cpu_seconds(p) for p in tree)
    print(f"READY {kind} {now:.6f} {shown:.6f} {windows} {cpu:.3f}", flush=True)
    _print_cpu(tree)


def _print_cpu(tree: list[int]) -> None:
    parts = " ".join(f"{_name(p)}={_cpu_seconds(p) * 1000:.0f}" for p in tree)
    print(f"CPU {parts}", flush=True)


def _report_memory() -> None:
    pid = os.getpid()
    tree = [pid, *_descendants(pid)]
    print(f"RSS {_rss_kib(pid)} {sum(_rss_kib(p) for p in tree)}", flush=True)
    print(f"PSS {_pss_kib(pid)} {sum(_pss_kib(p) for p in tree)} {len(tree)} "
          f"{sum(_uss_kib(p) for p in tree)}", flush=True)
    parts = " ".join(f"{_name(p)}={_pss_kib(p) // 1024}" for p in tree)
    print(f"TREE {parts}", flush=True)


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
    cpu_tree: str  # CPU ms per process until the preview was loaded
    built: float | None = None  # process start -> the other side panels built (after the page)


def measure(repo: Path | None, workspace: Path, settings: Path) -> Run:
    """One start of the app from ``repo`` on ``workspace``; repo None: the floor, showing
    the page file ``workspace``."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "NEWSDESK_SETTINGS": str(settings), "PYTHONPATH": str(repo or REPO),
           "NEWSDESK_PAGE_CACHE": str(settings.parent / "page-cache")}
    if not os.environ.get("NEWSDESK_BENCH_NO_PYC"):
        # Measure what an installed app does: with bytecode cached (by the warm-up run,
        # kept beside the settings, not in the source tree). Without it (as with
        # PYTHONDONTWRITEBYTECODE=1), every start compiles about 120 modules first.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(settings.parent / "pycache")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    start = time.time()
    mode = "--child" if repo is not None else "--floor-child"
    done = subprocess.run([sys.executable, "-P", __file__, mode, str(workspace)], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.splitlines()
    ready = next((line for line in lines if line.startswith("READY")), "").split()
    if not ready:
        raise SystemExit(f"{repo or 'floor'}: no READY line (exit {done.returncode})\n"
                         f"{done.stderr[-3000:]}")
    rss = next((line.split() for line in lines if line.startswith("RSS")), ["RSS", "0", "0"])
    pss = next((line.split() for line in lines if line.startswith("PSS")),
               ["PSS", "0", "0", "0", "0"])
    tree = next((line[5:] for line in lines if line.startswith("TREE")), "")
    cpu_tree = next((line[4:] for line in lines if line.startswith("CPU ")), "")
    built = next((float(line.split()[1]) - start for line in lines if line.startswith("BUILT")),
                 None)
    return Run(float(ready[2]) - start, float(ready[3]) - start, ready[1], int(ready[4]),
               int(rss[1]), int(rss[2]), int(pss[1]), int(pss[2]), int(pss[3]), int(pss[4]),
               float(ready[5]), tree, cpu_tree, built)


def summary(label: str, runs: list[Run]) -> str:
    times = [r.seconds * 1000 for r in runs]
    shown = statistics.median(r.shown for r in runs) * 1000
    pss = statistics.median(r.pss_tree for r in runs) / 1024
    pss_app = statistics.median(r.pss_app for r in runs) / 1024
    rss = statistics.median(r.rss_tree for r in runs) / 1024
    uss = statistics.median(r.uss_tree for r in runs) / 1024
    cpu = statistics.median(r.cpu for r in runs) * 1000
    built = [r.built for r in runs if r.built is not None]
    panels = (f" other panels built (after the page) at {statistics.median(built) * 1000:.0f} ms;"
              if built else "")
    return (f"{label}: start-up to {runs[0].kind} loaded: median {statistics.median(times):.0f} ms"
            f" (runs: {', '.join(f'{t:.0f}' for t in times)} ms); window shown at {shown:.0f} ms;"
            f"{panels}"
            f" CPU time of the process tree until then {cpu:.0f} ms (less sensitive to load);"
            f" native main windows created: {sorted({r.surfaces for r in runs})}\n"
            f"{label}: memory with the sample workspace open (median): process tree PSS "
            f"{pss:.0f} MiB in {runs[0].processes} processes (app {pss_app:.0f} MiB); "
            f"tree private (USS) {uss:.0f} MiB; "
            f"tree RSS {rss:.0f} MiB (counts shared pages once per process)\n"
            f"{label}: PSS MiB per process, last run: {runs[-1].tree}\n"
            f"{label}: CPU ms per process until loaded, last run: {runs[-1].cpu_tree}")


def _floor_page(workspace: Path, page: Path) -> None:
    """The page the app shows first (the first article of the list, its photos as the
    preview offers them), rendered once, as the static page the floor shows."""
    from editor import resources
    from editor.model.workspace import Workspace
    from editor.render import render_page
    from editor.render.preview_images import ScaledPreviewImages

    ws = Workspace.open(workspace)
    first = next(row for row in ws.list_articles() if not row.error)
    article = ws.load(first.slug)
    css = resources.path("css/article.css").as_uri()
    # absolute image URLs, with the preview's smaller copies of large photos
    images = ScaledPreviewImages(article, article.folder.as_uri() + "/")
    page.write_text(render_page(article, ws.config, images, css_href=css), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="DIR", action="append", default=[],
                        help="another checkout to measure in alternation with this one "
                             "(may be given more than once)")
    parser.add_argument("--floor", action="store_true",
                        help="also measure a bare web view showing the same page")
    parser.add_argument("--fresh", action="store_true",
                        help="measure the first start (no settings) instead of a returning "
                             "user's (the settings the run before saved)")
    parser.add_argument("--no-kept-page", action="store_true",
                        help="remove the preview page kept by the run before (the first "
                             "page is rendered)")
    parser.add_argument("--child", metavar="WORKSPACE")
    parser.add_argument("--floor-child", metavar="PAGE")
    args = parser.parse_args()
    if args.child:
        return child(args.child)  # editor comes from PYTHONPATH (the checkout measured)
    if args.floor_child:
        return floor_child(args.floor_child)
    sys.path.insert(0, str(REPO))
    from editor import resources

    repos: dict[str, Path | None] = {"this": REPO}
    if args.compare:
        others = {(f"other{n}" if len(args.compare) > 1 else "other"): d.resolve()
                  for n, d in enumerate(args.compare, 1)}
        repos = {**others, **repos}
    if args.floor:
        repos = {"floor": None, **repos}
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    results: dict[str, list[Run]] = {label: [] for label in repos}

    def target(label: str) -> Path:
        return temp / label / ("page.html" if repos[label] is None else "Newsdesk")

    try:
        for label, repo in repos.items():
            workspace = temp / label / "Newsdesk"
            # each checkout's own sample (an older one may not read a newer newsdesk.toml)
            own = (repo or REPO) / "resources" / "sample-workspace"
            shutil.copytree(own if own.is_dir() else resources.path("sample-workspace"),
                            workspace)
            if repo is None:
                _floor_page(workspace, target(label))
            measure(repo, target(label), temp / label / "settings.ini")  # warm-up: caches
        for _ in range(args.runs):
            for label, repo in repos.items():
                if args.fresh:
                    (temp / label / "settings.ini").unlink(missing_ok=True)
                if args.fresh or args.no_kept_page:
                    shutil.rmtree(temp / label / "page-cache", ignore_errors=True)
                results[label].append(measure(repo, target(label), temp / label / "settings.ini"))
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    for label, runs in results.items():
        print(summary(f"{label} ({repos[label] or 'bare QWebEngineView, static page'})", runs))
    print(f"(load average now: {', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
