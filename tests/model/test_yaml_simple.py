"""The reader of the plain front-matter subset (editor.model.yaml_simple) gives exactly what
the full loaders give (libyaml and pure Python: the same data, types, key order and key
lines) or declines; it never raises and never accepts what a loader refuses. Checked on
the sample workspace, the hostile corpus, articles as Newsdesk writes them and generated
text."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from editor import resources
from editor.model import frontmatter, yaml_simple
from editor.model.article import Article, Photo
from editor.model.errors import ArticleFormatError
from tests.model.test_hostile_frontmatter import CORPUS

LOADERS = [True, False] if getattr(yaml, "__with_libyaml__", False) else [False]


def _full(text: str, libyaml: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(frontmatter, "SIMPLE", False)
    monkeypatch.setattr(frontmatter, "LIBYAML", libyaml)
    try:
        return frontmatter.load_yaml(text, Path("article.md"), first_line=2)
    except ArticleFormatError as exc:
        return ("refused", exc.message)
    finally:
        monkeypatch.setattr(frontmatter, "SIMPLE", True)
        monkeypatch.setattr(frontmatter, "LIBYAML", LOADERS[0])


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types (True is not 1, a date is not a datetime, NaN is NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _check(text: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Assert the simple reader agrees with every loader; True when it read the text."""
    simple = yaml_simple.load(text, frontmatter._construct_scalar, 2)
    if simple is None:
        return False
    for libyaml in LOADERS:
        full = _full(text, libyaml, monkeypatch)
        assert _same(simple, full), (text, libyaml, simple, full)
    return True


def _front_matter(raw: bytes) -> str | None:
    try:
        text = frontmatter.decode(raw)
    except ArticleFormatError:
        return None
    head, _, rest = text.partition("\n")
    end = rest.find("\n---")
    return rest[:end] if head.strip() == "---" and end >= 0 else None


def test_sample_workspace_is_read_by_the_simple_reader(monkeypatch) -> None:
    files = sorted(resources.path("sample-workspace/articles").glob("*/article.md"))
    assert files
    for path in files:
        text = _front_matter(path.read_bytes())
        assert text is not None
        assert _check(text, monkeypatch), path  # written by Newsdesk: all in the subset


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_corpus_agrees_or_is_declined(name: str, monkeypatch) -> None:
    text = _front_matter(CORPUS[name].raw)
    if text is not None:
        _check(text, monkeypatch)
        _check(text + "\n", monkeypatch)


def test_articles_as_newsdesk_writes_them(tmp_path: Path, monkeypatch) -> None:
    values = ["Rathaus: Sitzung", "it's", 'Zitat "so"', "2022", "yes", "null", "~", "-5",
              "# kein Kommentar", "a #b", "Zeile 1\nZeile 2", "Zeile\n", "  Leerzeichen  ",
              "[x]", "{a: 1}", "&anker", "*stern", "!tag", "@", "%", "ä ö ü ß ẞ", "",
              "1:20", "0x1f", ".inf", "=", "<<", "Tab\there", "\u00a0nbsp", "Ende:",
              "x" * 1200, "9" * 1200]
    taken = 0
    for n, value in enumerate(values):
        everywhere = Article(folder=tmp_path / f"a{n}", title=value or "T", kicker=value,
                             date=dt.date(2022, 6, 24), author=value, lead=value,
                             tags=[value, "Verkehr"] if value else [],
                             photos=[Photo(id="p", file="photos/p.jpg", caption=value,
                                           alt=value, creator=value)])
        in_title = Article(folder=tmp_path / f"b{n}", title=value or "T", lead=value,
                           date=dt.date(2022, 6, 24), tags=["Verkehr", "Städte"],
                           photos=[Photo(id="p", file="photos/p.jpg", caption="Bild")])
        for article in (everywhere, in_title):
            text = _front_matter(article.to_text().encode())
            assert text is not None
            taken += _check(text, monkeypatch) and article is in_title
    assert taken >= len(values) * 2 // 3  # the common shapes do take the simple path


def test_front_matter_keeps_its_line_numbers_and_last_line_break(monkeypatch) -> None:
    text = "title: T\nlead: |\n  eins\n  zwei\ntags: [a, b]\n"
    data, lines = yaml_simple.load(text, frontmatter._construct_scalar, 2)  # type: ignore[misc]
    assert data == {"title": "T", "lead": "eins\nzwei\n", "tags": ["a", "b"]}
    assert lines == {"title": 2, "lead": 3, "tags": 6}
    assert _check(text, monkeypatch) and _check(text.rstrip("\n"), monkeypatch)
    assert _check("title: T\nlead: |\n  eins\n", monkeypatch)
    assert _check("title: T\nlead: |\n  eins", monkeypatch)


