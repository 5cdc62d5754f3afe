"""Exchange formats in every bundle: article.json (newsdesk-article/2) and
article.ninjs.json (IPTC ninjs 2.2, validated against IPTC's JSON Schema)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from editor import resources
from editor.model.checked import load_checked
from editor.model.config import load_config, replace
from editor.publish.bodyhtml import clean_body, word_count
from editor.publish.bundle import export_article
from editor.publish.record import published_at
from tests.model.test_review import approve
from tests.util import write_article

from .conftest import UMLAUT_CREDITS, make_photo, small_config

SCHEMA = Path(__file__).parent / "ninjs" / "ninjs-schema_2.2.json"


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _date_times(value, key=""):
    """(key, value) of every ninjs date-time field, nested."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ("firstcreated", "versioncreated") and isinstance(v, str):
                yield k, v
            yield from _date_times(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _date_times(v, key)


def assert_valid_ninjs(obj: dict) -> None:
    errors = sorted(_validator().iter_errors(obj), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    # The schema's "uri" and "date-time" formats are checked only when optional packages
    # are installed; check them here.
    for _key, value in _date_times(obj):
        assert dt.datetime.fromisoformat(value).utcoffset() is not None, value
    uris = [obj["uri"]] + [a["uri"] for a in obj.get("associations", [])]
    uris += [r["href"] for a in obj.get("associations", []) for r in a["renditions"]]
    for uri in uris:
        parts = urlsplit(uri)
        assert parts.scheme == "https" and parts.netloc and " " not in uri, uri


def assert_clean_body(body: str) -> None:
    assert "data-line" not in body and "data-" not in re.sub(r'"[^"]*"', '""', body)
    for para in re.findall(r"<p[ >].*?</p>", body, re.S):
        assert "\n" not in para, para


@pytest.fixture(scope="module")
def sample_bundles(tmp_path_factory) -> dict[str, Path]:
    """The sample workspace's articles exported (approval not required, small images)."""
    tmp = tmp_path_factory.mktemp("samples")
    root = tmp / "ws"
    shutil.copytree(resources.path("sample-workspace"), root)
    config = replace(load_config(root / "newsdesk.toml"), approval_required=False,
                     image_widths=(320,))
    out = {}
    for folder in sorted((root / "articles").iterdir()):
        result = export_article(load_checked(folder, config), config, tmp / "out",
                                workspace_root=root)
        out[folder.name] = result.bundle
    return out


def _load(bundle: Path, name: str) -> dict:
    return json.loads((bundle / name).read_text("utf-8"))


def test_sample_bundles_have_schema_valid_ninjs(sample_bundles):
    assert len(sample_bundles) == 3
    for slug, bundle in sample_bundles.items():
        ninjs = _load(bundle, "article.ninjs.json")
        record = _load(bundle, "article.json")
        assert_valid_ninjs(ninjs)
        assert ninjs["uri"] == record["uri"] == record["url"]
        assert ninjs["uri"].endswith(f"/aktuelles/{slug}/")
        assert ninjs["headlines"][0] == {"role": "main", "value": record["title"]}
        assert ninjs["descriptions"][0]["value"] == record["lead"]
        assert ninjs["bodies"][0]["value"] == record["body_html"]
        assert ninjs["bodies"][0]["contenttype"] == "text/html"
        assert [s["name"] for s in ninjs["subjects"]] == record["tags"]
        assert ninjs["language"] == "de" and ninjs["by"] == record["author"]
        assert ninjs["version"] == record["content_hash"]
        assert ninjs["pubstatus"] == "usable" and "Not approved" in ninjs["ednote"]


def test_sample_article_json_body_is_clean_with_full_dates(sample_bundles):
    for bundle in sample_bundles.values():
        record = _load(bundle, "article.json")
        assert record["schema"] == "newsdesk-article/2"
        assert_clean_body(record["body_html"])
        assert "<p>" in record["body_html"]
        # A day without a time: midnight in the workspace's zone (Europe/Berlin).
        published = dt.datetime.fromisoformat(record["date_published"])
        assert published.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
        assert (published.hour, published.minute) == (0, 0)
        assert record["date_published"].startswith(record["date"] + "T00:00:00+0")
        assert record["date_has_time"] is False and record["timezone"] == "Europe/Berlin"
        assert record["status"] == "not_approved" and record["approval"] is None
        assert record["version"] == record["content_hash"]
        assert record["word_count"] > 50
        [author] = record["authors"]
        assert author["name"] == record["author"] and author["url"] is None
        assert author["type"] in (None, "person", "organization")
        for photo in record["photos"]:
            for f in photo["files"]:
                assert f["url"] == record["url"] + f["path"]


def test_sample_with_photos_has_lead_image_and_credits(sample_bundles):
    bundle = sample_bundles["stadtbibliothek-oeffnet-nach-der-sanierung-wieder"]
    record = _load(bundle, "article.json")
    ninjs = _load(bundle, "article.ninjs.json")
    lead = record["lead_image"]
    assert lead["photo"] == record["lead_photo"] == "fassade"
    assert lead["format"] == "jpeg" and (bundle / lead["path"]).is_file()
    assert lead["url"] == record["url"] + lead["path"]
    first = ninjs["associations"][0]
    assert first["name"] == "featuremedia"
    assert first["altids"] == [{"role": "photo-id", "value": "fassade"}]
    assert first["by"] == "Lena Hoffmann"
    assert first["copyrightnotice"] == "© 2026 Stadt Beispielhausen"
    assert first["infosources"] == [{"name": "Stadt Beispielhausen / Lena Hoffmann",
                                     "role": "credit"}]
    assert first["rightsinfo"] == {
        "linkedrights": "https://www.beispielhausen.example.org/presse/bildrechte"}


def test_generated_article_with_photos_and_approval(tmp_path):
    """A generated article: a date with a time, two credited photos, approved."""
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    (root / "newsdesk.toml").write_text('base_url = "https://www.stadt.example/news"\n')
    folder = root / "articles" / "baustelle"
    make_photo(folder / "photos" / "a.jpg", (900, 600))
    make_photo(folder / "photos" / "b.png", (400, 400), fmt="PNG")
    from editor.model.article import Article, Photo

    article = Article(
        folder=folder, title='Baustelle <script>alert("x")</script> & Co', kicker="Verkehr",
        date=dt.datetime(2026, 7, 3, 9, 30), author="Amt für Verkehr",
        lead="Ab Montag gesperrt.", tags=["Verkehr", "Baustelle"],
        body="Erste Zeile\nzweite Zeile  \nnach Umbruch.\n\n![](photo:b)\n\n"
             "```\ncode\n  eingerückt\n```\n\n![](photo:a)\n",
        photos=[Photo(id="a", file="photos/a.jpg", **UMLAUT_CREDITS),
                Photo(id="b", file="photos/b.png", **{**UMLAUT_CREDITS,
                                                     "web_statement": "keine URL"})])
    write_article(article)
    event = approve(article)
    config = small_config(base_url="https://www.stadt.example/news",
                          image_formats=("jpeg", "webp"))
    result = export_article(load_checked(folder, config), config, tmp_path / "out",
                            workspace_root=root)
    record = _load(result.bundle, "article.json")
    ninjs = _load(result.bundle, "article.ninjs.json")
    assert_valid_ninjs(ninjs)
    assert "article.ninjs.json" in result.files
    body = record["body_html"]
    assert_clean_body(body)
    assert "<p>Erste Zeile zweite Zeile<br>nach Umbruch.</p>" in body
    assert "code\n  eingerückt\n" in body  # <pre> keeps its lines
    assert record["date_published"] == "2026-07-03T09:30:00+02:00"
    assert record["date"] == "2026-07-03"  # the day, as schema 1 had it
    assert record["date_has_time"] is True
    assert record["status"] == "approved"
    assert record["approval"]["at"] == event.at
    approved = dt.datetime.fromisoformat(event.at.replace("Z", "+00:00"))
    assert dt.datetime.fromisoformat(record["version_created"]) == approved.replace(
        microsecond=0)
    assert ninjs["versioncreated"] == record["version_created"]
    assert ninjs["firstcreated"] == "2026-07-03T09:30:00+02:00"
    assert "Anna Prüferin" in ninjs["ednote"] and record["content_hash"] in ninjs["ednote"]
    assert ninjs["headlines"][0]["value"] == 'Baustelle <script>alert("x")</script> & Co'
    assert ninjs["uri"] == "https://www.stadt.example/news/baustelle/"
    # No lead_photo: the first photo placed in the body is the article's image.
    assert record["lead_image"]["photo"] == "b"
    names = [a["name"] for a in ninjs["associations"]]
    assert names == ["featuremedia", "a"]
    for assoc in ninjs["associations"]:
        pid = assoc["altids"][0]["value"]
        files = next(p for p in record["photos"] if p["id"] == pid)["files"]
        assert len(assoc["renditions"]) == len(files) >= 4  # (b: 400 px, no 480)
        for r in assoc["renditions"]:
            assert r["href"].startswith("https://www.stadt.example/news/baustelle/images/")
            rel = r["href"].removeprefix("https://www.stadt.example/news/baustelle/")
            assert (result.bundle / rel).stat().st_size == r["sizeinbytes"]
            assert r["contenttype"] in ("image/jpeg", "image/webp")
        assert assoc["by"] == "Jörg Müller"
        assert assoc["usageterms"] == UMLAUT_CREDITS["license"]
        assert {d["role"]: d["value"] for d in assoc["descriptions"]} == {
            "caption": UMLAUT_CREDITS["caption"], "alt": UMLAUT_CREDITS["alt"]}
    by_name = {a["name"]: a for a in ninjs["associations"]}
    assert "rightsinfo" not in by_name["featuremedia"]  # "keine URL" is not a link
    assert by_name["a"]["rightsinfo"]["linkedrights"] == UMLAUT_CREDITS["web_statement"]
    assert record["word_count"] == word_count(body) == 8  # 6 in the paragraph, 2 in <pre>


def test_reexport_writes_identical_exchange_files(tmp_path, photo_article):
    root = photo_article.folder.parent.parent
    config = small_config(approval_required=False)
    first = export_article(photo_article, config, tmp_path / "a", workspace_root=root)
    second = export_article(photo_article, config, tmp_path / "b", workspace_root=root)
    for name in ("article.json", "article.ninjs.json"):
        assert (first.bundle / name).read_bytes() == (second.bundle / name).read_bytes()


def test_clean_body_leaves_attribute_values_and_pre_alone():
    html = ('<p data-line="1">a\nb <em>c</em>\nd<br>\n  e</p>\n'
            '<pre data-line="3"><code>x\n  y\n</code></pre>\n'
            '<figure class="photo" data-line="5"><img alt="1 > 0 data-line=&quot;2&quot;" '
            'src="i.jpg"><figcaption>Bild von Ana</figcaption></figure>\n')
    assert clean_body(html) == (
        '<p>a b <em>c</em> d<br>e</p>\n<pre><code>x\n  y\n</code></pre>\n'
        '<figure class="photo"><img alt="1 > 0 data-line=&quot;2&quot;" src="i.jpg">'
        '<figcaption>Bild von Ana</figcaption></figure>\n')
    assert word_count(html) == 7  # a b c d e x y; the caption is not counted


@pytest.mark.parametrize(("date", "expected"), [
    (dt.date(2026, 1, 15), "2026-01-15T00:00:00+01:00"),
    (dt.date(2026, 7, 15), "2026-07-15T00:00:00+02:00"),
    (dt.datetime(2026, 7, 15, 18, 5), "2026-07-15T18:05:00+02:00"),
    (dt.datetime(2026, 7, 15, 18, 5, tzinfo=dt.UTC), "2026-07-15T18:05:00+00:00"),
])
def test_publication_time_in_the_workspace_zone(tmp_path, date, expected):
    from editor.model.article import Article

    moment = published_at(Article(folder=tmp_path, date=date), small_config())
    assert moment is not None and moment.isoformat() == expected
