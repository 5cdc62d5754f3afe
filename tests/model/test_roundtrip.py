"""Round trips under hypothesis: what save writes loads back identically, or save refuses
with a clear error before touching the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model import storage
from editor.model.article import Article, Photo, load_article
from editor.model.errors import ArticleFormatError

# Text with the awkward parts over-represented: CR, LF, BOM, NUL, emoji, YAML syntax.
AWKWARD = st.sampled_from(["\r", "\n", "\r\n", "\ufeff", "\x00", "😀", "ä", "---", "...",
                           ": ", "#", "'", '"', "- ", "{", "[", "&a", "*a", "!", "%", "\t",
                           " ", "\u2028", "\x85", "yes", "null", "~", "0x1", "1e3"])
TEXT = st.lists(st.one_of(AWKWARD, st.text(max_size=8)), max_size=12).map("".join)
LONG_LINE = st.integers(min_value=0, max_value=3).map(lambda k: "x" * (k * 40000))
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _article(folder: Path, title: str, lead: str, body: str, tags: list[str],
             caption: str) -> Article:
    return Article(folder=folder, title=title, kicker="Aktuelles", date=dt.date(2022, 6, 24),
                   author="Presse", lead=lead, tags=tags, body=body,
                   photos=[Photo(id="p1", file="photos/p1.jpg", caption=caption,
                                 creator="Frank")])


def _same(a: Article, b: Article) -> bool:
    return a.front_matter() == b.front_matter() and a.body == b.body


@pytest.fixture
def article_dir(workspace) -> Path:
    return workspace.create_article("Start").folder


@SETTINGS
@given(title=TEXT, lead=TEXT, body=st.tuples(TEXT, LONG_LINE, TEXT).map("".join),
       tags=st.lists(TEXT, max_size=3), caption=TEXT)
def test_save_load_identical_or_refused(article_dir: Path, title: str, lead: str, body: str,
                                        tags: list[str], caption: str) -> None:
    expected = storage.file_hash(article_dir / "article.md")
    before = (article_dir / "article.md").read_bytes()
    article = _article(article_dir, title, lead, body, tags, caption)
    try:
        storage.save_checked(article, expected, history_limit=2)
    except ArticleFormatError as exc:
        assert exc.message  # a plain reason ...
        assert (article_dir / "article.md").read_bytes() == before  # ... and nothing written
        return
    loaded = load_article(article_dir)
    assert _same(loaded, article)


@SETTINGS
@given(body=TEXT)
def test_bodies_without_carriage_returns_always_round_trip(article_dir: Path,
                                                          body: str) -> None:
    body = body.replace("\r", "")
    article = _article(article_dir, "Titel", "Vorspann", body, ["a"], "Bild")
    storage.save_checked(article, storage.file_hash(article.path), history_limit=0)
    assert load_article(article_dir).body == body


@SETTINGS
@given(title=TEXT, lead=TEXT, caption=TEXT)
def test_front_matter_round_trips(article_dir: Path, title: str, lead: str,
                                  caption: str) -> None:
    # Front matter values are always representable: nothing is refused here.
    article = _article(article_dir, title, lead, "Text\n", [title, lead], caption)
    storage.save_checked(article, storage.file_hash(article.path), history_limit=0)
    assert _same(load_article(article_dir), article)


def test_bom_and_crlf_file_loads_and_saves_as_lf(article_dir: Path) -> None:
    path = article_dir / "article.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: Gr\xc3\xbc\xc3\x9fe\r\n---\r\nText\r\n")
    article = load_article(article_dir)
    assert article.title == "Grüße" and article.body == "Text\n"
    article.body += "mehr\n"
    storage.save_checked(article, storage.file_hash(path), history_limit=0)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    assert load_article(article_dir).body == "Text\nmehr\n"
