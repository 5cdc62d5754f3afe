"""What a bundle says about its contents, taken from the export's snapshot: the bundle
names of the image derivatives (ImageFile), the render layer's image source for them
(BundleImages) and article.json without its page and CSS entries (partial_record), with
the facts the other exchange formats share (editor.publish.ninjs, editor.publish.site):
the publication time in the workspace's zone, the structured author, the lead image.

Split out of editor.publish.bundle, which writes these into the bundle. Like it, this
module loads the render code only when it is called (an up-to-date export never is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from editor import __version__
from editor.model import contenthash
from editor.model.article import Article, Photo
from editor.model.checked import CheckedArticle
from editor.model.config import SiteConfig
from editor.publish import names
from editor.publish.bodyhtml import clean_body, word_count

if TYPE_CHECKING:
    from editor.publish.derivatives import PhotoDerivatives
    from editor.render import ImageVariant

__all__ = ["SCHEMA", "BundleImages", "ImageFile", "authors", "image_files", "lead_photo_id",
           "partial_record", "published_at", "workspace_zone"]

# 2: uri, date_published (ISO 8601 with offset), version, status, word_count, authors,
# publisher, lead_image, absolute file URLs; body_html without data-line and soft breaks.
# Every field of 1 is kept with its meaning.
SCHEMA = "newsdesk-article/2"
DEFAULT_TIMEZONE = "Europe/Berlin"


@dataclass(frozen=True)
class ImageFile:
    """One derivative as it appears in the bundle."""

    url: str  # relative to the bundle: images/<stem>-<width>.<ext>
    width: int
    height: int
    format: str
    size: int
    sha256: str
    source: Path  # the cached file it is copied from


def image_files(article: Article, built: dict[str, PhotoDerivatives]) -> dict[str,
                                                                             list[ImageFile]]:
    """Bundle names for every derivative, by photo id (stems unique ignoring case)."""
    stems = names.unique_stems([p.id for p in article.photos])
    out: dict[str, list[ImageFile]] = {}
    for photo, stem in zip(article.photos, stems, strict=True):
        out[photo.id] = [
            ImageFile(f"images/{stem}-{d.width}.{d.ext}", d.width, d.height, d.format, d.size,
                      d.sha256, d.path)
            for d in built[photo.id].derivatives
        ]
    return out


def workspace_zone(config: SiteConfig) -> dt.tzinfo:
    """The workspace's time zone: ``timezone`` in newsdesk.toml when the settings have it,
    else Europe/Berlin; UTC when the zone database lacks it (Windows without tzdata)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = getattr(config, "timezone", "") or DEFAULT_TIMEZONE
    for key in (name, DEFAULT_TIMEZONE):
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return dt.UTC


def zone_name(config: SiteConfig) -> str:
    zone = workspace_zone(config)
    return getattr(zone, "key", "UTC")


def published_at(article: Article, config: SiteConfig) -> dt.datetime | None:
    """The front matter ``date`` as an aware datetime in the workspace's zone. A date
    without a time is midnight local time; a time without offset is local time."""
    value = article.date
    zone = workspace_zone(config)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=zone) if value.tzinfo is None else value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    return None


def local_iso(moment: dt.datetime, config: SiteConfig) -> str:
    """ISO 8601 with the offset, seconds precision, in the workspace's zone."""
    return moment.astimezone(workspace_zone(config)).replace(microsecond=0).isoformat()


