"""A .docx or .odt document -> a new article (title, lead, Markdown body, credited photos).

.docx goes through mammoth, .odt through the system pandoc; both give HTML, which takes the
same path as pasted HTML (:mod:`editor.model.convert.html`).

Title: the document's first block when it is a heading (Word/LibreOffice 'Title' style or
any heading level); else the title in File > Properties; else the file name.
Lead: the first block after the title when it is a plain paragraph -- no image, link or
footnote, not in a list, table or quotation -- of at most LEAD_MAX (300) characters;
its text (without bold or italic) becomes the lead. Otherwise the lead stays empty and
that paragraph opens the body.

Nothing is created unless everything worked: the article is built in a hidden folder
beside the others (``articles/.import-*``, which listings skip), saved through the checked
save, and renamed into place at the end; any failure removes the folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from editor.model.convert import DocumentError
from editor.model.convert.html import ImageRef, clean_html, to_markdown
from editor.model.convert.package import (
    MAX_UNPACKED_BYTES,
    Package,
    check_package,
    odt_title_paragraph,
    title_property,
)
from editor.model.validation import LEAD_MAX

PANDOC_TIMEOUT_SECONDS = 120
MAX_HTML_BYTES = 50 * 1024 * 1024
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = (*_HEADINGS, "p", "ul", "ol", "table", "blockquote", "pre", "img", "div")
_IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif",
                "image/webp": ".webp", "image/tiff": ".tif", "image/bmp": ".bmp"}

Progress = Callable[[float, str], None]


@dataclass
class Document:
    """What a document holds, before anything is written to the workspace."""

    title: str
    lead: str
    markdown: str                    # with image tokens (see Converted.place)
    token: str
    images: list[tuple[ImageRef, Path | None]] = field(default_factory=list)


@dataclass
class Imported:
    folder: Path
    photos: list[str]                # ids of the photos attached
    incomplete: list[str]            # ids of those kept incomplete (credits missing)
    warnings: list[str]              # images left out, with the reason


def read_document(source: Path, scratch: Path) -> Document:
    """Convert ``source``; media files land in ``scratch``. Raises DocumentError."""
    package = check_package(source, scratch)
    if package.kind == "docx":
        html, media = _docx_html(package, scratch)
        title_text = ""
    else:
        html, media = _odt_html(package, scratch, source)
        title_text = odt_title_paragraph(package)
    soup = BeautifulSoup(html, "html.parser")
    title = _take_title(soup, title_text) or title_property(package) or source.stem
    lead = _take_lead(soup)
    token = secrets.token_hex(4)
    cleaned, images, notes = clean_html(str(soup), token)
    body = to_markdown(cleaned, notes)
    found = [(ref, media.get(ref.src)) for ref in images]
    return Document(title[:200].strip(), lead, body, token, found)


def _docx_html(package: Package, scratch: Path) -> tuple[str, dict[str, Path]]:
    import mammoth

    media: dict[str, Path] = {}
    folder = scratch / "media"
    folder.mkdir()

    def save_image(image: mammoth.documents.Image) -> dict[str, str]:
        n = len(media) + 1
        suffix = _IMAGE_TYPES.get(str(image.content_type or "").lower(), ".bin")
        path = folder / f"{n}{suffix}"
        with image.open() as src, open(path, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)  # package.py bounded the sizes
        src_name = f"media:{n}"
        media[src_name] = path
        return {"src": src_name, "alt": str(image.alt_text or "")}

    style_map = "p[style-name='Title'] => h1:fresh\np[style-name='Subtitle'] => p:fresh"
    try:
        with open(package.path, "rb") as f:
            result = mammoth.convert_to_html(f, style_map=style_map,
                                             convert_image=mammoth.images.img_element(
                                                 save_image))
    except Exception as exc:
        if isinstance(exc, MemoryError):
            raise
        raise DocumentError(f"the Word document is damaged and cannot be read "
                            f"({type(exc).__name__}: {exc})", package.path) from exc
    return result.value, media


def _odt_html(package: Package, scratch: Path, source: Path) -> tuple[str, dict[str, Path]]:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise DocumentError("importing an .odt document needs pandoc, which is not installed "
                            "(Debian: sudo apt install pandoc)", source)
    odt = package.path
    out = scratch / "out.html"
    try:
        done = subprocess.run(
            [pandoc, "--sandbox", "--wrap=none", "-f", "odt", "-t", "html", "--extract-media=media",
             "-o", out.name, odt.name],
            cwd=scratch, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, timeout=PANDOC_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise DocumentError(f"converting the document took longer than "
                            f"{PANDOC_TIMEOUT_SECONDS} s; it is damaged or too complex",
                            source) from exc
    except OSError as exc:
        raise DocumentError(f"pandoc cannot be started: {exc.strerror or exc}", source) from exc
    if done.returncode != 0 and b"--sandbox" in done.stderr:
        raise DocumentError("importing an .odt document needs pandoc 2.15 or newer "
                            "(it reads only the document then)", source)
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise DocumentError(f"the LibreOffice document is damaged and cannot be read "
                            f"(pandoc: {reason[0][:200]})", source)
    if not out.is_file() or out.stat().st_size > MAX_HTML_BYTES:
        raise DocumentError("the document converts to too much text to import", source)
    html = out.read_text("utf-8", "replace")
    media: dict[str, Path] = {}
    root = (scratch / "media").resolve()
    for img in BeautifulSoup(html, "html.parser").find_all("img"):
        src = str(img.get("src") or "")
        path = (scratch / src).resolve()
        # only files pandoc extracted into media/ (never a path the document names)
        if path.is_relative_to(root) and path.is_file() and "://" not in src:
            media[src] = path
    return html, media


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _first_block(soup: BeautifulSoup) -> Tag | None:
    for tag in soup.find_all(_BLOCKS):
        if tag.name == "div" and tag.find(_BLOCKS):
            continue
        if _text(tag) or tag.find("img") or tag.name == "img":
            return tag
    return None


def _take_title(soup: BeautifulSoup, title_paragraph: str) -> str:
    first = _first_block(soup)
    if first is None:
        return ""
    text = _text(first)
    is_title = first.name in _HEADINGS or (title_paragraph and first.name == "p"
                                          and text == title_paragraph)
    if not is_title or first.find("img"):
        return ""
    first.decompose()
    return text


def _take_lead(soup: BeautifulSoup) -> str:
    first = _first_block(soup)
    if first is None or first.name != "p" or first.find_parent(["li", "table", "blockquote"]):
        return ""
    if first.find(["img", "a", "sup", "br"]):
        return ""
    text = _text(first)
    if not text or len(text) > LEAD_MAX:
        return ""
    first.decompose()
    return text


def import_document(workspace: object, source: Path | str,
                    progress: Progress | None = None) -> Imported:
    """Create a new article in ``workspace`` (a Workspace) from ``source``.

    Raises DocumentError (or another NewsdeskError) and leaves nothing behind on failure.
    """
    from editor.model import storage
    from editor.model.article import Article
    from editor.model.photometa import PhotoFileError, read_photo_meta
    from editor.model.photos import attach_photo, photo_markdown

    report = progress or (lambda _f, _t: None)
    source = Path(source).expanduser()
    config = workspace.config
    articles = workspace.articles_dir
    try:
        articles.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"cannot create the articles folder: {exc.strerror}",
                            articles) from exc
    staging = articles / f".import-{secrets.token_hex(6)}"
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-import-") as tmp:
            report(0.05, "reading")
            doc = read_document(source, Path(tmp))
            report(0.4, "converted")
            for sub in ("photos", "review", ".newsdesk"):
                (staging / sub).mkdir(parents=True)
            article = Article(folder=staging, title=doc.title, kicker="Aktuelles",
                              date=dt.date.today(), lead=doc.lead)
            placed: dict[int, str] = {}
            warnings: list[str] = []
            named = Path(tmp) / "named"
            named.mkdir()
            for n, (ref, path) in enumerate(doc.images, 1):
                report(0.4 + 0.5 * n / max(1, len(doc.images)), f"photo {n}")
                label = f"image {n}" + (f" ('{ref.alt}')" if ref.alt else "")
                if path is None:
                    warnings.append(f"{label} was left out: the document does not hold it")
                    continue
                try:
                    meta = read_photo_meta(path, config.max_photo_mb, config.max_megapixels)
                except PhotoFileError as exc:
                    warnings.append(f"{label} was left out: {exc.message}")
                    continue
                copy = named / f"{_stem(ref.alt, n)}{meta.extension}"
                shutil.copyfile(path, copy)
                fields = {"alt": ref.alt} if ref.alt and not meta.values().get("alt") else {}
                article, photo = attach_photo(article, config, copy, fields,
                                              allow_incomplete=True, meta=meta)
                placed[ref.index] = photo_markdown(photo.id)
            from editor.model.convert.html import Converted

            article.body = Converted(doc.markdown, [r for r, _p in doc.images], 0,
                                     doc.token).place(placed)
            report(0.95, "saving")
            storage.save_checked(article, storage.NO_FILE)
        folder = _move_into_place(staging, doc.title, workspace)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report(1.0, "done")
    return Imported(folder, [p.id for p in article.photos],
                    [p.id for p in article.photos if p.incomplete], warnings)


def _stem(alt: str, n: int) -> str:
    from editor.model.slug import slugify

    return slugify(alt, 40) if alt and any(c.isalnum() for c in alt) else f"bild-{n}"


def _move_into_place(staging: Path, title: str, workspace: object) -> Path:
    """Rename the finished folder to a free slug. Claiming the name with mkdir first makes
    two imports of the same title at once take different names."""
    from editor.model.slug import unique_slug

    for _attempt in range(20):
        target = workspace.articles_dir / unique_slug(title, workspace.slugs())
        try:
            target.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            raise DocumentError(f"cannot create the article folder: {exc.strerror}",
                                target) from exc
        try:
            if os.name == "nt":
                target.rmdir()
            os.replace(staging, target)  # over our own empty folder (POSIX)
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.rmdir()  # only while still empty
            raise DocumentError(f"cannot move the article into place: {exc.strerror}",
                                target) from exc
        return target
    raise DocumentError("cannot find a free folder name for the article",
                        workspace.articles_dir)


__all__ = ["MAX_UNPACKED_BYTES", "Document", "Imported", "import_document", "read_document"]
