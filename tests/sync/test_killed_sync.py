"""kill -9 of a running `newsdesk sync` (with its git children, like a power loss), again
and again at different moments: the next sync repairs and nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.sync import engine
from tests.sync.helpers import REPO, article, edit_body, git, isolate, team

FEST, BUS = "sommerfest-im-park", "neue-buslinie"


def _start_sync(root: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "editor", "sync", str(root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)


def test_kill_9_during_sync_repeatedly_loses_nothing(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)
    remote, (anna, ben) = team(tmp_path)
    hook = remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\ncat >/dev/null\nsleep 0.4\n")  # holds every push a while
    hook.chmod(0o755)
    delays = [0.15, 0.35, 0.6, 0.9, 1.2, 0.25]
    cut_short = 0
    for n, delay in enumerate(delays):
        edit_body(ben, BUS, "Zweiter Absatz alt.", f"Ben Runde {n}.\n\nZweiter Absatz alt.")
        engine.sync(ben)  # so Anna's sync has something to fetch and rebase onto
        edit_body(anna, FEST, "Zweiter Absatz alt.", f"Anna Runde {n}.\n\nZweiter Absatz alt.")
        child = _start_sync(anna)
        time.sleep(delay)
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        if not (article(anna, FEST) / "article.md").exists():
            # killed while git rewrote the file: only ever inside a rebase, which the
            # repair (the next sync's first step) undoes
            assert (anna / ".git" / "rebase-merge").exists()
            engine.repair(anna)
        sent = git(remote, "show", f"main:articles/{FEST}/article.md")
        cut_short += f"Anna Runde {n}." not in sent
    done = subprocess.run([sys.executable, "-m", "editor", "sync", str(anna)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert cut_short >= 2  # the kills did land in the middle of syncs
    assert done.returncode == 0, done.stderr
    gdir = anna / ".git"
    assert not (gdir / "index.lock").exists() and not (gdir / "rebase-merge").exists()
    engine.sync(ben)
    # an edit made on the half-way text of a killed rebase that clashes with the earlier
    # edits is kept beside the article (conflict copy), never dropped
    kept = "".join(p.read_text() for p in article(anna, FEST).iterdir()
                   if p.name.startswith("article"))
    for n in range(len(delays)):
        assert f"Anna Runde {n}." in kept
    for root in (anna, ben):
        bus = (article(root, BUS) / "article.md").read_text()
        assert all(f"Ben Runde {n}." in bus for n in range(len(delays)))
    assert (article(anna, FEST) / "article.md").read_text() == \
        (article(ben, FEST) / "article.md").read_text()
    assert git(anna, "status", "--porcelain") == ""
    assert git(anna, "rev-parse", "HEAD") == git(remote, "rev-parse", "main")
    git(anna, "fsck", "--no-progress")
