"""article.ninjs.json: the bundle's article as IPTC ninjs 2.2 ("News in JSON").

Built from article.json (editor.publish.record), so both always say the same. Every
bundle has it; tests validate it against IPTC's JSON Schema for ninjs 2.2.

Mapping (ninjs 2.2 names; 1.x names such as ``headline``, ``body_html``,
``description_text`` and ``subject`` became the arrays below)::

    uri                  the canonical page URL (base_url + slug + "/"), as article.json
    standard             {name: ninjs, version: 2.2, schema: IPTC's schema URL}
    type, representationtype, profile   text, full, newsdesk-article
    version              the content hash (sha256 of front matter, body, photos, credits):
                         the same content always has the same version
    firstcreated         the publication time (front matter date; a date without time is
                         midnight in the workspace's time zone), ISO 8601 with offset
    versioncreated       when this version was approved, else the publication time
    pubstatus            usable: an exported article is released. The approval behind it:
                         an approved export names approver, time and content hash in
                         ``ednote``; an export without approval (the workspace does not
                         require one) says so there
    language             the workspace language
    slugline, title      the slug; the headline
    headlines            [{role: main, value: title}], [{role: kicker, value: kicker}]
    descriptions         [{role: summary, contenttype: text/plain, value: lead}]
    bodies               [{role: main, contenttype: text/html, value: body_html,
                           wordcount}]  (image URLs relative to the page, as in the bundle)
    by                   the author text
    subjects             one {name} per tag
    copyrightholder      the publisher (site_name when no publisher is set)
    infosources          [{name: publisher, role: publisher}]
    altids               slug, content-sha256, url
    associations         one per photo, the lead image first with name "featuremedia",
                         the others named by photo id; each: type picture, uri (page
                         URL + #photo-<id>), altids [{role: photo-id}],
                         headlines [{caption}], descriptions [{role: caption}, {role: alt}],
                         by = creator, copyrightnotice = copyright, usageterms = license,
                         rightsinfo.linkedrights = web_statement (when an http(s) URL),
                         infosources [{name: credit line, role: credit}],
                         renditions: every web image {name <width>-<format>, href (absolute,
                         from base_url), contenttype, width, height, sizeinbytes}
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

__all__ = ["NINJS_SCHEMA", "NINJS_VERSION", "from_record"]

NINJS_VERSION = "2.2"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
_CONTENT_TYPES = {"jpeg": "image/jpeg", "webp": "image/webp", "avif": "image/avif",
                  "png": "image/png"}


def from_record(record: dict[str, Any]) -> dict[str, Any]:
    """The ninjs 2.2 object for an article.json record (schema newsdesk-article/2)."""
    uri = record["uri"]
    out: dict[str, Any] = {
        "uri": uri,
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
        "profile": "newsdesk-article",
        "version": record["version"],
    }
    if record.get("date_published"):
        out["firstcreated"] = record["date_published"]
    if record.get("version_created"):
        out["versioncreated"] = record["version_created"]
    out["pubstatus"] = "usable"
    out["ednote"] = _approval_note(record)
    out["language"] = record["language"]
    out["slugline"] = record["slug"]
    out["title"] = record["title"]
    headlines = [{"role": "main", "value": record["title"]}]
    if record.get("kicker"):
        headlines.append({"role": "kicker", "value": record["kicker"]})
    out["headlines"] = headlines
    if record.get("lead"):
        out["descriptions"] = [{"role": "summary", "contenttype": "text/plain",
                                "value": record["lead"]}]
    out["bodies"] = [{"role": "main", "contenttype": "text/html",
                      "wordcount": record["word_count"], "value": record["body_html"]}]
    if record.get("author"):
        out["by"] = record["author"]
    if record.get("tags"):
        out["subjects"] = [{"name": tag} for tag in record["tags"]]
    publisher = (record.get("publisher") or {}).get("name") or ""
    if publisher:
        out["copyrightholder"] = publisher
        source: dict[str, Any] = {"name": publisher, "role": "publisher"}
        if _is_web_url((record.get("publisher") or {}).get("url") or ""):
            source["uri"] = record["publisher"]["url"]
        out["infosources"] = [source]
    out["altids"] = [{"role": "slug", "value": record["slug"]},
                     {"role": "content-sha256", "value": record["content_hash"]},
                     {"role": "url", "value": record["url"]}]
    associations = _associations(record, uri)
    if associations:
        out["associations"] = associations
    return out


def _approval_note(record: dict[str, Any]) -> str:
    approval = record.get("approval")
    if approval:
        return (f"Approved in Newsdesk by {approval['by']} at {approval['at']} for content "
                f"sha256 {approval['content_hash']}.")
    return "Not approved in Newsdesk: the workspace does not require an approval to export."


def _associations(record: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    lead = (record.get("lead_image") or {}).get("photo")
    photos = sorted(record.get("photos", []), key=lambda p: p["id"] != lead)  # lead first
    out = []
    for photo in photos:
        item: dict[str, Any] = {
            "name": "featuremedia" if photo["id"] == lead else photo["id"],
            "uri": f"{uri}#photo-{quote(photo['id'], safe='')}",
            "type": "picture",
            "representationtype": "full",
            "altids": [{"role": "photo-id", "value": photo["id"]}],
        }
        if photo.get("caption"):
            item["headlines"] = [{"value": photo["caption"]}]
        descriptions = [{"role": role, "contenttype": "text/plain", "value": photo[key]}
                        for role, key in (("caption", "caption"), ("alt", "alt"))
                        if photo.get(key)]
        if descriptions:
            item["descriptions"] = descriptions
        if photo.get("creator"):
            item["by"] = photo["creator"]
        if photo.get("copyright"):
            item["copyrightnotice"] = photo["copyright"]
        if photo.get("license"):
            item["usageterms"] = photo["license"]
        if _is_web_url(photo.get("web_statement") or ""):
            item["rightsinfo"] = {"linkedrights": photo["web_statement"]}
        if photo.get("credit"):
            item["infosources"] = [{"name": photo["credit"], "role": "credit"}]
        item["renditions"] = [
            {"name": f"{f['width']}-{f['format']}", "href": f["url"],
             "contenttype": _CONTENT_TYPES.get(f["format"], "application/octet-stream"),
             "width": f["width"], "height": f["height"], "sizeinbytes": f["bytes"]}
            for f in sorted(photo["files"], key=lambda f: (f["width"], f["format"]))]
        out.append(item)
    return out


def _is_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc) and text == text.strip()
