"""Photos through Git LFS (`newsdesk init --git REMOTE --lfs`), and a clear message when
git-lfs is missing. The LFS tests need git-lfs (Debian: git-lfs) and skip without it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor import cli
from editor.model.workspace import Workspace
from editor.sync import engine, lfs
from tests.sync.helpers import article, git, isolate

needs_lfs = pytest.mark.skipif(shutil.which("git-lfs") is None,
                               reason="git-lfs is not installed (Debian package git-lfs)")
PHOTO = bytes(range(256)) * 400   # 100 kB that no text filter would leave alone


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)
    clear = lfs.available.cache_clear
    clear()
    yield
    clear()


def _bare(tmp_path: Path) -> Path:
    remote = tmp_path / "remote.git"
    git(None, "init", "-q", "--bare", "--initial-branch", "main", str(remote))
    return remote


def _identity(root: Path, name: str) -> None:
    git(root, "config", "user.name", name)
    git(root, "config", "user.email", f"{name.lower()}@example.org")


@needs_lfs
def test_photos_go_through_lfs_and_arrive_whole_in_another_clone(tmp_path: Path,
                                                                 capsys) -> None:
    remote = _bare(tmp_path)
    first = tmp_path / "first"
    assert cli.main(["init", "--git", str(remote), "--lfs", str(first)]) == 0, \
        capsys.readouterr().err
    attributes = (first / ".gitattributes").read_text()
    assert "*.jpg filter=lfs diff=lfs merge=lfs -text" in attributes
    assert "*.jpg binary" not in attributes
    anna = engine.clone(str(remote), tmp_path / "anna")
    _identity(anna, "Anna")
    ws = Workspace.open(anna)
    folder = ws.create_article("Mit Foto").folder
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "podium.jpg").write_bytes(PHOTO)
    result = engine.sync(anna)
    assert result.sent == 1
    # the remote's history holds a small LFS pointer, not the photo
    blob = git(remote, "show", f"main:articles/{folder.name}/photos/podium.jpg")
    assert blob.startswith("version https://git-lfs.github.com/spec/v1") and len(blob) < 300
    assert f"articles/{folder.name}/photos/podium.jpg" in git(anna, "lfs", "ls-files", "-n")
    # a new clone, and an existing one that receives it through a sync, get the photo
    ben = engine.clone(str(remote), tmp_path / "ben")
    assert (article(ben, folder.name) / "photos" / "podium.jpg").read_bytes() == PHOTO
    engine.sync(first)
    assert (article(first, folder.name) / "photos" / "podium.jpg").read_bytes() == PHOTO
    assert git(ben, "status", "--porcelain") == ""
    # the LFS set-up is the repository's own, not the user's global git config
    assert not (tmp_path / "home" / ".gitconfig").exists()


@needs_lfs
def test_a_plain_workspace_keeps_photos_in_git(tmp_path: Path) -> None:
    remote = _bare(tmp_path)
    assert cli.main(["init", "--git", str(remote), str(tmp_path / "first")]) == 0
    attributes = (tmp_path / "first" / ".gitattributes").read_text()
    assert "*.jpg binary" in attributes and "filter=lfs" not in attributes
    assert not lfs.uses_lfs(tmp_path / "first")


def test_without_git_lfs_init_and_clone_say_so_and_leave_nothing(tmp_path: Path, monkeypatch,
                                                                  capsys) -> None:
    remote = _bare(tmp_path)
    monkeypatch.setattr(lfs, "available", lambda: False)
    target = tmp_path / "first"
    assert cli.main(["init", "--git", str(remote), "--lfs", str(target)]) == 2
    err = capsys.readouterr().err
    assert "git-lfs is not installed" in err and "apt install git-lfs" in err
    assert not target.exists() and git(remote, "rev-list", "--all") == ""
    assert cli.main(["init", "--lfs", str(target)]) == 2
    assert "--lfs needs --git" in capsys.readouterr().err
    # a workspace someone else set up with LFS: the clone refuses and removes its folder
    ws = Workspace.init(tmp_path / "setup", site_name="Team", language="de")
    (ws.root / ".gitattributes").write_text("*.jpg filter=lfs diff=lfs merge=lfs -text\n")
    monkeypatch.setattr(lfs, "available", lambda: True)
    monkeypatch.setattr(lfs, "install", lambda root: None)
    engine.init_repository(ws.root, str(remote), name="Setup", email="s@example.org")
    monkeypatch.setattr(lfs, "available", lambda: False)
    assert cli.main(["clone", str(remote), str(tmp_path / "ben")]) == 2
    assert "git-lfs is not installed" in capsys.readouterr().err
    assert not (tmp_path / "ben").exists()
    # and a commit in such a workspace refuses rather than put the photo into history
    (ws.root / "articles").mkdir(exist_ok=True)
    photo = ws.root / "articles" / "a" / "photos" / "p.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(PHOTO)
    with pytest.raises(engine.GitError, match="git-lfs is not installed"):
        engine.commit_pending(ws.root)
    assert git(ws.root, "status", "--porcelain", "--", "articles")  # still pending
