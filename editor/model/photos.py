"""Attach, replace, remove and reorder an article's photos; choose the lead photo.

Every function returns a new Article and leaves the one passed in untouched, so the GUI
can keep the old one for undo and the CLI can decide when to save. Only attach and
replace write to disk: they copy the original into ``photos/`` (atomically, never
modified), after every check has passed, so a refused photo changes nothing.
"""

from __future__ import annotations

import copy
import os
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from editor.model.article import PHOTOS_DIR, Article, Photo
from editor.model.atomic import atomic_write
from editor.model.config import PHOTO_FIELDS, SiteConfig
from editor.model.confine import photos_folder
from editor.model.errors import NewsdeskError
from editor.model.photometa import PhotoMeta, read_photo_meta
from editor.model.slug import slugify

ID_MAX = 40
NAME_MAX = 60
ALT_HINT = 125
ALT_MAX = 250


class PhotoError(NewsdeskError):
    """A photo operation is not possible (unknown id, id taken, required credits missing)."""


class MissingCreditsError(PhotoError):
    """Required credit fields are empty; ``missing`` names them."""

    def __init__(self, missing: list[str], path: Path | str | None = None):
        self.missing = missing
        super().__init__("required photo fields are empty: " + ", ".join(missing), path)


def missing_fields(values: Mapping[str, str] | Photo, config: SiteConfig) -> list[str]:
    """The required fields (config.required_photo_fields) that are empty."""
    get = (lambda n: getattr(values, n, "")) if isinstance(values, Photo) else values.get
    return [n for n in config.required_photo_fields if not str(get(n) or "").strip()]


def photo_markdown(photo_id: str) -> str:
    """What the body holds to place a photo."""
    return f"![](photo:{photo_id})"


def added_photo_ids(before: Article, after: Article) -> list[str]:
    """Ids of photos in ``after`` that ``before`` did not have (to place them after a drop)."""
    old = {p.id for p in before.photos}
    return [p.id for p in after.photos if p.id not in old]


def referencing_lines(article: Article, photo_id: str) -> list[int]:
    """Body lines (1-based) that place ``photo_id``."""
    return [line for line, ref, _alt in article.photo_refs() if ref == photo_id]


def is_used(article: Article, photo_id: str) -> bool:
    return photo_id == article.lead_photo or bool(referencing_lines(article, photo_id))


def unique_photo_id(wanted: str, taken: list[str]) -> str:
    """A slug-like id from ``wanted`` not in ``taken`` (ignoring case): podium, podium-2, ..."""
    base = _slug(wanted, ID_MAX, "foto")
    used = {t.lower() for t in taken}
    candidate, n = base, 2
    while candidate in used:
        suffix = f"-{n}"
        candidate = base[: ID_MAX - len(suffix)].rstrip("-") + suffix
        n += 1
    return candidate


def safe_file_name(original_name: str, extension: str, folder: Path,
                   reserved: Iterable[str] = ()) -> str:
    """ASCII, Windows-safe name for the copy, unique in ``folder`` ignoring case."""
    stem = unicodedata.normalize("NFC", os.path.splitext(os.path.basename(original_name))[0])
    base = _slug(stem, NAME_MAX, "foto")
    taken = {t.lower() for t in reserved}
    if folder.is_dir():
        taken |= {entry.name.lower() for entry in folder.iterdir()}
    name, n = f"{base}{extension}", 2
    while name.lower() in taken:
        name = f"{base}-{n}{extension}"
        n += 1
    return name


def _slug(text: str, limit: int, fallback: str) -> str:
    slug = slugify(text, limit)
    # slugify says "artikel" for text without letters and after reserved names such as
    # CON; for a photo that word is "foto".
    if "artikel" not in text.lower():
        if slug.startswith("artikel"):
            slug = fallback + slug[len("artikel"):]
        elif slug.endswith("-artikel"):
            slug = slug[: -len("artikel")] + fallback
    return slug


