"""`newsdesk list --search`: how words are matched now that the index keeps no word
positions (FTS5 detail=none, one column), from outside through the command line. Every
word must begin a word of the article; a word with punctuation inside matches its parts;
ae/oe/ue also finds ä/ö/ü; no input, however odd, makes the query fail."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from editor.cli import main
from tests.util import write_article


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


@pytest.fixture
def root(workspace) -> Path:
    for title, body in [("Straßenbau am Markt", "Die E-Mail kam am 24.06.2022."),
                        ("Bau der Straße", "Eine Mail an alle."),
                        ("Müll und Mülltonnen", "Abfuhr am Montag."),
                        ("Museum öffnet", "Quelle: Stadt. Neue Steuer."),
                        ("Bäume im Park", "Gepflanzt von Ärztinnen.")]:
        write_article(workspace.create_article(title, date=dt.date(2022, 6, 1), body=body))
    return workspace.root


def _found(root: Path, capsys, text: str) -> list[str]:
    capsys.readouterr()
    assert main(["list", str(root), f"--search={text}", "--json"]) == 0, text
    return sorted(row["slug"] for row in json.loads(capsys.readouterr().out))


def test_words_and_spellings(root: Path, capsys) -> None:
    street_work, street, waste, museum, trees = ("strassenbau-am-markt", "bau-der-strasse",
                                                 "muell-und-muelltonnen", "museum-oeffnet",
                                                 "baeume-im-park")
    assert _found(root, capsys, "Straßenbau") == [street_work]
    assert _found(root, capsys, "strasse bau") == [street]  # word beginnings, any order
    assert _found(root, capsys, "e-mail") == [street_work]  # "e" and "mail" both there
    assert _found(root, capsys, "mail") == sorted([street_work, street])
    assert _found(root, capsys, "24.06.2022") == [street_work]
    assert _found(root, capsys, "24.07.2022") == []
    assert _found(root, capsys, "Muell") == [waste]
    assert _found(root, capsys, "muelltonne") == [waste]
    assert _found(root, capsys, "Mülltonnen Montag") == [waste]
    assert _found(root, capsys, "oeffnet") == [museum]
    assert _found(root, capsys, "baeume aerztinnen") == [trees]
    assert _found(root, capsys, "Quelle Steuer") == [museum]  # a real ue stays ue too
    assert _found(root, capsys, "mu") == sorted([waste, museum])
    assert _found(root, capsys, "markt-platz") == []  # every part must occur
    assert _found(root, capsys, "-- ... !!") == []


def test_no_input_breaks_the_query(root: Path, capsys) -> None:
    rng = random.Random(12)
    odd = ['"', "'", "*", "-", "^", ":", "(", ")", "{", "}", "+", "NEAR", "AND", "OR", "NOT",
           "\u0301", "\u00b7", "\u2019", "\u200d", "\ufeff", "ß", "ẞ", "ä", "æ", "İ", "ﬁ",
           "日本", "🙂", "\u0000", "\t", "ae", "ue", "oe", "%", "_", "\\", ".", ","]
    for _ in range(150):
        text = "".join(rng.choice(odd) for _ in range(rng.randrange(1, 9)))
        if text.strip():
            _found(root, capsys, text)  # exit 0 and a JSON list


def test_a_pasted_paragraph_is_searched_once_per_word(root: Path, capsys) -> None:
    """A long query (a paragraph pasted into the search) costs what its distinct words
    cost: each word is matched once, however often it repeats."""
    from editor.model.index import match_expression

    text = " ".join(["Müll-Abfuhr Quelle Straßenbau"] * 2000)
    assert match_expression(text) == match_expression("Müll-Abfuhr Quelle Straßenbau")
    assert _found(root, capsys, text) == []  # "Straßenbau" and "Müll" are not together
    assert _found(root, capsys, " ".join(["muell abfuhr montag"] * 2000)) == [
        "muell-und-muelltonnen"]
