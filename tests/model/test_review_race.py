"""Racing review commands in real processes, through the command line: of many
concurrent approvals exactly one is recorded, and every concurrent comment is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from editor.model import review, reviewlog, storage
from editor.model.article import Photo
from editor.model.workspace import Workspace
from tests.model.test_review import BODY, CREDITS, make_photo

REPO = Path(__file__).resolve().parents[2]
PEOPLE = 8
# Each child imports the command line first, then waits at the gate, so all of them run
# the command at the same moment instead of one after another as they start up.
CHILD = """
import os, sys, time
from editor.cli import build_parser, main
build_parser()
gate = sys.argv[1]
print("ready", flush=True)
while not os.path.exists(gate):
    time.sleep(0.001)
sys.exit(main(sys.argv[2:]))
"""


def _article(tmp_path: Path) -> Path:
    ws = Workspace.init(tmp_path / "ws")
    created = ws.create_article("Haushalt", author="Presseamt", lead="Der Rat hat beschlossen.",
                                body=BODY)
    make_photo(created.folder / "photos" / "rathaus.jpg")
    loaded = storage.load(created.folder)
    loaded.article.photos = [Photo(id="rathaus", file="photos/rathaus.jpg", **CREDITS)]
    loaded.article.lead_photo = "rathaus"
    storage.save_checked(loaded.article, loaded.hash)
    return created.folder


def _run_all(tmp_path: Path, commands: list[list[str]]) -> list[subprocess.CompletedProcess]:
    gate = tmp_path / f"gate-{time.monotonic_ns()}"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", CHILD, str(gate), *argv], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for argv in commands]
    for p in procs:
        assert p.stdout.readline() == "ready\n"
    gate.touch()
    results = []
    for p, argv in zip(procs, commands, strict=True):
        out, err = p.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(argv, p.returncode, out, err))
    return results


def _events(folder: Path, kind: str) -> list[dict]:
    found = []
    for path in sorted((folder / "review").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["event"] == kind:
            found.append(data)
    return found


def test_concurrent_approvals_record_exactly_one(tmp_path: Path) -> None:
    folder = _article(tmp_path)
    assert review.add_event(storage.load(folder).article, "submitted", "Ben Autor")
    results = _run_all(tmp_path, [["review", "approve", str(folder), "--as", f"Prüfer {i}"]
                                  for i in range(PEOPLE)])
    codes = sorted(r.returncode for r in results)
    assert codes == [0] + [1] * (PEOPLE - 1), [(r.returncode, r.stderr) for r in results]
    approved = _events(folder, "approved")
    assert len(approved) == 1
    winner = next(r for r in results if r.returncode == 0)
    assert approved[0]["by"] in winner.stdout
    for r in results:
        if r.returncode:
            assert "cannot approve it: the article is approved" in r.stderr, r.stderr
    assert review.status(storage.load(folder).article).state == "approved"
    assert not list((folder / ".newsdesk").glob("*.mutex*"))


def test_concurrent_comments_are_all_kept(tmp_path: Path) -> None:
    folder = _article(tmp_path)
    results = _run_all(tmp_path, [["review", "comment", str(folder), "--as", f"Leser {i}",
                                   "--note", f"Anmerkung {i}"] for i in range(PEOPLE)])
    assert [r.returncode for r in results] == [0] * PEOPLE, [r.stderr for r in results]
    notes = sorted(e["note"] for e in _events(folder, "comment"))
    assert notes == sorted(f"Anmerkung {i}" for i in range(PEOPLE))
    log = reviewlog.read_log(folder)
    assert log.broken == () and len(log.events) == PEOPLE
