"""The full HTML5 page around the body: head metadata, header, credits (Jinja2 template)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import jinja2
from markupsafe import Markup

from editor import resources
from editor.model import authors, when
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.sitefiles import SiteFile, site_file_or_none
from editor.model.slug import slugify
from editor.render.body import lead_in_header, render_body
from editor.render.controls import clean_article, clean_text
from editor.render.dates import format_medium
from editor.render.errors import RenderError
from editor.render.figure import credit_text, figure_inner_html, split_variants
from editor.render.frame import TEMPLATE_OPTIONS, frame_path, read_frame, render_frame
from editor.render.images import ImageSource, ImageVariant
from editor.render.strings import strings

# No script at all; images and styles only from the page's own place. 'self' serves the
# exported folder on a web server, file: the preview and a bundle opened from disk.
CSP = ("default-src 'none'; img-src 'self' file:; style-src 'self' file:; "
       "base-uri 'none'; form-action 'none'")
_OG_LOCALE = {"de": "de_DE", "en": "en_GB"}
# The meta description without a ``description`` field: the lead cut here (Google shows
# about 155-160 characters), on a word boundary, with an ellipsis.
DESCRIPTION_CHARS = 155
_AND = {"de": "und", "en": "and"}

_env_lock = threading.Lock()
_env: jinja2.Environment | None = None


def _environment() -> jinja2.Environment:
    global _env
    with _env_lock:
        if _env is None:
            try:
                folder = resources.path("templates")
            except FileNotFoundError as exc:
                raise RenderError("the page template is missing from this installation") \
                    from exc
            # autoescape: every front-matter string is escaped (editor.render.frame)
            _env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)),
                                      **TEMPLATE_OPTIONS)
        return _env


def page_csp(config: SiteConfig) -> str:
    """CSP with the workspace's ``csp_extra`` host sources added (validated in
    editor.model.config); exactly CSP when there are none."""
    if not config.csp_extra:
        return CSP
    parts = [p.strip() for p in CSP.split(";")]
    for directive, sources in config.csp_extra:
        at = next((i for i, p in enumerate(parts) if p.split()[0] == directive), None)
        if at is None:
            parts.append(" ".join((directive, *sources)))
        else:
            parts[at] = " ".join((parts[at], *sources))
    return "; ".join(parts)


def used_photos(article: Article) -> list[Photo]:
    """Photos shown on the page in order of first appearance, the lead photo included."""
    ids: list[str] = []
    if article.lead_photo:
        ids.append(article.lead_photo)
    ids += [photo_id for _line, photo_id, _alt in article.photo_refs()]
    photos = [article.photo(i) for i in dict.fromkeys(ids)]
    return [p for p in photos if p is not None]


def picture_credits(article: Article) -> list[str]:
    """Each used photo's credit once, in order of first appearance."""
    return list(dict.fromkeys(c for c in (credit_text(p) for p in used_photos(article)) if c))


def canonical_url(article: Article, config: SiteConfig) -> str:
    base = config.base_url if config.base_url.endswith("/") else config.base_url + "/"
    return urljoin(base, article.slug + "/")


def _variants(images: ImageSource, photo: Photo) -> list[ImageVariant]:
    try:
        return list(images.variants(photo))
    except Exception:  # placeholder, never a crash
        return []


def _largest(variants: list[ImageVariant]) -> ImageVariant | None:
    fallback, _others = split_variants(variants)
    return max(fallback, key=lambda v: v.width) if fallback else None


def public_url(canonical: str, url: str) -> str | None:
    """The absolute address of an image the page names by ``url``, or None when ``url``
    leaves the article's folder (``newsdesk render -o`` elsewhere: ``../../ws/articles/…``)
    or is a local file: a local path must never become part of a public address."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        return url
    if parts.scheme or parts.netloc or parts.path.startswith("/"):
        return None
    if any(segment == ".." for segment in parts.path.split("/")):
        return None
    return urljoin(canonical, url)


def cut_description(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """``text`` on one line, cut to at most ``limit`` characters on a word boundary with
    "…" when it is longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]  # the ellipsis takes the place of the space before the cut word
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def meta_description(article: Article) -> str:
    """The front matter's ``description``, else the lead cut (cut_description)."""
    own = " ".join(article.description.split())
    return own if own else cut_description(article.lead)


def workspace_root(article: Article) -> Any:
    """The workspace the article folder belongs to, or None (an article rendered from
    somewhere else has no logo or favicon)."""
    folder = article.folder
    root = folder.parent.parent
    if folder.parent.name == "articles" and (root / "newsdesk.toml").is_file():
        return root
    return None


