"""Presence through Git: two clones see who has an article open; expired files go."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor.model import presence
from editor.sync import engine
from tests.sync.helpers import edit_body, git, isolate, team

FEST, BUS = "sommerfest-im-park", "neue-buslinie"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def test_presence_travels_through_the_sync_and_leaves_article_history_clean(
        tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    mine = presence.write(anna, FEST, "Anna", host="pc-anna")
    assert engine.status(anna).pending == []  # a note, not a change the user made
    result = engine.sync(anna)
    assert result.committed == ["Anwesenheit: Sommerfest im Park"] and result.sent == 1
    engine.sync(ben)
    [seen] = presence.others(ben, FEST, "Ben", host="pc-ben")
    assert (seen.user, seen.host) == ("Anna", "pc-anna")
    assert presence.others(ben, BUS, "Ben", host="pc-ben") == []
    # the article's own history holds no presence commits
    assert "Anwesenheit" not in git(ben, "log", "--format=%s", "--", f"articles/{FEST}")
    assert presence.remove(anna, FEST, "Anna", host="pc-anna", token=mine.token)
    engine.sync(anna)
    engine.sync(ben)
    assert presence.others(ben, FEST, "Ben", host="pc-ben") == []
    assert git(ben, "status", "--porcelain") == ""


def test_both_present_on_one_article_never_conflict(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    presence.write(anna, FEST, "Anna", host="pc-anna")
    presence.write(ben, FEST, "Ben", host="pc-ben")
    edit_body(anna, BUS, "Zweiter Absatz alt.", "Anna hier.")
    engine.sync(anna)
    result = engine.sync(ben)
    assert result.conflicts == [] and result.received == 1
    engine.sync(anna)
    assert [p.user for p in presence.others(anna, FEST, "Anna", host="pc-anna")] == ["Ben"]
    assert [p.user for p in presence.others(ben, FEST, "Ben", host="pc-ben")] == ["Anna"]
    # a renewal in each clone between syncs: still no conflict
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=61)
    presence.write(anna, FEST, "Anna", host="pc-anna", now=later)
    presence.write(ben, FEST, "Ben", host="pc-ben", now=later)
    engine.sync(anna)
    assert engine.sync(ben).conflicts == []


def test_the_sync_removes_our_expired_presence_and_keeps_a_colleagues(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)
    # the app on this computer died 20 minutes ago with the article open
    dead = presence.write(anna, FEST, "Anna", now=old)
    # a colleague's file from another computer, arrived long ago, not renewed since
    theirs = presence.write(anna, BUS, "Carla", host="pc-carla", now=old)
    os.utime(theirs.path, (old.timestamp(), old.timestamp()))
    engine.sync(anna)
    assert not dead.path.exists()
    assert theirs.path.exists()  # not ours to remove; only ignored
    assert presence.others(anna, BUS, "Anna") == []
    engine.sync(ben)
    assert not (ben / "presence" / FEST).exists()


def test_only_presence_files_under_presence_are_committed(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    folder = anna / "presence" / FEST
    folder.mkdir(parents=True)
    (folder / "run-me.sh").write_text("#!/bin/sh\n")
    (folder / "deep").mkdir()
    (folder / "deep" / "x@y.json").write_text("{}")
    (anna / "presence" / "top@pc.json").write_text("{}")
    assert engine.pending_changes(anna) == []
    presence.write(anna, FEST, "Anna", host="pc-anna")
    assert engine.pending_changes(anna) == [f"presence/{FEST}/Anna@pc-anna.json"]
