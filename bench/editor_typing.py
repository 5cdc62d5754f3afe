"""Typing benchmark on a 10,000-word article: GUI-thread stalls and keystroke -> preview.

    .venv/bin/python bench/editor_typing.py [--words 10000] [--keys 200] [--probe] [--sched]
                                            [--steal]

Types --keys characters into the middle of the article, one every 40 ms, then waits
for the autosave. A 1 ms heartbeat timer records the longest gap on the GUI thread
(every handler on it: undo recording, highlighting, validation, autosave, journal,
preview updates). When the preview panel is there, also reports the median time from
a keystroke to the preview's ``rendered`` signal.

Also prints the share of the machine's CPU time the hypervisor gave to other machines
while typing ("steal", Linux): on a shared virtual machine a stolen vCPU freezes the GUI
thread and fires its timers late, and runs with much steal have longest stalls of 20-30 ms
whatever the app does; compare runs with little. --steal says, for each of the five
longest stalls, how much was stolen from which CPU during it (bench/steal.py).

--sched (Linux, perf): how long the GUI thread was runnable but waiting for a CPU, and
what ran on that CPU meanwhile -- the app's own helpers (render worker, web engine) or
other programs; the helpers' share barely depends on the machine's other load.

--probe explains the longest stalls: for each, how much of it the GUI thread spent on a
CPU, waiting for a CPU (another process had it: the machine is busy) or neither (blocked:
the GIL held by another thread, a lock, I/O), from /proc/thread-self/schedstat, and the
Python stack the GUI thread was in most often meanwhile (sampled every millisecond).
The sampling thread takes the interpreter lock every millisecond: stalls in --probe runs
are longer than in plain ones, and their "blocked" part includes waits for that lock.
It also prints the longest stall less its wait for a CPU (on a CPU + blocked): what the
stall would be on a quiet machine, so changes can be judged while others use the CPUs.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

if __name__ == "__main__" and not sys.flags.safe_path:
    # Run again without bench/ on sys.path, so no bench script named like a standard
    # module can shadow it (-P exists since Python 3.11).
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])
sys.path.insert(0, str(REPO))

PARAGRAPH = ("Die Stadtverwaltung informiert über neue Angebote für Bürgerinnen und Bürger, "
             "die ab dem kommenden Monat im Rathaus und online zur Verfügung stehen. ")


def long_body(words: int) -> str:
    parts, count, n = [], 0, 0
    while count < words:
        n += 1
        if n % 8 == 1:
            parts.append(f"## Abschnitt {n // 8 + 1}\n")
        text = PARAGRAPH * 4 + "Mehr unter [der Website](https://example.org) und **hier**."
        parts.append(text + "\n")
        count += len(text.split())
    return "\n".join(parts)


def _steal_watch():  # bench/steal.py's StealWatch, started; None where there is no /proc
    sys.path.insert(0, str(REPO / "bench"))
    import steal

    return steal.started()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--probe", action="store_true",
                        help="explain the longest GUI-thread stalls (see above)")
    parser.add_argument("--sched", action="store_true",
                        help="trace the scheduler (perf) and say what ran on the GUI "
                        "thread's CPU while it waited for one (bench/gui_waits.py)")
    parser.add_argument("--steal", action="store_true",
                        help="note when the hypervisor took this machine's CPUs away and "
                        "say, for each of the five longest stalls, how much (bench/steal.py)")
    parser.add_argument("--switch-interval", type=float, metavar="MS",
                        help="sys.setswitchinterval for this run (Python's default: 5 ms), "
                        "to measure how long the GUI thread waits for the interpreter lock "
                        "while a background thread (render results, autosave) runs Python")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1000)
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-typing-"))
    os.environ["NEWSDESK_SETTINGS"] = str(temp / "settings.ini")
    # The page the close keeps for the next start: not into the user's cache.
    os.environ["NEWSDESK_PAGE_CACHE"] = str(temp / "page-cache")
    try:
        return run(args, temp)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _cpu_times() -> list[int]:
    """The machine's CPU time so far, in clock ticks: user, nice, system, idle, iowait,
    irq, softirq, steal (Linux /proc/stat; empty elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            return [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return []


def steal_share(before: list[int], after: list[int]) -> float | None:
    """Percent of the machine's CPU time taken by the hypervisor for other machines
    ("steal") between two _cpu_times(); None where unknown. In a virtual machine a vCPU
    that is taken away freezes whatever runs on it, the GUI thread included, and a timer
    due meanwhile fires late: such a run's longest stall says little about the app."""
    if len(before) < 8 or len(after) < 8:
        return None
    spent = [b - a for a, b in zip(before, after, strict=True)]
    return 100 * spent[7] / sum(spent) if sum(spent) > 0 else None


def _schedstat() -> tuple[int, int]:
    """(ns on a CPU, ns waiting for one) of the calling thread; zeros where unknown."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            fields = f.read().split()
        return int(fields[0]), int(fields[1])
    except (OSError, ValueError, IndexError):
        return 0, 0


class StallProbe:
    """Samples the GUI thread's Python stack every millisecond from a helper thread."""

    def __init__(self) -> None:
        self.main = threading.main_thread().ident
        self.samples: deque[tuple[float, str]] = deque(maxlen=200_000)
        self.stalls: list[tuple[float, float, float, float]] = []  # start, end, cpu, wait
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.collections: list[tuple[int, float, bool]] = []  # generation, ms, GUI thread
        self._gc_started = 0.0

    def start(self) -> None:
        self._thread.start()
        gc.callbacks.append(self._gc)

    def stop(self) -> None:
        gc.callbacks.remove(self._gc)
        self._stop.set()
        self._thread.join()

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.collections.append((info["generation"],
                                     1000 * (time.perf_counter() - self._gc_started),
                                     threading.get_ident() == self.main))

    def _run(self) -> None:
        while not self._stop.is_set():
            frame = sys._current_frames().get(self.main)
            where = []
            while frame is not None and len(where) < 4:
                code = frame.f_code
                name = Path(code.co_filename).name
                if "site-packages" not in code.co_filename or not where:
                    where.append(f"{name}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), " < ".join(where)))
            time.sleep(0.001)

    def report(self, top: int = 5) -> None:
        started = time.perf_counter()
        gc.collect()
        print(f"  objects tracked by the garbage collector: {len(gc.get_objects())} (and "
              f"{gc.get_freeze_count()} frozen); a full collection now takes "
              f"{1000 * (time.perf_counter() - started):.1f} ms")
        for generation in (0, 1, 2):
            times = [ms for g, ms, _gui in self.collections if g == generation]
            if times:
                print(f"  garbage collections of generation {generation}: {len(times)}, "
                      f"longest {max(times):.1f} ms, total {sum(times):.1f} ms")
        def own(s: tuple[float, float, float, float]) -> float:
            return 1000 * (s[1] - s[0]) - s[3]  # on a CPU + blocked: not waiting for one

        if self.stalls:
            print(f"  longest stall less its wait for a CPU: {max(map(own, self.stalls)):.1f} ms")
        longest = sorted(self.stalls, key=lambda s: s[0] - s[1])[:top]
        # On a busy machine the longest stalls are mostly waiting for a CPU; the ones
        # with the most time of our own (on a CPU or blocked) are what the code can change.
        busiest = [s for s in sorted(self.stalls, key=lambda s: -own(s)) if s not in longest]
        for start, end, cpu, wait in longest + busiest[:top]:
            inside = Counter(w for t, w in self.samples if start <= t <= end)
            total = sum(inside.values())
            print(f"  stall {1000 * (end - start):.1f} ms: on CPU {cpu:.1f} ms, waiting for a "
                  f"CPU {wait:.1f} ms, blocked {max(0.0, 1000 * (end - start) - cpu - wait):.1f}"
                  f" ms; {total} stack samples; monotonic {start:.6f}-{end:.6f}")
            for where, n in inside.most_common(2):
                print(f"    {n:3d}x {where}")


def run(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor

    from editor.gui import app as gui_app
    from editor.gui import settings as S
    from editor.model.workspace import Workspace

    ws = Workspace.init(temp / "ws")
    article = ws.create_article("Langer Artikel", lead="Ein sehr langer Artikel.",
                                body=long_body(args.words))
    qapp = gui_app.application()
    window = gui_app.create_window(S.Settings(), ws.root)
    window.complete()  # typing is measured in the whole window, not behind a staged start
    window.resize(1400, 900)
    window.open_article(article.slug)
    window.show()
    editor = window.pane.editor
    preview = None
    dock = window.docks.get("preview")
    if dock is not None:
        preview = dock.ensure_created()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(3000 if preview is not None else 300)  # first render
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    probe = StallProbe() if args.probe else None
    last_sched = [_schedstat(), time.perf_counter()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gap = (now - last[0]) / 1e6
        gaps.append(gap)
        last[0] = now
        if probe is not None:
            sched, then = _schedstat(), last_sched[1]
            at = time.perf_counter()
            cpu = (sched[0] - last_sched[0][0]) / 1e6
            wait = (sched[1] - last_sched[0][1]) / 1e6
            if gap > 12 or gap - wait > 6:
                probe.stalls.append((then, at, cpu, wait))
            last_sched[:] = [sched, at]

    heartbeat = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    handler_ms: list[float] = []
    latencies: list[float] = []
    pending: list[float] = []
    if preview is not None:
        preview.rendered.connect(
            lambda: latencies.append((time.perf_counter() - pending.pop()) * 1000)
            if pending else None)
    text = "schnell tippen " * (args.keys // 15 + 1)
    keys = iter(text[:args.keys])
    done = QEventLoop()

    def type_one() -> None:
        char = next(keys, None)
        if char is None:
            typer.stop()
            QTimer.singleShot(4000, done.quit)  # let autosave, journal, preview finish
            return
        start = time.perf_counter()
        pending[:] = [start]
        # Real key events; QTest.keyClick in PySide6 6.12 corrupts None's refcount.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            qapp.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        handler_ms.append((time.perf_counter() - start) * 1000)

    typer = QTimer(interval=40)
    typer.timeout.connect(type_one)
    if probe is not None:
        probe.start()
    sched = None
    if args.sched:
        sys.path.insert(0, str(REPO / "bench"))
        from gui_waits import SchedTrace

        sched = SchedTrace()
        if not sched.start():
            sched = None
        else:
            wait(1500)  # perf is recording (its start takes CPU time)
            last[0] = clock.nsecsElapsed()  # the heartbeat counts from here
    steal = _steal_watch() if args.steal else None
    heartbeat.start()
    typer.start()
    typing_from = time.monotonic()
    cpu_before = _cpu_times()
    done.exec()
    heartbeat.stop()
    typing_to = time.monotonic()
    stolen = steal_share(cpu_before, _cpu_times())
    if sched is not None:
        sched.stop()
    if steal is not None:
        steal.stop()
    if probe is not None:
        probe.stop()
    words = len(editor.toPlainText().split())
    print(f"article: {words} words; typed {len(handler_ms)} characters")
    print(f"keystroke handling on the GUI thread: median {statistics.median(handler_ms):.2f} ms,"
          f" max {max(handler_ms):.2f} ms")
    # When each happened, in seconds from the first keystroke (typing ends at keys * 40 ms).
    ends = [t / 1000 for t in itertools.accumulate(gaps)]
    longest = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:]
    top = ", ".join(f"{gaps[i]:.1f}" + (f" at {ends[i]:.1f} s" if ends else "") for i in longest)
    print(f"longest GUI-thread stall while typing (incl. autosave): {max(gaps):.1f} ms"
          f" (five longest: {top} ms; {len(gaps)} heartbeats)")
    if stolen is not None:
        print(f"CPU time the hypervisor gave to other machines (steal) while typing: "
              f"{stolen:.1f} %")
    if latencies:
        print(f"keystroke -> preview rendered: median {statistics.median(latencies):.1f} ms "
              f"({len(latencies)} renders)")
    # CLOCK_MONOTONIC, to match a system trace (perf record -k CLOCK_MONOTONIC).
    print("the five longest stalls, monotonic: " + ", ".join(
        f"{typing_from + ends[i] - gaps[i] / 1000:.6f}-{typing_from + ends[i]:.6f}"
        for i in longest))
    if steal is not None:
        print(f"steal noted while typing: {steal.total_ms()} ms; during the five longest "
              "stalls (booked up to 15 ms after each):")
        for i in reversed(longest):
            end = typing_from + ends[i]
            taken = steal.during(end - gaps[i] / 1000, end)
            print(f"  stall {gaps[i]:.1f} ms at {ends[i]:.1f} s: "
                  + (", ".join(f"{cpu} {ms} ms" for cpu, ms in sorted(taken.items()))
                     or "no steal"))
        # Steal comes in bursts; how often would a window as long land on some by chance?
        over = [i for i, gap in enumerate(gaps) if gap > 12]
        hit = sum(1 for i in over if steal.during(typing_from + ends[i] - gaps[i] / 1000,
                                                   typing_from + ends[i]))
        width = statistics.median(gaps[i] for i in over) / 1000 if over else 0.012
        probes = [typing_from + k * 0.05 for k in range(int((typing_to - typing_from) / 0.05))]
        chance = sum(1 for t in probes if steal.during(t, t + width)) / max(1, len(probes))
        print(f"  stalls over 12 ms: {len(over)}, {hit} with steal; windows as long at "
              f"every 50 ms: {100 * chance:.0f} % with steal")
    if sched is not None:
        sched.report(typing_from, typing_to)
    if probe is not None:
        print(f"stalls over 12 ms or over 6 ms not waiting for a CPU: {len(probe.stalls)}; "
              "the longest, then the most not waiting:")
        probe.report()
    saved = window.doc.state
    window.close()
    qapp.processEvents()
    print(f"save state at the end: {saved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
