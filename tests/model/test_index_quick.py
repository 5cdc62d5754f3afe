"""The index's quick row reader (editor.model.index.quick) gives exactly the title, date,
lead, tags and body the full load gives, or declines; it never accepts an article the
full load refuses. Checked on the sample workspace, the hostile corpus, articles as
Newsdesk writes them, generated front matter and random mutations of a typical article."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from editor import resources
from editor.model.article import Article, Photo, article_from_bytes
from editor.model.errors import ArticleFormatError
from editor.model.index import quick
from tests.model.test_hostile_frontmatter import CORPUS
from tests.model.test_yaml_simple import GOOD, _generate, _same

FOLDER = Path("/nirgends/artikel")


def _check(raw: bytes) -> bool:
    """Assert the quick reader agrees with the full load; True when it read the article."""
    found = quick.fields(raw)
    if found is None:
        return False
    try:
        article = article_from_bytes(raw, FOLDER)
    except ArticleFormatError as exc:
        raise AssertionError(f"quick accepted what the full load refuses: {exc}\n"
                             f"{raw[:300]!r}") from exc
    full = (article.title, article.date, article.lead, article.tags, article.body)
    assert _same(found, full), (raw[:300], found, full)
    return True


def _typical(tmp_path: Path, n: int = 0) -> Article:
    return Article(folder=tmp_path / f"a{n}", title="Bürgerbüro: neu (3)", kicker="Aktuelles",
                   date=dt.date(2022, 6, 24), author="Presseamt",
                   lead="neue Öffnungszeiten ab Montag", tags=["Verkehr", "Städte"],
                   lead_photo="p", body="Text über die Straße.\n\n## Mehr\n\nNoch mehr.\n",
                   photos=[Photo(id="p", file="photos/p.jpg", caption="Ein Bild",
                                 alt="Alt", creator="Fotografin", credit="Stadt",
                                 copyright="© Stadt", license="Nur hier")])


def test_sample_workspace_agrees() -> None:
    files = sorted(resources.path("sample-workspace/articles").glob("*/article.md"))
    assert files
    for path in files:
        _check(path.read_bytes())
        _check(path.read_bytes().replace(b"\nauthor_type: organization", b""))


def test_articles_as_newsdesk_writes_them(tmp_path: Path) -> None:
    assert _check(_typical(tmp_path).to_text().encode())
    values = ["Rathaus: Sitzung", "it's", 'Zitat "so"', "2022", "yes", "null", "~", "-5",
              "# kein Kommentar", "a #b", "Zeile 1\nZeile 2", "Zeile\n", "  Leerzeichen  ",
              "[x]", "{a: 1}", "&anker", "*stern", "!tag", "@", "%", "ä ö ü ß ẞ", "",
              "1:20", "0x1f", ".inf", "=", "<<", "Tab\there", "\u00a0nbsp", "Ende:",
              "x" * 1200, "9" * 1200, "2022-06-24", "20220624", "n", "no", "neu", "on"]
    taken = 0
    for n, value in enumerate(values):
        article = _typical(tmp_path, n)
        article.title = article.lead = article.kicker = value
        article.tags = [value, "Verkehr"] if value else []
        article.photos[0].caption = value
        taken += _check(article.to_text().encode())
        for date in ("2022-02-30", "gestern", value, dt.datetime(2022, 6, 24, 10, 0)):
            article.date = date  # type: ignore[assignment]
            taken += _check(article.to_text().encode())
    assert taken >= 5  # the common shapes are read quickly


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_corpus_agrees_or_is_declined(name: str) -> None:
    raw = CORPUS[name].raw
    _check(raw)
    _check(raw.replace(b"\r\n", b"\n"))


@pytest.mark.parametrize("seed", range(6))
def test_generated_front_matter_agrees_or_is_declined(seed: int) -> None:
    rng = random.Random(seed)
    taken = 0
    for _ in range(3000):
        text = _generate(rng, bias=0.3 + 0.14 * seed)
        body = rng.choice(["", "Text\n", "x\n---\ny\n", "\n"])
        taken += _check(f"---\n{text}\n---\n{body}".encode())
    assert taken >= 1  # the comparison did happen


@pytest.mark.parametrize("seed", range(4))
def test_mutated_articles_agree_or_are_declined(seed: int, tmp_path: Path) -> None:
    """Typical articles with characters inserted, deleted or doubled at random places."""
    rng = random.Random(seed)
    base = _typical(tmp_path).to_text()
    pieces = [" ", "  ", ":", ": ", "'", '"', "-", "- ", "\n", "\n  ", "#", " #", "[", "]",
              ",", "\t", "\r", "\u2028", "\ufeff", "---", "...", "~", "0", "1:", "ß", "x",
              "photos:", "\n- id: q", "\n  file: f.jpg", "\ntitle: T", "\nextra: x", *GOOD]
    taken = 0
    for _ in range(1500):
        text = base
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            kind = rng.random()
            if kind < 0.5:
                text = text[:at] + rng.choice(pieces) + text[at:]
            elif kind < 0.8:
                text = text[:at] + text[at + rng.randint(1, 8):]
            else:
                text = text[:at] + text[at:at + 6] + text[at:]
        taken += _check(text.encode("utf-8", "surrogatepass"))
    assert taken > 100


def test_declines_what_it_does_not_read() -> None:
    for raw in [b"\xef\xbb\xbf---\ntitle: T\n---\n", b"---\r\ntitle: T\r\n---\r\n",
                b"---\ntitle: T\nextra: x\n---\n", b"---\ntitle: 2022\n---\n",
                b"---\ntitle: T\ntitle: U\n---\n", b"---\ntitle:\n---\n",
                b"---\ndate: 2022-02-30\n---\n", b"---\n---\n", b"---\ntitle: T\n",
                b"---\ntitle: T # c\n---\n", b"---\nphotos:\n- id: p\n---\n",
                b"---\ntitle: T\n... \n---\n", b"---\ntitle: \xff\n---\n"]:
        assert quick.fields(raw) is None, raw
    assert quick.fields(b"---\ntitle: T\n---") == ("T", None, "", [], "")
    for date in (b"'2022-06-24'", b"2022-06-24 10:00", b"gestern", b"2022-6-4"):
        assert quick.fields(b"---\ntitle: T\ndate: " + date + b"\n---\n") is None
