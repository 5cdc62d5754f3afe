"""The news section as one folder: every published article's bundle, an index, a feed and
a sitemap (``newsdesk export-site``).

    DIR/index.html, DIR/page/2/index.html, ...   newest first, PER_PAGE articles a page
    DIR/feed.xml                                  Atom 1.0, every article, lead image as
                                                  enclosure, body as HTML (xml:base: its page)
    DIR/sitemap.xml                               absolute URLs from base_url
    DIR/assets/article.css                        the bundles' stylesheet, for the index
    DIR/<slug>/                                   the bundle, exactly as ``newsdesk export``
    DIR/.newsdesk-site.json                       marks DIR as a site export (and lists it)

Published means: the article's current content is approved (review state approved) or
was exported as it is (state published). Drafts, articles in review or changed since
their approval are left out and named in the result. An article the exporter refuses
refuses the whole site (nothing is replaced), with every problem.

The whole folder is built beside DIR and switched into place under a lock like one bundle
(editor.publish.outfolder with DIR's parent as the export folder), so readers see the old
or the new site, never a mix. Output is deterministic: no time of export is written; the
feed's ``updated`` is the newest article's. The feed is written with xml.etree (no
dependency, byte-stable); every text passes through ``xml_text`` so a hostile title can
neither break the markup nor make the XML invalid.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from editor import __version__, resources
from editor.model import checked
from editor.model.atomic import reason
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError, StorageError
from editor.model.validation import Problem
from editor.model.workspace import Workspace
from editor.publish import names, outfolder
from editor.publish.bundle import (
    CSS_HREF,
    ExportRefused,
    ExportTargetError,
    check_out_dir,
    export_article,
)

__all__ = ["MARKER", "PER_PAGE", "SiteRefused", "SiteResult", "export_site"]

PER_PAGE = 20
MARKER = ".newsdesk-site.json"
SCHEMA = "newsdesk-site/1"
PUBLISHED_STATES = ("approved", "published")
ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
CSP = ("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; "
       "form-action 'none'")
# Characters XML 1.0 forbids (and lone surrogates): removed from every text we write.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_WORDS = {
    "de": {"pages": "Seiten", "page": "Seite {n} von {total}", "newer": "Neuere Meldungen",
           "older": "Ältere Meldungen", "feed": "Atom-Feed", "empty": "Noch keine Meldungen.",
           "skip": "Zum Inhalt springen", "description": "Aktuelle Meldungen: {site}"},
    "en": {"pages": "Pages", "page": "Page {n} of {total}", "newer": "Newer news",
           "older": "Older news", "feed": "Atom feed", "empty": "No news yet.",
           "skip": "Skip to content", "description": "News from {site}"},
}

Progress = Callable[[int, int], None]


class SiteRefused(NewsdeskError):
    """An article the site would include cannot be exported; ``problems`` by article."""

    def __init__(self, problems: dict[str, list[Problem]], path: Path | None = None):
        self.problems = problems
        count = len(problems)
        super().__init__(f"site not exported: {count} article{'s' if count != 1 else ''} "
                         "cannot be exported", path)


@dataclass(frozen=True)
class SiteResult:
    folder: Path
    articles: tuple[str, ...]  # bundle names, newest first
    skipped: tuple[tuple[str, str], ...]  # (article folder name, review state or reason)
    pages: int
    files: tuple[str, ...] = field(default=())  # top-level files written (not the bundles)


def xml_text(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def _h(value: object) -> str:
    return html.escape(xml_text(value), quote=True)


def export_site(workspace_root: Path, config: SiteConfig, out: Path, *, by: str = "",
                per_page: int = PER_PAGE, progress: Progress | None = None) -> SiteResult:
    """Write the site into ``out`` (see the module docstring). Raises ExportTargetError for
    a folder inside the workspace or one that exists and is not an earlier site export,
    SiteRefused when a published article cannot be exported, StorageError when the disk
    refuses (the earlier site is kept)."""
    root = Path(workspace_root).resolve()
    out = Path(out).expanduser()
    check_out_dir(out, root)
    out = out.resolve()
    parent, name = out.parent, out.name
    if out == root or out in root.parents:
        raise ExportTargetError("the site folder would contain the workspace; choose a "
                                "folder outside it", out)
    _check_site_target(out)
    chosen, skipped = _published(root, config)
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the export folder: {reason(exc)}", parent,
                           exc.errno) from exc
    try:
        with outfolder.locked(parent, name):
            outfolder.recover(parent, name)
            _check_site_target(out)
            staging = outfolder.new_staging(parent, name)
            switched = False
            try:
                build = staging / name
                build.mkdir()
                records = _export_all(chosen, config, build, root, by, progress)
                files = _write_site(build, records, config, per_page)
                switched = True
                try:
                    outfolder.switch(parent, name, outfolder.KEEP)
                except OSError:
                    outfolder.recover(parent, name)
            finally:
                if not switched:
                    outfolder.recover(parent, name)
    except OSError as exc:
        raise StorageError(f"Site not exported: {reason(exc)}", out, exc.errno) from exc
    pages = max(1, -(-len(records) // per_page))
    return SiteResult(out, tuple(r["_bundle"] for r in records), tuple(skipped), pages,
                      tuple(files))


def _check_site_target(out: Path) -> None:
    """Replace only an empty folder or an earlier site export (never a symlink)."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ExportTargetError("this exists and is not a Newsdesk site export, so it is not "
                                "replaced; choose another folder or remove it", out)
    if out.is_dir() and any(out.iterdir()):
        try:
            marker = json.loads((out / MARKER).read_text("utf-8"))
        except (OSError, ValueError):
            marker = None
        if not (isinstance(marker, dict) and marker.get("schema") == SCHEMA):
            raise ExportTargetError("this folder is not empty and is not a Newsdesk site "
                                    "export, so it is not replaced; choose another folder "
                                    "or remove it", out)


