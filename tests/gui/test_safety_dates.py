"""Versions and trash show their times in the interface language and the local zone."""

from __future__ import annotations

import datetime as dt
import os
import re
import time

import pytest
from PySide6.QtCore import QLocale

from editor.gui.dates import format_datetime
from editor.gui.safety import HistoryDialog, TrashDialog
from editor.model import history, storage, trash
from editor.model.article import load_article


@pytest.fixture
def german_in_new_york():
    """The interface in German (as editor.gui.i18n sets it), the clock in New York."""
    old_tz, old_locale = os.environ.get("TZ"), QLocale()
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(old_locale)
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


GERMAN = re.compile(r"^\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d$")


def test_versions_list_and_diff_header(qtbot, workspace, german_in_new_york):
    article = load_article(workspace.create_article("Rathaus").folder)
    h = storage.file_hash(article.path)
    for body in ("erste\n", "zweite\n"):
        article.body = body
        h = storage.save_checked(article, h, version_interval=0)
    versions = history.list_versions(article.folder)
    dialog = HistoryDialog(article, h)
    qtbot.addWidget(dialog)
    when = format_datetime(versions[0].saved_at)
    assert GERMAN.match(when), when
    local = versions[0].saved_at.astimezone()  # New York: not the UTC clock
    assert f"{local:%H:%M:%S}" in when
    assert dialog.list.item(0).text().endswith(when)
    assert dialog.diff_view.lines[0] == "--- Current text"
    assert dialog.diff_view.lines[1] == f"+++ Version {versions[0].number} ({when})"


def test_trash_deleted_column(qtbot, workspace, german_in_new_york):
    a = workspace.create_article("Alpha")
    trash.move_to_trash(workspace.root, a.slug)
    entry = trash.list_trash(workspace.root)[0]
    dialog = TrashDialog(workspace.root)
    qtbot.addWidget(dialog)
    shown = dialog.tree.topLevelItem(0).text(1)
    assert shown == format_datetime(entry.deleted_at, "de", "short")
    assert f"{entry.deleted_at.astimezone():%H:%M}" in shown


SHORT_GERMAN = re.compile(r"\d\d\.\d\d\.\d\d, \d\d:\d\d")


def test_lock_notice_says_since_when_in_local_time(qtbot, german_in_new_york):
    from editor.gui.safety.lock_notice import build_lock_box, describe_holder
    from editor.model.lock import LockInfo

    since = dt.datetime(2026, 12, 1, 19, 20, tzinfo=dt.UTC)  # 14:20 in New York
    info = LockInfo("Carla", "pc-7", 4711, since)
    text = describe_holder(info)
    assert text.endswith("01.12.26, 14:20"), text
    assert SHORT_GERMAN.search(text) and "19:20" not in text and "2026-12-01" not in text
    box = build_lock_box(None, info, stale=False)
    qtbot.addWidget(box)
    assert "01.12.26, 14:20" in box.text()


def test_restore_question_says_when_in_local_time(qtbot, german_in_new_york, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from editor.gui import dialogs
    from editor.gui.window_dialogs import DialogHost, WindowDialogs
    from editor.model.recovery import JournalEntry

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    host = DialogHost(parent, None, None, lambda: "", lambda _f: None,  # type: ignore[arg-type]
                      lambda: None)
    entry = JournalEntry("text", dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC),
                         None)  # type: ignore[arg-type]
    assert WindowDialogs(host).restore_journal(entry)
    assert "01.07.26, 18:30" in asked[0], asked  # New York in summer: UTC-4
    assert "22:30" not in asked[0]
