"""newsdesk delete ARTICLE_DIR: the app's Delete Article from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.cli import main
from editor.model import trash

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_delete_moves_to_the_trash_and_restore_brings_it_back(workspace, capsys) -> None:
    article = workspace.create_article("Sommerfest")
    result = run("delete", str(article.folder))
    assert result.returncode == 0, result.stderr
    assert not article.folder.exists()
    [entry] = trash.list_trash(workspace.root)
    assert entry.slug == article.slug and entry.title == "Sommerfest"
    assert entry.name in result.stdout and "Sommerfest" in result.stdout
    assert main(["trash", "restore", str(workspace.root), entry.name]) == 0
    assert article.path.is_file()


def test_delete_json(workspace, capsys) -> None:
    article = workspace.create_article("Wochenmarkt")
    assert main(["delete", str(article.folder / "article.md"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["slug"] == "wochenmarkt" and data["title"] == "Wochenmarkt"
    assert Path(data["path"]).is_dir() and data["name"].endswith("-wochenmarkt")
    assert main(["delete", str(article.folder), "--json"]) == 2  # gone now
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["message"] == "no such article folder"
    assert error["file"] == str(article.folder)


def test_quiet_says_nothing(workspace, capsys) -> None:
    article = workspace.create_article("Still")
    assert main(["delete", "-q", str(article.folder)]) == 0
    assert capsys.readouterr().out == ""


def test_refused_while_another_process_has_it_open(workspace) -> None:
    article = workspace.create_article("In Arbeit")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom editor.model import lock\n"
         f"lock.acquire({str(article.folder)!r}, user='Carla')\nprint('held', flush=True)\n"
         "sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run("delete", str(article.folder))
        assert result.returncode == 1
        assert "not deleted: this article is being edited by Carla" in result.stderr
        assert article.path.is_file() and trash.list_trash(workspace.root) == []
        result = run("delete", str(article.folder), "--json")
        assert result.returncode == 1
        assert "being edited by Carla" in json.loads(result.stdout)["error"]["message"]
    finally:
        holder.communicate("\n", timeout=30)
    # the holder has gone (its lock is stale now): deleting works
    assert run("delete", str(article.folder)).returncode == 0


def test_only_article_folders(workspace, tmp_path, capsys) -> None:
    assert main(["delete", str(workspace.root)]) == 2
    assert "not an article folder" in capsys.readouterr().err
    assert main(["delete", str(tmp_path)]) == 2
    assert "not inside a workspace" in capsys.readouterr().err
    assert workspace.root.is_dir()
