"""newsdesk trash list|restore."""

from __future__ import annotations

import json

from editor.cli import main
from editor.model import trash


def test_list_and_restore(workspace, capsys) -> None:
    article = workspace.create_article("Wochenmarkt")
    assert main(["trash", "list", str(workspace.root)]) == 0
    assert "empty" in capsys.readouterr().out
    entry = trash.move_to_trash(workspace.root, article.slug)
    assert main(["trash", "list", str(workspace.root), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["name"] == entry.name and data[0]["title"] == "Wochenmarkt"
    assert main(["trash", "list", str(workspace.root)]) == 0
    assert entry.name in capsys.readouterr().out
    assert main(["trash", "restore", str(workspace.root), entry.name]) == 0
    assert "articles/wochenmarkt" in capsys.readouterr().out
    assert (workspace.articles_dir / "wochenmarkt" / "article.md").is_file()


def test_errors_exit_2(workspace, tmp_path, capsys) -> None:
    assert main(["trash", "restore", str(workspace.root), "nothing"]) == 2
    assert "nothing called 'nothing'" in capsys.readouterr().err
    assert main(["trash", "list", str(tmp_path / "nope")]) == 2
    assert main(["trash"]) == 2
