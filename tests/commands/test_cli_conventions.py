"""Conventions of the command line: honest --help everywhere (every option and argument
explained, exit status, two examples), --json errors, -q/-v, -o/--out, no colour."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import COMMANDS, build_parser, main

REPO = Path(__file__).resolve().parents[2]


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from walk(child, (*path, name))


def all_parsers() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    return [(path, p) for path, p in walk(build_parser()) if path]


def test_every_command_is_walked() -> None:
    walked = {path[0] for path, _p in all_parsers()}
    assert walked == set(COMMANDS)
    assert ("review", "approve") in {path for path, _p in all_parsers()}


@pytest.mark.parametrize("path", [path for path, _p in all_parsers()], ids=" ".join)
def test_help_explains_every_option_exit_status_and_examples(path, capsys) -> None:
    assert main([*path, "--help"]) == 0
    text = capsys.readouterr().out
    parser = dict(all_parsers())[path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                assert choice.help, f"{path} {choice.dest}: no help"
            continue
        name = "/".join(action.option_strings) or action.metavar or action.dest
        if action.help == argparse.SUPPRESS:
            # only a hidden old spelling of an option that is shown under its new name
            twins = [a for a in parser._actions if a.dest == action.dest and a is not action
                     and a.help not in (None, argparse.SUPPRESS)]
            assert twins, f"{' '.join(path)}: {name} is hidden and has no visible twin"
            continue
        assert action.help and action.help.strip(), f"{' '.join(path)}: {name} has no help"
    assert "\nExit status:\n  0  success\n" in text
    assert re.search(r"\n  2  bad usage", text)
    examples = text.split("\nExamples:\n", 1)[1].strip().splitlines()
    assert len([e for e in examples if e.strip().startswith("newsdesk ")]) >= 2
    for line in examples:
        words = line.split()
        if words[:1] == ["newsdesk"]:
            assert tuple(words[1:1 + len(path)]) == path, line  # examples of this command


def test_top_level_help_has_exit_status_examples_and_version(capsys) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "Exit status:" in text and "Examples:" in text and "-V, --version" in text


def test_output_option_is_o_out_everywhere() -> None:
    for path, parser in all_parsers():
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            if {"-o", "--out", "--output"} & set(action.option_strings):
                assert action.option_strings == ["-o", "--out"], (path, action.option_strings)


def test_one_spelling_of_licence_options() -> None:
    options = {o for _path, p in all_parsers() for a in p._actions for o in a.option_strings}
    assert "--license" in options and "--licence" not in options


def test_old_output_spelling_still_works(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    main(["new", str(ws), "--title", "Alt"])
    folder = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["render", folder, "--output", str(tmp_path / "a.html")]) == 0
    assert main(["render", folder, "--out", str(tmp_path / "b.html"), "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{"):]) == {"page": str(tmp_path / "b.html")}
    assert (tmp_path / "a.html").is_file() and (tmp_path / "b.html").is_file()


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, **(env or {}), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=full, timeout=120)


def test_errors_are_json_on_stdout_with_json(tmp_path: Path) -> None:
    cases = [
        (["check", str(tmp_path / "nope"), "--json"], "no such article folder"),
        (["check", "--json"], "the following arguments are required: ARTICLE_DIR"),
        (["new", str(tmp_path), "--title", "x", "--json"], "not a workspace"),
        (["list", str(tmp_path / "nope"), "--json"], ""),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        error = json.loads(result.stdout)["error"]
        assert set(error) == {"message", "file", "line"}
        assert message in error["message"], (args, error)
        assert result.stderr == ""


def test_json_reports_of_init_new_check_export_and_review(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    data = json.loads(run("init", str(ws), "--json").stdout)
    assert data["workspace"] == str(ws.resolve()) or data["workspace"] == str(ws)
    made = json.loads(run("new", str(ws), "--title", "Markt", "--date", "2025-07-12",
                          "--json").stdout)
    assert made["slug"] == "markt" and made["date"] == "2025-07-12"
    folder = made["folder"]
    result = run("export", folder, "-o", str(tmp_path / "out"), "--json")
    assert result.returncode == 1  # no lead: not approved, refused
    refused = json.loads(result.stdout)
    assert refused["error"]["message"].startswith("not exported")
    assert any(p["code"] == "not-approved" for p in refused["problems"])
    submitted = json.loads(run("review", "submit", folder, "--as", "Ana", "--json").stdout)
    assert submitted["state"] == "in_review" and submitted["event"]["event"] == "submitted"
    result = run("review", "submit", folder, "--as", "Ana", "--json")
    assert result.returncode == 1 and "error" in json.loads(result.stdout)


def test_quiet_and_verbose(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run("init", str(ws))
    folder = run("new", str(ws), "--title", "Leise").stdout.strip()
    loud = run("check", folder)
    assert "warning" in loud.stderr  # the article has no lead
    quiet = run("check", folder, "-q")
    assert "warning" not in quiet.stderr and "error" in quiet.stderr
    assert quiet.returncode == loud.returncode == 1
    verbose = run("check", folder, "-v")
    assert "finished with exit status 1 in" in verbose.stderr
    assert run("check", folder, "-q", "-v").returncode == 2  # one or the other


def test_no_colour_or_terminal_codes_in_pipes(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    for args in (["init", str(ws), "--sample"], ["list", str(ws)], ["--help"],
                 ["check", "--help"], ["chek"]):
        result = run(*args, env={"FORCE_COLOR": "", "TERM": "xterm-256color"})
        assert "\x1b" not in result.stdout + result.stderr, args
    for folder in sorted((ws / "articles").iterdir()):
        result = run("export", str(folder), "-o", str(tmp_path / "out"))
        assert "\x1b" not in result.stdout + result.stderr
        assert "\r" not in result.stderr  # the progress bar is for terminals only
