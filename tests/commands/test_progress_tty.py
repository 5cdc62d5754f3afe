"""Progress goes to stderr only when stderr is a terminal, and -q silences it; no colour."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import resources

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def export(ws: Path, out: Path, *extra: str, tty: bool) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-m", "editor", "export", str(ws / "articles" / ARTICLE),
            "-o", str(out), "--force", *extra]
    if not tty:
        result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
        return result.returncode, result.stdout, result.stderr
    import pty

    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=follower, env=env)
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        stdout = proc.communicate(timeout=120)[0].decode()
    finally:
        os.close(leader)
    return proc.returncode, stdout, b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def approved(tmp_path: Path) -> Path:
    from editor.cli import main

    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    folder = str(ws / "articles" / ARTICLE)
    assert main(["review", "submit", folder, "--as", "Ana", "-q"]) == 0
    assert main(["review", "approve", folder, "--as", "Ben", "-q"]) == 0
    return ws


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pty")
def test_progress_on_a_terminal_only(approved: Path, tmp_path: Path) -> None:
    status, out, err = export(approved, tmp_path / "out", tty=True)
    assert status == 0, err
    assert "images [" in err and "\r" in err
    assert "\x1b" not in err  # no colour, not even on a terminal
    assert "images [" not in out
    status, out, err = export(approved, tmp_path / "out", "-q", tty=True)
    assert status == 0 and "images [" not in err
    status, out, err = export(approved, tmp_path / "out", tty=False)
    assert status == 0 and "images [" not in err and "\r" not in err
    assert out.strip().endswith(ARTICLE)
