"""The full HTML5 page around the body: head metadata, header, credits (Jinja2 template)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any
from urllib.parse import urljoin, urlsplit

import jinja2
from babel.dates import format_date
from markupsafe import Markup

from editor import resources
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.render.body import lead_in_header, render_body
from editor.render.controls import clean_article, clean_text
from editor.render.errors import RenderError
from editor.render.figure import credit_text, figure_inner_html, split_variants
from editor.render.images import ImageSource, ImageVariant
from editor.render.strings import strings

# No script at all; images and styles only from the page's own place. 'self' serves the
# exported folder on a web server, file: the preview and a bundle opened from disk.
CSP = ("default-src 'none'; img-src 'self' file:; style-src 'self' file:; "
       "base-uri 'none'; form-action 'none'")
_OG_LOCALE = {"de": "de_DE", "en": "en_GB"}

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
            _env = jinja2.Environment(
                loader=jinja2.FileSystemLoader(str(folder)),
                autoescape=True,  # every front-matter string is escaped
                trim_blocks=True,
                lstrip_blocks=True,
                keep_trailing_newline=True,
                undefined=jinja2.StrictUndefined,
            )
        return _env


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


def _json_ld(article: Article, config: SiteConfig, images: ImageSource,
             canonical: str) -> Markup:
    date = article.date.isoformat() if isinstance(article.date, dt.date) else None
    modified = article.extra.get("modified")
    image_objects = []
    for photo in used_photos(article):
        obj: dict[str, Any] = {"@type": "ImageObject"}
        best = _largest(_variants(images, photo))
        url = public_url(canonical, best.url) if best is not None else None
        if best is not None and url is not None:
            obj.update(contentUrl=url, url=url, width=best.width, height=best.height)
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
        image_objects.append(obj)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "mainEntityOfPage": canonical,
        "inLanguage": config.language,
    }
    if article.lead:
        data["description"] = article.lead
    if date:
        data["datePublished"] = date
        data["dateModified"] = clean_text(str(modified)) if modified else date
    if article.author:
        data["author"] = {"@type": "Organization", "name": article.author}
    publisher = clean_text(config.publisher or config.site_name)
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    if image_objects:
        data["image"] = image_objects
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # inside <script>: no "</script>" or "<!--" can appear, whatever the article says
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def page_context(article: Article, config: SiteConfig, images: ImageSource, *,
                 css_href: str, body_html: str) -> dict[str, Any]:
    article = clean_article(article)
    language = config.language
    canonical = canonical_url(article, config)
    date_iso = date_text = ""
    if isinstance(article.date, dt.date):
        date_iso = article.date.isoformat()
        date_text = format_date(article.date, format="medium", locale=language)
    og_image = None
    lead = article.photo(article.lead_photo) if article.lead_photo else None
    if lead is not None:
        best = _largest(_variants(images, lead))
        url = public_url(canonical, best.url) if best is not None else None
        if best is not None and url is not None:
            og_image = {"url": url, "width": best.width, "height": best.height,
                        "alt": lead.alt}
    header_photo = lead_in_header(article)
    lead_figure = None
    if header_photo is not None:
        inner = figure_inner_html(header_photo, header_photo.id, "",
                                  _variants(images, header_photo), language)
        # above the fold: load at once (render_body then leaves all its images lazy;
        # _lazy_first only matters for a body_html made some other way)
        lead_figure = Markup(inner.replace(' loading="lazy"', "", 1))
        body_html = _lazy_first(body_html)
    title = article.title.strip()
    site = clean_text(config.site_name).strip()
    return {
        "lang": language,
        "csp": CSP,
        "page_title": f"{title} – {site}" if title and site else (title or site),
        "title": title,
        "description": " ".join(article.lead.split()),
        "author": article.author.strip(),
        "canonical": canonical,
        "site_name": site,
        "og_locale": _OG_LOCALE.get(language, language),
        "og_image": og_image,
        "date_iso": date_iso,
        "date_text": date_text,
        "tags": [t for t in article.tags if t.strip()],
        "kicker": article.kicker.strip(),
        "lead": article.lead.strip(),
        "lead_figure": lead_figure,
        "body": Markup(body_html),
        "credits": picture_credits(article),
        "words": strings(language),
        "css_href": css_href,
        "json_ld": _json_ld(article, config, images, canonical),
    }


def _lazy_first(body_html: str) -> str:
    """Undo render_body's 'first image eager' when a header photo comes before it."""
    marker = '<img src="'
    at = body_html.find(marker)
    while at != -1:
        end = body_html.find(">", at)
        tag = body_html[at:end]
        if ' decoding="async"' in tag:
            if ' loading="lazy"' not in tag:
                fixed = tag.replace(' decoding="async"', ' loading="lazy" decoding="async"', 1)
                return body_html[:at] + fixed + body_html[end:]
            return body_html
        at = body_html.find(marker, end)
    return body_html


def render_page(article: Article, config: SiteConfig, images: ImageSource, *,
                css_href: str = "assets/article.css", body_html: str | None = None) -> str:
    """The complete HTML5 page. ``body_html`` lets a caller reuse a body it already has."""
    article = clean_article(article)
    if body_html is None:
        body_html = render_body(article, config, images)
    context = page_context(article, config, images, css_href=css_href, body_html=body_html)
    try:
        page = _environment().get_template("article.html").render(context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"could not build the page: {exc}") from exc
    # last line of defence for what no field cleaning saw (a body_html from elsewhere)
    return clean_text(page)
