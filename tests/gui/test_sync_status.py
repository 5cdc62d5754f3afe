"""The sync state in plain words (status bar text, tooltip) and the team settings, without
git: the controller's state set as the worker would leave it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editor.gui import settings as S
from editor.sync.engine import Status
from editor.sync.git import GitError, Offline


@pytest.fixture
def controller(gui_settings, qtbot):
    from PySide6.QtWidgets import QStatusBar

    from editor.gui.statusbar import StatusBarWidgets
    from editor.gui.sync.controller import SyncController

    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = StatusBarWidgets(bar)
    c = SyncController(gui_settings)
    c.state_changed.connect(status.set_sync_state)
    c.repository = True
    c.bar, c.keep = status, bar  # type: ignore[attr-defined]
    return c


def shown(c) -> tuple[str, str]:
    c._show()
    return c.bar.sync_text(), c.bar.sync_label.toolTip()


def test_synchronised_with_the_local_time(controller) -> None:
    when = dt.datetime(2026, 6, 24, 10, 4, tzinfo=dt.UTC)
    controller.status = Status(repository=True, remote="git@git.stadt.example:news.git",
                               last_sync=when.isoformat())
    text, tip = shown(controller)
    assert text == "Synchronised " + when.astimezone().strftime("%H:%M")
    assert "Team server: git@git.stadt.example:news.git" in tip
    assert "Synchronises every 60 s" in tip
    assert controller.bar.sync_label.isVisibleTo(controller.bar.sync_label.parentWidget())


def test_changes_not_yet_sent_and_conflicts(controller) -> None:
    controller.status = Status(repository=True, remote="r", ahead=3, pending=["a", "b"])
    text, tip = shown(controller)
    assert text == "3 changes not yet sent"
    assert "Commits not yet sent: 3" in tip and "Files not yet committed: 2" in tip
    controller.status.ahead = 1
    assert shown(controller)[0] == "1 change not yet sent"
    controller.status.conflicts = ["articles/a/article.conflict-1-host.md"]
    text, tip = shown(controller)
    assert text == "1 conflict kept as a copy"
    assert "Conflict copy: articles/a/article.conflict-1-host.md" in tip
    controller.status.conflicts.append("articles/b/article.conflict-2-host.md")
    assert shown(controller)[0] == "2 conflicts kept as copies"


def test_offline_and_errors_in_plain_words(controller) -> None:
    controller.status = Status(repository=True, remote="r", ahead=2)
    controller._generation = 7
    controller.root = Path("/nonexistent")
    controller.worker.submit = lambda *a, **k: None  # no status job: nothing to run here
    controller._finished("sync#7", None, Offline("cannot reach the remote (fetch: refused)"))
    text, tip = shown(controller)
    assert text == "Offline — will retry"
    assert "cannot reach the remote" in tip and "Commits not yet sent: 2" in tip
    long = "another sync of this workspace is running; try again when it has finished " * 2
    controller._finished("sync#7", None, GitError(long))
    text, tip = shown(controller)
    assert text.startswith("Not synchronised: another sync") and text.endswith("…")
    assert long.strip() in tip
    controller._finished("sync#6", None, None)  # a job of an earlier workspace: ignored
    assert shown(controller)[0].startswith("Not synchronised")


def test_not_a_repository_shows_nothing(controller) -> None:
    controller.repository = False
    assert shown(controller) == ("", "")
    assert not controller.bar.sync_label.isVisibleTo(controller.bar.sync_label.parentWidget())


def test_settings_dialog_edits_the_team_settings(gui_settings, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from editor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    assert dialog.sync_interval.value() == 60 and dialog.commit_minutes.value() == 5
    assert dialog.large_photo.value() == 25
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    mnemonics = [t[t.index("&") + 1].lower() for t in buddies.values()]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    for field in (dialog.user_email, dialog.sync_interval, dialog.commit_minutes,
                  dialog.large_photo):
        assert "&" in buddies[field]
    dialog.user_email.setText(" anna@stadt.example ")
    dialog.sync_interval.setValue(0)
    assert dialog.sync_interval.text() == "Only when asked"
    dialog.commit_minutes.setValue(2)
    dialog.large_photo.setValue(40)
    dialog.accept()
    assert gui_settings.get(S.USER_EMAIL) == "anna@stadt.example"
    assert gui_settings.get(S.SYNC_INTERVAL_S) == 0
    assert gui_settings.get(S.SYNC_COMMIT_MINUTES) == 2
    assert gui_settings.get(S.LARGE_PHOTO_MB) == 40
