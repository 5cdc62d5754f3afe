"""Versions and trash show their times in the interface language and the local zone."""

from __future__ import annotations

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
