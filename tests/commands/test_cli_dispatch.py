"""What `newsdesk WORD` does: only an existing folder (or nothing) opens the app; a typo is
an unknown command with a suggestion, never a window (nor Qt's abort without a display)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main, missing_display

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = dict(os.environ if env is None else env)
    base["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=base, timeout=60, cwd=REPO)


def no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR")}
    return env


@pytest.mark.parametrize("args", [["chek"], ["chek", "some/article"], ["exprot", "--json"]])
def test_a_typo_is_an_unknown_command_with_a_suggestion(args: list[str]) -> None:
    # with a display the old code would have tried to open the window: make sure it cannot
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run(*args, env=env)
    assert result.returncode == 2
    wanted = {"chek": "check", "exprot": "export"}[args[0]]
    message = f"unknown command '{args[0]}' — did you mean '{wanted}'?"
    if "--json" in args:
        assert json.loads(result.stdout)["error"]["message"] == message
    else:
        assert result.stderr.strip() == f"newsdesk: {message}"
        assert result.stdout == ""


def test_a_word_like_no_command_gets_the_help_pointer(capsys) -> None:
    assert main(["zzzzzz"]) == 2
    assert "unknown command 'zzzzzz' (see 'newsdesk --help')" in capsys.readouterr().err


def test_a_missing_or_non_folder_path_does_not_open_the_app(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err
    file = tmp_path / "notes.txt"
    file.write_text("x", encoding="utf-8")
    assert main([str(file)]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_without_a_display_the_app_fails_with_one_sentence(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check applies to X11/Wayland systems")
    for args in ([str(tmp_path)], []):
        env = no_display_env()
        env["HOME"] = str(tmp_path)  # no settings or default workspace of the user
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        result = run(*args, env=env)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("newsdesk: cannot open the app: there is no display")
        assert "Reinstalling" not in result.stderr


def test_display_rules() -> None:
    assert missing_display({}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-1"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "wayland;minimal"}, "linux")
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not missing_display({}, "win32")
    assert not missing_display({}, "darwin")


def test_version_short_and_long() -> None:
    for flag in ("-V", "--version"):
        result = run(flag)
        assert result.returncode == 0
        assert result.stdout.startswith("newsdesk ")


def test_json_errors_carry_no_raw_terminal_controls(capsys) -> None:
    assert main(["ch\x9bek\x1b[2J", "--json"]) == 2
    out = capsys.readouterr().out
    assert "\x9b" not in out and "\x1b" not in out
    assert json.loads(out)["error"]["message"].startswith("unknown command 'ch\x9bek\x1b[2J'")


def test_a_mistyped_action_or_choice_gets_a_suggestion(capsys) -> None:
    assert main(["review", "aprove", "x"]) == 2
    assert "invalid choice: 'aprove'" in (err := capsys.readouterr().err)
    assert err.rstrip().endswith("— did you mean 'approve'?")
    assert main(["list", "ws", "--status", "aproved", "--json"]) == 2
    message = json.loads(capsys.readouterr().out)["error"]["message"]
    assert message.endswith("— did you mean 'approved'?")
    assert main(["completion", "fish"]) == 2
    assert "did you mean" not in capsys.readouterr().err  # nothing close: no guess
