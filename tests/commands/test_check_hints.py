"""Plain-language hints from the outside: thresholds in newsdesk.toml (hostile values
refused with the line), `python -m editor check` lists hints marked as hints without
changing the exit status, and export goes ahead with hints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.config import SiteConfig, default_config_text, load_config
from editor.model.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
LONG = " ".join(["Wort"] * 30) + "."


def _workspace(tmp_path: Path, settings: str = "") -> Path:
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    (root / "newsdesk.toml").write_text(
        'site_name = "Test"\nbase_url = "https://www.stadt-muster.de/a/"\n'
        "approval_required = false\n" + settings, encoding="utf-8")
    return root


def _article(root: Path, body: str, title: str = "Titel") -> Path:
    folder = root / "articles" / "artikel"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(
        f"---\ntitle: {title}\ndate: 2022-06-24\nauthor: Anna\nlead: Ein Vorspann.\n---\n"
        f"{body}",
        encoding="utf-8")
    return folder


def _check(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", "check", str(folder), *extra],
                          capture_output=True, text=True, timeout=120, env=env, cwd=REPO)


# --- newsdesk.toml ------------------------------------------------------------------------


def test_defaults_and_the_default_file(tmp_path):
    d = SiteConfig()
    assert (d.readability_hints, d.readability_sentence_words, d.readability_word_letters,
            d.readability_paragraph_words) == (True, 25, 20, 120)
    path = tmp_path / "newsdesk.toml"
    path.write_text(default_config_text("X"), encoding="utf-8")
    assert load_config(path) == SiteConfig(site_name="X", publisher="X")
    assert "readability.sentence_words = 25" in default_config_text("X")


def test_thresholds_are_read_from_a_table(tmp_path):
    path = tmp_path / "newsdesk.toml"
    path.write_text("[readability]\nsentence_words = 15\nword_letters = 14\n"
                    "paragraph_words = 80\nhints = false\n", encoding="utf-8")
    c = load_config(path)
    assert (c.readability_hints, c.readability_sentence_words, c.readability_word_letters,
            c.readability_paragraph_words) == (False, 15, 14, 80)


@pytest.mark.parametrize("text, needle, line", [
    ("[readability]\nsentence_words = 0\n", "between 5 and 200", 2),
    ("[readability]\nsentence_words = -3\n", "between 5 and 200", 2),
    ("[readability]\n\nword_letters = 1000000000000\n", "between 8 and 100", 3),
    ("[readability]\nparagraph_words = 10\n", "between 20 and 5000", 2),
    ("[readability]\nsentence_words = true\n", "must be a whole number", 2),
    ("[readability]\nsentence_words = 25.5\n", "must be a whole number", 2),
    ('[readability]\nword_letters = "20"\n', "must be a whole number", 2),
    ('[readability]\nhints = "yes"\n', "must be true or false", 2),
    ("[readability]\nsentence_length = 25\n", "unknown setting 'readability.sentence_length'",
     2),
    ("readability = 25\n", "must be a table", 1),
    ("readability = [1, 2]\n", "must be a table", 1),
])
def test_hostile_values_are_refused_with_their_line(tmp_path, text, needle, line):
    path = tmp_path / "newsdesk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert needle in str(err.value)
    assert err.value.line == line


def test_bounds_themselves_are_accepted(tmp_path):
    path = tmp_path / "newsdesk.toml"
    path.write_text("readability.sentence_words = 5\nreadability.word_letters = 100\n"
                    "readability.paragraph_words = 5000\n", encoding="utf-8")
    c = load_config(path)
    assert (c.readability_sentence_words, c.readability_word_letters,
            c.readability_paragraph_words) == (5, 100, 5000)


# --- check and export ------------------------------------------------------------------------


def test_check_lists_hints_as_hints_and_exits_0(tmp_path):
    folder = _article(_workspace(tmp_path), f"Kurz.\n\n{LONG}\n")
    run = _check(folder)
    assert run.returncode == 0, run.stderr
    [line] = [x for x in run.stderr.splitlines() if "long-sentence" in x]
    assert "hint" in line and "30 words" in line
    assert ":9:" in line or "line 9" in line  # article.md line 9 (body line 3)
    assert "error" not in run.stderr and "warning" not in run.stderr
    data = json.loads(_check(folder, "--json").stdout)
    assert [(p["severity"], p["code"], p["location"]) for p in data] == [
        ("hint", "long-sentence", {"kind": "line", "ref": 3})]


def test_hints_leave_an_error_exit_status_as_it_is(tmp_path):
    folder = _article(_workspace(tmp_path), f"{LONG}\n", title="")
    run = _check(folder)
    assert run.returncode == 1
    assert "missing-title" in run.stderr and "long-sentence" in run.stderr


def test_hints_switched_off_in_the_config(tmp_path):
    folder = _article(_workspace(tmp_path, "readability.hints = false\n"), f"{LONG}\n")
    run = _check(folder)
    assert run.returncode == 0 and "long-sentence" not in run.stderr


def test_a_lower_threshold_in_the_config_gives_more_hints(tmp_path, capsys):
    root = _workspace(tmp_path, "[readability]\nsentence_words = 5\n")
    folder = _article(root, "Eins zwei drei vier fünf sechs.\n")
    assert main(["check", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["location"]["ref"]) for p in data] == [("long-sentence", 1)]


def test_export_is_not_blocked_by_hints(tmp_path, capsys):
    root = _workspace(tmp_path)
    folder = _article(root, f"{LONG}\n\nDie Grundsteuerreformumsetzungsverordnung gilt.\n")
    out = tmp_path / "out"
    assert main(["export", str(folder), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert (out / "artikel" / "index.html").is_file()
    assert "long-sentence" in captured.err and "long-word" in captured.err
