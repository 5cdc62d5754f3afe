"""`newsdesk check --spelling`: every unknown word with its place, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.spelling import engine

REPO = Path(__file__).resolve().parents[2]


def _article(tmp_path: Path, body: str, front: str = "title: Der Stadtrat tagt\n",
             language: str = "de") -> Path:
    root = tmp_path / "ws"
    folder = root / "articles" / "artikel"
    folder.mkdir(parents=True)
    (root / "newsdesk.toml").write_text(f'language = "{language}"\n', encoding="utf-8")
    (folder / "article.md").write_text(
        f"---\n{front}---\n{body}", encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", "check", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_unknown_words_with_place_and_suggestions(tmp_path: Path) -> None:
    folder = _article(tmp_path, "Der Bürgermeister eröffnet die Sitzzung.\n\n"
                                "Siehe https://example.org/Sitzzung und `Sitzzung`.\n")
    out = _run("--spelling", str(folder))
    assert out.returncode == 1, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("article.md:4:32: Sitzzung (")
    assert "Sitzung" in lines[0]


def test_clean_article_exits_0(tmp_path: Path) -> None:
    folder = _article(tmp_path, "Der Bürgermeister eröffnet die Sitzung.\n")
    out = _run("--spelling", str(folder))
    assert (out.returncode, out.stdout) == (0, "")


def test_json_and_the_workspace_dictionary(tmp_path: Path) -> None:
    folder = _article(tmp_path, "Frau Rademacher begrüßt die Gäste aus Dongguan.\n")
    (tmp_path / "ws" / "dictionary.txt").write_text("Dongguan\n", encoding="utf-8")
    out = _run("--spelling", "--json", str(folder))
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert data["language"].startswith("de")
    assert [(u["line"], u["column"], u["word"]) for u in data["unknown"]] == [
        (4, 6, "Rademacher")]
    assert isinstance(data["unknown"][0]["suggestions"], list)
    (tmp_path / "ws" / "dictionary.txt").write_text("Dongguan\nRademacher\n", encoding="utf-8")
    out = _run("--spelling", "--json", str(folder))
    assert (out.returncode, json.loads(out.stdout)["unknown"]) == (0, [])


def test_front_matter_language_en(tmp_path: Path) -> None:
    folder = _article(tmp_path, "The mayor will recieve the guests.\n",
                      front="title: The council\nlanguage: en\n")
    out = _run("--spelling", str(folder))
    assert out.returncode == 1
    assert out.stdout.startswith("article.md:5:16: recieve (receive")


def test_no_dictionary_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _article(tmp_path, "Irgendein Textt.\n")
    monkeypatch.setitem(engine.TAGS, "de", ("zz_ZZ",))
    assert main(["check", "--spelling", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "not checked" in err and "no dictionary" in err and "Traceback" not in err
    assert main(["check", "--spelling", "--json", str(folder)]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert "no dictionary" in error["message"]


def test_not_an_article(tmp_path: Path) -> None:
    out = _run("--spelling", str(tmp_path / "nirgends"))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_dictionary_from_the_documented_folder(tmp_path: Path) -> None:
    """Hunspell files in $NEWSDESK_DICTIONARY_PATH/hunspell are used (here the system's
    German files as 'de_ZZ', asked for by the article's front matter)."""
    source = Path("/usr/share/hunspell/de_DE.dic")
    if not source.exists():
        pytest.skip("system de_DE dictionary not installed")
    folder = tmp_path / "dicts" / "hunspell"
    folder.mkdir(parents=True)
    for ext in ("dic", "aff"):
        (folder / f"de_ZZ.{ext}").write_bytes(source.with_suffix(f".{ext}").read_bytes())
    article = _article(tmp_path, "Der Rat tagt im Rathauss.\n",
                       front="title: Der Rat\nlanguage: de_ZZ\n")
    env = {k: v for k, v in os.environ.items() if k != "ENCHANT_CONFIG_DIR"}
    env.update(PYTHONPATH=str(REPO), NEWSDESK_DICTIONARY_PATH=str(tmp_path / "dicts"))
    out = subprocess.run([sys.executable, "-m", "editor", "check", "--spelling", "--json",
                          str(article)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 1, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "de_ZZ"
    assert [u["word"] for u in data["unknown"]] == ["Rathauss"]
