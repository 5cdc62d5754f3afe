"""A bare repository as the team's remote and clones acting as different people."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from editor.model import storage
from editor.model.workspace import Workspace
from editor.sync import engine

REPO = Path(__file__).resolve().parents[2]


def git(root: Path | None, *args: str) -> str:
    command = ["git", *(["-C", str(root)] if root else []), *args]
    return subprocess.run(command, check=True, capture_output=True, text=True,
                          timeout=60).stdout


def isolate(monkeypatch, tmp_path: Path) -> None:
    """No global or system git config of the machine running the tests."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME",
                 "GIT_COMMITTER_EMAIL", "GIT_DIR", "GIT_WORK_TREE"):
        monkeypatch.delenv(name, raising=False)


def team(tmp_path: Path, names: tuple[str, ...] = ("anna", "ben")) -> tuple[Path, list[Path]]:
    """A bare remote holding a workspace with two articles, and one clone per name."""
    remote = tmp_path / "remote.git"
    git(None, "init", "-q", "--bare", "--initial-branch", "main", str(remote))
    ws = Workspace.init(tmp_path / "first", site_name="Team", language="de")
    for title in ("Sommerfest im Park", "Neue Buslinie"):
        ws.create_article(title, body="Erster Absatz bleibt.\n\nZweiter Absatz alt.\n")
    engine.init_repository(ws.root, str(remote), name="Setup", email="setup@example.org")
    clones = []
    for name in names:
        root = engine.clone(str(remote), tmp_path / name)
        git(root, "config", "user.name", name.title())
        git(root, "config", "user.email", f"{name}@example.org")
        clones.append(root)
    return remote, clones


def article(root: Path, slug: str) -> Path:
    return root / "articles" / slug


def edit_body(root: Path, slug: str, old: str, new: str) -> None:
    loaded = storage.load(article(root, slug))
    changed = loaded.article
    changed.body = changed.body.replace(old, new)
    storage.save_checked(changed, storage.file_hash(changed.path))


def newsdesk(*args: str, env: dict[str, str] | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=full, timeout=timeout)
