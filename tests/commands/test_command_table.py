"""The command table in editor/cli.py names every module of editor/commands with the help
that module registers, `newsdesk --help` lists them all without importing any, and a
command imports only its own module (start-up time of `newsdesk list`)."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import editor.commands
from editor.cli import COMMANDS, build_parser

REPO = Path(__file__).resolve().parents[2]


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(editor.commands.__path__)
                  if not m.name.startswith("_"))


def test_the_table_names_every_command_module_with_its_own_help() -> None:
    assert sorted(COMMANDS) == _modules()
    for name in _modules():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"editor.commands.{name}").register(sub)
        helps = {a.dest: a.help for a in sub._choices_actions}
        assert helps == {name: COMMANDS[name]}


def test_full_parser_still_registers_every_command() -> None:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert sorted(actions[0].choices) == _modules()
    assert parser.parse_args(["list", "ws"]).func.__module__ == "editor.commands.list"
    assert parser.parse_args(["check", "a"]).func.__module__ == "editor.commands.check"


def _child(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


LOADED = ("import json, sys\n"
          "print(json.dumps({'modules': sorted(m for m in sys.modules if m.startswith("
          "('editor.commands.', 'editor.publish', 'editor.render'))), 'out': out.getvalue(),"
          " 'status': status, 'heavy': sorted(m for m in sys.modules if m in ("
          "'editor.model.review', 'editor.model.storage', 'editor.model.history',"
          " 'editor.model.validation'))}))\n")


def test_help_lists_every_command_without_importing_them() -> None:
    result = _child("import io, contextlib\nfrom editor.cli import main\n"
                    "out = io.StringIO()\n"
                    "with contextlib.redirect_stdout(out):\n    status = main(['--help'])\n"
                    + LOADED)
    assert result["status"] == 0
    assert result["modules"] == []
    text = " ".join(result["out"].split())
    for name, help_text in COMMANDS.items():
        assert f"{name} {' '.join(help_text.split())}" in text


def test_list_imports_only_its_own_command(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index"))
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    (ws / "newsdesk.toml").write_text('site_name = "T"\nbase_url = "https://example.org/"\n',
                                      encoding="utf-8")
    (ws / "articles" / "eins").mkdir()
    (ws / "articles" / "eins" / "article.md").write_text("---\ntitle: Eins\n---\nText\n",
                                                         encoding="utf-8")
    os.utime(ws / "articles" / "eins" / "article.md", (1e9, 1e9))  # settled: not re-read
    code = ("import io, contextlib\nfrom editor.cli import main\nout = io.StringIO()\n"
            "with contextlib.redirect_stdout(out):\n"
            f"    status = main(['list', {str(ws)!r}])\n" + LOADED)
    _child(code)  # builds the index (reading articles needs the review state)
    result = _child(code)  # warm
    assert result["status"] == 0
    assert "Eins" in result["out"]
    assert result["modules"] == ["editor.commands.list"]
    assert not result["heavy"]  # a warm list reads the index: no review, storage, YAML dump


def test_list_status_choices_are_the_review_states() -> None:
    from editor.commands.list import STATES
    from editor.model.review import STATES as REVIEW_STATES

    assert tuple(REVIEW_STATES) == STATES
