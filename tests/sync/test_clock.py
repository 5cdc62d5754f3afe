"""A clone on a computer whose clock is wrong (years ahead or behind): history order, our
'last sync' and presence expiry rely on the commit graph and on our own clock only."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor.model import presence
from editor.sync import engine
from tests.sync.helpers import edit_body, git, isolate, team

FEST, BUS = "sommerfest-im-park", "neue-buslinie"
FUTURE = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)
PAST = dt.datetime(2001, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def _clock(monkeypatch, when: dt.datetime | None) -> None:
    """The git commands of this 'computer' date their commits ``when`` (None: right)."""
    for name in ("GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"):
        if when is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def test_history_order_and_last_sync_do_not_follow_a_wrong_clock(monkeypatch,
                                                                  tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    _clock(monkeypatch, FUTURE)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Erst Anna (Uhr 2099).")
    engine.sync(anna)
    _clock(monkeypatch, PAST)
    edit_body(ben, FEST, "Erster Absatz bleibt.", "Dann Ben (Uhr 2001).")
    result = engine.sync(ben)
    assert result.received == 1 and result.conflicts == []
    _clock(monkeypatch, None)
    engine.sync(anna)
    # the graph says Ben's edit came after Anna's, whatever the dates say
    order = git(anna, "log", "--topo-order", "--format=%s|%ad", "--date=format:%Y",
                "--", f"articles/{FEST}").splitlines()
    assert order[0] == "Artikel bearbeitet: Sommerfest im Park|2001"
    assert order[1] == "Artikel bearbeitet: Sommerfest im Park|2099"
    text = (anna / "articles" / FEST / "article.md").read_text()
    assert "Erst Anna (Uhr 2099)." in text and "Dann Ben (Uhr 2001)." in text
    # 'last sync' is our clock's, not the commits'
    for root in (anna, ben):
        last = dt.datetime.fromisoformat(engine.status(root).last_sync)
        assert abs(dt.datetime.now(dt.UTC) - last) < dt.timedelta(minutes=10)


@pytest.mark.parametrize("their_clock", [FUTURE, PAST])
def test_presence_from_a_wrong_clock_shows_and_expires_by_ours(monkeypatch, tmp_path: Path,
                                                               their_clock) -> None:
    _remote, (anna, ben) = team(tmp_path)
    _clock(monkeypatch, their_clock)
    presence.write(anna, FEST, "Anna", host="pc-anna", now=their_clock)
    engine.sync(anna)
    _clock(monkeypatch, None)
    engine.sync(ben)
    [seen] = presence.others(ben, FEST, "Ben", host="pc-ben")
    assert seen.user == "Anna"  # arrived just now: present, whatever her clock says
    arrived = seen.path.stat().st_mtime
    os.utime(seen.path, (arrived - 360, arrived - 360))  # six minutes on our clock
    assert presence.others(ben, FEST, "Ben", host="pc-ben") == []
    engine.sync(ben)
    assert seen.path.exists()  # hers: ignored when expired, never removed by Ben
