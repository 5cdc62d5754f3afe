"""Article and Photo: the content of one article folder, loaded from and saved to article.md."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.model import confine, frontmatter, when
from editor.model.authors import Author, joined, list_value, parse_author_list
from editor.model.config import PHOTO_FIELDS
from editor.model.errors import ArticleFormatError

ARTICLE_FILE = "article.md"
PHOTOS_DIR = "photos"
REVIEW_DIR = "review"
META_DIR = ".newsdesk"

# Front-matter keys in the order a new article is written.
KEY_ORDER = ("title", "kicker", "date", "author", "lead", "tags", "lead_photo", "photos")
# Optional keys written after 'author' / 'lead' when set (kept in ``extra``): see
# editor/model/authors.py (author_type, author_url) and ``description``.
PHOTO_KEY_ORDER = ("id", "file", *PHOTO_FIELDS, "incomplete")
TEXT_KEYS = ("title", "kicker", "author", "lead")

PHOTO_REF = re.compile(r"!\[([^\]\n]*)\]\(photo:([^)\s]+)\)")


@dataclass
class Photo:
    id: str
    file: str
    caption: str = ""
    alt: str = ""
    creator: str = ""
    credit: str = ""
    copyright: str = ""
    license: str = ""
    web_statement: str = ""
    # Kept on purpose without its credits ("--allow-incomplete"): flagged, never exported.
    incomplete: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list)

    def credits(self) -> dict[str, str]:
        """The credit and description fields, by name (see config.PHOTO_FIELDS)."""
        return {name: getattr(self, name) for name in PHOTO_FIELDS}

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] = {"id": self.id, "file": self.file, **self.credits()}
        if self.incomplete:
            values["incomplete"] = True
        values.update(self.extra)
        order = [k for k in self.key_order if k in values]
        order += [k for k in PHOTO_KEY_ORDER if k in values and k not in order]
        order += [k for k in values if k not in order]
        # Empty optional fields are left out unless the file had them.
        return {
            k: values[k]
            for k in order
            if k in ("id", "file") or values[k] not in ("", None, False) or k in self.key_order
        }


@dataclass
class Article:
    folder: Path
    title: str = ""
    kicker: str = ""
    # A date, a date with a time (dt.datetime: naive = the workspace's time zone, see
    # editor/model/when.py), or the text as written when it is neither (a validation error).
    date: dt.date | str | None = None
    author: str = ""
    lead: str = ""
    tags: list[str] = field(default_factory=list)
    lead_photo: str | None = None
    photos: list[Photo] = field(default_factory=list)
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list)
    # Line in article.md of each top-level front-matter key when loaded (for messages).
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Line in article.md where the body begins (0: not loaded from a file).
    body_line: int = field(default=0, compare=False, repr=False)
    # ``author`` written as a list of people (names with optional URLs); ``author`` then
    # holds their names joined for display. Editing ``author`` to other text replaces the
    # list (front_matter writes the text). See editor/model/authors.py.
    author_list: list[Author] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.folder.name

    @property
    def path(self) -> Path:
        return self.folder / ARTICLE_FILE

    def photo(self, photo_id: str) -> Photo | None:
        return next((p for p in self.photos if p.id == photo_id), None)

    def photo_path(self, photo: Photo) -> Path:
        """The photo's file, confined to this article's photos/ folder (no symlinks,
        no '..'). Raises UnsafePathError for anything else."""
        return confine.photo_file(self.folder, photo.file)

    def photo_refs(self) -> list[tuple[int, str, str]]:
        """(body line 1-based, photo id, bracket alt) for every photo reference in the body."""
        refs = []
        for number, line in enumerate(self.body.split("\n"), start=1):
            for m in PHOTO_REF.finditer(line):
                refs.append((number, m.group(2), m.group(1)))
        return refs

    def front_matter(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.title,
            "kicker": self.kicker,
            "date": self.date,
            "author": self.author_value(),
            "lead": self.lead,
            "tags": list(self.tags),
        }
        if self.lead_photo or "lead_photo" in self.key_order:
            values["lead_photo"] = self.lead_photo
        if self.photos or "photos" in self.key_order:
            values["photos"] = [p.to_dict() for p in self.photos]
        if values["date"] is None:
            del values["date"]
        values.update(self.extra)
        order = [k for k in self.key_order if k in values]
        order += [k for k in KEY_ORDER if k in values and k not in order]
        order += [k for k in values if k not in order]
        return {k: values[k] for k in order}

    @property
    def description(self) -> str:
        """The meta description (front matter ``description``, kept in ``extra`` so it is
        written, hashed and diffed like any key); "" when missing or not text."""
        value = self.extra.get("description")
        return value if isinstance(value, str) else ""

    @description.setter
    def description(self, value: str) -> None:
        if value or "description" in self.key_order:
            self.extra["description"] = value
        else:
            self.extra.pop("description", None)

    def author_value(self) -> str | list[Any]:
        """``author`` as written to front matter (and hashed): the list of people while
        ``author`` still shows their names, else the text."""
        if self.author_list and joined(self.author_list) == self.author:
            return list_value(self.author_list)
        return self.author

    def to_text(self) -> str:
        return frontmatter.dump(self.front_matter(), self.body)


def parse_article(text: str, folder: Path) -> Article:
    """Build an Article from the text of article.md (already decoded).

    Raises ArticleFormatError (with file and line) and nothing else."""
    path = folder / ARTICLE_FILE
    try:
        return _parse_article(text, folder, path)
    except ArticleFormatError:
        raise
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError) as exc:
        # A safety net: a value shape nobody foresaw is still "this file is malformed".
        raise ArticleFormatError(f"the front matter cannot be read ({exc})", path) from exc


def article_from_bytes(raw: bytes, folder: Path) -> Article:
    """Decode and parse the bytes of article.md. Raises ArticleFormatError only."""
    folder = Path(folder)
    return parse_article(frontmatter.decode(raw, folder / ARTICLE_FILE), folder)


def _parse_article(text: str, folder: Path, path: Path) -> Article:
    fm = frontmatter.parse(text, path)
    data, body = fm.data, fm.body
    article = Article(folder=folder, body=body, key_order=list(data), key_lines=fm.lines,
                      body_line=fm.body_line)

    def fail(key: str, message: str) -> ArticleFormatError:
        return ArticleFormatError(message, path, fm.lines.get(key))

    for key in TEXT_KEYS:
        if key == "author" and isinstance(data.get(key), list):
            article.author_list = parse_author_list(data[key], lambda m: fail("author", m))
            article.author = joined(article.author_list)
        elif key in data:
            setattr(article, key, _text(data[key], key, fail))
    if "date" in data:
        value = data["date"]
        if value is None or isinstance(value, dt.date):
            article.date = value
        elif isinstance(value, str):
            article.date = _parse_date(value)
        else:
            raise fail("date", f"'date' must be a date like 2022-06-24 or 2022-06-24 09:30, "
                       f"not {_kind(value)}")
    if "tags" in data:
        tags = data["tags"]
        if tags is None:
            tags = []
        if not isinstance(tags, list):
            raise fail("tags", "'tags' must be a list, for example: tags: [Stadtrat, Verkehr]")
        for tag in tags:
            if not isinstance(tag, _TEXTLIKE):
                raise fail("tags", "every tag must be a word or phrase")
        article.tags = [str(t) for t in tags]
    if "lead_photo" in data:
        lead_photo = data["lead_photo"]
        if lead_photo is not None and (not isinstance(lead_photo, (str, int))
                                       or isinstance(lead_photo, bool)):
            raise fail("lead_photo", "'lead_photo' must be the id of an attached photo")
        article.lead_photo = None if lead_photo is None else str(lead_photo)
    if "photos" in data:
        article.photos = _parse_photos(data["photos"], fail)
    article.extra = {k: v for k, v in data.items() if k not in KEY_ORDER}
    return article


def _parse_photos(value: Any, fail: Any) -> list[Photo]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail("photos", "'photos' must be a list of photos, each with 'id' and 'file'")
    photos = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise fail("photos", f"photo {index} must be a set of 'key: value' fields")
        for key in ("id", "file"):
            value = item.get(key)
            if value is None or str(value).strip() == "":
                raise fail("photos", f"photo {index} has no '{key}'")
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise fail("photos", f"photo {index}: '{key}' must be text, not {_kind(value)}")
        photo = Photo(id=str(item["id"]), file=str(item["file"]), key_order=list(item))
        for name in PHOTO_FIELDS:
            if name in item:
                setattr(photo, name, _text(item[name], f"photos/{photo.id}/{name}", fail, "photos"))
        incomplete = item.get("incomplete", False)
        if not isinstance(incomplete, bool):
            raise fail("photos", f"photo '{photo.id}': 'incomplete' must be true or false")
        photo.incomplete = incomplete
        known = {"id", "file", "incomplete", *PHOTO_FIELDS}
        photo.extra = {k: v for k, v in item.items() if k not in known}
        photos.append(photo)
    return photos


# Scalars that read as text when a text field holds them (title: 2022, kicker: 3.5).
_TEXTLIKE = (str, int, float, dt.date)


def _text(value: Any, name: str, fail: Any, key: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, _TEXTLIKE):
        raise fail(key or name, f"'{name}' must be text, not {_kind(value)}")
    return str(value)


def _parse_date(value: str) -> dt.date | str:
    """A day or a day with a time (2026-06-24 09:30, which YAML reads as text), or the
    text as written."""
    parsed = when.parse_when(value)
    return value if parsed is None else parsed


def _kind(value: Any) -> str:
    return {list: "a list", dict: "a mapping", bool: "true/false", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def read_article_bytes(path: Path) -> bytes:
    """The bytes of article.md, at most frontmatter.MAX_FILE_BYTES (a larger file is
    refused without reading it all). Only a regular file is read: a symbolic link (which
    could point outside the workspace), a folder, a named pipe (which would block for
    ever) or a device is refused. Raises ArticleFormatError."""
    limit = frontmatter.MAX_FILE_BYTES
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise ArticleFormatError("no article.md in this folder", path) from exc
    except OSError as exc:
        if path.is_symlink():
            raise ArticleFormatError(_NOT_REGULAR.format("a symbolic link"), path) from exc
        raise ArticleFormatError(f"cannot read: {exc.strerror or exc}", path) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise ArticleFormatError(_NOT_REGULAR.format(kind), path)
        with os.fdopen(fd, "rb") as fh:
            # Sized by the file (read(limit + 1) allocates 5 MB for every article); a file
            # that grows meanwhile is read on, up to one byte over the limit.
            first = min(info.st_size, limit) + 1
            raw = fh.read(first)
            if len(raw) == first and first <= limit:
                raw += fh.read(limit + 1 - first)
    except OSError as exc:
        raise ArticleFormatError(f"cannot read: {exc.strerror or exc}", path) from exc
    if len(raw) > limit:
        raise ArticleFormatError(
            f"the file is larger than {limit // 1048576} MB; article.md may have at most "
            f"{limit // 1048576} MB", path)
    return raw


_NOT_REGULAR = "article.md is {}; Newsdesk reads only a plain file here"


def load_article(folder: Path | str) -> Article:
    """Read an article folder. Never writes. Raises ArticleFormatError and nothing else."""
    folder = Path(folder)
    return article_from_bytes(read_article_bytes(folder / ARTICLE_FILE), folder)

