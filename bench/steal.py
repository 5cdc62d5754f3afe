"""When the hypervisor took this virtual machine's CPUs away ("steal"), for benchmarks.

A stolen vCPU freezes whatever runs on it and fires its timers late: on a shared machine
a GUI stall of 20-30 ms can be the host's, not the app's. ``StealWatch`` runs a small
separate process (no share of the measured interpreter's lock) that reads each CPU's
steal time from /proc/stat every millisecond and notes when it grew; ``during(start,
end)`` then says how much was stolen around a stall (CLOCK_MONOTONIC seconds). The
kernel books steal when the vCPU runs again, in 10 ms units in /proc/stat, so a stall
is matched with steal booked from its start until 15 ms after its end. Linux only; a
no-op elsewhere.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

_SAMPLER = r"""
import os, sys, time
out = open(sys.argv[1], "w", buffering=1)
last = {}
while True:
    with open("/proc/stat", encoding="ascii") as f:
        lines = f.read().splitlines()
    now = time.monotonic()
    for line in lines:
        if not line.startswith("cpu") or line.startswith("cpu "):
            continue
        fields = line.split()
        steal = int(fields[8])
        if last.get(fields[0], steal) != steal:
            out.write(f"{now:.6f} {fields[0]} {steal - last[fields[0]]}\n")
        last[fields[0]] = steal
    time.sleep(0.001)
"""


def started() -> StealWatch | None:
    """A StealWatch already watching, or None where there is no /proc/stat."""
    watch = StealWatch()
    return watch if watch.start() else None


class StealWatch:
    def __init__(self) -> None:
        self._file = Path(tempfile.mkstemp(prefix="newsdesk-steal-")[1])
        self._process: subprocess.Popen | None = None
        self.events: list[tuple[float, str, int]] = []  # (time, cpu, ticks stolen)

    def start(self) -> bool:
        if not Path("/proc/stat").is_file():
            return False
        self._process = subprocess.Popen([sys.executable, "-c", _SAMPLER, str(self._file)])
        return True

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait()
        for line in self._file.read_text(encoding="ascii").splitlines():
            at, cpu, ticks = line.split()
            self.events.append((float(at), cpu, int(ticks)))
        self._file.unlink(missing_ok=True)

    def during(self, start: float, end: float) -> dict[str, int]:
        """Milliseconds stolen per CPU, booked from ``start`` until 15 ms after ``end``."""
        stolen: dict[str, int] = {}
        for at, cpu, ticks in self.events:
            if start <= at <= end + 0.015:
                stolen[cpu] = stolen.get(cpu, 0) + ticks * 10
        return stolen

    def total_ms(self) -> int:
        return sum(ticks for _at, _cpu, ticks in self.events) * 10