def prefill(meta: PhotoMeta, overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """Field values from the file, replaced by every override that is not None."""
    values = {name: "" for name in PHOTO_FIELDS}
    values.update(meta.values())
    for name, value in (overrides or {}).items():
        if name not in PHOTO_FIELDS:
            raise PhotoError(f"unknown photo field '{name}'")
        if value is not None:
            values[name] = value.strip()
    return values


def attach_photo(article: Article, config: SiteConfig, source: Path | str,
                 fields: Mapping[str, str | None] | None = None, *, photo_id: str | None = None,
                 allow_incomplete: bool = False,
                 meta: PhotoMeta | None = None) -> tuple[Article, Photo]:
    """Copy ``source`` into the article's photos/ and add it with its credits.

    ``fields`` override what the file says. Raises PhotoFileError (bad file),
    MissingCreditsError (required fields empty and not ``allow_incomplete``) or
    PhotoError (id taken) before anything is written. The caller saves the article.
    """
    src = Path(source)
    meta = meta or read_photo_meta(src, config.max_photo_mb, config.max_megapixels)
    values = prefill(meta, fields)
    missing = missing_fields(values, config)
    if missing and not allow_incomplete:
        raise MissingCreditsError(missing, src)
    ids = [p.id for p in article.photos]
    if photo_id is not None:
        if not photo_id.strip() or _slug(photo_id, ID_MAX, "foto") != photo_id:
            raise PhotoError(f"'{photo_id}' is not a valid photo id; use a-z, 0-9 and '-'")
        if photo_id.lower() in {i.lower() for i in ids}:
            raise PhotoError(f"the article already has a photo with the id '{photo_id}'")
        new_id = photo_id
    else:
        new_id = unique_photo_id(src.stem, ids)
    folder = photos_folder(article.folder)
    name = safe_file_name(src.name, meta.extension, folder, [Path(p.file).name
                                                              for p in article.photos])
    _copy_original(src, folder / name)
    photo = Photo(id=new_id, file=f"{PHOTOS_DIR}/{name}", incomplete=bool(missing))
    for field_name in PHOTO_FIELDS:
        setattr(photo, field_name, values[field_name])
    result = copy.deepcopy(article)
    result.photos.append(photo)
    return result, photo


def _copy_original(src: Path, target: Path) -> None:
    # Read once, write atomically: the copy is byte-identical or absent.
    data = src.read_bytes()
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)


def _index(article: Article, photo_id: str) -> int:
    for i, photo in enumerate(article.photos):
        if photo.id == photo_id:
            return i
    raise PhotoError(f"the article has no photo '{photo_id}'", article.path)


def update_credits(article: Article, config: SiteConfig, photo_id: str,
                   fields: Mapping[str, str], *, allow_incomplete: bool = False) -> Article:
    """Set credit fields of one photo; refuses to leave required fields empty."""
    result = copy.deepcopy(article)
    photo = result.photos[_index(result, photo_id)]
    for name, value in fields.items():
        if name not in PHOTO_FIELDS:
            raise PhotoError(f"unknown photo field '{name}'")
        setattr(photo, name, value.strip())
    missing = missing_fields(photo, config)
    if missing and not allow_incomplete:
        raise MissingCreditsError(missing)
    photo.incomplete = bool(missing)
    return result


def replace_photo_file(article: Article, config: SiteConfig, photo_id: str,
                       source: Path | str) -> Article:
    """Use another file for a photo, keeping id and credits. The old file stays on disk,
    so undo still finds it."""
    index = _index(article, photo_id)
    src = Path(source)
    meta = read_photo_meta(src, config.max_photo_mb, config.max_megapixels)
    folder = photos_folder(article.folder)
    name = safe_file_name(src.name, meta.extension, folder,
                          [Path(p.file).name for p in article.photos])
    _copy_original(src, folder / name)
    result = copy.deepcopy(article)
    result.photos[index].file = f"{PHOTOS_DIR}/{name}"
    return result


def remove_photo(article: Article, photo_id: str) -> Article:
    """Detach a photo (and unset it as lead photo). Its file stays, so undo works;
    body references remain and validation reports them (warn the user beforehand)."""
    index = _index(article, photo_id)
    result = copy.deepcopy(article)
    del result.photos[index]
    if result.lead_photo == photo_id:
        result.lead_photo = None
    return result


def move_photo(article: Article, photo_id: str, new_index: int) -> Article:
    index = _index(article, photo_id)
    result = copy.deepcopy(article)
    photo = result.photos.pop(index)
    new_index = max(0, min(new_index, len(result.photos)))
    result.photos.insert(new_index, photo)
    return result


def set_lead_photo(article: Article, photo_id: str | None) -> Article:
    if photo_id is not None:
        _index(article, photo_id)
    result = copy.deepcopy(article)
    result.lead_photo = photo_id
    return result


def set_focus(article: Article, photo_id: str, x: float, y: float) -> Article:
    """Set a photo's focal point (fractions of width and height from the top left, clamped
    to 0..1); the centre is stored as no key at all, so untouched photos stay as they were."""
    from editor.model import focus

    result = copy.deepcopy(article)
    photo = result.photos[_index(result, photo_id)]
    value = focus.stored(x, y)
    if value == list(focus.CENTRE):
        photo.extra.pop(focus.KEY, None)
    else:
        photo.extra[focus.KEY] = value
    return result
