"""The sample workspace shipped in resources/: real, valid, and a fair showcase of the format."""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
from PIL import Image

from editor import resources
from editor.cli import main as cli_main
from editor.model.article import PHOTO_REF, load_article
from editor.model.config import CONFIG_NAME, PHOTO_FIELDS, default_config_text, load_config
from editor.model.slug import slugify
from editor.model.validation import validate
from editor.model.workspace import Workspace

SAMPLE = resources.path("sample-workspace")
ARTICLE_DIRS = sorted(p for p in (SAMPLE / "articles").iterdir() if p.is_dir())
PHOTO_ARTICLE = SAMPLE / "articles" / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
# Links must not point at real organisations' sites.
ALLOWED_HOSTS = ("example.org", "example.com")


def body_tree(folder: Path) -> ET.Element:
    """The article body as an element tree, so structure is checked the way it renders."""
    html = markdown.markdown(load_article(folder).body)
    return ET.fromstring(f"<body>{html}</body>")


def ids(folders: list[Path]) -> list[str]:
    return [f.name for f in folders]


def test_sample_has_three_articles_and_a_valid_config() -> None:
    assert len(ARTICLE_DIRS) == 3
    config = load_config(SAMPLE / CONFIG_NAME)
    assert config.site_name == "Stadt Beispielhausen"
    assert config.publisher == "Stadt Beispielhausen – Presse- und Öffentlichkeitsarbeit"
    assert urlsplit(config.base_url).hostname.endswith("example.org")
    assert config.language == "de"
    # Apart from the three site lines the file is exactly what `newsdesk init` writes.
    ours = (SAMPLE / CONFIG_NAME).read_text(encoding="utf-8").splitlines()
    default = default_config_text("Stadt Beispielhausen").splitlines()
    differing = {a.split(" = ")[0] for a, b in zip(ours, default, strict=True) if a != b}
    assert differing <= {"base_url", "publisher", "publisher_url"}


def test_workspace_lists_every_sample_article(sample_workspace: Path) -> None:
    listed = Workspace.open(sample_workspace).list_articles()
    assert sorted(s.slug for s in listed) == ids(ARTICLE_DIRS)


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=ids(ARTICLE_DIRS))
def test_article_is_valid_without_warnings(folder: Path) -> None:
    article = load_article(folder)
    config = load_config(SAMPLE / CONFIG_NAME)
    # plain-language hints (severity "hint", below warnings) are advice, not problems
    assert [p for p in validate(article, config) if not p.is_hint] == []
    assert article.kicker == "Aktuelles"
    assert article.author.strip()
    assert 0 < len(article.lead) < 300
    assert article.tags
    assert folder.name == slugify(article.title)


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=ids(ARTICLE_DIRS))
def test_article_round_trips_byte_for_byte(folder: Path) -> None:
    raw = (folder / "article.md").read_bytes()
    assert b"\r" not in raw
    assert load_article(folder).to_text().encode("utf-8") == raw


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=ids(ARTICLE_DIRS))
def test_check_command_reports_the_missing_approval_and_the_example_url(
    folder: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The sample needs approval before export (approval_required), and check says exactly
    # what export would: the approval, and the example base_url as a warning. (On a copy:
    # the approval gate hashes the photos, and that cache must not land in the sample.)
    copy = tmp_path / "ws"
    shutil.copytree(SAMPLE, copy)
    assert cli_main(["check", str(copy / "articles" / folder.name), "--json"]) == 1
    out, err = capsys.readouterr()
    found = [p["code"] for p in json.loads(out) if p["severity"] != "hint"]
    # the sample's base_url is an example domain on purpose: the warning teaches the user
    assert found == ["base-url-example", "not-approved"] and err == ""


@pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=ids(ARTICLE_DIRS))
def test_article_shows_the_whole_format(folder: Path) -> None:
    tree = body_tree(folder)
    assert len(tree.findall("h2")) >= 3
    quotes = tree.findall("blockquote")
    assert quotes and any("„" in "".join(q.itertext()) for q in quotes)
    lists = tree.findall("ul")
    assert lists and len(lists[0].findall("li")) >= 3
    links = [a.get("href", "") for a in tree.iter("a")]
    assert links
    for href in links:
        parts = urlsplit(href)
        assert parts.scheme in ("http", "https"), href
        host = parts.hostname or ""
        assert any(host == h or host.endswith("." + h) for h in ALLOWED_HOSTS), href


