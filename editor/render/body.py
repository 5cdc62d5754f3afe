"""Markdown body -> sanitized HTML fragment, block by block with a cache."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from dataclasses import dataclass
from html import escape

import markdown
import nh3

from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.render.blocks import footnote_numbers, footnote_stubs, split_body
from editor.render.controls import clean_article
from editor.render.errors import RenderError
from editor.render.figure import figure_inner_html, img_html
from editor.render.images import ImageSource, ImageVariant
from editor.render.mdext import NewsdeskExtension, make_markdown

_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "b", "i", "u", "s", "del", "ins",
    "mark", "sub", "sup", "small", "abbr", "br", "hr", "blockquote", "ul", "ol", "li", "dl",
    "dt", "dd", "a", "code", "pre", "kbd", "samp", "var", "q", "cite", "table", "thead",
    "tbody", "tfoot", "tr", "th", "td", "caption", "div", "span", "figure", "figcaption",
    "picture", "source", "img",
}
_ATTRIBUTES = {
    "*": {"data-line", "id", "class", "lang"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start", "reversed"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags={"script", "style", "template", "iframe", "object", "noscript"},
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto", "tel"},
    link_rel="noopener",
    strip_comments=True,
)
# Unguessable, so text typed into an article can never pose as one of our photo tokens.
_NONCE = secrets.token_hex(6)
_TOKEN = re.compile(rf"ndphoto{_NONCE}x(\d+)x")
# a whole tag (nh3 escapes '<' and '>' inside attribute values) or a token in text
_TAG_OR_TOKEN = re.compile(rf"<[^<>]*>|{_TOKEN.pattern}")
_PHOTO_IDS = re.compile(r"photo:([^)\s\"'<>]+)")
# an id attribute inside a tag (text and attribute values never hold a bare '<' or '"')
_ID_ATTR = re.compile(r'(<[a-z][a-z0-9]*\b[^<>]*? id=")([^"]*)(")')
_LAZY = ' loading="lazy"'
_HERO = ' fetchpriority="high"'
# ids the page template uses itself; body headings never take them
RESERVED_IDS = ("main-content", "picture-credits")
FOOTNOTES = ""  # the text of the block that shows the footnote list


@dataclass(frozen=True)
class RenderedBlock:
    key: str   # changes whenever html changes
    line: int  # first body line of the block (1-based), also its data-line
    html: str


_local = threading.local()


def _markdown(language: str) -> tuple[markdown.Markdown, NewsdeskExtension]:
    cache = getattr(_local, "md", None)
    if cache is None:
        cache = _local.md = {}
    if language not in cache:
        cache[language] = make_markdown(language)
    return cache[language]


class _BlockContext:
    """What a block's HTML depends on besides its text: the photos it names."""

    def __init__(self, article: Article, config: SiteConfig, images: ImageSource) -> None:
        self.article = article
        self.config = config
        self.images = images
        self._variants: dict[str, tuple[ImageVariant, ...]] = {}
        self.keep_footnotes = False
        self.footnote_numbers: dict[str, int] = {}  # for the whole document

    def variants(self, photo: Photo) -> tuple[ImageVariant, ...]:
        if photo.id not in self._variants:
            try:
                found = tuple(self.images.variants(photo))
            except Exception:  # a broken image source shows a placeholder, never a crash
                found = ()
            self._variants[photo.id] = found
        return self._variants[photo.id]

    def signature(self, text: str) -> tuple:
        if "photo:" not in text:
            return ()
        sig = []
        for photo_id in dict.fromkeys(_PHOTO_IDS.findall(text)):
            photo = self.article.photo(photo_id)
            if photo is None:
                sig.append((photo_id, None))
            else:
                sig.append((photo_id, tuple(photo.credits().values()), photo.file,
                            self.variants(photo)))
        return tuple(sig)


def _render_block(text: str, line: int, definitions: str, ctx: _BlockContext) -> str:
    language = ctx.config.language
    md, ours = _markdown(language)
    trusted: list[str] = []

    def photo_hook(photo_id: str, alt: str, is_block: bool) -> str:
        photo = ctx.article.photo(photo_id)
        if is_block:
            variants = list(ctx.variants(photo)) if photo else []
            html = figure_inner_html(photo, photo_id, alt, variants, language)
        elif photo is not None and ctx.variants(photo):
            html = img_html(photo, list(ctx.variants(photo)), alt.strip() or photo.alt)
        else:
            html = escape(f"[{alt or photo_id}]")
        trusted.append(html)
        return f"ndphoto{_NONCE}x{len(trusted) - 1}x"

    source = text + "\n\n" + definitions if definitions else text
    ours.photos.hook = photo_hook
    ours.tidy.line = line
    ours.tidy.keep_footnotes = ctx.keep_footnotes or text == FOOTNOTES
    ours.footnotes.fixed_numbers = ctx.footnote_numbers
    ours.prepare(source)
    try:
        md.reset()
        html = md.convert(source)
    except RecursionError as exc:
        _local.md.pop(language, None)  # a failed instance keeps broken state: start afresh
        raise RenderError("could not render: the text is nested too deeply "
                          f"(near line {line})") from exc
    except Exception as exc:  # Python-Markdown has no error type of its own
        _local.md.pop(language, None)
        raise RenderError(f"could not render the text near line {line}: {exc}") from exc
    finally:
        ours.photos.hook = None
    html = _CLEANER.clean(html)
    if trusted:
        html = _TAG_OR_TOKEN.sub(lambda m: _swap(m, trusted), html)
    return html


