"""HTML for one photo: <figure><picture><source…><img…></picture><figcaption>…"""

from __future__ import annotations

from html import escape

from editor.model.article import Photo
from editor.render.images import MIME, ImageVariant
from editor.render.strings import strings

# The image's real width at each breakpoint of resources/css/article.css: the column
# (main, --measure 46rem = 736 CSS px) once the viewport is 48rem wide (the body's 1rem
# side padding each side); below that the viewport less that padding, 0.75rem each side
# at 30rem and less. Too wide a guess makes phones load twice the pixels they show.
SIZES = "(min-width: 48rem) 46rem, (max-width: 30rem) calc(100vw - 1.5rem), calc(100vw - 2rem)"
_PREFERRED_SRC_WIDTH = 960
_SOURCE_ORDER = ("avif", "webp")


def credit_text(photo: Photo) -> str:
    """The name a photo is credited to: the credit line, else the creator."""
    return (photo.credit or photo.creator).strip()


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _srcset(variants: list[ImageVariant]) -> str:
    return ", ".join(f"{v.url} {v.width}w" for v in sorted(variants, key=lambda v: v.width))


def split_variants(
    variants: list[ImageVariant],
) -> tuple[list[ImageVariant], dict[str, list[ImageVariant]]]:
    """The fallback <img> variants (JPEG if any) and the others by format, best first."""
    if not variants:
        return [], {}
    fallback_format = "jpeg" if any(v.format == "jpeg" for v in variants) else variants[0].format
    fallback = [v for v in variants if v.format == fallback_format]
    others = {f: [v for v in variants if v.format == f] for f in _SOURCE_ORDER
              if f != fallback_format and any(v.format == f for v in variants)}
    return fallback, others


def main_variant(fallback: list[ImageVariant]) -> ImageVariant:
    """The src of the <img>: the smallest one at least 960 px wide, else the widest."""
    wide = [v for v in fallback if v.width >= _PREFERRED_SRC_WIDTH]
    return min(wide, key=lambda v: v.width) if wide else max(fallback, key=lambda v: v.width)


def img_html(photo: Photo, variants: list[ImageVariant], alt: str) -> str:
    """<picture> with one <source> per extra format and the <img> (always lazy; the
    caller makes the first image of the page eager)."""
    fallback, others = split_variants(variants)
    src = main_variant(fallback)
    parts = ["<picture>"]
    for fmt, group in others.items():
        parts.append(f'<source type="{MIME.get(fmt, "image/" + fmt)}" '
                     f'srcset="{_attr(_srcset(group))}" sizes="{SIZES}">')
    parts.append(
        f'<img src="{_attr(src.url)}" srcset="{_attr(_srcset(fallback))}" sizes="{SIZES}" '
        f'width="{src.width}" height="{src.height}" alt="{_attr(alt)}" '
        f'loading="lazy" decoding="async">'
    )
    parts.append("</picture>")
    return "".join(parts)


def figure_inner_html(photo: Photo | None, photo_id: str, alt_override: str,
                      variants: list[ImageVariant], language: str) -> str:
    """The content of a <figure>: the picture (or a visible placeholder) and its caption."""
    words = strings(language)
    if photo is None:
        text = words["photo_unknown"].format(name=photo_id)
        return f'<span class="photo-placeholder" role="img" aria-label="{_attr(text)}">' \
               f"{escape(text)}</span>"
    alt = alt_override.strip() or photo.alt
    if variants:
        body = img_html(photo, variants, alt)
    else:
        text = words["photo_missing"].format(name=shown_file_name(photo.file))
        label = f"{text} – {alt}" if alt else text
        body = (f'<span class="photo-placeholder" role="img" aria-label="{_attr(label)}">'
                f"{escape(text)}</span>")
    caption = figcaption_html(photo, language)
    return body + caption


def shown_file_name(file: str) -> str:
    """The photo's file as a placeholder names it: as written when it is a plain path in the
    article, else only its last part (a page never shows where an escaping path points)."""
    parts = file.replace("\\", "/").split("/")
    if file.startswith(("/", "~")) or ".." in parts or ":" in parts[0]:
        return parts[-1]
    return file


def figcaption_html(photo: Photo, language: str) -> str:
    words = strings(language)
    parts = []
    if photo.caption.strip():
        parts.append(f'<span class="caption">{escape(photo.caption.strip())}</span>')
    credit = credit_text(photo)
    if credit:
        parts.append('<span class="credit">'
                     f"{escape(words['photo_credit'].format(credit=credit))}</span>")
    if not parts:
        return ""
    return "<figcaption>" + " ".join(parts) + "</figcaption>"
