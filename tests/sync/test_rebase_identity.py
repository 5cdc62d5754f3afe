"""The rebase of a sync commits again every local commit it replays: it needs the same
identity as our own commits, and a step git refuses must end the sync, not loop."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.sync import engine
from editor.sync import git as sync_git
from tests.sync.helpers import article, edit_body, git, isolate, team

FEST = "sommerfest-im-park"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def _forget_identity(root: Path) -> None:
    git(root, "config", "--unset", "user.name")
    git(root, "config", "--unset", "user.email")


def test_a_writer_known_only_to_the_app_gets_a_conflict_not_a_hang(tmp_path: Path) -> None:
    """A writer who set name and e-mail only in Newsdesk's settings (none in git's config):
    the replayed commit needs that identity too (git stopped at every step before)."""
    _remote, (anna, ben) = team(tmp_path)
    for root in (anna, ben):
        _forget_identity(root)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Anna schreibt.")
    engine.sync(anna, name="Anna", email="anna@example.org")
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Ben schreibt.")

    result = engine.sync(ben, name="Ben", email="ben@example.org")

    assert [c.kind for c in result.conflicts] == ["article"]
    assert "Anna schreibt." in (article(ben, FEST) / "article.md").read_text("utf-8")
    copy = Path(result.conflicts[0].local_copy or "")
    copy = copy if copy.is_absolute() else ben / copy
    assert "Ben schreibt." in copy.read_text("utf-8")
    assert not (sync_git.git_dir(ben) / "rebase-merge").exists()


def test_a_step_git_refuses_ends_the_sync_with_our_error_and_keeps_the_commits(
        tmp_path: Path) -> None:
    """Every replayed commit fails (here: signing with a program that always fails): the
    sync stops at the first refused step, aborts the rebase and keeps the local commit."""
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, "neue-buslinie", "Zweiter Absatz alt.", "Anna schreibt.")
    engine.sync(anna)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Ben schreibt.")
    engine.commit_pending(ben)
    mine = git(ben, "rev-parse", "HEAD").strip()
    git(ben, "config", "commit.gpgsign", "true")
    git(ben, "config", "gpg.program", "false")

    with pytest.raises(sync_git.GitError, match="could not be combined"):
        engine.sync(ben)

    assert git(ben, "rev-parse", "HEAD").strip() == mine
    assert not (sync_git.git_dir(ben) / "rebase-merge").exists()
    assert "Ben schreibt." in (article(ben, FEST) / "article.md").read_text("utf-8")
