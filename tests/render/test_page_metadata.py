"""Search and social metadata of the page (issue 16 "Metadata"): dates with time and
zone, authors, publisher with logo, description, og/twitter tags, favicon, modified time,
the metadata checks; tested through real workspace folders."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import time
from pathlib import Path

import pytest
from PIL import Image

from editor.model import review
from editor.model.article import load_article
from editor.model.config import load_config
from editor.model.errors import ArticleFormatError, ConfigError
from editor.model.metacheck import check as meta_check
from editor.model.modified import last_change
from editor.render import render_page
from editor.render.page import cut_description
from tests.render.conftest import ExportLikeImages, parse

TOML = """site_name = "Stadt Beispielhausen"
base_url = "https://www.beispielhausen.de/aktuelles/"
language = "de"
publisher = "Stadt Beispielhausen"
publisher_url = "https://www.beispielhausen.de/"
publisher_logo = "assets/logo.png"
favicon = "assets/favicon.png"
{extra}
"""


def _png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), (10, 80, 160)).save(buf, "PNG")
    return buf.getvalue()


def workspace(tmp_path: Path, front: str, body: str = "Text.\n", extra: str = "",
              photo_width: int = 1600) -> Path:
    root = tmp_path / "ws"
    (root / "assets").mkdir(parents=True)
    (root / "newsdesk.toml").write_text(TOML.format(extra=extra), encoding="utf-8")
    (root / "assets" / "logo.png").write_bytes(_png(600, 60))
    (root / "assets" / "favicon.png").write_bytes(_png(32, 32))
    folder = root / "articles" / "artikel"
    (folder / "photos").mkdir(parents=True)
    buf = io.BytesIO()
    Image.new("RGB", (photo_width, photo_width * 2 // 3), (200, 100, 50)).save(buf, "JPEG")
    (folder / "photos" / "bild.jpg").write_bytes(buf.getvalue())
    (folder / "article.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    return folder


PHOTO = """photos:
- id: bild
  file: photos/bild.jpg
  alt: Ein Platz mit "Bäumen"
  caption: Der Platz
  creator: Frank Brill
  credit: Stadt
  copyright: © Stadt