def _published(root: Path, config: SiteConfig
               ) -> tuple[list[checked.CheckedArticle], list[tuple[str, str]]]:
    """Snapshots of the published articles, and (folder, why not) for the others."""
    chosen, skipped = [], []
    for folder in Workspace(root, config).article_dirs():
        if folder.is_symlink():
            skipped.append((folder.name, "symlink, not followed"))
            continue
        try:
            snap = checked.load_checked(folder, config)
        except NewsdeskError as exc:
            skipped.append((folder.name, f"unreadable: {exc.describe()}"))
            continue
        except RecursionError:  # e.g. a review event nested 100,000 deep (json.loads)
            skipped.append((folder.name, "unreadable: nested too deeply"))
            continue
        if snap.review.state in PUBLISHED_STATES:
            chosen.append(snap)
        else:
            skipped.append((folder.name, snap.review.state))
    return chosen, skipped


def _export_all(chosen: list[checked.CheckedArticle], config: SiteConfig, build: Path,
                root: Path, by: str, progress: Progress | None) -> list[dict[str, Any]]:
    """Each article's bundle into ``build`` (the export code path), its article.json back."""
    refused: dict[str, list[Problem]] = {}
    records = []
    taken: set[str] = set()
    for done, snap in enumerate(chosen):
        if progress is not None:
            progress(done, len(chosen))
        slug = snap.article.slug
        bundle = names.safe_stem(slug, "artikel")
        if bundle.casefold() in taken or bundle in ("page", "assets"):
            refused[slug] = [Problem("error", "site-name-taken",
                                     f"The bundle name '{bundle}' is already used in the "
                                     "site; rename the article's folder.")]
            continue
        taken.add(bundle.casefold())
        try:
            result = export_article(snap, config, build, workspace_root=root, by=by)
        except ExportRefused as exc:
            refused[slug] = list(exc.problems)
            continue
        record = json.loads((result.bundle / "article.json").read_text("utf-8"))
        record["_bundle"] = result.bundle.name
        records.append(record)
    if progress is not None:
        progress(len(chosen), len(chosen))
    if refused:
        raise SiteRefused(refused, build.parent.parent / build.name)  # the site folder
    # Newest first; the same day and time by slug, so the order never depends on the disk.
    records.sort(key=lambda r: r["_bundle"])
    records.sort(key=lambda r: r.get("date_published") or "", reverse=True)
    return records


