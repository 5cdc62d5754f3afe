"""newsdesk export-site: every published article's bundle, paginated index, Atom feed,
sitemap; run as a user would (real subprocesses), deterministic, hostile titles escaped."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import html5lib
import pytest

from editor.cli import main
from editor.model.article import Article
from tests.util import write_article

REPO = Path(__file__).resolve().parents[2]
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "https://www.beispielhausen.example.org/aktuelles/"


def newsdesk(*args: str, status: int = 0) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == status, done.stderr
    return done


def approve(folder: Path) -> None:
    newsdesk("review", "submit", str(folder), "--as", "Ben Autor", "-q")
    newsdesk("review", "approve", str(folder), "--as", "Anna Prüferin", "-q")


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The sample workspace with its articles approved, exported as a site twice."""
    import shutil

    from editor import resources

    tmp = tmp_path_factory.mktemp("site")
    ws = tmp / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    toml = (ws / "newsdesk.toml").read_text("utf-8")
    assert "\nimage_widths = [" in toml  # else the export below makes every width
    (ws / "newsdesk.toml").write_text(re.sub(r"\nimage_widths = \[[^\]]*\]",
                                             "\nimage_widths = [320]", toml), "utf-8")
    everything = sorted((ws / "articles").iterdir())
    articles = [everything[0], everything[2]]  # the library has photos
    for folder in articles:
        approve(folder)
    left_out = everything[1]
    done = newsdesk("export-site", str(ws), "--out", str(tmp / "out"), "--as", "Eva Web")
    first = tree(tmp / "out")
    again = newsdesk("export-site", str(ws), "-o", str(tmp / "out2"), "--json")
    return {"ws": ws, "out": tmp / "out", "out2": tmp / "out2", "first": first,
            "stdout": done.stdout, "stderr": done.stderr, "json": json.loads(again.stdout),
            "left_out": left_out.name, "articles": [a.name for a in articles]}


def test_site_has_bundles_index_feed_sitemap_at_the_top(site):
    out = site["out"]
    assert site["stdout"].strip() == str(out)
    assert f"left out: {site['left_out']} (draft)" in site["stderr"]
    for name in site["articles"]:
        for rel in ("index.html", "article.json", "article.ninjs.json"):
            assert (out / name / rel).is_file()
    assert not (out / site["left_out"]).exists()
    for rel in ("index.html", "feed.xml", "sitemap.xml", "assets/article.css"):
        assert (out / rel).is_file()
    assert (out / "assets/article.css").read_bytes() == (
        out / site["articles"][0] / "assets/article.css").read_bytes()
    assert not [p.name for p in out.parent.iterdir() if p.name.startswith(".out")]
    assert site["json"]["articles"] and site["json"]["pages"] == 1
    assert {"article": site["left_out"], "state": "draft"} in site["json"]["skipped"]


def test_same_workspace_gives_byte_identical_sites(site):
    assert site["first"] == tree(site["out2"])
    # and once more into the same folder: replaced by identical files
    newsdesk("export-site", str(site["ws"]), "-o", str(site["out"]), "-q")
    assert tree(site["out"]) == site["first"]


def test_index_is_newest_first_with_links_to_the_bundles(site):
    doc = html5lib.parse((site["out"] / "index.html").read_bytes())
    assert doc.get("lang") == "de"
    links = [a.get("href") for h2 in doc.iter(f"{XHTML}h2") for a in h2.iter(f"{XHTML}a")]
    dates = [json.loads((site["out"] / h.rstrip("/") / "article.json").read_text("utf-8"))
             ["date_published"] for h in links]
    assert sorted(h.rstrip("/") for h in links) == sorted(site["articles"])
    assert dates == sorted(dates, reverse=True)
    imgs = list(doc.iter(f"{XHTML}img"))
    for img in imgs:
        assert img.get("alt") and (site["out"] / img.get("src")).is_file()


