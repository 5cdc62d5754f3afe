"""Which articles changed: one scan of the articles folder, plain ``os`` calls only
(no article parsing, nothing heavy imported), run on every listing."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

# editor.model.article's names, written out so that a warm listing need not import the
# article and YAML modules (a test checks they agree).
ARTICLE_FILE = "article.md"
PHOTOS_DIR = "photos"
REVIEW_DIR = "review"

# A file changed within this many seconds may change again within the same mtime tick
# (coarse clocks on network drives): its fingerprint is not trusted until it is older.
UNSETTLED_SECONDS = 2.0


def scan_fingerprints(articles_dir: Path) -> dict[str, str]:
    """slug -> fingerprint for every listed entry of the articles folder: size, mtime and
    inode of article.md and the mtime of review/ (a new event changes it). A symlinked
    entry is listed (as unreadable) but never followed. Plain ``os`` calls: this runs for
    every article on every listing.

    Two stats an article, and neither can go: a review event (from this app, another
    desktop on the share, or a git pull) changes only review/'s mtime, an edit in place
    only article.md's; no other inode sees both (the article folder's mtime changes only
    when an entry directly in it is added, removed or renamed)."""
    return dict(fingerprints(articles_dir)[1])


def fingerprints(articles_dir: Path) -> tuple[int, Iterator[tuple[str, str]]]:
    """scan_fingerprints as (the number of entries in the folder, an iterator of (slug,
    fingerprint)): the files are looked at as the iterator is consumed, so a cold index
    reads the first articles while the folder is still being scanned."""
    now = time.time_ns()
    try:
        entries = list(os.scandir(articles_dir))
    except OSError:
        return 0, iter(())
    return len(entries), _fingerprints(articles_dir, entries, now)


def _fingerprints(articles_dir: Path, entries: list[os.DirEntry[str]],
                  now: int) -> Iterator[tuple[str, str]]:
    settled = now - int(UNSETTLED_SECONDS * 1e9)  # changed before this: trusted
    stat = os.stat
    md, review_dir = os.sep + ARTICLE_FILE, os.sep + REVIEW_DIR
    try:
        # Paths relative to the folder's descriptor: shorter for the kernel to walk.
        fd = os.open(articles_dir, os.O_RDONLY) if os.stat in os.supports_dir_fd else None
    except OSError:
        return
    try:
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_symlink():
                    yield name, "link"
                    continue
                if not entry.is_dir(follow_symlinks=False):
                    continue
                base = name if fd is not None else entry.path
                st = stat(base + md, dir_fd=fd, follow_symlinks=False)
            except OSError:
                continue  # a folder without article.md is not an article (yet)
            try:
                review = stat(base + review_dir, dir_fd=fd, follow_symlinks=False).st_mtime_ns
            except OSError:
                review = -1
            mtime = st.st_mtime_ns
            if mtime > settled or review > settled:
                yield name, f"unsettled {now}"  # may change again within the tick: re-read
            else:
                yield name, f"{st.st_size}:{mtime}:{st.st_ino}:{review}"
    finally:
        if fd is not None:
            os.close(fd)


# Approved and published states hold for a content hash that covers the photos' bytes.
PHOTO_STATES = ("approved", "published", "changed_since_approval")


def with_photos(articles_dir: Path, slug: str, fingerprint: str) -> str:
    """The fingerprint of an article whose state depends on its photos: plus photos/."""
    try:
        photos = os.stat(os.path.join(articles_dir, slug, PHOTOS_DIR),
                         follow_symlinks=False).st_mtime_ns
    except OSError:
        photos = -1
    return f"{fingerprint}:{photos}"
