"""The preview page kept for the next start (editor.gui.first_page): shown only for exactly
the inputs it was rendered from; anything changed, damaged or foreign is a normal start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.gui import first_page
from editor.model.article import load_article
from editor.model.workspace import Workspace

BASE, CSS = "file:///somewhere/", "file:///css/article.css"
PAGE = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Security-Policy" '
        'content="default-src \'none\'"></head><body><p>Text</p></body></html>')


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "page-cache"
    monkeypatch.setenv(first_page.ENV, str(folder))
    monkeypatch.setattr(first_page, "_peeked", None)
    return folder / first_page.FILE


def _kept(workspace: Path, slug: str | None = None):
    ws = Workspace.open(workspace)
    slug = slug or sorted(ws.slugs())[-1]
    article = load_article(ws.find(slug))
    env = first_page.environment(article.folder)
    assert first_page.remember(article, ws.config, BASE, CSS, env, PAGE)
    return ws, slug


def _lookup(workspace: Path, slug: str) -> str | None:
    ws = Workspace.open(workspace)
    return first_page.lookup(load_article(ws.find(slug)), ws.config, BASE, CSS)


def test_an_unchanged_article_gets_its_page_and_the_hint_says_so(
        sample_workspace: Path, cache: Path) -> None:
    _ws, slug = _kept(sample_workspace)
    assert first_page.likely_hit()
    assert _lookup(sample_workspace, slug) == PAGE
    assert _lookup(sample_workspace, slug) == PAGE  # read again when not peeked


def test_the_hint_is_off_for_a_start_with_other_settings(
        sample_workspace: Path, cache: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_SETTINGS", str(tmp_path / "one.ini"))
    _kept(sample_workspace)
    assert first_page.likely_hit()
    monkeypatch.setenv("NEWSDESK_SETTINGS", str(tmp_path / "other.ini"))
    assert not first_page.likely_hit()  # another profile opens something else


def test_any_changed_input_is_a_miss(sample_workspace: Path, cache: Path) -> None:
    ws, slug = _kept(sample_workspace)
    folder = ws.find(slug)
    # another article
    other = next(s for s in ws.slugs() if s != slug)
    assert _lookup(sample_workspace, other) is None
    # other URLs
    article = load_article(folder)
    assert first_page.lookup(article, ws.config, BASE + "x/", CSS) is None
    # the article's text (same size, same second: the bytes decide, not the stat)
    md = folder / "article.md"
    text = md.read_text("utf-8")
    st = os.stat(md)
    changed = text.replace("a", "e", 1)
    assert changed != text
    md.write_text(changed, "utf-8")
    os.utime(md, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _lookup(sample_workspace, slug) is None
    md.write_text(text, "utf-8")
    assert _lookup(sample_workspace, slug) == PAGE  # back as it was
    assert not first_page.likely_hit()  # the stat differs: only the hint is off
    # the page frame, a photo, the settings
    frame = sample_workspace / "templates" / "frame.html"
    frame.write_text(frame.read_text("utf-8") + "\n", "utf-8")
    assert _lookup(sample_workspace, slug) is None
    _kept(sample_workspace, slug)
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "new.jpg").write_bytes(b"\xff\xd8\xff")
    assert _lookup(sample_workspace, slug) is None
    _kept(sample_workspace, slug)
    toml = sample_workspace / "newsdesk.toml"
    toml.write_text(toml.read_text("utf-8").replace('site_name = "', 'site_name = "X', 1),
                    "utf-8")
    assert _lookup(sample_workspace, slug) is None


def test_an_environment_taken_before_a_change_never_matches_after_it(
        sample_workspace: Path, cache: Path) -> None:
    """The page was rendered after the environment was taken; a photo replaced in between
    may be in the page or not: the page is not shown."""
    ws = Workspace.open(sample_workspace)
    slug = sorted(ws.slugs())[-1]
    article = load_article(ws.find(slug))
    env = first_page.environment(article.folder)
    photos = article.folder / "photos"
    photos.mkdir(exist_ok=True)
    (photos / "late.jpg").write_bytes(b"\xff\xd8\xff")
    assert first_page.remember(article, ws.config, BASE, CSS, env, PAGE)
    assert _lookup(sample_workspace, slug) is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "format", "no-csp",
                                    "types", "directory"])
def test_a_damaged_or_foreign_cache_file_is_a_miss(
        sample_workspace: Path, cache: Path, damage: str) -> None:
    _ws, slug = _kept(sample_workspace)
    raw = cache.read_bytes()
    data = json.loads(raw)
    if damage == "truncate":
        cache.write_bytes(raw[:len(raw) // 2])
    elif damage == "garbage":
        cache.write_bytes(os.urandom(4096))
    elif damage == "empty":
        cache.write_bytes(b"")
    elif damage == "format":
        cache.write_text(json.dumps({**data, "format": "newsdesk-first-page/0"}))
    elif damage == "no-csp":
        cache.write_text(json.dumps({**data, "html": "<html><body>x</body></html>"}))
    elif damage == "types":
        cache.write_text(json.dumps({**data, "html": ["not", "text"]}))
    else:
        cache.unlink()
        cache.mkdir()
    assert not first_page.likely_hit()
    assert _lookup(sample_workspace, slug) is None


def test_a_page_without_its_policy_is_not_kept(sample_workspace: Path, cache: Path) -> None:
    ws = Workspace.open(sample_workspace)
    article = load_article(ws.find(ws.slugs()[0]))
    env = first_page.environment(article.folder)
    assert not first_page.remember(article, ws.config, BASE, CSS, env, "<p>no policy</p>")
    assert not cache.exists()


def test_the_hint_is_off_when_the_environment_or_the_workspace_settings_changed(
        sample_workspace: Path, cache: Path) -> None:
    """The render worker is left for later only when the kept page will be shown: a
    changed page frame or newsdesk.toml (same article.md) starts it at once."""
    _ws, slug = _kept(sample_workspace)
    assert first_page.likely_hit()
    frame = sample_workspace / "templates" / "frame.html"
    frame.write_text(frame.read_text("utf-8") + "\n", "utf-8")
    assert not first_page.likely_hit()
    _kept(sample_workspace, slug)
    assert first_page.likely_hit()
    toml = sample_workspace / "newsdesk.toml"
    st = os.stat(toml)
    os.utime(toml, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert not first_page.likely_hit()