def test_atom_feed_parses_with_enclosures_and_absolute_links(site):
    feed = ET.parse(site["out"] / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert feed.findtext(f"{ATOM}updated") == max(e.findtext(f"{ATOM}updated")
                                                  for e in entries)
    enclosures = [link for e in entries for link in e.findall(f"{ATOM}link")
                  if link.get("rel") == "enclosure"]
    assert enclosures
    for link in enclosures:
        assert link.get("href").startswith(BASE) and link.get("type") == "image/jpeg"
        rel = link.get("href").removeprefix(BASE)
        assert (site["out"] / rel).stat().st_size == int(link.get("length"))
    for entry in entries:
        assert entry.findtext(f"{ATOM}id").startswith(BASE)
        assert "<p>" in entry.findtext(f"{ATOM}content")


def test_sitemap_lists_absolute_urls(site):
    urlset = ET.parse(site["out"] / "sitemap.xml").getroot()
    locs = [u.findtext(f"{SITEMAP}loc") for u in urlset.findall(f"{SITEMAP}url")]
    assert locs[0] == BASE
    assert sorted(locs[1:]) == sorted(BASE + a + "/" for a in site["articles"])
    for loc in locs:
        parts = urlsplit(loc)
        assert parts.scheme == "https" and parts.netloc


def _generated_workspace(tmp_path: Path, count: int, title: str = "Meldung") -> Path:
    from editor.model.workspace import Workspace

    ws = Workspace.init(tmp_path / "ws")
    (ws.root / "newsdesk.toml").write_text('approval_required = false\n'
                                           'base_url = "https://stadt.example/news/"\n')
    import datetime as dt

    for n in range(count):
        folder = ws.root / "articles" / f"meldung-{n:02d}"
        folder.mkdir(parents=True)
        write_article(Article(folder=folder, title=f"{title} {n}", kicker="Aktuelles",
                              date=dt.date(2026, 1, 1) + dt.timedelta(days=n),
                              author="Presse", lead="Kurz.", body="Text.\n"))
    return ws.root


def test_index_pagination(tmp_path, capsys):
    root = _generated_workspace(tmp_path, 5)
    for folder in sorted((root / "articles").iterdir()):
        # approval not required: an article exported as it is counts as published
        assert main(["export", str(folder), "-o", str(tmp_path / "single"), "-q"]) == 0
    capsys.readouterr()
    out = tmp_path / "site"
    assert main(["export-site", str(root), "-o", str(out), "--per-page", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 3
    pages = [out / "index.html", out / "page/2/index.html", out / "page/3/index.html"]
    seen = []
    for page in pages:
        doc = html5lib.parse(page.read_bytes())
        titles = [h2.findtext(f"{XHTML}a") for h2 in doc.iter(f"{XHTML}h2")]
        seen += titles
        css = [link.get("href") for link in doc.iter(f"{XHTML}link")
               if link.get("rel") == "stylesheet"]
        assert (page.parent / css[0]).resolve() == (out / "assets/article.css").resolve()
        for a in doc.iter(f"{XHTML}a"):
            href = a.get("href")
            if href and not href.startswith("#"):
                target = (page.parent / href)
                assert target.exists(), href
        current = [a for a in doc.iter(f"{XHTML}a") if a.get("aria-current") == "page"]
        assert len(current) == 1 and (page.parent / current[0].get("href")).resolve() == \
            page.resolve()
    assert seen == [f"Meldung {n}" for n in range(4, -1, -1)]
    assert not (out / "page/4").exists()


def test_hostile_titles_are_escaped(tmp_path, capsys):
    title = '</title><script>alert(1)</script> & "x" <!-- ]]> {{ 7*7 }}'
    root = _generated_workspace(tmp_path, 1, title=title)
    folder = next((root / "articles").iterdir())
    assert main(["export", str(folder), "-o", str(tmp_path / "single"), "-q"]) == 0
    out = tmp_path / "site"
    assert main(["export-site", str(root), "-o", str(out), "-q"]) == 0
    page = (out / "index.html").read_text("utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    doc = html5lib.parse(page)
    assert not list(doc.iter(f"{XHTML}script"))
    feed = ET.parse(out / "feed.xml").getroot()  # still well-formed XML
    assert feed.find(f"{ATOM}entry").findtext(f"{ATOM}title").startswith(
        "</title><script>alert(1)</script>")


def test_refuses_a_folder_inside_the_workspace_or_foreign(tmp_path, capsys):
    root = _generated_workspace(tmp_path, 1)
    assert main(["export-site", str(root), "-o", str(root / "site")]) == 2
    assert not (root / "site").exists()
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine")
    assert main(["export-site", str(root), "-o", str(foreign)]) == 2
    assert (foreign / "keep.txt").read_text() == "mine"
    assert "not a Newsdesk site export" in capsys.readouterr().err


def test_index_pages_pass_the_nu_html_checker(site, tmp_path):
    from tests.publish.test_html_checks import VNU

    java = shutil.which("java")
    if not java or not VNU.is_file():
        pytest.skip("vnu is installed by .ci/html-checks; not present here")
    root = _generated_workspace(tmp_path, 3)
    for folder in sorted((root / "articles").iterdir()):
        assert main(["export", str(folder), "-o", str(tmp_path / "single"), "-q"]) == 0
    assert main(["export-site", str(root), "-o", str(tmp_path / "s"), "--per-page", "1",
                 "-q"]) == 0
    pages = [site["out"] / "index.html", tmp_path / "s/index.html",
             tmp_path / "s/page/2/index.html", tmp_path / "s/page/3/index.html"]
    run = subprocess.run([java, "-jar", str(VNU), "--format", "gnu", *map(str, pages)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0 and not run.stdout.strip() and not run.stderr.strip(), \
        run.stdout + run.stderr


def test_an_article_that_cannot_be_exported_keeps_the_earlier_site(tmp_path, capsys):
    root = _generated_workspace(tmp_path, 2)
    for folder in sorted((root / "articles").iterdir()):
        assert main(["export", str(folder), "-o", str(tmp_path / "single"), "-q"]) == 0
    out = tmp_path / "site"
    assert main(["export-site", str(root), "-o", str(out), "-q"]) == 0
    before = tree(out)
    # A second folder whose bundle name would be the same as another's ("Meldung-00" and
    # "meldung-00" are both "meldung-00"): refused, nothing replaced.
    clash = root / "articles" / "Meldung-00"
    import shutil as sh

    sh.copytree(root / "articles" / "meldung-00", clash)
    assert main(["export", str(clash), "-o", str(tmp_path / "single2"), "-q"]) == 0
    capsys.readouterr()
    assert main(["export-site", str(root), "-o", str(out), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    assert "cannot be exported" in printed["error"]["message"]
    assert printed["error"]["file"] == str(out)
    assert [p["code"] for probs in printed["problems"].values() for p in probs] == [
        "site-name-taken"]
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []
