"""newsdesk history: list, diff, restore, lock respect, exit codes."""

from __future__ import annotations

import json

from editor.cli import main
from editor.model import history, lock, storage
from editor.model.article import load_article


def _article_with_versions(workspace):
    article = load_article(workspace.create_article("Brücke").folder)
    h = storage.file_hash(article.path)
    for body in ("alt\n", "neu\n"):
        article.body = body
        h = storage.save_checked(article, h, version_interval=0)
    return article


def test_list_diff_restore(workspace, capsys) -> None:
    article = _article_with_versions(workspace)
    d = str(article.folder)
    assert main(["history", d]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[0].split()[0] == "1" and lines[0].endswith("Brücke")
    assert main(["history", d, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["number"] for v in data] == [1, 2]
    assert main(["history", d, "--diff", "1"]) == 0
    out = capsys.readouterr().out
    assert "-neu" in out and "+alt" in out
    assert main(["history", d, "--restore", "1"]) == 0
    assert "restored version 1" in capsys.readouterr().out
    assert load_article(article.folder).body == "alt\n"
    assert len(history.list_versions(article.folder)) == 3


def test_restore_refused_while_locked(workspace, capsys) -> None:
    article = _article_with_versions(workspace)
    with lock.acquire(article.folder, "anna"):
        assert main(["history", str(article.folder), "--restore", "1"]) == 1
        assert "being edited by anna" in capsys.readouterr().err
        assert load_article(article.folder).body == "neu\n"
        assert main(["history", str(article.folder), "--restore", "1", "--force"]) == 0
    assert load_article(article.folder).body == "alt\n"


def test_bad_version_and_folder(workspace, tmp_path, capsys) -> None:
    article = _article_with_versions(workspace)
    assert main(["history", str(article.folder), "--restore", "7"]) == 2
    assert "no version 7" in capsys.readouterr().err
    assert main(["history", str(tmp_path / "nothing")]) == 2
    assert "no article.md" in capsys.readouterr().err


def test_no_versions(workspace, capsys) -> None:
    article = workspace.create_article("Leer")
    assert main(["history", str(article.folder)]) == 0
    assert "no earlier versions" in capsys.readouterr().out
