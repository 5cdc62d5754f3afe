"""docs/cli-json.md is true: each documented --json output has the keys the doc shows,
and every key a command prints is named in its section."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from editor import resources
from editor.cli import main

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli-json.md"


def sections() -> dict[str, str]:
    """'newsdesk init' -> the section's text (heading up to the first option word)."""
    text = DOC.read_text(encoding="utf-8")
    out = {}
    for part in re.split(r"^### ", text, flags=re.M)[1:]:
        heading, _, body = part.partition("\n")
        words = heading.strip("`").split()
        command = " ".join(w for w in words[:3] if re.fullmatch(r"[a-z|-]+", w))
        out[command] = body
    return out


def documented(section: str) -> object:
    block = re.search(r"```json\n(.*?)```", section, re.S)
    assert block, "no JSON example"
    return json.loads(block.group(1).replace("…", ""))


def keys(value: object) -> set[str]:
    if isinstance(value, list):
        assert value, "an empty list proves nothing"
        value = value[0]
    assert isinstance(value, dict)
    return set(value)


def agree(name: str, actual: object) -> None:
    section = sections()[name]
    doc = documented(section)
    assert keys(doc) <= keys(actual), (name, keys(doc) - keys(actual))
    for extra in keys(actual) - keys(doc):
        assert f"`{extra}`" in section, f"{name}: key {extra!r} is not documented"


def run(capsys, *args: str, status: int = 0) -> object:
    assert main([*args, "--json"]) == status, capsys.readouterr()
    return json.loads(capsys.readouterr().out)


def test_the_doc_matches_the_commands(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    agree("newsdesk init", run(capsys, "init", str(ws)))
    made = run(capsys, "new", str(ws), "--title", "Markt", "--date", "2025-07-12")
    agree("newsdesk new", made)
    folder = made["folder"]
    agree("newsdesk check", run(capsys, "check", folder, status=1))
    refused = run(capsys, "export", folder, "-o", str(tmp_path / "out"), status=1)
    assert set(refused) == {"error", "problems"}
    agree("newsdesk render", run(capsys, "render", folder))
    photo = resources.path("sample-workspace") / "articles" / \
        "stadtbibliothek-oeffnet-nach-der-sanierung-wieder" / "photos" / "fassade.jpg"
    agree("newsdesk photo info", run(capsys, "photo", "info", str(photo)))
    agree("newsdesk photo add", run(capsys, "photo", "add", folder, str(photo)))
    agree("newsdesk photo list", run(capsys, "photo", "list", folder))
    agree("newsdesk history", run(capsys, "history", folder))
    diff = run(capsys, "history", folder, "--diff", "1")
    assert set(diff) == {"version", "diff"} and "`--diff N`" in sections()["newsdesk history"]
    restored = run(capsys, "history", folder, "--restore", "1")
    assert set(restored) == {"restored", "title", "folder"}
    agree("newsdesk review submit|approve|request-changes|comment|reopen",
          run(capsys, "review", "submit", folder, "--as", "Ana"))
    run(capsys, "review", "approve", folder, "--as", "Ben")
    agree("newsdesk review status", run(capsys, "review", "status", folder))
    article = Path(folder) / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nNeu.\n", encoding="utf-8")
    agree("newsdesk review diff", run(capsys, "review", "diff", folder))
    agree("newsdesk list", run(capsys, "list", str(ws)))
    run(capsys, "review", "reopen", folder, "--as", "Ana")
    deleted = run(capsys, "delete", folder)
    agree("newsdesk delete", deleted)
    agree("newsdesk trash list", run(capsys, "trash", "list", str(ws)))
    agree("newsdesk trash restore", run(capsys, "trash", "restore", str(ws), deleted["name"]))


def test_export_done_matches_the_doc(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    folder = str(ws / "articles" / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder")
    run(capsys, "review", "submit", folder, "--as", "Ana")
    run(capsys, "review", "approve", folder, "--as", "Ben")
    done = run(capsys, "export", folder, "-o", str(tmp_path / "out"), "--zip")
    agree("newsdesk export", done)
    assert Path(done["bundle"]).is_dir() and Path(done["zip"]).is_file()


def test_the_error_object_matches_the_doc(tmp_path: Path, capsys) -> None:
    error = run(capsys, "check", str(tmp_path / "nope"), status=2)
    text = DOC.read_text(encoding="utf-8")
    example = json.loads(re.search(r"## Errors.*?```json\n(.*?)```", text, re.S).group(1))
    assert set(error) == set(example) and set(error["error"]) == set(example["error"])


@pytest.mark.parametrize("name", ["init", "new", "check", "export", "render", "delete",
                                  "review status", "photo add", "history", "trash list",
                                  "list"])
def test_every_reporting_command_has_a_section(name: str) -> None:
    assert any(k == f"newsdesk {name}" or k.startswith(f"newsdesk {name}")
               for k in sections())
