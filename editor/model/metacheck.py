"""Checks of the page metadata (search and social): part of validation.preflight.

Warnings never block export: a base_url still pointing at an example domain (the
default of ``newsdesk init`` or the sample workspace's), an article without an author, a
lead photo narrower than 1200 px (Google's minimum for large previews), a description
over DESCRIPTION_MAX characters. Errors: an unknown ``author_type``, an ``author_url`` or
``description`` that is not usable text, a publisher_logo or favicon that cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from editor.model.article import Article
from editor.model.authors import AUTHOR_TYPES, url_problem
from editor.model.config import SiteConfig

MIN_IMAGE_WIDTH = 1200
DESCRIPTION_MAX = 160
# Domains reserved for examples (RFC 2606, RFC 6761): no real site lives there.
_EXAMPLE_HOSTS = ("example.org", "example.com", "example.net")
_EXAMPLE_TLDS = (".example", ".test", ".invalid", ".localhost")

Add = Callable[..., None]


def is_example_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return (host in _EXAMPLE_HOSTS or any(host.endswith("." + h) for h in _EXAMPLE_HOSTS)
            or host.endswith(_EXAMPLE_TLDS) or host == "localhost")


def check(article: Article, config: SiteConfig, add: Add) -> None:
    """``add(severity, code, message, field, **params)`` for every metadata problem."""
    if is_example_url(config.base_url):
        add("warning", "base-url-example",
            f"base_url in newsdesk.toml is still the example address {config.base_url}; "
            "canonical links and social cards would point there.", ("file", "newsdesk.toml"),
            url=config.base_url)
    if not article.author.strip():
        add("warning", "missing-author",
            "The article has no author (search engines show it; write a person or an "
            "office, with author_type: organization).", "author")
    kind = article.extra.get("author_type")
    if kind is not None and (not isinstance(kind, str) or kind.strip().lower().replace(
            "organisation", "organization") not in AUTHOR_TYPES):
        add("error", "invalid-author-type",
            f"'author_type' must be person or organization, not '{kind}'.", "author_type",
            value=str(kind))
    url = article.extra.get("author_url")
    if url is not None:
        problem = url_problem(url.strip()) if isinstance(url, str) else "must be text"
        if article.author_list:
            problem = "is for a single author; give each person's url in the author list"
        if problem:
            add("error", "invalid-author-url", f"'author_url' {problem}.", "author_url")
    description = article.extra.get("description")
    if description is not None and not isinstance(description, str):
        add("error", "invalid-description", "'description' must be text.", "description")
    elif isinstance(description, str) and len(" ".join(description.split())) > DESCRIPTION_MAX:
        add("warning", "description-too-long",
            f"The description has {len(' '.join(description.split()))} characters; search "
            f"results show about {DESCRIPTION_MAX}.", "description",
            length=len(" ".join(description.split())), limit=DESCRIPTION_MAX)
    _check_lead_photo(article, add)
    _check_site_files(article, config, add)


def _check_lead_photo(article: Article, add: Add) -> None:
    """The photo social cards and Google show (the lead photo, else the first placed in
    the body) should be at least MIN_IMAGE_WIDTH wide; only the header is read."""
    ids = [pid for _line, pid, _alt in article.photo_refs()]
    if article.lead_photo:
        ids.insert(0, article.lead_photo)
    photo = next((p for p in (article.photo(i) for i in ids) if p is not None), None)
    if photo is None:
        return
    width = _display_width(article, photo)
    if width and width < MIN_IMAGE_WIDTH:
        add("warning", "lead-photo-small",
            f"Photo '{photo.id}' is {width} px wide; search and social previews want at "
            f"least {MIN_IMAGE_WIDTH} px.", ("photo", photo.id), photo=photo.id,
            width=width, minimum=MIN_IMAGE_WIDTH)


def _display_width(article: Article, photo: Any) -> int:
    """Width as displayed, from the header in pure Python (editor.model.imagesize: no
    Pillow on the validation path); 0 when unknown (validation reports unreadable files)."""
    from editor.model.imagesize import displayed_size

    try:
        size = displayed_size(article.photo_path(photo))
    except Exception:  # unsafe or missing: validation says so
        return 0
    return size[0] if size else 0


def _check_site_files(article: Article, config: SiteConfig, add: Add) -> None:
    root = article.folder.parent.parent
    if article.folder.parent.name != "articles" or not (root / "newsdesk.toml").is_file():
        return
    from editor.model.sitefiles import SiteFileError, read_site_file

    for key in ("publisher_logo", "favicon"):
        rel = getattr(config, key, "")
        if not rel:
            continue
        try:
            read_site_file(Path(root), key, rel)
        except SiteFileError as exc:
            add("error", "site-file-unusable", exc.message, ("file", "newsdesk.toml"),
                setting=key)
