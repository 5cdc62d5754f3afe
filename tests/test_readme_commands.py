"""The README's command line, claim by claim: every ``newsdesk`` example in a ```sh block
is run, in README order, as a user would type it; every option the README names for a
command exists in that command's ``--help``; the stated exit codes hold.

The README is read when the test runs, so new sections are picked up by themselves.

Conventions (for whoever edits README.md):

- ``<!-- not-run -->`` on the line before a ```sh block: the block is not run (for
  examples that need a display, the network or a user's files). The two set-up blocks
  (``<!-- setup-run -->``, ``<!-- setup-test -->``) are not run either.
- A line ``newsdesk`` or ``newsdesk DIR`` (no command) opens the app: never run.
- A line with a placeholder (an all-capitals word such as ``FILE``) or ``[...]`` is a
  synopsis: its options are checked against ``--help``, it is not run.
- ``# exit N`` in a line's comment states its exit status. Without it a line must exit 0,
  except ``check`` and ``export``, which must exit 1 unless the article is approved at
  that point (the README: check predicts export; export needs an approval).
- ``NAME=value`` lines (``A=~/...``) are kept and apply to the block's later lines.

Each block runs in bash with HOME set to an empty temporary folder (so ``~/newsdesk-probe``
and ``~/Desktop`` are throw-away), the working directory there too, and ``newsdesk`` being
this checkout (``python -m editor``). Substitutions for the README's placeholders (the
table SUBSTITUTIONS) and the set-up the README takes for granted (SETUP: an article
``my-article`` with two saved versions before ``history``; it deleted before ``trash``)
are made by the test and listed below.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from editor.cli import COMMANDS

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
NOT_RUN = {"<!-- not-run -->", "<!-- setup-run -->", "<!-- setup-test -->"}
SAMPLE_ARTICLE = "~/newsdesk-probe/articles/stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
# README placeholder -> what the test puts there (regular expression -> replacement)
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"(?<![\w/~.-])ARTICLE_DIR(?![\w-])", SAMPLE_ARTICLE),  # render examples
    (r"(?<![\w/~.-])workspace(?=/articles/|\s|$)", "~/newsdesk-probe"),  # history, trash
]
TRASH_NAME = re.compile(r"\b\d{8}T\d{6,12}Z-[a-z0-9-]+\b")
PLACEHOLDER = re.compile(r"(?<![\w/~.$-])[A-Z][A-Z_]{1,}(?![\w/])")


@dataclass
class Block:
    line: int  # of the opening fence in README.md
    commands: list[str] = field(default_factory=list)  # logical lines, continuations joined
    run: bool = True


def sh_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = text.split("\n")
    current: Block | None = None
    pending = ""
    for number, line in enumerate(lines, start=1):
        if current is None:
            if line.strip() == "```sh":
                before = [x.strip() for x in lines[: number - 1] if x.strip()]
                current = Block(number, run=not (before and before[-1] in NOT_RUN))
            continue
        if line.strip() == "```":
            blocks.append(current)
            current = None
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        current.commands.append((pending + line).strip())
        pending = ""
    return blocks


def substitute(command: str) -> str:
    """The placeholders replaced in the code, not in the comment after it."""
    code, hash_, comment = command.partition(" #")
    for pattern, replacement in SUBSTITUTIONS:
        code = re.sub(pattern, replacement, code)
    return code + hash_ + comment


def words_of(command: str) -> list[str]:
    return shlex.split(command, comments=True)


def is_synopsis(command: str) -> bool:
    code = command.split(" #", 1)[0]
    return "[" in code or "|" in code or bool(PLACEHOLDER.search(code))


def options_of(command: str) -> list[str]:
    code = command.split(" #", 1)[0]
    return sorted(set(re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", code)))


def subcommand_words(words: list[str]) -> list[str]:
    """``['photo', 'add']`` of ``newsdesk photo add ...``: the command and its action."""
    out = [words[1]]
    if len(words) > 2 and re.fullmatch(r"[a-z][a-z|-]+", words[2]) and \
            words[1] in ("photo", "review", "trash", "completion"):
        out.append(words[2])
    return out


@pytest.fixture(scope="module")
def user_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    home = tmp_path_factory.mktemp("home")
    bin_dir = home / ".bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "newsdesk"
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m editor "$@"\n',
                       encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "NEWSDESK_"))}
    env.update(HOME=str(home), PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
               PYTHONPATH=str(REPO), NEWSDESK_SETTINGS=str(home / "settings.ini"),
               LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return home, env


def bash(script: str, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=home, env=env, capture_output=True,
                          text=True, timeout=300)


def newsdesk(home: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return bash(shlex.join(["newsdesk", *args]), home, env)


def approved(article: str, prefix: str, home: Path, env: dict[str, str]) -> bool:
    result = bash(f"{prefix}newsdesk review status {article} --json", home, env)
    try:
        return json.loads(result.stdout).get("state") == "approved"
    except ValueError:
        return False


def setup_for(block: Block, home: Path, env: dict[str, str]) -> None:
    """What the README takes for granted before a block (see the module docstring)."""
    text = substitute("\n".join(block.commands))
    mine = home / "newsdesk-probe" / "articles" / "my-article"
    if "newsdesk history" in text and "/articles/my-article" in text and not mine.exists():
        assert newsdesk(home, env, "new", str(home / "newsdesk-probe"),
                        "--title", "My article").returncode == 0
        sample = home / "newsdesk-probe" / "articles" / SAMPLE_ARTICLE.rsplit("/", 1)[1]
        for photo in ("fassade.jpg", "lesesaal.jpg"):  # two saves: two versions
            assert newsdesk(home, env, "photo", "add", str(mine),
                            str(sample / "photos" / photo)).returncode == 0
    if "newsdesk trash restore" in text and TRASH_NAME.search(text) and \
            not (home / "newsdesk-probe" / ".trash").is_dir() and mine.exists():
        assert newsdesk(home, env, "delete", str(mine)).returncode == 0


def trash_name(home: Path, env: dict[str, str]) -> str | None:
    listed = newsdesk(home, env, "trash", "list", str(home / "newsdesk-probe"), "--json")
    try:
        entries = json.loads(listed.stdout)
    except ValueError:
        return None
    return entries[0]["name"] if entries else None


def test_readme_examples_run_in_order(user_home: tuple[Path, dict[str, str]]) -> None:
    home, env = user_home
    failures: list[str] = []
    ran = 0
    for block in sh_blocks(README.read_text(encoding="utf-8")):
        if not block.run:
            continue
        setup_for(block, home, env)
        prefix = ""  # NAME=value lines of the block so far
        for raw in block.commands:
            command = substitute(raw)
            if re.match(r"^[A-Za-z_]\w*=", command):
                prefix += command + "\n"
                continue
            if not command.startswith("newsdesk"):
                continue  # bench/, .venv/bin/python ...: not the command line
            words = words_of(command)
            if len(words) < 2 or words[1] not in COMMANDS or is_synopsis(command):
                continue  # opens the app, or a synopsis (checked by the next test)
            if TRASH_NAME.search(command):
                name = trash_name(home, env)
                if name:
                    command = TRASH_NAME.sub(name, command)
            stated = re.search(r"#\s*exit (\d+)", command)
            if stated:
                expected = int(stated.group(1))
            elif words[1] in ("check", "export"):
                # the article as the shell sees it ("$A", ~/...): the line's own word
                tokens = command.split(" #", 1)[0].split()
                target = tokens[2] if len(tokens) > 2 else "''"
                expected = 0 if approved(target, prefix, home, env) else 1
            else:
                expected = 0
            result = bash(prefix + command, home, env)
            ran += 1
            if result.returncode != expected or "Traceback" in result.stderr:
                failures.append(f"README.md line {block.line}: {raw}\n  -> {command}\n"
                                f"  exit {result.returncode}, expected {expected}\n"
                                f"  stderr: {result.stderr.strip()[:400]}")
    assert ran >= 10, "the README's examples were not found"
    assert not failures, "\n".join(failures)


def _help(words: list[str], cache: dict[tuple[str, ...], str]) -> str:
    key = tuple(words)
    if key not in cache:
        result = subprocess.run([sys.executable, "-m", "editor", *words, "--help"],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": str(REPO)})
        assert result.returncode == 0, (words, result.stderr)
        cache[key] = result.stdout
    return cache[key]


def readme_synopses(text: str) -> list[tuple[int, str]]:
    """Every ``newsdesk COMMAND ...`` the README shows: in sh blocks and in `backticks`."""
    found: list[tuple[int, str]] = []
    for block in sh_blocks(text):
        for command in block.commands:
            if command.startswith("newsdesk "):
                found.append((block.line, command.split(" #", 1)[0]))
    for number, line in enumerate(text.split("\n"), start=1):
        for snippet in re.findall(r"`(newsdesk [^`]+)`", line):
            found.append((number, snippet.replace("\\|", "|")))
    return found


def test_readme_names_only_real_commands_and_options() -> None:
    cache: dict[tuple[str, ...], str] = {}
    failures = []
    checked = 0
    for number, synopsis in readme_synopses(README.read_text(encoding="utf-8")):
        # "photo info FILE [--json] · photo add ..." in the table: each part on its own
        for part in re.split(r"\s+·\s+", synopsis):
            part = part if part.startswith("newsdesk ") else f"newsdesk {part}"
            words = part.split()
            if len(words) < 2 or words[1] not in COMMANDS:
                if words[1:2] and not words[1].startswith(("~", "/", ".", "-")) \
                        and words[1].isidentifier() and words[1].islower():
                    failures.append(f"line {number}: unknown command in {part!r}")
                continue
            # review submit|approve|... : every alternative is an action of its own
            first = subcommand_words(words)
            actions = words[2].split("|") if len(first) > 1 and "|" in words[2] else [None]
            for action in actions:
                target = [words[1], action] if action else first
                if len(target) > 1 and not re.search(
                        rf"(?<![\w-]){re.escape(target[1])}(?![\w-])", _help([words[1]], cache)):
                    failures.append(f"line {number}: no action {target[1]!r} in {part!r}")
                    continue
                help_text = _help(target, cache)
                for option in options_of(part):
                    if option in ("-h", "--help"):
                        continue
                    checked += 1
                    if not re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", help_text):
                        failures.append(f"line {number}: {' '.join(target)} has no {option}")
    assert checked >= 20, "the README's options were not found"
    assert not failures, "\n".join(failures)


def test_readme_exit_codes(tmp_path: Path) -> None:
    """"Exit status: 0 success, 1 the content has problems, 2 bad usage or an unreadable
    file" — each from a real process."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def run(*args: str) -> int:
        return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                              text=True, env=env, timeout=120).returncode

    ws = tmp_path / "ws"
    assert run("init", str(ws), "--sample") == 0
    article = ws / "articles" / SAMPLE_ARTICLE.rsplit("/", 1)[1]
    assert run("check", str(article)) == 1  # the sample: nothing but the missing approval
    assert run("check", str(article), "--no-such-option") == 2
    assert run("check", str(tmp_path / "nowhere")) == 2
    (article / "article.md").write_bytes(b"no front matter\n")
    assert run("check", str(article)) == 2
