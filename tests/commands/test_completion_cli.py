"""newsdesk completion bash|zsh: generated from the parser, tried in a real bash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def script(shell: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "editor", "completion", shell],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def complete(path: Path, words: list[str], cwd: Path | None = None) -> list[str]:
    """What bash offers after ``words`` (the last word being typed)."""
    quoted = " ".join(f"'{w}'" for w in words)
    code = (f"source '{path}'\nCOMP_WORDS=({quoted})\nCOMP_CWORD={len(words) - 1}\n"
            f"COMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n"
            "_shtab_newsdesk\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    result = subprocess.run(["bash", "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return [w for w in result.stdout.splitlines() if w]


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory) -> Path:
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    path = tmp_path_factory.mktemp("completion") / "newsdesk.bash"
    path.write_text(script("bash"), encoding="utf-8")
    return path


def test_bash_completes_commands_actions_and_options(bash_script: Path) -> None:
    from editor.cli import COMMANDS

    assert complete(bash_script, ["newsdesk", ""]) and set(
        complete(bash_script, ["newsdesk", ""])) >= set(COMMANDS)
    assert complete(bash_script, ["newsdesk", "ch"]) == ["check"]
    assert complete(bash_script, ["newsdesk", "de"]) == ["delete"]
    assert set(complete(bash_script, ["newsdesk", "review", "re"])) == {"request-changes",
                                                                        "reopen"}
    assert "--zip" in complete(bash_script, ["newsdesk", "export", "--"])
    assert "--allow-incomplete" in complete(bash_script, ["newsdesk", "photo", "add", "--a"])
    assert complete(bash_script, ["newsdesk", "list", "x", "--status", "appr"]) == ["approved"]


def test_bash_offers_folders_for_an_article(bash_script: Path, tmp_path: Path) -> None:
    (tmp_path / "sommerfest").mkdir()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    offered = complete(bash_script, ["newsdesk", "check", "so"], cwd=tmp_path)
    assert offered == ["sommerfest"]
    assert complete(bash_script, ["newsdesk", "check", "no"], cwd=tmp_path) == []


def test_zsh_script_names_every_command() -> None:
    from editor.cli import COMMANDS

    text = script("zsh")
    assert text.startswith("#compdef newsdesk")
    for name, help_text in COMMANDS.items():
        quoted = help_text.replace("'", "'\"'\"'")  # how the script quotes an apostrophe
        assert f"{name}:'{quoted}'" in text
    if shutil.which("zsh"):
        assert subprocess.run(["zsh", "-n"], input=text, text=True, timeout=60).returncode == 0


def test_unknown_shell_is_usage(capsys) -> None:
    from editor.cli import main

    assert main(["completion", "fish"]) == 2
    assert "invalid choice" in capsys.readouterr().err
