"""Presence from other desktops in a Git workspace: the yellow note, and still editable."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from editor.gui.safety import EditLocks
from editor.gui.safety.lock_notice import describe_presence
from editor.model import lock, presence

LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def _git_init(root: Path) -> None:
    subprocess.run(["git", "init", "-q", str(root)], check=True, timeout=60)


def test_presence_replaces_the_lock_in_a_git_workspace(qtbot, workspace) -> None:
    folder = workspace.create_article("Gemeinsam").folder
    _git_init(workspace.root)
    presence.write(workspace.root, folder.name, "Ben", host="pc-ben")
    locks = EditLocks("anna", ask=lambda *a: pytest.fail("must not ask"))
    with qtbot.waitSignal(locks.presence_changed) as signal:
        assert locks.open_article(folder)
    assert locks.editable and "Ben on pc-ben" in signal.args[0] and locks.note == signal.args[0]
    assert lock.read_lock(folder) is None  # no lock file: presence instead
    [mine] = [p for p in presence.read_article(workspace.root, folder.name) if p.user == "anna"]
    # a second window of Anna's sees Ben, not a lock, and may edit too
    second = EditLocks("carla", ask=lambda *a: pytest.fail("must not ask"))
    assert second.open_article(folder) and "anna on" in second.note
    second.release()
    # Ben closes on his desktop; the next renewal clears the note and keeps ours
    presence.remove(workspace.root, folder.name, "Ben", host="pc-ben")
    with qtbot.waitSignal(locks.presence_changed) as cleared:
        locks.renew_presence()
    assert cleared.args == [""] and locks.note == ""
    [renewed] = presence.read_article(workspace.root, folder.name)
    assert (renewed.token, renewed.since) == (mine.token, mine.since)
    assert renewed.renewed >= mine.renewed
    locks.user = "Anna Beispiel"  # the name set in the settings meanwhile
    locks.renew_presence()
    locks.release()
    assert presence.read_article(workspace.root, folder.name) == []


def test_a_plain_folder_workspace_keeps_its_lock_files(qtbot, workspace) -> None:
    folder = workspace.create_article("Ohne Git").folder
    locks = EditLocks("anna")
    assert locks.open_article(folder)
    assert lock.read_lock(folder).user == "anna"
    assert not (workspace.root / presence.PRESENCE_DIR).exists()
    locks.release()


def test_describe_presence_never_shows_a_time_in_the_future(qtbot, tmp_path: Path) -> None:
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    p = presence.write(tmp_path, "a", "Ben", host="pc-ben", since=future, now=future)
    text = describe_presence([p])
    assert "Ben on pc-ben" in text and str(future.year) not in text
    assert describe_presence([]) == ""
