"""A real network remote on loopback: `git daemon` on 127.0.0.1 started by the fixture."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.sync import engine
from tests.sync.helpers import article, edit_body, git, isolate, newsdesk, team

FEST = "sommerfest-im-park"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[str]:
    base = tmp_path / "served"
    base.mkdir()
    port = _free_port()
    proc = subprocess.Popen(
        ["git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
         f"--base-path={base}", "--listen=127.0.0.1", f"--port={port}", str(base)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)  # 'git daemon' runs git-daemon as a child: end both
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("git daemon did not start")
        yield f"git://127.0.0.1:{port}"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def test_two_clones_sync_through_git_daemon(monkeypatch, tmp_path: Path, daemon: str) -> None:
    isolate(monkeypatch, tmp_path)
    remote, (anna,) = team(tmp_path, ("anna",))
    git(None, "clone", "-q", "--bare", str(remote), str(tmp_path / "served" / "team.git"))
    url = f"{daemon}/team.git"
    git(anna, "remote", "set-url", "origin", url)
    cloned = newsdesk("clone", url, str(tmp_path / "ben"))
    assert cloned.returncode == 0, cloned.stderr
    ben = Path(cloned.stdout.strip())
    git(ben, "config", "user.name", "Ben")
    git(ben, "config", "user.email", "ben@example.org")
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Über das Netz.")
    assert newsdesk("sync", str(ben)).returncode == 0
    assert engine.sync(anna).received == 1
    assert "Über das Netz." in (article(anna, FEST) / "article.md").read_text()


def test_a_daemon_that_is_gone_is_offline(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)
    _remote, (anna,) = team(tmp_path, ("anna",))
    git(anna, "remote", "set-url", "origin", f"git://127.0.0.1:{_free_port()}/team.git")
    done = newsdesk("sync", str(anna))
    assert done.returncode == 2 and "cannot reach the remote" in done.stderr