def test_photo_article_places_two_fully_credited_photos() -> None:
    article = load_article(PHOTO_ARTICLE)
    assert len(article.photos) == 2
    assert article.lead_photo in {p.id for p in article.photos}
    placed = [photo_id for _line, photo_id, _alt in article.photo_refs()]
    assert sorted(placed) == sorted(p.id for p in article.photos)
    # Each photo reference is a paragraph of its own.
    paragraphs = article.body.split("\n\n")
    for photo_id in placed:
        assert f"![](photo:{photo_id})" in [p.strip() for p in paragraphs]
    for photo in article.photos:
        assert all(value.strip() for value in photo.credits().values()), photo.id
        assert set(photo.credits()) == set(PHOTO_FIELDS)
        path = article.photo_path(photo)
        assert path.is_file() and path.parent.name == "photos"
        assert path.stat().st_size < 250_000
        with Image.open(path) as image:
            assert image.format == "JPEG"
            assert image.width == 1600


def test_other_articles_have_no_photos() -> None:
    others = [f for f in ARTICLE_DIRS if f != PHOTO_ARTICLE]
    assert others and all(not load_article(f).photos for f in others)


def test_photo_files_carry_the_same_credits_as_the_article() -> None:
    pyexiv2 = pytest.importorskip("pyexiv2")
    article = load_article(PHOTO_ARTICLE)
    for photo in article.photos:
        with pyexiv2.Image(str(article.photo_path(photo))) as image:
            xmp, iptc, exif = image.read_xmp(), image.read_iptc(), image.read_exif()
        x_default = 'lang="x-default"'
        assert xmp["Xmp.dc.creator"] == [photo.creator]
        assert xmp["Xmp.photoshop.Credit"] == photo.credit
        assert xmp["Xmp.dc.rights"][x_default] == photo.copyright
        assert xmp["Xmp.dc.description"][x_default] == photo.caption
        assert xmp["Xmp.xmpRights.UsageTerms"][x_default] == photo.license
        assert xmp["Xmp.xmpRights.WebStatement"] == photo.web_statement
        assert xmp["Xmp.iptc.AltTextAccessibility"][x_default] == photo.alt
        assert iptc["Iptc.Application2.Byline"] == [photo.creator]
        assert iptc["Iptc.Application2.Credit"] == photo.credit
        assert iptc["Iptc.Application2.Copyright"] == photo.copyright
        assert iptc["Iptc.Application2.Caption"] == photo.caption
        assert exif["Exif.Image.Artist"] == photo.creator
        assert exif["Exif.Image.Copyright"] == photo.copyright


def test_sample_has_no_generated_state() -> None:
    # Review events, locks and caches are made at run time, never shipped.
    leftovers = [p for p in SAMPLE.rglob("*") if p.name in ("review", ".newsdesk", ".trash")]
    assert leftovers == []
    files = [p for p in SAMPLE.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} <= {".toml", ".md", ".jpg", ".html"}


def test_sample_text_has_no_placeholders() -> None:
    for folder in ARTICLE_DIRS:
        text = (folder / "article.md").read_text(encoding="utf-8")
        body = load_article(folder).body
        for marker in ("TODO", "Lorem", "XXX", "example.net"):
            assert marker not in text, (folder.name, marker)
        # no photo reference to a photo that is not attached (checked above) or a stray one
        assert len(PHOTO_REF.findall(body)) == len(load_article(folder).photos)


def test_photo_tool_credits_match_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # The generator script is the source of the embedded credits; keep it in step with article.md.
    import importlib.util

    script = resources.root().parent / "tools" / "make_sample_photos.py"
    if not script.is_file():
        pytest.skip("tools/ is not part of an installed wheel")
    spec = importlib.util.spec_from_file_location("make_sample_photos", script)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, tool)  # dataclasses look their module up
    spec.loader.exec_module(tool)
    article = load_article(PHOTO_ARTICLE)
    assert tool.PHOTO_DIR == PHOTO_ARTICLE / "photos"
    for photo in article.photos:
        credits = tool.PHOTOS[Path(photo.file).name]
        assert {name: getattr(credits, name) for name in PHOTO_FIELDS} == photo.credits()
