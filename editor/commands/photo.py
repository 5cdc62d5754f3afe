"""newsdesk photo info|add|list: credits from photo files and an article's photos.

``photo add`` changes article.md like the app does: it takes the article's edit lock
(refusing, exit 2, while someone else has the article open) and saves through the checked
save in :mod:`editor.model.storage`, so the replaced text is kept in the history and a
concurrent change is a conflict, never overwritten.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from editor.commands._common import (
    add_output_options,
    command_parser,
    fail,
    find_workspace_root,
    note,
    open_article,
    print_json,
    print_usage,
)
from editor.model import lock, storage
from editor.model.article import ARTICLE_FILE
from editor.model.config import CONFIG_NAME, PHOTO_FIELDS, load_config
from editor.model.errors import WorkspaceError
from editor.model.photometa import read_photo_meta
from editor.model.photos import (
    ALT_MAX,
    MissingCreditsError,
    attach_photo,
    is_used,
    missing_fields,
)
from editor.model.validation import FIELD_LABELS

_OPTIONS = {name: "--" + name.replace("_", "-") for name in PHOTO_FIELDS}


def register(sub: argparse._SubParsersAction) -> None:
    art = "~/Newsdesk/articles/sommerfest"
    p = command_parser(
        sub, "photo", help="read photo credits; attach and list an article's photos",
        exit_status=["1  photo add: required credits are missing"],
        examples=["newsdesk photo info ~/Bilder/buehne.jpg",
                  f"newsdesk photo add {art} ~/Bilder/buehne.jpg --alt 'Die Bühne im Park'"])
    photo_sub = p.add_subparsers(dest="photo_command", metavar="ACTION")

    info = command_parser(photo_sub, "info", help="show the credits a photo file carries",
                          description="Show a photo file's format, size and the credits "
                          "it carries (XMP, IPTC-IIM, EXIF), without attaching it.",
                          examples=["newsdesk photo info ~/Bilder/buehne.jpg",
                                    "newsdesk photo info ~/Bilder/buehne.jpg --json"])
    info.add_argument("file", metavar="FILE", help="the photo file (JPEG, PNG, WebP, ...)")
    add_output_options(info, json_help="print the file's credits as JSON", quiet=False)
    info.set_defaults(func=run_info)

    add = command_parser(
        photo_sub, "add",
        help="attach a photo; credits are prefilled from the file, options override",
        description="Copy a photo into the article folder and add it to the article's "
        "photos, with the credits the file carries; options override them. Refused (exit "
        "2) while someone else has the article open; the replaced article.md is kept in "
        "the history.",
        exit_status=["1  required credits are missing (see --allow-incomplete)"],
        examples=[f"newsdesk photo add {art} ~/Bilder/buehne.jpg --alt 'Die Bühne im Park'",
                  f"newsdesk photo add {art} chor.jpg --id chor --creator 'Eva Roth' "
                  "--license 'CC BY 4.0' --json"])
    add.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    add.add_argument("files", nargs="+", metavar="FILE",
                     help="the photo files to attach (all get the credits given as options)")
    add.add_argument("--id", dest="photo_id", metavar="ID",
                     help="photo id (default: file name); only with one FILE")
    for name, option in _OPTIONS.items():
        add.add_argument(option, dest=name, metavar="TEXT", help=FIELD_LABELS.get(name, name))
    add.add_argument("--allow-incomplete", action="store_true",
                     help="attach even when required credits are missing (export refuses it)")
    add_output_options(add, json_help="print the attached photo as JSON")
    add.set_defaults(func=run_add)

    lst = command_parser(photo_sub, "list", help="list an article's photos and their credits",
                         examples=[f"newsdesk photo list {art}",
                                   f"newsdesk photo list {art} --json"])
    lst.add_argument("article", metavar="ARTICLE_DIR", help="the article's folder")
    add_output_options(lst, json_help="print the photos and their credits as JSON",
                       quiet=False)
    lst.set_defaults(func=run_list)
    p.set_defaults(func=lambda _args: print_usage(p))


def run_info(args: argparse.Namespace) -> int:
    meta = read_photo_meta(Path(args.file))
    if args.json:
        print_json(meta.to_dict())
        return 0
    print(f"{meta.format}, {meta.width} x {meta.height} pixels")
    if not meta.fields:
        print("no credits in the file")
    for name, fv in meta.fields.items():
        print(f"{FIELD_LABELS.get(name, name):<22} {fv.value}   [{fv.tag}]")
    return 0


def run_add(args: argparse.Namespace) -> int:
    folder = Path(args.article).expanduser().resolve()
    if folder.name == ARTICLE_FILE:
        folder = folder.parent
    if not folder.is_dir():
        raise WorkspaceError("no such article folder", folder)
    config = load_config(find_workspace_root(folder) / CONFIG_NAME)
    try:
        held: lock.Lock | None = lock.acquire(folder, stale_hours=config.lock_stale_hours)
    except lock.LockedError as exc:
        if not exc.stale:
            return fail(f"not changed: this article is {exc.info.describe()}; "
                        "attach the photo there, or once it is closed", folder)
        held = None  # an abandoned lock; the checked save still guards the file
    try:
        return _add(args, folder, config)
    finally:
        if held is not None:
            held.release()


def _add(args: argparse.Namespace, folder: Path, config: Any) -> int:
    """Attach every file, then save once: all photos are added, or none."""
    if args.photo_id is not None and len(args.files) > 1:
        return fail("--id names one photo: give one FILE with it", folder)
    loaded = storage.load(folder)
    overrides = {name: getattr(args, name) for name in PHOTO_FIELDS}
    updated = loaded.article
    photos: list[Any] = []
    try:
        for file in args.files:
            try:
                updated, photo = attach_photo(updated, config, Path(file), overrides,
                                              photo_id=args.photo_id,
                                              allow_incomplete=args.allow_incomplete)
            except MissingCreditsError as exc:
                _discard(folder, photos)
                return _missing(args, file, exc)
            photos.append(photo)
            if len(photo.alt) > ALT_MAX:
                _discard(folder, photos)
                return fail(f"the alt text has {len(photo.alt)} characters; at most "
                            f"{ALT_MAX} are allowed (give a shorter one with --alt)",
                            file, status=1)
        storage.save_checked(updated, loaded.hash)
    except BaseException:
        # The article was not saved, so the copied originals must not linger.
        _discard(folder, photos)
        raise
    rows = []
    for photo in photos:
        missing = missing_fields(photo, config) if photo.incomplete else []
        if missing:
            note(args, f"warning: photo '{photo.id}' kept as incomplete (missing: "
                 f"{', '.join(missing)}); export refuses it until filled")
        rows.append({"id": photo.id, "file": photo.file, "missing": missing})
    if args.json:
        print_json(rows[0] if len(rows) == 1 else rows)
        return 0
    for row in rows:
        print(row["id"])
    return 0


def _discard(folder: Path, photos: list[Any]) -> None:
    for photo in photos:
        (folder / photo.file).unlink(missing_ok=True)


def _missing(args: argparse.Namespace, file: str, exc: MissingCreditsError) -> int:
    if args.json:
        labels = ", ".join(FIELD_LABELS.get(name, name) for name in exc.missing)
        return fail(f"the photo has no {labels} (give them as options, or use "
                    "--allow-incomplete)", file, status=1, missing=list(exc.missing))
    for name in exc.missing:
        print(f"error: {file}: the photo has no {FIELD_LABELS.get(name, name)}; "
              f"give it with {_OPTIONS[name]} (or use --allow-incomplete)", file=sys.stderr)
    return 1


def run_list(args: argparse.Namespace) -> int:
    article, config, _root = open_article(args.article)
    rows = []
    for photo in article.photos:
        row = photo.to_dict()
        row["lead"] = photo.id == article.lead_photo
        row["used"] = is_used(article, photo.id)
        row["missing"] = missing_fields(photo, config)
        rows.append(row)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no photos")
    for row in rows:
        flags = [f for f, on in (("lead", row["lead"]), ("unused", not row["used"]),
                                 ("incomplete", bool(row["missing"]))) if on]
        marks = f"  [{', '.join(flags)}]" if flags else ""
        credit = row.get("creator", "") or "-"
        print(f"{row['id']:<24} {row['file']:<36} {credit}{marks}")
    return 0