def _swap(m: re.Match, trusted: list[str]) -> str:
    """A token in text becomes its photo's HTML; one inside a tag (an attribute copied
    from text) is dropped, so markup can never land inside an attribute value."""
    if m.group(1) is not None:
        return trusted[int(m.group(1))]
    return _TOKEN.sub("", m.group(0))


class BlockCache:
    """Per-block HTML keyed by everything it depends on; the renderer behind both
    render_body and IncrementalRenderer, so the two cannot disagree."""

    def __init__(self, config: SiteConfig, images: ImageSource, *, keep: bool = True) -> None:
        self.config = config
        self.images = images
        self.keep = keep
        self._cache: dict[tuple, str] = {}
        self._keys: dict[str, str] = {}  # html -> key, so unchanged blocks are not re-hashed

    def render_blocks(self, article: Article) -> list[RenderedBlock]:
        article = clean_article(article)
        blocks, links, notes, footnote_line = split_body(article.body)
        definitions = "\n\n".join(([links] if links else []) + notes)
        if footnote_line:
            # the footnote list, once, at the end (every other block leaves it out)
            blocks.append((footnote_line, FOOTNOTES))
        ctx = _BlockContext(article, self.config, self.images)
        # no separate footnote block (the body renders whole): it shows its own footnotes
        ctx.keep_footnotes = not footnote_line
        ctx.footnote_numbers = footnote_numbers(notes)
        used: dict[tuple, str] = {}
        htmls: list[str] = []
        photos_in_definitions = "photo:" in definitions
        for line, text in blocks:
            # footnotes may show photos too: their ids count for every block then
            sig = ctx.signature(text + "\n" + definitions if photos_in_definitions else text)
            defs, numbers = definitions, ()
            if notes and text != FOOTNOTES:
                stubs, numbers = footnote_stubs(text, ctx.footnote_numbers)
                defs = "\n\n".join(part for part in (links, stubs) if part)
            key = (text, line, defs, sig, ctx.keep_footnotes, numbers)
            html = used.get(key)
            if html is None:
                html = self._cache.get(key)
            if html is None:
                html = _render_block(text, line, defs, ctx)
            used[key] = html
            htmls.append(html)
        if self.keep:
            # keep the previous generation too, so undo/redo stays fast
            if len(self._cache) > 4 * len(used) + 256:
                self._cache = {}
            self._cache.update(used)
            if len(self._keys) > 4 * len(used) + 256:
                self._keys = {}
        keys = self._keys
        result = []
        eager = lead_in_header(article) is None  # else the header photo is the first image
        for (line, _text), html in zip(blocks, _document_pass(htmls, eager), strict=True):
            key = keys.get(html)
            if key is None:
                key = keys[html] = _key(html)
            result.append(RenderedBlock(key, line, html))
        return result


def lead_in_header(article: Article) -> Photo | None:
    """The lead photo when the body does not show it itself (then the page header does)."""
    if not article.lead_photo:
        return None
    if any(pid == article.lead_photo for _l, pid, _a in article.photo_refs()):
        return None
    return article.photo(article.lead_photo)


def _document_pass(htmls: list[str], eager_first: bool) -> list[str]:
    """What depends on the whole document: unique ids; the first image of the
    page loads at once and first (only in the body when no header photo comes before it)."""
    seen: set[str] = set(RESERVED_IDS)
    tried: dict[str, int] = {}
    eager_done = not eager_first
    result = []
    for html in htmls:
        if ' id="' in html:
            html = _ID_ATTR.sub(lambda m: m.group(1) + _unique(m.group(2), seen, tried)
                                   + m.group(3), html)
        if not eager_done and _LAZY in html:
            # the page's first image is its hero: loaded at once, and first
            html = html.replace(_LAZY, _HERO, 1)
            eager_done = True
        result.append(html)
    return result


def _unique(ident: str, seen: set[str], tried: dict[str, int]) -> str:
    """``ident``, else ``ident_N`` with the first free N. ``tried`` remembers the last N per
    id, so ten thousand equal headings are not quadratic."""
    candidate, n = ident, tried.get(ident, 0)
    if n:
        candidate = f"{ident}_{n}"
    while candidate in seen:
        n += 1
        candidate = f"{ident}_{n}"
    tried[ident] = n
    seen.add(candidate)
    return candidate


def _key(html: str) -> str:
    return hashlib.blake2b(html.encode("utf-8"), digest_size=10).hexdigest()


def join_blocks(blocks: list[RenderedBlock]) -> str:
    return "\n".join(b.html for b in blocks)


def render_body(article: Article, config: SiteConfig, images: ImageSource) -> str:
    """The article body as a sanitized HTML fragment; top-level elements carry data-line."""
    return join_blocks(BlockCache(config, images, keep=False).render_blocks(article))


class IncrementalRenderer:
    """Re-renders only the blocks whose text (or photos) changed; output == render_body."""

    def __init__(self, config: SiteConfig, images: ImageSource) -> None:
        self._blocks = BlockCache(config, images)

    @property
    def config(self) -> SiteConfig:
        return self._blocks.config

    @property
    def images(self) -> ImageSource:
        return self._blocks.images

    def render_blocks(self, article: Article) -> list[RenderedBlock]:
        return self._blocks.render_blocks(article)

    def render(self, article: Article) -> str:
        return join_blocks(self.render_blocks(article))
