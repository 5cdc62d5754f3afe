"""A review event file nested deeper than the JSON parser can go is one broken event,
not a crash of every command that reads the review log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.model import reviewlog

REPO = Path(__file__).resolve().parents[2]


def _article(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    subprocess.run([sys.executable, "-m", "editor", "init", str(ws)], check=True,
                   capture_output=True, cwd=REPO)
    out = subprocess.run([sys.executable, "-m", "editor", "new", str(ws), "--title", "Test"],
                         check=True, capture_output=True, text=True, cwd=REPO)
    return Path(out.stdout.strip().splitlines()[-1])


def test_deeply_nested_event_is_broken_not_fatal(tmp_path: Path) -> None:
    folder = _article(tmp_path)
    events = reviewlog.review_dir(folder)
    events.mkdir(parents=True, exist_ok=True)
    (events / "20260101T000000.000000Z-deep.json").write_text("[" * 200_000, encoding="utf-8")
    log = reviewlog.read_log(folder)
    assert log.events == ()
    assert [reason for _path, reason in log.broken] == ["nested too deeply"]
    status = subprocess.run([sys.executable, "-m", "editor", "review", "status", str(folder)],
                            capture_output=True, text=True, cwd=REPO)
    assert status.returncode == 0, status.stderr
    assert "Traceback" not in status.stderr