def parse_utc(text: str) -> dt.datetime | None:
    """A review event's time (UTC, ISO 8601 with 'Z'), or None when it is not one."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def authors(article: Article) -> list[dict[str, Any]]:
    """The structured author(s): today the front matter's one ``author`` text, whose kind
    is unknown (``type`` None: a person or an organisation) and which has no URL. An
    ``author_type`` (person or organization) in the front matter is taken when present."""
    name = article.author.strip()
    if not name:
        return []
    kind = article.extra.get("author_type")
    kind = kind.lower().replace("organisation", "organization") if isinstance(kind,
                                                                              str) else None
    return [{"name": name, "type": kind if kind in ("person", "organization") else None,
             "url": None}]


def lead_photo_id(article: Article) -> str | None:
    """The article's image: its lead photo, else the first photo placed in the body, else
    its first photo."""
    ids = [p.id for p in article.photos]
    if article.lead_photo in ids:
        return article.lead_photo
    for _line, pid, _alt in article.photo_refs():
        if pid in ids:
            return pid
    return ids[0] if ids else None


def absolute(canonical: str, rel: str) -> str:
    """The public address of a file named relative to the bundle."""
    return urljoin(canonical, rel)


def partial_record(snap: CheckedArticle, config: SiteConfig,
                   built: dict[str, PhotoDerivatives], files: dict[str, list[ImageFile]],
                   body_html: str) -> dict[str, Any]:
    """article.json without the page and CSS entries (added once written): everything a
    CMS import needs, from the snapshot; no time of export, so it is reproducible. Files
    are named relative to the bundle (``path``) and by their public address (``url``, from
    base_url); never by the workspace's photo paths. README "Exchange formats" lists the
    fields."""
    from editor.render.page import canonical_url

    article = snap.article
    canonical = canonical_url(article, config)
    day = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    date = day.isoformat() if isinstance(day, dt.date) else day  # YYYY-MM-DD, as in /1
    published = published_at(article, config)
    approval = snap.approval()
    approved = parse_utc(approval["at"]) if approval else None
    photos = []
    for photo in article.photos:
        b = built[photo.id]
        photos.append({
            "id": photo.id,
            **photo.credits(),
            "original": {"width": b.width, "height": b.height, "sha256": b.source_sha256},
            "files": [{"path": f.url, "url": absolute(canonical, f.url), "width": f.width,
                       "height": f.height, "format": f.format, "bytes": f.size,
                       "sha256": f.sha256}
                      for f in files[photo.id]],
        })
    body = clean_body(body_html)
    return {
        "schema": SCHEMA,
        "generator": f"newsdesk {__version__}",
        "uri": canonical,
        "slug": article.slug,
        "language": config.language,
        "url": canonical,
        "base_url": config.base_url,
        "title": article.title,
        "kicker": article.kicker,
        "date": date,
        "date_published": local_iso(published, config) if published else None,
        "date_has_time": isinstance(article.date, dt.datetime),
        "timezone": zone_name(config),
        "version": snap.content_hash,
        "version_created": local_iso(approved or published, config)
        if (approved or published) else None,
        "status": "approved" if approval else "not_approved",
        "author": article.author,
        "authors": authors(article),
        "publisher": {"name": config.publisher or config.site_name,
                      "url": getattr(config, "publisher_url", "") or None},
        "lead": article.lead,
        "tags": list(article.tags),
        "lead_photo": article.lead_photo,
        "lead_image": _lead_image(article, files, canonical),
        "word_count": word_count(body),
        "body_html": body,
        "photos": photos,
        "files": [],
        "content_hash": snap.content_hash,
        "content_hash_format": contenthash.FORMAT,
        "approval": approval,
    }


def _lead_image(article: Article, files: dict[str, list[ImageFile]],
                canonical: str) -> dict[str, Any] | None:
    """The article's image (lead_photo_id) as its widest JPEG (the format every reader
    takes; else the widest of any format), with its text; None without photos."""
    pid = lead_photo_id(article)
    photo = article.photo(pid) if pid else None
    group = files.get(pid or "", [])
    if photo is None or not group:
        return None
    jpegs = [f for f in group if f.format == "jpeg"] or group
    best = max(jpegs, key=lambda f: (f.width, f.url))
    return {"photo": photo.id, "path": best.url, "url": absolute(canonical, best.url),
            "width": best.width, "height": best.height, "format": best.format,
            "alt": photo.alt, "caption": photo.caption}


class BundleImages:
    """The render layer's ImageSource for the bundle: relative ``images/...`` URLs."""

    def __init__(self, files: dict[str, list[ImageFile]]):
        self.files = files

    def variants(self, photo: Photo) -> list[ImageVariant]:
        from editor.render.images import ImageVariant

        return [ImageVariant(f.url, f.width, f.height, f.format)
                for f in self.files.get(photo.id, [])]
