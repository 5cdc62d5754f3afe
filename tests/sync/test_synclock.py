"""The sync lock without fcntl (as on Windows): real processes race for it, a killed
holder's lock is taken over, a live one refuses the second sync."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.sync import engine, synclock
from editor.sync.git import GitError
from tests.sync.helpers import REPO, isolate, team

# Runs in a child with fcntl made unimportable, so the lock must do without it.
HOLDER = """
import sys, time
sys.modules["fcntl"] = None
from pathlib import Path
from editor.sync import synclock
from editor.sync.git import GitError
gdir, log, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
try:
    with synclock.hold(gdir):
        with open(log, "a") as f:
            f.write("in\\n")
        time.sleep(seconds)
        with open(log, "a") as f:
            f.write("out\\n")
    print("held")
except GitError as exc:
    print("busy:", exc.message)
"""


def _holder(gdir: Path, log: Path, seconds: float) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(gdir), str(log), str(seconds)],
                            stdout=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)},
                            start_new_session=True)


def _wait_for(path: Path, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.05)


def test_no_fcntl_in_the_sync_lock() -> None:
    source = (REPO / "editor" / "sync" / "synclock.py").read_text()
    engine_source = (REPO / "editor" / "sync" / "engine.py").read_text()
    assert "fcntl" not in source.replace("no fcntl", "") and "import fcntl" not in engine_source


def test_racing_processes_hold_it_one_at_a_time(tmp_path: Path) -> None:
    gdir, log = tmp_path / "git", tmp_path / "log"
    gdir.mkdir()
    children = [_holder(gdir, log, 1.5) for _ in range(6)]
    outs = [c.communicate(timeout=60)[0].strip() for c in children]
    assert outs.count("held") >= 1
    assert all(o == "held" or o.startswith("busy: another sync") for o in outs), outs
    lines = log.read_text().split()
    assert lines == ["in", "out"] * outs.count("held")  # never two inside at once
    assert not (gdir / synclock.NAME).exists()


def test_a_killed_holders_lock_is_taken_over(tmp_path: Path) -> None:
    gdir, log = tmp_path / "git", tmp_path / "log"
    gdir.mkdir()
    child = _holder(gdir, log, 60)
    _wait_for(log)
    with pytest.raises(GitError, match="another sync"), synclock.hold(gdir):
        pass  # a live holder: refused
    os.killpg(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert (gdir / synclock.NAME).exists()  # left behind, like after a power cut
    with synclock.hold(gdir):
        assert json.loads((gdir / synclock.NAME).read_text())["pid"] == os.getpid()
    assert not (gdir / synclock.NAME).exists()


@pytest.mark.parametrize(("host", "age", "stale"), [
    ("other-pc", dt.timedelta(minutes=10), False),   # another computer, recent: wait
    ("other-pc", dt.timedelta(hours=3), True),       # far older than any sync
    ("other-pc", -dt.timedelta(days=2), True),       # from a clock far in the future
])
def test_locks_from_elsewhere(tmp_path: Path, host: str, age: dt.timedelta,
                              stale: bool) -> None:
    path = tmp_path / synclock.NAME
    since = dt.datetime.now(dt.UTC) - age
    path.write_text(json.dumps({"host": host, "pid": 1, "since": since.isoformat(),
                                "token": "x"}))
    if stale:
        with synclock.hold(tmp_path):
            pass
        assert not path.exists()
    else:
        with pytest.raises(GitError, match="another sync"), synclock.hold(tmp_path):
            pass
        assert path.exists()


def test_an_unreadable_lock_waits_a_minute_then_goes(tmp_path: Path) -> None:
    path = tmp_path / synclock.NAME
    path.write_bytes(b"")  # cut short by a power loss
    with pytest.raises(GitError), synclock.hold(tmp_path):
        pass
    old = time.time() - 120
    os.utime(path, (old, old))
    with synclock.hold(tmp_path):
        pass


def test_sync_refuses_while_another_sync_runs(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)
    _remote, (anna, _ben) = team(tmp_path)
    log = tmp_path / "log"
    child = _holder(anna / ".git", log, 60)
    try:
        _wait_for(log)
        with pytest.raises(GitError, match="another sync"):
            engine.sync(anna)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert engine.sync(anna).sent == 0  # the dead holder's lock does not block
