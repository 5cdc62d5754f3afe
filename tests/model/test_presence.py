"""Presence files: written, renewed, read with limits (untrusted), expired by our clock."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from editor.model import presence

SLUG = "sommerfest-im-park"
NOW = dt.datetime(2026, 6, 24, 10, 0, tzinfo=dt.UTC)


def _age(path: Path, when: dt.datetime) -> None:
    """As if this version of the file had reached this computer at ``when``."""
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_write_read_renew_remove(tmp_path: Path) -> None:
    p = presence.write(tmp_path, SLUG, "Anna Prüferin", host="pc-anna", now=NOW)
    assert p.path == tmp_path / "presence" / SLUG / "Anna-Pruferin@pc-anna.json"
    [back] = presence.read_article(tmp_path, SLUG)
    assert (back.user, back.host, back.since, back.token) == ("Anna Prüferin", "pc-anna",
                                                             NOW, p.token)
    later = NOW + dt.timedelta(minutes=3)
    presence.write(tmp_path, SLUG, "Anna Prüferin", host="pc-anna", token=p.token,
                   since=p.since, now=later)
    [renewed] = presence.read_article(tmp_path, SLUG)
    assert renewed.since == NOW and renewed.renewed == later
    assert not presence.remove(tmp_path, SLUG, "Anna Prüferin", host="pc-anna",
                               token="someone-elses")
    assert presence.remove(tmp_path, SLUG, "Anna Prüferin", host="pc-anna", token=p.token)
    assert not (tmp_path / "presence" / SLUG).exists()  # no empty folder left
    again = presence.write(tmp_path, SLUG, "anna", host="pc-anna")
    taken = presence.write(tmp_path, SLUG, "anna", host="pc-anna")  # a second window's
    assert not presence.withdraw(again) and presence.withdraw(taken)


def test_others_excludes_us_and_the_expired(tmp_path: Path) -> None:
    presence.write(tmp_path, SLUG, "anna", host="pc-anna")
    ben = presence.write(tmp_path, SLUG, "ben", host="pc-ben")
    now = dt.datetime.now(dt.UTC)
    assert [p.user for p in presence.others(tmp_path, SLUG, "anna", host="pc-anna")] == ["ben"]
    assert [p.user for p in presence.others(tmp_path, SLUG, "ben", host="pc-ben")] == ["anna"]
    # Ben's file reached Anna's computer six minutes ago and was not renewed since
    _age(ben.path, now - dt.timedelta(minutes=6))
    assert presence.others(tmp_path, SLUG, "anna", host="pc-anna") == []


def test_a_colleagues_clock_in_the_future_does_not_keep_the_presence_alive(
        tmp_path: Path) -> None:
    """Expiry counts from when the file arrived here (our clock), not from their time."""
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    ben = presence.write(tmp_path, SLUG, "ben", host="pc-ben", now=future)
    assert presence.others(tmp_path, SLUG, "anna", host="pc-anna")  # just arrived
    _age(ben.path, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6))
    assert presence.others(tmp_path, SLUG, "anna", host="pc-anna") == []


def test_a_colleagues_clock_in_the_past_does_not_hide_a_live_presence(tmp_path: Path) -> None:
    """A clock hours or years behind: the file just arrived, so it counts as present."""
    for user, behind in (("ben", dt.timedelta(hours=3)), ("carla", dt.timedelta(days=9000))):
        past = dt.datetime.now(dt.UTC) - behind
        presence.write(tmp_path, SLUG, user, host=f"pc-{user}", since=past, now=past)
    seen = presence.others(tmp_path, SLUG, "anna", host="pc-anna")
    assert sorted(p.user for p in seen) == ["ben", "carla"]


def test_expire_own_removes_only_this_computers_expired_files(tmp_path: Path) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    mine_old = presence.write(tmp_path, SLUG, "anna", host="pc-anna", now=old)
    mine_live = presence.write(tmp_path, "neue-buslinie", "anna", host="pc-anna")
    theirs_old = presence.write(tmp_path, SLUG, "ben", host="pc-ben", now=old)
    _age(theirs_old.path, old)
    removed = presence.expire_own(tmp_path, host="pc-anna")
    assert removed == [mine_old.path]
    assert mine_live.path.exists() and theirs_old.path.exists()  # theirs: ignored, kept


@pytest.mark.parametrize("content", [
    b"", b"not json", b"[1, 2]", b'{"user": 1}',
    json.dumps({"user": "x" * 5000, "host": "h", "token": "t", "since": "2026-01-01T00:00:00",
                "renewed": "2026-01-01T00:00:00"}).encode(),
    json.dumps({"user": "u", "host": "h", "token": "t", "since": "yesterday",
                "renewed": "2026-01-01T00:00:00"}).encode(),
    b"[" * 100_000,
    b"\xff\xfe\x00",
])
def test_bad_files_are_ignored(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "presence" / SLUG
    folder.mkdir(parents=True)
    (folder / "mallory@pc-x.json").write_bytes(content)
    presence.write(tmp_path, SLUG, "ben", host="pc-ben")
    assert [p.user for p in presence.others(tmp_path, SLUG, "anna", host="pc-anna")] == ["ben"]


def test_links_strange_names_and_floods_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    ben = presence.write(tmp_path, SLUG, "ben", host="pc-ben")
    secret.write_bytes(ben.path.read_bytes())
    folder = ben.path.parent
    (folder / "link@pc-x.json").symlink_to(secret)
    (folder / "no-at-sign.json").write_bytes(ben.path.read_bytes())
    (tmp_path / "presence" / "linked").symlink_to(folder)
    assert [p.user for p in presence.read_article(tmp_path, SLUG)] == ["ben"]
    assert presence.read_article(tmp_path, "linked") == []
    for bad in ("..", "../x", ".hidden", "", "a/b"):
        assert presence.read_article(tmp_path, bad) == []
        with pytest.raises(ValueError):
            presence.file_for(tmp_path, bad, "anna")
    for n in range(presence.MAX_FILES + 50):
        presence.write(tmp_path, "flood", f"u{n}", host="pc-x")
    assert len(presence.read_article(tmp_path, "flood")) <= presence.MAX_FILES
