"""Errors of every command as a user sees them: one line on stderr, the documented exit
status, never a traceback on the terminal. All through real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    state = tmp_path / "state"
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    return {**os.environ, "PYTHONPATH": str(REPO), "XDG_STATE_HOME": str(state),
            "TMPDIR": str(temp), **extra}


def newsdesk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=_env(tmp_path, **env), timeout=120)


def patched(tmp_path: Path, body: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run main() in a child whose subcommand is replaced by ``body`` (a function of args):
    how a bug anywhere in a command looks to the user."""
    code = _patched_code(body)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=_env(tmp_path, **env), timeout=120)


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("newsdesk: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_unexpected_exception_writes_a_report_and_says_where(tmp_path):
    result = patched(tmp_path, "raise ZeroDivisionError('boom in the middle')",
                     "list", str(tmp_path))
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert "ZeroDivisionError" in line and "list" in line
    reports = list((tmp_path / "state" / "newsdesk" / "log").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in line
    report = reports[0].read_text(encoding="utf-8")
    assert "Traceback" in report and "boom in the middle" in report
    assert f"newsdesk list {tmp_path}" in report


def test_report_falls_back_to_the_temp_folder(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")  # the log folder cannot be made below a file
    result = patched(tmp_path, "raise KeyError('k')", "list", str(tmp_path),
                     XDG_STATE_HOME=str(blocked))
    assert result.returncode == 2
    line = one_line(result.stderr)
    reports = list((tmp_path / "tmp").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in line


def test_recursion_and_memory_errors_are_one_line(tmp_path):
    deep = patched(tmp_path, "def f(n): return f(n + 1)\nf(0)", "check", "x")
    assert deep.returncode == 2
    assert "nested too deeply" in one_line(deep.stderr)
    memory = patched(tmp_path, "raise MemoryError()", "export", "x", "--out", "y")
    assert memory.returncode == 2
    assert "not enough memory" in one_line(memory.stderr)


def test_our_errors_name_file_and_line_on_one_line(tmp_path):
    body = """
        from editor.model.errors import ArticleFormatError
        raise ArticleFormatError("bad value\\nsecond line \\x1b[31mred", "/ws/a/article.md", 7)
    """
    result = patched(tmp_path, body, "check", "x")
    assert result.returncode == 2
    line = one_line(result.stderr)
    assert line.startswith("newsdesk: /ws/a/article.md, line 7: bad value second line")
    assert "\x1b" not in line and "\\x1b[31mred" in line


def test_broken_pipe_exits_quietly(tmp_path):
    body = """
        for i in range(200000):
            print(f"line {i} " + "x" * 60)
        return 0
    """
    for args in (["list", "ws", "--json"], ["history", "a"]):
        code = (f"{sys.executable} -c {_quote(_patched_code(body))} {' '.join(args)}"
                " | head -1")
        result = subprocess.run(["bash", "-o", "pipefail", "-c", code], capture_output=True,
                                text=True, env=_env(tmp_path), timeout=120)
        assert result.stdout == "line 0 " + "x" * 60 + "\n"
        assert result.stderr == "", result.stderr
        assert result.returncode == 0


def _patched_code(body: str) -> str:
    return textwrap.dedent("""
        import argparse, sys
        import editor.cli
        def func(args):
        {body}
        real = argparse.ArgumentParser.parse_args
        def parse_args(self, argv=None, namespace=None):
            ns = real(self, argv, namespace)
            ns.func = func
            return ns
        argparse.ArgumentParser.parse_args = parse_args
        sys.exit(editor.cli.main(sys.argv[1:]))
    """).format(body=textwrap.indent(textwrap.dedent(body), "    "))


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def test_real_list_json_into_head_is_quiet(tmp_path):
    ws = tmp_path / "ws"
    assert newsdesk(tmp_path, "init", str(ws)).returncode == 0
    articles = ws / "articles"
    for i in range(300):  # more than a pipe buffer of JSON
        folder = articles / f"artikel-{i:03d}"
        folder.mkdir(parents=True)
        (folder / "article.md").write_text(
            f"---\ntitle: Artikel {i} {'lang ' * 60}\ndate: 2022-06-24\n---\nText\n",
            encoding="utf-8")
    code = f"PYTHONPATH={REPO} {sys.executable} -m editor list {ws} --json | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", code], capture_output=True,
                            text=True, env=_env(tmp_path), timeout=300)
    assert result.stdout == "[\n"
    assert result.stderr == "", result.stderr
    assert result.returncode == 0


@pytest.mark.parametrize("args", [
    ["check"], ["render"], ["export", "x"], ["nonsense-command", "a", "b"],
    ["list", "--status", "nope", "ws"], ["review"], ["photo"], ["history"],
])
def test_bad_usage_exits_2_without_traceback(tmp_path, args):
    result = newsdesk(tmp_path, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()


@pytest.mark.parametrize("args", [
    ["check", "{missing}"], ["render", "{missing}", "-o", "{out}"],
    ["export", "{missing}", "--out", "{out}"], ["list", "{missing}"],
    ["review", "status", "{missing}"], ["photo", "list", "{missing}"],
    ["history", "{missing}"],
])
def test_missing_target_is_one_line_naming_it(tmp_path, args):
    missing = tmp_path / "no-such-folder"
    filled = [a.format(missing=missing, out=tmp_path / "out") for a in args]
    result = newsdesk(tmp_path, *filled)
    assert result.returncode == 2
    assert str(missing) in one_line(result.stderr)


def test_control_characters_never_reach_the_terminal(tmp_path):
    body = """
        import sys
        from editor.commands._common import print_json
        print("Titel\\x1b[2J\\x9b31m\\rfalsch\\x00", file=sys.stderr)
        print("Titel\\x1b]0;owned\\x07 ok\\tTab")
        print_json({"title": "a\\x9bb\\x1bc"})
        return 0
    """
    result = patched(tmp_path, body, "list", "ws")
    assert result.returncode == 0
    unsafe = [chr(c) for c in (*range(0, 9), *range(11, 32), *range(127, 160))]
    assert not any(ch in result.stdout + result.stderr for ch in unsafe)
    first, rest = result.stdout.split("\n", 1)
    assert first == "Titel\\u001b]0;owned\\u0007 ok\tTab"
    assert json.loads(rest) == {"title": "a\x9bb\x1bc"}  # JSON stays valid, same value
    assert "\\u001b[2J" in result.stderr
