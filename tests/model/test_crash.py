"""SIGKILL a process in the middle of saving, many times; nothing may be torn.

Set NEWSDESK_CRASH_KILLS=1000 for the longer run documented in the README.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.model import history, lock, mutex, recovery
from editor.model.article import load_article, parse_article
from editor.model.atomic import is_temp_file
from editor.model.workspace import Workspace
from tests.crash_child import body_for, event_for

# Imported as tests.crash_child: putting tests/ on sys.path would let tests/tools shadow
# the repository's tools/ for every later test module.
CHILD = Path(__file__).resolve().parent.parent / "crash_child.py"

KILLS = int(os.environ.get("NEWSDESK_CRASH_KILLS", "200"))

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL"),
    pytest.mark.timeout(max(120, KILLS // 2)),
]


def check_article_text(text: str) -> int:
    """The version number of a complete article text; fails on anything torn."""
    article = parse_article(text, Path("x"))
    if article.title == "Crash" and article.body == "":
        return 0  # as created: the first child was killed before its first save
    first = article.body.split("\n", 1)[0]
    assert first.startswith("version "), first[:40]
    n = int(first.split()[1])
    assert article.body == body_for(n)
    assert article.title == f"Titel {n}"
    return n


def check_folder(folder: Path) -> tuple[int, int]:
    n = check_article_text(load_article(folder).path.read_text(encoding="utf-8"))
    for version in history.list_versions(folder):
        text = version.read_text()
        if "version " in text:  # the very first version is the created article
            check_article_text(text)
    entry = recovery.read_journal(folder)
    if (folder / ".newsdesk" / "recovery.json").exists():
        assert entry is not None, "journal unreadable"
        check_article_text(entry.text)
    events = 0
    for path in (folder / "review").iterdir():
        if is_temp_file(path):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data == event_for(data["n"])
        events += 1
        path.unlink()  # checked; keeps each round's check small
    held = lock.read_lock(folder)
    if held is not None and held.readable:
        assert lock.is_stale(held), "a killed process's lock must count as stale"
    # Everything left that is not content must be recognisable as a temp file.
    known = {"article.md", "photos", "review", ".newsdesk", "history", "recovery.json", "lock"}
    for path in folder.rglob("*"):
        if path.parent.name in ("review", "history") and not is_temp_file(path):
            continue
        if path.name.endswith((".mutex", ".mutex.break")):
            # A killed saver's mutex: broken at once by the next one (its pid is gone).
            data = path.read_bytes()
            assert not data or mutex._is_stale(data), path
            continue
        assert path.name in known or is_temp_file(path), path
    return n, events


def _wait_for_event(folder: Path, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    review = folder / "review"
    while time.monotonic() < deadline:
        if any(not is_temp_file(p) for p in review.iterdir()):
            return
        time.sleep(0.002)


def test_sigkill_during_saves(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws")
    folder = ws.create_article("Crash").folder
    rng = random.Random(20261124)
    started = time.monotonic()
    progress = []
    errors = tmp_path / "child-stderr.txt"
    server = subprocess.Popen([sys.executable, str(CHILD), "--server", str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              stderr=errors.open("w"))
    try:
        for kill in range(KILLS):
            server.stdin.write(f"{kill + 1}\n")
            server.stdin.flush()
            reply = server.stdout.readline()
            assert reply.strip().isdigit(), (reply, errors.read_text()[-3000:])
            pid = int(reply)
            if kill % 3 == 0:
                # On a busy machine a child may not reach its first save in 0.12 s: every
                # third one is killed only after it made progress (its first review event).
                _wait_for_event(folder)
            time.sleep(rng.uniform(0.0, 0.12))
            os.kill(pid, signal.SIGKILL)
            assert server.stdout.readline() == "done\n", errors.read_text()[-3000:]
            progress.append(check_folder(folder))
    finally:
        server.kill()
        server.wait()
    elapsed = time.monotonic() - started
    # The loop really ran: later kills saw newer versions of later children.
    # (How many children finish a save before their kill depends on the disk's fsync.)
    assert len({n // 1_000_000 for n, _ in progress}) > KILLS // 10
    assert sum(events for _, events in progress) > KILLS // 10
    assert "Traceback" not in errors.read_text()
    # The app still lists the article and nothing else.
    assert [s.slug for s in ws.list_articles()] == [folder.name]
    print(f"{KILLS} kills in {elapsed:.1f} s")
