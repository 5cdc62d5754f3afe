"""newsdesk clone / sync / sync --status from outside, as real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from tests.sync.helpers import article, edit_body, git, isolate, newsdesk, team

FEST = "sommerfest-im-park"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def test_clone_sync_and_status(tmp_path: Path) -> None:
    remote, (anna,) = team(tmp_path, ("anna",))
    done = newsdesk("clone", str(remote), str(tmp_path / "carla"), "--json")
    assert done.returncode == 0, done.stderr
    carla = Path(json.loads(done.stdout)["workspace"])
    assert (carla / ".gitignore").is_file() and (article(carla, FEST) / "article.md").is_file()
    git(carla, "config", "user.name", "Carla")
    git(carla, "config", "user.email", "carla@example.org")
    edit_body(carla, FEST, "Zweiter Absatz alt.", "Carla war da.")
    status = newsdesk("sync", "--status", str(carla), "--json")
    assert status.returncode == 0
    report = json.loads(status.stdout)
    assert report["pending"] == [f"articles/{FEST}/article.md"] and report["ahead"] == 0
    synced = newsdesk("sync", str(carla))
    assert synced.returncode == 0, synced.stderr
    assert "1 sent" in synced.stderr
    assert newsdesk("sync", str(anna), "-q").returncode == 0
    assert "Carla war da." in (article(anna, FEST) / "article.md").read_text()
    plain = newsdesk("sync", "--status", str(anna))
    assert "last sync: 20" in plain.stdout and "not yet sent: 0" in plain.stdout


def test_conflict_exit_1_lists_both_places_and_list_check_ignore_the_copy(
        tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Annas Fassung.")
    assert newsdesk("sync", str(anna)).returncode == 0
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Bens Fassung.")
    done = newsdesk("sync", str(ben))
    assert done.returncode == 1, done.stderr
    assert f"conflict: articles/{FEST}/article.md" in done.stdout
    assert "now in the file (remote):" in done.stdout and "yours:" in done.stdout
    copy = Path(done.stdout.split("yours: ")[1].splitlines()[0])
    assert "Bens Fassung." in copy.read_text() and copy.name.startswith("article.conflict-")
    assert git(ben, "status", "--porcelain") == ""
    listed = newsdesk("list", str(ben), "--json")
    assert len(json.loads(listed.stdout)) == 2
    checked = newsdesk("check", str(article(ben, FEST)))
    assert "article.conflict-" not in checked.stdout + checked.stderr
    again = newsdesk("sync", str(ben), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["conflicts"] == []


def test_unreachable_remote_and_not_a_repository_exit_2(tmp_path: Path, capsys) -> None:
    remote, (anna,) = team(tmp_path, ("anna",))
    git(anna, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Unterwegs.")
    done = newsdesk("sync", str(anna))
    assert done.returncode == 2
    assert "cannot reach the remote" in done.stderr and "Traceback" not in done.stderr
    assert git(anna, "log", "-1", "--format=%s").strip() == \
        "Artikel bearbeitet: Sommerfest im Park"
    git(anna, "remote", "set-url", "origin", str(remote))
    assert main(["sync", str(anna), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1
    plain = tmp_path / "plain"
    plain.mkdir()
    assert main(["sync", str(plain), "--json"]) == 2
    assert "not a Git repository" in json.loads(capsys.readouterr().out)["error"]["message"]
    assert main(["clone", str(tmp_path / "nothing.git"), str(tmp_path / "x")]) == 2
    assert "cannot clone" in capsys.readouterr().err


def test_init_git_pushes_a_new_workspace_to_an_empty_remote(tmp_path: Path) -> None:
    remote = tmp_path / "new.git"
    git(None, "init", "-q", "--bare", "--initial-branch", "main", str(remote))
    env = {"GIT_AUTHOR_NAME": "Anna", "GIT_AUTHOR_EMAIL": "anna@example.org",
           "GIT_COMMITTER_NAME": "Anna", "GIT_COMMITTER_EMAIL": "anna@example.org"}
    made = newsdesk("init", "--git", str(remote), str(tmp_path / "ws"), "--sample", env=env)
    assert made.returncode == 0, made.stderr
    files = git(remote, "ls-tree", "-r", "--name-only", "main").splitlines()
    assert "newsdesk.toml" in files and ".gitignore" in files
    assert not [f for f in files if ".newsdesk" in f]
    assert len([f for f in files if f.endswith("/article.md")]) == 3
    assert git(remote, "log", "-1", "--format=%an", "main").strip() == "Anna"
    again = newsdesk("init", "--git", str(remote), str(tmp_path / "other"), env=env)
    assert again.returncode == 2 and "remote is not empty" in again.stderr
    assert "newsdesk clone" in again.stderr
    gone = newsdesk("init", "--git", str(tmp_path / "gone.git"), str(tmp_path / "third"))
    assert gone.returncode == 2 and "cannot reach the remote" in gone.stderr
    assert (tmp_path / "third" / "newsdesk.toml").is_file()
