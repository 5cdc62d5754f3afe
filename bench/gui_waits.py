"""Who had the GUI thread's CPU while it waited for one (``editor_typing.py --sched``).

Records the kernel's scheduler events (``perf record -a -e sched:sched_switch -e
sched:sched_wakeup``) while the benchmark types, then sums, for every time the GUI thread
was runnable but not running, what ran meanwhile on the CPU it then ran on: the app's own
helpers (its other threads, the render worker, the web engine's processes) or other
programs. Unlike the stall times, the helpers' share hardly depends on what else the
machine does, so changes to their priority can be judged on a busy machine.

Needs ``perf`` and permission to trace (root, or kernel.perf_event_paranoid <= -1).
"""

from __future__ import annotations

import bisect
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

_EVENT = re.compile(r"\s*(.*?)\s+(\d+)/(\d+)\s+\[(\d+)\]\s+([\d.]+):\s+sched:(\w+):\s+(.*)")


class SchedTrace:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="newsdesk-sched-"))
        self.process: subprocess.Popen | None = None
        self.family: set[int] = set()

    def start(self) -> bool:
        if shutil.which("perf") is None:
            print("--sched: perf is not installed")
            return False
        self.process = subprocess.Popen(
            ["perf", "record", "-q", "-a", "-e", "sched:sched_switch", "-e",
             "sched:sched_wakeup", "-k", "CLOCK_MONOTONIC", "-o", str(self.folder / "data")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return True

    def stop(self) -> None:
        self.family = _family(os.getpid())  # before the helpers end
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait()

    def report(self, start: float, end: float) -> None:
        try:
            if self.process is None or not (self.folder / "data").exists():
                print("--sched: no trace (is tracing allowed? see perf_event_paranoid)")
                return
            script = subprocess.run(
                ["perf", "script", "-i", str(self.folder / "data"), "-F",
                 "tid,pid,comm,time,cpu,event,trace"],
                capture_output=True, text=True, check=False).stdout
            _report(script, os.getpid(), self.family, start, end)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _family(pid: int) -> set[int]:
    """This process and its descendants (process ids)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat[stat.rindex(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    family, new = {pid}, {pid}
    while new:
        new = {p for p, parent in parents.items() if parent in new} - family
        family |= new
    return family


def _report(script: str, gui: int, family: set[int], start: float, end: float) -> None:
    events = [m.groups() for m in map(_EVENT.match, script.splitlines()) if m]
    process_of = {int(tid): int(pid) for _comm, pid, tid, *_rest in events}
    names: dict[int, str] = {}
    running: dict[str, list[tuple[float, int]]] = defaultdict(list)  # cpu -> (time, tid)
    for _comm, _pid, _tid, cpu, t, kind, rest in events:
        if kind == "sched_switch":
            m = re.search(r"next_comm=(.*?) next_pid=(\d+)", rest)
            if m:
                names[int(m.group(2))] = m.group(1)
                running[cpu].append((float(t), int(m.group(2))))

    def held(cpu: str, a: float, b: float) -> Counter[int]:
        spans: Counter[int] = Counter()
        seq = running[cpu]
        i = bisect.bisect_left(seq, (a, -1))
        who, last = (seq[i - 1][1] if i else 0), a
        while i < len(seq) and seq[i][0] < b:
            spans[who] += seq[i][0] - last
            who, last = seq[i][1], seq[i][0]
            i += 1
        spans[who] += b - last
        return spans

    waiting_since: float | None = None
    total, longest = 0.0, 0.0
    by: Counter[str] = Counter()
    for _comm, _pid, _tid, cpu, t, kind, rest in events:
        now = float(t)
        if kind == "sched_wakeup" and re.search(rf"\bpid={gui}\b", rest):
            waiting_since = now
        elif kind == "sched_switch":
            m = re.search(r"prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)", rest)
            if not m:
                continue
            if int(m.group(1)) == gui and m.group(2).startswith("R"):
                waiting_since = now  # preempted: runnable from now on
            elif int(m.group(3)) == gui and waiting_since is not None:
                if start <= waiting_since <= end:
                    total += now - waiting_since
                    longest = max(longest, now - waiting_since)
                    for tid, seconds in held(cpu, waiting_since, now).items():
                        if tid in (0, gui):
                            continue
                        own = process_of.get(tid) in family
                        by["our helpers" if own else "other programs"] += seconds
                        if own:
                            by[names.get(tid, str(tid))] += seconds
                waiting_since = None
    top = ", ".join(f"{name} {1000 * s:.0f}" for name, s in by.most_common(8)
                    if name not in ("our helpers", "other programs"))
    print(f"GUI thread runnable but waiting for a CPU while typing: {1000 * total:.0f} ms "
          f"(longest {1000 * longest:.1f} ms); its CPU meanwhile ran our helpers "
          f"{1000 * by['our helpers']:.0f} ms ({top}), other programs "
          f"{1000 * by['other programs']:.0f} ms")
