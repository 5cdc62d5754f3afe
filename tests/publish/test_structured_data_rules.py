"""Google's rules for Article structured data, checked on what `newsdesk export` writes.

The rules (Google Search Central, "Article structured data"; restated here in our own
words): NewsArticle with a headline; `image` as several high-resolution images, together
covering the 16:9, 4:3 and 1:1 ratios, each at least 50,000 pixels, and for large previews
(`max-image-preview:large`) at least 1200 px wide; `datePublished` and `dateModified` as
ISO 8601 with a time zone; every author a Person or Organization with only the name in
`name` (no "Von …", no second person joined in) and an absolute `url` where given; a
publisher Organization with name, url and logo. Our own addition: every image URL is a
file of the bundle and its width and height are the file's.

Checked on the sample workspace exported by the real command line (as a user would), and on
a generated article whose original is too small for 1200 px.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from editor import resources

REPO = Path(__file__).resolve().parents[2]
RATIOS = {"16:9": 16 / 9, "4:3": 4 / 3, "1:1": 1.0}


def _newsdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=300)


def _json_ld(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1, "exactly one JSON-LD block"
    return json.loads(found[0])


def _aware(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _absolute(url: object) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def article_rule_problems(data: dict, bundle: Path, canonical: str,
                          *, large_original: bool) -> list[str]:
    """What in ``data`` breaks Google's Article rules (empty: nothing). ``image`` is only
    recommended by Google: an article without photos may lack it."""
    problems: list[str] = []
    if data.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context is not schema.org")
    if data.get("@type") not in ("NewsArticle", "Article"):
        problems.append(f"@type {data.get('@type')!r}")
    headline = data.get("headline")
    if not isinstance(headline, str) or not headline.strip():
        problems.append("no headline")
    published, modified = _aware(data.get("datePublished")), _aware(data.get("dateModified"))
    if published is None:
        problems.append(f"datePublished {data.get('datePublished')!r} is not ISO 8601 with zone")
    if modified is None:
        problems.append(f"dateModified {data.get('dateModified')!r} is not ISO 8601 with zone")
    if published and modified and modified < published:
        problems.append("dateModified before datePublished")
    authors = data.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    for author in authors:
        if not isinstance(author, dict) or author.get("@type") not in ("Person", "Organization"):
            problems.append(f"author {author!r} is not a Person or Organization")
            continue
        name = author.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append("author without a name")
        elif re.match(r"(?i)(von|by)\s", name) or (author["@type"] == "Person" and (
                " und " in name or " and " in name or "," in name)):
            problems.append(f"author name {name!r} holds more than the name")
        if "url" in author and not _absolute(author["url"]):
            problems.append(f"author url {author['url']!r} is not absolute")
    publisher = data.get("publisher")
    if not isinstance(publisher, dict) or publisher.get("@type") != "Organization" \
            or not publisher.get("name"):
        problems.append("publisher is not a named Organization")
    elif not _absolute(publisher.get("url")) or \
            not _absolute((publisher.get("logo") or {}).get("url")):
        problems.append("publisher without absolute url and logo")
    images = data.get("image")
    has_photos = any((bundle / "images").glob("*")) if (bundle / "images").is_dir() else False
    if images is None and not has_photos:
        return problems
    if not isinstance(images, list) or not images:
        return [*problems, "no image list"]
    ratios_seen = set()
    widest = 0
    for image in images:
        url = image.get("url") if isinstance(image, dict) else image
        if not _absolute(url) or not url.startswith(canonical):
            problems.append(f"image {url!r} is not an absolute URL of the page")
            continue
        with Image.open(bundle / url[len(canonical):]) as file:
            size = file.size
        if (image.get("width"), image.get("height")) != size:
            problems.append(f"image {url} says {image.get('width')}x{image.get('height')}, "
                            f"the file is {size[0]}x{size[1]}")
        widest = max(widest, size[0])
        if size[0] * size[1] < 50_000:
            problems.append(f"image {url} has fewer than 50,000 pixels")
        for name, ratio in RATIOS.items():
            if abs(size[0] / size[1] - ratio) < 0.02:
                ratios_seen.add(name)
    missing = sorted(set(RATIOS) - ratios_seen)
    if missing:
        problems.append(f"no image in the ratios {missing}")
    if large_original and widest < 1200:
        problems.append("no image 1200 px wide for large previews")
    if data.get("mainEntityOfPage", {}).get("@id") != canonical:
        problems.append("mainEntityOfPage is not the canonical address")
    return problems


def _canonical(html: str) -> str:
    found = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    assert found, "no canonical link"
    return found.group(1)


def test_the_exported_samples_follow_googles_article_rules(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    # as the city would: its logo for the publisher (the sample ships none)
    (workspace / "assets").mkdir()
    Image.new("RGB", (600, 60), (0, 80, 140)).save(workspace / "assets" / "logo.png")
    toml = workspace / "newsdesk.toml"
    toml.write_text(toml.read_text("utf-8").replace('publisher_logo = ""',
                                                    'publisher_logo = "assets/logo.png"'), "utf-8")
    articles = sorted(p for p in (workspace / "articles").iterdir() if p.is_dir())
    assert len(articles) >= 3
    for folder in articles:
        for step in (("submit", "--as", "Autorin"), ("approve", "--as", "Prüferin")):
            done = _newsdesk("review", step[0], str(folder), *step[1:], "-q")
            assert done.returncode == 0, done.stderr
        done = _newsdesk("export", str(folder), "--out", str(tmp_path / "out"), "-q")
        assert done.returncode == 0, done.stderr
        bundle = tmp_path / "out" / folder.name
        html = (bundle / "index.html").read_text("utf-8")
        assert 'name="robots" content="max-image-preview:large"' in html
        data = _json_ld(html)
        assert article_rule_problems(data, bundle, _canonical(html),
                                     large_original=True) == [], folder.name


def test_a_small_original_keeps_true_sizes_and_all_three_ratios(tmp_path: Path) -> None:
    """900 x 600: no crop is enlarged; each still covers its ratio, says its real size."""
    workspace = tmp_path / "ws"
    done = _newsdesk("init", str(workspace), "--site-name", "Stadt Test")
    assert done.returncode == 0, done.stderr
    toml = workspace / "newsdesk.toml"
    text = re.sub(r'(?m)^base_url = .*$', 'base_url = "https://www.stadt-test.de/news/"',
                  toml.read_text("utf-8"))
    text = re.sub(r'(?m)^publisher_url = .*$', 'publisher_url = "https://www.stadt-test.de/"',
                  text)
    toml.write_text(text, "utf-8")
    folder = workspace / "articles" / "klein"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", (900, 600), (40, 90, 160)).save(folder / "photos" / "bild.jpg", "JPEG")
    (folder / "article.md").write_text(
        "---\ntitle: Kleines Foto\ndate: 2026-06-24 09:30\nauthor: Anna Beispiel\n"
        "lead: Ein Artikel mit einem kleinen Foto.\nlead_photo: bild\nphotos:\n"
        "  - id: bild\n    file: photos/bild.jpg\n    caption: Ein Platz\n"
        "    alt: Ein blauer Platz\n    creator: Anna Beispiel\n    credit: Stadt Test\n"
        "    copyright: © Stadt Test\n    license: Nur für diesen Artikel\n---\n"
        "Text des Artikels.\n", "utf-8")
    (workspace / "newsdesk.toml").write_text(
        (workspace / "newsdesk.toml").read_text("utf-8").replace(
            "approval_required = true", "approval_required = false"), "utf-8")
    done = _newsdesk("export", str(folder), "--out", str(tmp_path / "out"), "-q")
    assert done.returncode == 0, done.stderr + done.stdout
    bundle = tmp_path / "out" / "klein"
    html = (bundle / "index.html").read_text("utf-8")
    data = _json_ld(html)
    problems = article_rule_problems(data, bundle, _canonical(html), large_original=False)
    assert [p for p in problems if "publisher" not in p] == []
    assert max(i["width"] for i in data["image"]) <= 900


def test_the_checker_finds_what_google_would_reject(tmp_path: Path) -> None:
    """The rules above are not vacuous: a page breaking them is caught."""
    bundle = tmp_path / "b"
    (bundle / "images").mkdir(parents=True)
    Image.new("RGB", (200, 200)).save(bundle / "images" / "x.jpg")
    canonical = "https://www.stadt.de/a/"
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "",
            "datePublished": "2026-06-24", "dateModified": "2026-06-23T10:00:00",
            "author": [{"@type": "Person", "name": "Von Anna und Ben", "url": "/anna"}],
            "publisher": {"@type": "Organization", "name": "Stadt"},
            "image": [{"@type": "ImageObject", "url": canonical + "images/x.jpg",
                       "width": 1200, "height": 1200}],
            "mainEntityOfPage": {"@id": "https://elsewhere.example/"}}
    problems = " | ".join(article_rule_problems(data, bundle, canonical, large_original=True))
    for expected in ("no headline", "datePublished", "dateModified", "holds more than the name",
                     "not absolute", "publisher without", "says 1200x1200", "fewer than 50,000",
                     "ratios ['16:9', '4:3']", "1200 px wide", "mainEntityOfPage"):
        assert expected in problems, expected