# Generated text: fragments that are valid, nearly valid and invalid YAML, put together.
ATOMS = ["Titel", "Rathaus", "Straße", "a b", "2022-06-24", "2022-02-30", "2022-06-24T10:00:00",
         "2022-06-24 10:00", "yes", "No", "on", "null", "~", "1", "0x1f", "012", "1:20", "1_000",
         ".inf", ".NaN", "-5", "+5", "3.5", "1e3", "=", "<<", "C#", "a #b", "a: b", "a:b", "a:",
         "http://x.y/z?q=1", "Rock & Roll", "*x", "&x", "!x", "x!", "Platz, Markt", "a,b",
         "[a]", "{a: 1}", "a]", "'q'", '"q"', "it's", "'it''s'", '"a\\"b"', "'sq x'", "...",
         "---", "- x", "-", "?", "? x", "x?", "@x", "`x", "%x", "|", ">", "|-", "|+", "", " ",
         "\xa0x", "x\xa0", "ü", "© Stadt", "a  b", "true", "False", "0.", "0o7", "0b101",
         "190:20:30", "'", '"', "x'", "9" * 1200, "[a, b]", "[a,b]", "[ ]", "[]", "[a, ]",
         "[1, yes, 2022-01-01]", "[a: b]", "[a?]", "[C#]", "[-1]", "[a,,b]", "x\\y", "''",
         "a\u2028b", "a\rb", "\ufeffx", "a\tb"]
GOOD = ["Titel", "Straße", "2022-06-24", "yes", "1", "1:20", "C#", "a:b", "Rock & Roll",
        "Platz, Markt", "it's", "'it''s'", "'sq: x'", '"dq"', "[a, b]", "[1, yes, 2022-01-01]",
        "[]", "© Stadt", "...", "''", "0x1f", "~", "2022-06-24 10:00:00"]
KEYS = ["title", "lead", "tags", "date", "photos", "extra", "yes", "null", "1", "a-b", "_x",
        "x y", "<<", "-k", "k:"]


def _generate(rng: random.Random, bias: float) -> str:
    def scalar() -> str:
        return rng.choice(GOOD) if rng.random() < bias else rng.choice(ATOMS)

    def key_value(indent: int = 0) -> str:
        key = rng.choice(KEYS[:6]) if rng.random() < bias else rng.choice(KEYS)
        sep = ": " if rng.random() < bias else rng.choice([": ", ":  ", ":"])
        return " " * indent + key + sep + scalar() + rng.choice(["", "", " "])

    lines: list[str] = []
    for _ in range(rng.randint(1, 7)):
        c = rng.random()
        if c < 0.55:
            lines.append(key_value())
        elif c < 0.7:
            lines.append(rng.choice(KEYS) + rng.choice([":", ": "]))
            indent = rng.choice([0, 0, 2, 1, 4])
            for _ in range(rng.randint(0, 3)):
                if rng.random() < 0.5:
                    lines.append(" " * indent + rng.choice(["- ", "-  ", "-"]) + scalar())
                else:
                    column = indent + 2
                    lines.append(" " * indent + "- " + key_value().lstrip())
                    for _ in range(rng.randint(0, 3)):
                        lines.append(key_value(rng.choice([column] * 4 + [column + 1, 0]))
                                     if rng.random() < 0.9 else " " * column + scalar())
        elif c < 0.8:
            lines.append(rng.choice(KEYS) + ": " + rng.choice(["|", "|-", "|+", ">", "| "]))
            indent = rng.choice([1, 2, 2, 4, 0])
            for _ in range(rng.randint(0, 3)):
                lines.append(" " * rng.choice([indent, indent, indent + 2, max(indent - 1, 0)])
                             + scalar())
        elif c < 0.9 - 0.2 * bias:
            lines.append(" " * rng.choice([1, 2]) + scalar())
        else:
            lines.append(rng.choice(["", " ", "# c", "  # c", "\t", "- x", "x"]))
    return "\n".join(lines) + rng.choice(["", "\n"])


@pytest.mark.parametrize("seed", range(4))
def test_generated_front_matter_agrees_or_is_declined(seed: int, monkeypatch) -> None:
    rng = random.Random(seed)
    taken = 0
    for _ in range(1500):
        taken += _check(_generate(rng, bias=0.3 + 0.2 * seed), monkeypatch)
    assert taken > 50  # the comparison did happen, and for many shapes


def test_load_article_uses_it_and_gives_the_same_article(tmp_path: Path, monkeypatch) -> None:
    from editor.model.article import load_article

    folder = tmp_path / "a"
    folder.mkdir()
    article = Article(folder=folder, title="Bürgerbüro: neu", date=dt.date(2022, 6, 24),
                      lead="Zeile 1\nZeile 2", tags=["Verkehr", "Städte"],
                      photos=[Photo(id="p", file="photos/p.jpg", caption="Ein Bild")])
    (folder / "article.md").write_text(article.to_text(), encoding="utf-8")
    calls: list[str] = []
    real = yaml_simple.load
    monkeypatch.setattr(yaml_simple, "load", lambda *a: calls.append("simple") or real(*a))
    fast = load_article(folder)
    assert calls == ["simple"]
    monkeypatch.setattr(frontmatter, "SIMPLE", False)
    slow = load_article(folder)
    assert fast == slow and fast.key_lines == slow.key_lines