def page_images(article: Article, images: ImageSource, canonical: str) -> list[dict[str, Any]]:
    """The page's images as published: the lead photo (else the first photo shown) first,
    then the others shown, each its widest fallback variant with public URL and size.
    This is the list a later crop step replaces per photo (16:9, 4:3, 1:1 cuts)."""
    out = []
    for photo in used_photos(article):
        crops = [c for c in _crops(images, photo) if c["name"] != "card"]
        if crops:  # the article image as 16:9, 4:3 and 1:1 (editor.publish.crops)
            out += [{"photo": photo, "url": public_url(canonical, c["url"]),
                     "width": c["width"], "height": c["height"]} for c in crops]
            continue
        best = _largest(_variants(images, photo))
        url = public_url(canonical, best.url) if best is not None else None
        out.append({"photo": photo, "url": url if best is not None else None,
                    "width": best.width if best is not None else 0,
                    "height": best.height if best is not None else 0})
    return out


def _crops(images: ImageSource, photo: Photo) -> list[dict[str, Any]]:
    """The photo's crops around its focal point when the source has them (the export's
    CropImages): dicts with name, url, width, height."""
    crops = getattr(images, "crops", None)
    return list(crops(photo)) if crops is not None else []


def _image_object(entry: dict[str, Any]) -> dict[str, Any]:
    photo: Photo = entry["photo"]
    obj: dict[str, Any] = {"@type": "ImageObject"}
    if entry["url"]:
        obj.update(contentUrl=entry["url"], url=entry["url"], width=entry["width"],
                   height=entry["height"])
    if photo.caption:
        obj["caption"] = photo.caption
    if photo.alt:
        obj["description"] = photo.alt
    if photo.creator:
        obj["creator"] = {"@type": "Person", "name": photo.creator}
    if credit_text(photo):
        obj["creditText"] = credit_text(photo)
    if photo.copyright:
        obj["copyrightNotice"] = photo.copyright
    if photo.license:
        obj["license"] = photo.license
    if photo.web_statement:
        obj["acquireLicensePage"] = photo.web_statement
    return obj


