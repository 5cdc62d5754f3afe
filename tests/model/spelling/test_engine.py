"""The Enchant engine: languages, the workspace dictionary, caches and the 'off' state."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.article import load_article
from editor.model.config import SiteConfig
from editor.model.spelling import engine
from editor.model.spelling.article import article_findings, checker_for
from editor.model.spelling.engine import article_language, open_checker


def test_german_and_english() -> None:
    de, en = open_checker("de"), open_checker("en")
    assert de.available and de.tag.startswith("de")
    assert en.available and en.tag.startswith("en")
    assert de.is_correct("Bürgermeisterin") and not de.is_correct("Bürgermeisterinn")
    assert en.is_correct("receive") and not en.is_correct("recieve")
    assert not en.is_correct("Bürgermeisterin")
    assert "receive" in en.suggest("recieve")
    assert len(de.suggest("Bürgermeisterinn")) <= 7


def test_hyphenated_word_is_right_when_its_parts_are() -> None:
    de = open_checker("de")
    assert de.is_correct("Rathaus-Sanierung")
    assert not de.is_correct("Rathaus-Sanierunng")


@pytest.mark.parametrize("value, expected", [
    ("en", "en"), ("de", "de"), ("en-GB", "en_GB"), ("de_AT", "de_AT"), (" EN ", "en"),
    ("fr", "de"), (42, "de"), (None, "de"), (["en"], "de"), ("en_" + "x" * 50, "de"),
])
def test_front_matter_language(value: object, expected: str) -> None:
    assert article_language(value, "de") == expected


def test_no_dictionary_is_off_with_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(engine.TAGS, "de", ("zz_ZZ",))
    checker = open_checker("de")
    assert not checker.available
    assert "no dictionary" in checker.reason and "zz_ZZ" in checker.reason
    assert checker.is_correct("Quatschwortt") and checker.suggest("Quatschwortt") == []
    assert checker.check_text("Quatschwortt hier") == []


def test_extra_dictionary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .dic/.aff pair in $NEWSDESK_DICTIONARY_PATH/hunspell is found (here the system's
    German files under another name, as an office PC would get them)."""
    folder = tmp_path / "dictionaries" / "hunspell"
    folder.mkdir(parents=True)
    for ext in ("dic", "aff"):
        source = Path(f"/usr/share/hunspell/de_DE.{ext}")
        if not source.exists():
            pytest.skip("system de_DE dictionary not installed")
        (folder / f"de_ZZ.{ext}").write_bytes(source.read_bytes())
    monkeypatch.setenv("NEWSDESK_DICTIONARY_PATH", str(tmp_path / "dictionaries"))
    monkeypatch.delenv("ENCHANT_CONFIG_DIR", raising=False)
    monkeypatch.setitem(engine.TAGS, "de", ("de_ZZ",))
    checker = open_checker("de")
    assert checker.available and checker.tag == "de_ZZ"
    assert not checker.is_correct("Rathauss")


def test_workspace_dictionary_and_ignored_words(tmp_path: Path) -> None:
    (tmp_path / "dictionary.txt").write_text("Rademacher\n", encoding="utf-8")
    checker = open_checker("de", tmp_path)
    assert checker.is_correct("Rademacher")
    assert not checker.is_correct("Dongguan")
    checker.workspace.add("Dongguan")
    assert checker.is_correct("Dongguan")
    checker.ignored.add("Qwertz")
    assert checker.is_correct("Qwertz")


def test_article_positions_in_the_file(tmp_path: Path) -> None:
    (tmp_path / "newsdesk.toml").write_text('language = "de"\n', encoding="utf-8")
    folder = tmp_path / "articles" / "a"
    folder.mkdir(parents=True)
    text = ("---\ntitle: Ein Tittel\nkicker: Aktuelles\nlead: >-\n  Ein Vorspannn\n"
            "  über zwei Zeilen\nlanguage: de\nphotos:\n  - id: p\n    file: photos/p.jpg\n"
            "    caption: Ein Bildd\n    alt: Menschenn im Saal\n    creator: Anna Nowakk\n"
            "---\n# Überschrift\n\nEin Satz mit Fehlerr und `codee`.\n\n```\nfalschh\n```\n"
            "![](photo:p) Endee\n")
    (folder / "article.md").write_text(text, encoding="utf-8")
    article = load_article(folder)
    checker = checker_for(article, SiteConfig(), tmp_path)
    found = [(f.line, f.column, f.word) for f in article_findings(text, checker)]
    assert found == [(2, 12, "Tittel"), (5, 7, "Vorspannn"), (11, 18, "Bildd"),
                     (12, 10, "Menschenn"), (17, 14, "Fehlerr"), (22, 14, "Endee")]
    lines = text.split("\n")
    for line, column, word in found:
        assert lines[line - 1][column - 1:].startswith(word)


def test_front_matter_language_overrides_the_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "article.md").write_text("---\ntitle: The council meets\nlanguage: en\n---\n"
                                       "The mayor will receive guests.\n", encoding="utf-8")
    article = load_article(folder)
    checker = checker_for(article, SiteConfig(language="de"), tmp_path)
    assert checker.tag.startswith("en")
    assert article_findings((folder / "article.md").read_text(encoding="utf-8"), checker) == []


def test_recheck_after_an_edit_tokenises_only_the_changed_line() -> None:
    checker = open_checker("de")
    text = "\n".join(f"Zeile {i} mit Text" for i in range(100))
    checker.check_text(text)
    seen = dict(checker._lines)
    edited = text.replace("Zeile 50 mit Text", "Zeile 50 mit Texxt")
    found = checker.check_text(edited)
    assert [f.word for f in found] == ["Texxt"]
    assert set(checker._lines) - set(seen) == {"Zeile 50 mit Texxt"}


def test_recheck_sees_new_dictionary_words_and_ignored_words(tmp_path: Path) -> None:
    checker = open_checker("de", tmp_path)
    text = "Gäste aus Dongguan und Kowalewo.\n\nNoch eine Zeile."
    assert [f.word for f in checker.check_text(text)] == ["Dongguan", "Kowalewo"]
    checker.workspace.add("Dongguan")
    assert [f.word for f in checker.check_text(text)] == ["Kowalewo"]
    checker.ignored.add("Kowalewo")
    assert checker.check_text(text) == []
    (tmp_path / "dictionary.txt").write_text("", encoding="utf-8")  # someone emptied it
    checker.workspace.reload()
    assert [f.word for f in checker.check_text(text)] == ["Dongguan"]