"""


def render(folder: Path, **kw) -> tuple[str, dict, dict]:
    article = load_article(folder)
    config = load_config(folder.parent.parent / "newsdesk.toml")
    html = render_page(article, config, ExportLikeImages(), **kw)
    root = parse(html)
    head = root.find(".//head")
    data = json.loads(head.find("script[@type='application/ld+json']").text)
    tags = {(m.get("property") or m.get("name")): m.get("content")
            for m in head.findall("meta") if m.get("content") is not None}
    return html, data, tags


def test_json_ld_has_what_google_asks_for_a_news_article(tmp_path):
    folder = workspace(tmp_path, "title: Neuer Platz\ndate: 2026-06-24 09:30\n"
                       "author:\n- name: Anna Beispiel\n  url: https://www.beispielhausen.de/anna\n"
                       "- Ben Muster\nlead: Der Platz ist fertig.\nlead_photo: bild\n" + PHOTO)
    html, data, tags = render(folder)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == "Neuer Platz"
    assert data["datePublished"] == "2026-06-24T09:30:00+02:00"
    assert dt.datetime.fromisoformat(data["dateModified"]) >= \
        dt.datetime.fromisoformat(data["datePublished"])
    assert data["author"] == [
        {"@type": "Person", "name": "Anna Beispiel", "url": "https://www.beispielhausen.de/anna"},
        {"@type": "Person", "name": "Ben Muster"}]
    canonical = "https://www.beispielhausen.de/aktuelles/artikel/"
    assert data["publisher"] == {
        "@type": "Organization", "name": "Stadt Beispielhausen",
        "url": "https://www.beispielhausen.de/",
        "logo": {"@type": "ImageObject", "url": canonical + "assets/logo.png",
                 "width": 600, "height": 60}}
    image = data["image"][0]
    assert image["url"].startswith(canonical) and image["width"] >= 1200
    assert data["mainEntityOfPage"]["@id"] == canonical
    # the byline names people, joined in the page's language
    assert "Von Anna Beispiel und Ben Muster" in html
    assert tags["article:published_time"] == data["datePublished"]
    assert tags["article:modified_time"] == data["dateModified"]
    assert tags["author"] == "Anna Beispiel, Ben Muster"


def test_organisation_gets_no_byline_and_og_twitter_tags_fall_back_to_first_photo(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-01-10\nauthor: Presseamt\n"
                       "author_type: organization\nauthor_url: https://www.beispielhausen.de/p\n"
                       "lead: Kurz.\n" + PHOTO, body="Text.\n\n![](photo:bild)\n")
    html, data, tags = render(folder)
    assert data["author"] == {"@type": "Organization", "name": "Presseamt",
                              "url": "https://www.beispielhausen.de/p"}
    assert 'class="byline"' not in html
    # winter: +01:00
    assert data["datePublished"] == "2026-01-10T00:00:00+01:00"
    canonical = "https://www.beispielhausen.de/aktuelles/artikel/"
    assert tags["og:image"] == canonical + "images/bild-1600.jpg"
    assert tags["og:image:width"] == "1600" and tags["og:image:height"] == "1067"
    assert tags["og:image:alt"] == 'Ein Platz mit "Bäumen"'
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:title"] == "T" and tags["twitter:description"] == "Kurz."
    assert tags["twitter:image"] == tags["og:image"]
    assert tags["robots"] == "max-image-preview:large"
    root = parse(html)
    icon = root.find(".//head/link[@rel='icon']")
    assert icon.get("href") == "assets/favicon.png" and icon.get("type") == "image/png"


def test_description_own_or_lead_cut_on_a_word_boundary(tmp_path):
    lead = ("Die Stadt hat heute den neuen Marktplatz eröffnet, nach zwei Jahren Bauzeit "
            "und vielen Gesprächen mit Anwohnerinnen, Händlern und Vereinen aus der ganzen "
            "Innenstadt sowie einer Bürgerbeteiligung im Rathaus.")
    cut = cut_description(lead)
    assert len(cut) <= 156 and cut.endswith("…")
    assert lead.startswith(cut[:-1]) and lead[len(cut) - 1] == " "  # a whole word ended
    assert cut_description("Kurz und gut.") == "Kurz und gut."
    folder = workspace(tmp_path, f"title: T\ndate: 2026-06-24\nauthor: A\nlead: {lead}\n")
    _html, data, tags = render(folder)
    assert tags["description"] == tags["og:description"] == data["description"] == cut
    folder2 = workspace(tmp_path / "b", f"title: T\ndate: 2026-06-24\nauthor: A\nlead: {lead}\n"
                        "description: Eigene Beschreibung.\n")
    _html, data, tags = render(folder2)
    assert tags["description"] == "Eigene Beschreibung." == data["description"]


def test_timezone_setting(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-07-01T09:30\nauthor: A\nlead: L\n",
                       extra='timezone = "America/New_York"')
    _html, data, _tags = render(folder)
    assert data["datePublished"] == "2026-07-01T09:30:00-04:00"
    toml = folder.parent.parent / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("America/New_York",
                                                             "Mars/Olympus_Mons"))
    with pytest.raises(ConfigError) as info:
        load_config(toml)
    assert info.value.path == toml and info.value.line == 8
    assert "timezone" in info.value.message


def test_time_is_kept_as_written_and_offsets_respected(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-06-24 09:30\nauthor: A\nlead: L\n")
    article = load_article(folder)
    assert article.date == dt.datetime(2026, 6, 24, 9, 30)
    assert "date: 2026-06-24 09:30\n" in article.to_text()
    folder2 = workspace(tmp_path / "b", "title: T\ndate: 2026-06-24T09:30:00Z\nauthor: A\n"
                        "lead: L\n")
    _html, data, _tags = render(folder2)
    assert data["datePublished"] == "2026-06-24T11:30:00+02:00"


@pytest.mark.parametrize("author", [
    "author: []\n", "author:\n- name: ''\n", "author:\n- name: A\n  url: javascript:x\n",
    "author:\n- name: A\n  role: x\n", "author:\n" + "- A\n" * 11,
])
def test_malformed_author_lists_are_refused_with_the_line(tmp_path, author):
    folder = workspace(tmp_path, "title: T\ndate: 2026-06-24\n" + author + "lead: L\n")
    with pytest.raises(ArticleFormatError) as info:
        load_article(folder)
    assert info.value.line == 4  # the 'author' key


def test_modified_time_follows_content_changes_only(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-01-10\nauthor: A\nlead: L\n")
    _html, data, _ = render(folder)
    assert data["dateModified"] == data["datePublished"]  # no record of a later change
    article = load_article(folder)
    review.add_event(article, "submitted", by="anna")
    first, source = last_change(article)
    assert source == "review"
    html1, data1, _ = render(folder)
    html2, _data2, _ = render(folder)
    assert html1 == html2  # deterministic for unchanged content
    assert data1["dateModified"] == first.astimezone(
        dt.timezone(dt.timedelta(hours=1))).replace(microsecond=0).isoformat()
    review.add_event(load_article(folder), "comment", by="ben", note="gut")
    assert render(folder)[1]["dateModified"] == data1["dateModified"]
    time.sleep(1.1)  # the page gives whole seconds
    text = (folder / "article.md").read_text(encoding="utf-8")
    (folder / "article.md").write_text(text.replace("lead: L", "lead: Neu"), encoding="utf-8")
    changed = load_article(folder)
    assert last_change(changed)[1] != "review"
    review.add_event(changed, "comment", by="anna", note="neu")
    later = render(folder)[1]["dateModified"]
    assert later > data1["dateModified"]


def test_hostile_values_are_escaped(tmp_path):
    evil = '</script><script>alert(1)</script>"&<!--'
    folder = workspace(tmp_path, f"title: 'T {evil}'\ndate: 2026-06-24\n"
                       f"author:\n- name: 'X {evil}'\nlead: 'L'\n"
                       f"description: 'D {evil}'\n")
    html, data, tags = render(folder)
    assert "<script>alert" not in html and html.count("</script>") == 1
    assert data["headline"] == f"T {evil}" and data["author"]["name"] == f"X {evil}"
    assert tags["description"] == f"D {evil}" and tags["twitter:title"] == f"T {evil}"


def test_logo_and_favicon_outside_the_workspace_are_refused(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-06-24\nauthor: A\nlead: L\n")
    toml = folder.parent.parent / "newsdesk.toml"
    for bad in ("../secret.png", "/etc/logo.png", "assets/logo.svg"):
        toml.write_text(TOML.format(extra="").replace("assets/logo.png", bad))
        with pytest.raises(ConfigError) as info:
            load_config(toml)
        assert info.value.line == 6
    # a symbolic link inside the workspace that leads out: no logo on the page
    toml.write_text(TOML.format(extra=""))
    (tmp_path / "outside.png").write_bytes(_png(10, 10))
    logo = folder.parent.parent / "assets" / "logo.png"
    logo.unlink()
    logo.symlink_to(tmp_path / "outside.png")
    _html, data, _ = render(folder)
    assert "logo" not in data["publisher"]


def _problems(folder: Path, **config_changes) -> dict[str, str]:
    article = load_article(folder)
    config = load_config(folder.parent.parent / "newsdesk.toml")
    if config_changes:
        from editor.model.config import replace
        config = replace(config, **config_changes)
    found: dict[str, str] = {}
    meta_check(article, config, lambda sev, code, *_a, **_k: found.setdefault(code, sev))
    return found


def test_metadata_checks(tmp_path):
    folder = workspace(tmp_path, "title: T\ndate: 2026-06-24\nlead: L\nlead_photo: bild\n"
                       + PHOTO, photo_width=800)
    found = _problems(folder, base_url="https://www.example.org/aktuelles/")
    assert found == {"base-url-example": "warning", "missing-author": "warning",
                     "lead-photo-small": "warning"}
    good = workspace(tmp_path / "g", "title: T\ndate: 2026-06-24\nauthor: A\nlead: L\n"
                     "lead_photo: bild\n" + PHOTO)
    assert _problems(good) == {}
    assert "base-url-example" in _problems(
        good, base_url="https://www.beispielhausen.example.org/aktuelles/")
    odd = workspace(tmp_path / "o", "title: T\ndate: 2026-06-24\nauthor: A\n"
                    "author_type: robot\nauthor_url: ftp://x\nlead: L\n")
    assert _problems(odd) == {"invalid-author-type": "error", "invalid-author-url": "error"}


def test_samples_show_the_new_fields():
    from editor import resources

    sample = resources.path("sample-workspace")
    config = load_config(sample / "newsdesk.toml")
    assert config.timezone == "Europe/Berlin" and config.publisher_url
    for folder in (sample / "articles").iterdir():
        article = load_article(folder)
        html = render_page(article, config, ExportLikeImages())
        assert 'class="byline"' not in html  # offices, not people
        assert re.search(r'"datePublished": "\d{4}-\d\d-\d\dT00:00:00\+0[12]:00"', html)