def _json_ld(article: Article, config: SiteConfig, canonical: str, facts: dict[str, Any],
             page_imgs: list[dict[str, Any]]) -> Markup:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "inLanguage": config.language,
    }
    if facts["description"]:
        data["description"] = facts["description"]
    if facts["published"]:
        data["datePublished"] = facts["published"]
        data["dateModified"] = facts["modified"] or facts["published"]
    people = []
    for credit in facts["credits"]:
        person: dict[str, Any] = {
            "@type": "Person" if credit.kind == "person" else "Organization",
            "name": credit.name}
        if credit.url:
            person["url"] = credit.url
        people.append(person)
    if people:
        data["author"] = people if len(people) > 1 else people[0]
    publisher_name = clean_text(config.publisher or config.site_name).strip()
    if publisher_name:
        publisher: dict[str, Any] = {"@type": "Organization", "name": publisher_name}
        if config.publisher_url:
            publisher["url"] = config.publisher_url
        logo: SiteFile | None = facts["logo"]
        if logo is not None:
            publisher["logo"] = {"@type": "ImageObject",
                                 "url": urljoin(canonical, logo.bundle_name),
                                 "width": logo.width, "height": logo.height}
        data["publisher"] = publisher
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    image_objects = [_image_object(e) for e in page_imgs]
    if image_objects:
        data["image"] = image_objects
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # inside <script>: no "</script>" or "<!--" can appear, whatever the article says
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _names(names: list[str], language: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {_AND.get(language, 'and')} " + names[-1]


def page_facts(article: Article, config: SiteConfig,
               modified: dt.datetime | None = None) -> dict[str, Any]:
    """Dates (ISO 8601 with offset), authors, description, logo and favicon: what the
    head of the page says about the article, shared by the preview and the export."""
    from editor.model.modified import last_change

    zone_name = config.timezone
    published = when.aware(article.date, zone_name)
    if modified is None and published is not None:
        modified, _source = last_change(article)
    if modified is not None and published is not None and modified < published:
        modified = published  # written ahead of its date: not modified after publication
    root = workspace_root(article)
    return {
        "published": when.iso(published, zone_name) if published else "",
        # no record of a change after publication: the publication time
        "modified": when.iso(modified or published, zone_name) if published else "",
        "credits": authors.credits(article),
        "description": meta_description(article),
        "logo": site_file_or_none(root, config, "publisher_logo") if root else None,
        "favicon": site_file_or_none(root, config, "favicon") if root else None,
    }


def page_context(article: Article, config: SiteConfig, images: ImageSource, *,
                 css_href: str, body_html: str,
                 modified: dt.datetime | None = None) -> dict[str, Any]:
    article = clean_article(article)
    language = config.language
    canonical = canonical_url(article, config)
    facts = page_facts(article, config, modified)
    date_text = ""
    day = when.day(article.date)
    if day is not None:
        date_text = format_medium(day, language)  # Babel's text, without its locale data
    page_imgs = page_images(article, images, canonical)
    # og:image: the lead photo, else the first photo shown (page_images' order)
    og_image = None
    first = next((e for e in page_imgs if e["url"]), None)
    if first is not None:
        og_image = {"url": first["url"], "width": first["width"], "height": first["height"],
                    "alt": " ".join(first["photo"].alt.split())}
        card = next((c for c in _crops(images, first["photo"]) if c["name"] == "card"), None)
        if card is not None:  # the 1200 x 630 social card
            og_image.update(url=public_url(canonical, card["url"]), width=card["width"],
                            height=card["height"])
    header_photo = lead_in_header(article)
    lead_figure = None
    if header_photo is not None:
        inner = figure_inner_html(header_photo, header_photo.id, "",
                                  _variants(images, header_photo), language)
        # the hero, above the fold: loaded at once and first (render_body then leaves all
        # its images lazy; _lazy_first only matters for a body_html made some other way)
        lead_figure = Markup(inner.replace(' loading="lazy"', ' fetchpriority="high"', 1))
        body_html = _lazy_first(body_html)
    title = article.title.strip()
    site = clean_text(config.site_name).strip()
    credits = facts["credits"]
    byline = _names(authors.byline_names(article), language)
    favicon: SiteFile | None = facts["favicon"]
    return {
        "lang": language,
        "csp": page_csp(config),
        "page_title": f"{title} – {site}" if title and site else (title or site),
        "title": title,
        "description": facts["description"],
        "author": ", ".join(c.name for c in credits),
        "byline": byline,
        "canonical": canonical,
        "site_name": site,
        # for the workspace's page frame (editor.render.frame)
        "base_url": config.base_url,
        "home_url": urljoin(config.base_url, "/"),
        "language": language,
        "og_locale": _OG_LOCALE.get(language, language),
        "og_image": og_image,
        "date_iso": facts["published"],
        "modified_iso": facts["modified"],
        "date_text": date_text,
        "favicon": {"href": favicon.bundle_name, "type": favicon.media_type}
        if favicon else None,
        "tags": [t for t in article.tags if t.strip()],
        # the footer's tags: text, or links when newsdesk.toml has tag_url
        "tag_links": [{"name": t, "url": tag_link(config, t)}
                      for t in article.tags if t.strip()],
        "kicker": article.kicker.strip(),
        "lead": article.lead.strip(),
        "lead_figure": lead_figure,
        "body": Markup(body_html),
        "credits": picture_credits(article),
        "words": strings(language),
        "css_href": css_href,
        "json_ld": _json_ld(article, config, canonical, facts, page_imgs),
    }


def tag_link(config: SiteConfig, tag: str) -> str:
    """The address of ``tag``'s page from ``tag_url`` (validated in editor.model.config:
    one {tag} or {slug}), or "" without one. {tag} is percent-encoded whole, so a tag can
    never add a path, query or fragment of its own."""
    template = config.tag_url
    if not template:
        return ""
    if "{slug}" in template:
        return template.replace("{slug}", quote(slugify(tag, fallback="tag"), safe=""))
    return template.replace("{tag}", quote(" ".join(tag.split()), safe=""))


def _lazy_first(body_html: str) -> str:
    """Undo render_body's 'first image eager and first' when a header photo comes before
    it (the header's is the hero then)."""
    marker = '<img src="'
    at = body_html.find(marker)
    while at != -1:
        end = body_html.find(">", at)
        tag = body_html[at:end]
        if ' decoding="async"' in tag:
            if ' loading="lazy"' not in tag:
                fixed = tag.replace(' fetchpriority="high"', "", 1).replace(
                    ' decoding="async"', ' loading="lazy" decoding="async"', 1)
                return body_html[:at] + fixed + body_html[end:]
            return body_html
        at = body_html.find(marker, end)
    return body_html


def render_page(article: Article, config: SiteConfig, images: ImageSource, *,
                css_href: str = "assets/article.css", body_html: str | None = None,
                modified: dt.datetime | None = None) -> str:
    """The complete HTML5 page. ``body_html`` lets a caller reuse a body it already has;
    ``modified`` overrides the time of the last content change (editor.model.modified)."""
    article = clean_article(article)
    if body_html is None:
        body_html = render_body(article, config, images)
    context = page_context(article, config, images, css_href=css_href, body_html=body_html,
                           modified=modified)
    root = workspace_root(article)
    frame = read_frame(root)
    try:
        template = _environment().get_template("article.html")
        if frame is not None:  # the same path for preview and export: both render here
            base_text = Path(template.filename or "").read_text(encoding="utf-8")
            page = render_frame(base_text, frame, context, frame_path(root))
        else:
            page = template.render(context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"could not build the page: {exc}") from exc
    # last line of defence for what no field cleaning saw (a body_html from elsewhere)
    return clean_text(page)