def _write_site(build: Path, records: list[dict[str, Any]], config: SiteConfig,
                per_page: int) -> list[str]:
    base = config.base_url if config.base_url.endswith("/") else config.base_url + "/"
    files: dict[str, bytes] = {}
    pages = [records[i:i + per_page] for i in range(0, len(records), per_page)] or [[]]
    for number, items in enumerate(pages, start=1):
        rel = "index.html" if number == 1 else f"page/{number}/index.html"
        files[rel] = _index_page(items, number, len(pages), config, base).encode("utf-8")
    files["feed.xml"] = _atom(records, config, base)
    files["sitemap.xml"] = _sitemap(records, len(pages), base)
    files[CSS_HREF] = resources.path("css/article.css").read_bytes()
    listing = {"schema": SCHEMA, "generator": f"newsdesk {__version__}",
               "articles": [r["_bundle"] for r in records],
               "files": {rel: hashlib.sha256(data).hexdigest()
                         for rel, data in sorted(files.items())}}
    files[MARKER] = (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    for rel, data in sorted(files.items()):
        path = build / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    return sorted(files)


# ---- index pages -----------------------------------------------------------------------


def _index_page(items: list[dict[str, Any]], number: int, total: int, config: SiteConfig,
                base: str) -> str:
    words = _WORDS.get(config.language, _WORDS["en"])
    up = "" if number == 1 else "../../"
    canonical = base if number == 1 else urljoin(base, f"page/{number}/")
    title = xml_text(config.site_name)
    heading = title if number == 1 else f"{title} – {words['page'].format(n=number, total=total)}"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_h(config.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{_h(heading)}</title>",
        f'<meta name="description" content="{_h(words["description"].format(site=title))}">',
        f'<link rel="canonical" href="{_h(canonical)}">',
        f'<link rel="alternate" type="application/atom+xml" href="{up}feed.xml" '
        f'title="{_h(words["feed"])}">',
        f'<link rel="stylesheet" href="{up}{CSS_HREF}">',
        "</head>",
        "<body>",
        f'<a class="skip-link" href="#main-content">{_h(words["skip"])}</a>',
        '<main id="main-content">',
        f"<h1>{_h(heading)}</h1>",
    ]
    if not items:
        out.append(f"<p>{_h(words['empty'])}</p>")
    for position, record in enumerate(items):
        out += _teaser(record, up, number == 1 and position == 0, config.language)
    if total > 1:
        out += _pagination(number, total, up, words)
    out += [f'<p><a href="{up}feed.xml">{_h(words["feed"])}</a></p>', "</main>", "</body>",
            "</html>", ""]
    return "\n".join(out)


def _day_text(day: str, language: str) -> str:
    """The day as the article page writes it (05.11.2026, 5 Nov 2026)."""
    import datetime as dt

    from babel.dates import format_date

    try:
        return format_date(dt.date.fromisoformat(day), format="medium", locale=language)
    except (ValueError, LookupError):
        return day


def _teaser(record: dict[str, Any], up: str, eager: bool, language: str) -> list[str]:
    href = f"{up}{quote(record['_bundle'])}/"
    out = ['<article class="article-teaser">']
    kicker, day = record.get("kicker") or "", (record.get("date_published") or "")[:10]
    if kicker or day:
        parts = [f'<span class="kicker-text">{_h(kicker)}</span>'] if kicker else []
        if day:
            parts.append(f'<time datetime="{_h(record["date_published"])}">'
                         f"{_h(_day_text(day, language))}</time>")
        out.append(f'<p class="kicker">{" – ".join(parts)}</p>')
    out.append(f'<h2><a href="{href}">{_h(record.get("title") or record["_bundle"])}</a></h2>')
    image = record.get("lead_image")
    if image:
        photo = next((p for p in record.get("photos", []) if p["id"] == image["photo"]), None)
        jpegs = sorted((f for f in (photo or {}).get("files", [])
                        if f["format"] == image["format"]), key=lambda f: f["width"])
        srcset = ", ".join(f"{href}{quote(f['path'])} {f['width']}w" for f in jpegs)
        loading = "" if eager else ' loading="lazy"'
        out.append(f'<figure class="photo"><img src="{href}{quote(image["path"])}" '
                   f'srcset="{_h(srcset)}" sizes="(min-width: 48rem) 46rem, 100vw" '
                   f'width="{int(image["width"])}" height="{int(image["height"])}" '
                   f'alt="{_h(image.get("alt") or "")}"{loading} decoding="async"></figure>')
    if record.get("lead"):
        out.append(f'<p class="lead">{_h(record["lead"])}</p>')
    out.append("</article>")
    return out


def _pagination(number: int, total: int, up: str, words: dict[str, str]) -> list[str]:
    def page_href(n: int) -> str:
        return f"{up}index.html" if n == 1 else f"{up}page/{n}/index.html"

    out = [f'<nav aria-label="{_h(words["pages"])}">', "<ul>"]
    if number > 1:
        out.append(f'<li><a href="{page_href(number - 1)}" rel="prev">'
                   f"{_h(words['newer'])}</a></li>")
    for n in range(1, total + 1):
        label = _h(words["page"].format(n=n, total=total))
        if n == number:
            out.append(f'<li><a href="{page_href(n)}" aria-current="page">{label}</a></li>')
        else:
            out.append(f'<li><a href="{page_href(n)}">{label}</a></li>')
    if number < total:
        out.append(f'<li><a href="{page_href(number + 1)}" rel="next">'
                   f"{_h(words['older'])}</a></li>")
    return [*out, "</ul>", "</nav>"]


# ---- feed and sitemap --------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k.replace("__", ":"): xml_text(v)
                                     for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _updated(record: dict[str, Any]) -> str:
    return record.get("version_created") or record.get("date_published") or \
        "1970-01-01T00:00:00+00:00"


def _atom(records: list[dict[str, Any]], config: SiteConfig, base: str) -> bytes:
    a = ""  # plain names; the root's xmlns puts them in Atom's namespace
    feed = ET.Element("feed", {"xmlns": ATOM, "{http://www.w3.org/XML/1998/namespace}lang":
                               xml_text(config.language)})
    _sub(feed, f"{a}id", base)
    _sub(feed, f"{a}title", config.site_name)
    _sub(feed, f"{a}updated", max((_updated(r) for r in records),
                                  default="1970-01-01T00:00:00+00:00"))
    _sub(feed, f"{a}link", rel="self", type="application/atom+xml",
         href=urljoin(base, "feed.xml"))
    _sub(feed, f"{a}link", rel="alternate", type="text/html", href=base)
    author = _sub(feed, f"{a}author")
    _sub(author, f"{a}name", config.publisher or config.site_name)
    _sub(feed, f"{a}generator", "Newsdesk", version=__version__)
    for record in records:
        entry = _sub(feed, f"{a}entry")
        _sub(entry, f"{a}id", record["uri"])
        _sub(entry, f"{a}title", record.get("title") or record["_bundle"])
        _sub(entry, f"{a}link", rel="alternate", type="text/html", href=record["url"])
        if record.get("date_published"):
            _sub(entry, f"{a}published", record["date_published"])
        _sub(entry, f"{a}updated", _updated(record))
        if record.get("author"):
            _sub(_sub(entry, f"{a}author"), f"{a}name", record["author"])
        for tag in record.get("tags", []):
            _sub(entry, f"{a}category", term=tag)
        if record.get("lead"):
            _sub(entry, f"{a}summary", record["lead"], type="text")
        image = record.get("lead_image")
        if image:
            size = next((f["bytes"] for p in record.get("photos", []) for f in p["files"]
                         if f["path"] == image["path"]), 0)
            _sub(entry, f"{a}link", rel="enclosure", type=f"image/{image['format']}",
                 length=str(size), href=image["url"], title=image.get("alt") or "")
        content = _sub(entry, f"{a}content", record.get("body_html") or "", type="html")
        content.set(XML_BASE, xml_text(record["url"]))
    return _xml(feed)


def _sitemap(records: list[dict[str, Any]], pages: int, base: str) -> bytes:
    s = ""
    urlset = ET.Element("urlset", {"xmlns": SITEMAP})
    newest = max((_updated(r) for r in records), default=None)
    for n in range(1, pages + 1):
        url = _sub(urlset, f"{s}url")
        _sub(url, f"{s}loc", base if n == 1 else urljoin(base, f"page/{n}/"))
        if newest and n == 1:
            _sub(url, f"{s}lastmod", newest)
    for record in records:
        url = _sub(urlset, f"{s}url")
        _sub(url, f"{s}loc", record["url"])
        _sub(url, f"{s}lastmod", _updated(record))
    return _xml(urlset)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")
