"""Review benchmark: workspace list with real states, event writes, status of a long history.

    .venv/bin/python bench/review.py [--articles 200] [--events 30] [--photo-mb 8]

Builds a temporary workspace (not timed): N articles, each with one photo of about
``--photo-mb`` megabytes of random bytes and ``--events`` review events ending in an approval.
Reports: first list_articles() (hashes every photo), a second one (hashes cached by file
size and time), writing 500 events, and status() of an article with 2,000 events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.model import review, reviewlog  # noqa: E402
from editor.model.article import Photo, load_article  # noqa: E402
from editor.model.config import SiteConfig  # noqa: E402
from editor.model.storage import file_hash, save_checked  # noqa: E402
from editor.model.workspace import Workspace  # noqa: E402

CREDITS = {"caption": "Bild", "alt": "Ein Bild", "creator": "A. Fotograf", "credit": "Stadt",
           "copyright": "© Stadt", "license": "frei"}


def build(root: Path, articles: int, events: int, photo_mb: float) -> Workspace:
    ws = Workspace.init(root / "ws")
    for i in range(articles):
        a = ws.create_article(f"Artikel Nummer {i}", date=dt.date(2026, 1, 1), author="Amt",
                              lead="Vorspann.", body="Text.\n\n![](photo:p)\n")
        (a.folder / "photos" / "p.jpg").write_bytes(os.urandom(int(photo_mb * 1e6)))
        a.photos = [Photo(id="p", file="photos/p.jpg", **CREDITS)]
        save_checked(a, file_hash(a.path))
        a = load_article(a.folder)
        review.add_event(a, "submitted", "Autor")
        for j in range(max(0, events - 2)):
            review.add_event(a, "comment", "Prüfer", f"Anmerkung {j}")
        review.add_event(a, "approved", "Prüfer", config=SiteConfig())
    return ws


def timed(label: str, func) -> object:
    start = time.perf_counter()
    result = func()
    print(f"{label:<48} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--events", type=int, default=30)
    ap.add_argument("--photo-mb", type=float, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"building {args.articles} articles, {args.events} events each ...")
        ws = build(root, args.articles, args.events, args.photo_mb)
        # A fresh process would start with empty caches; clear ours to match.
        reviewlog._cache.clear()
        from editor.model import contenthash
        contenthash._file_hashes.clear()
        items = timed(f"list_articles, cold ({args.articles} articles)", ws.list_articles)
        assert all(s.status == "approved" for s in items), {s.status for s in items}
        timed("list_articles, warm", ws.list_articles)
        a = ws.load(items[0].slug)
        timed("500 comment events written", lambda: [
            review.add_event(a, "comment", "X", str(i)) for i in range(500)])
        for i in range(1500 - args.events):
            review.add_event(a, "comment", "X", f"more {i}")
        reviewlog._cache.clear()
        timed("status() with ~2,000 events, cold", lambda: review.status(a))
        timed("status() with ~2,000 events, warm", lambda: review.status(a))


if __name__ == "__main__":
    main()
