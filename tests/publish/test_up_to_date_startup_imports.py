"""An up-to-date `newsdesk export` (issue 12 start-up): the 'published' event it records
reads the time of the last event from its file name without the strptime module, and the
review module loads snapshots, the diff and validation only for approvals and
comparisons; without --as the login name is read without the lock module. Run in a new
process, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from editor.model.lock import current_user

from .test_up_to_date import REPO, UP_TO_DATE, exported  # noqa: F401 (fixture)

UNNEEDED = ["_strptime", "editor.model.diff", "editor.model.snapshot", "editor.model.lock"]


def test_up_to_date_export_loads_no_strptime_diff_snapshot_or_lock(
        exported, tmp_path):  # noqa: F811
    folder, out = exported
    events_before = sorted((folder / "review").iterdir())
    assert events_before  # the first export recorded 'published': a name to read
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main(['export', {str(folder)!r}, '--out', {str(out)!r}])\n"
        f"print('LOADED', [m for m in {UNNEEDED!r} if m in sys.modules])\n"
        "sys.exit(code)\n")
    env = {**os.environ, "NEWSDESK_SETTINGS": str(tmp_path / "none.ini")}  # no name set
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert UP_TO_DATE in proc.stderr
    assert "LOADED []" in proc.stdout
    events = sorted((folder / "review").iterdir())
    assert len(events) == len(events_before) + 1  # the new 'published' event, after the others
    assert events[:-1] == events_before and events[-1].name > events_before[-1].name
    published = json.loads(events[-1].read_text("utf-8"))
    assert published["event"] == "published" and published["by"] == current_user() != ""
