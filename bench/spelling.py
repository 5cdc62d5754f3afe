"""Spell-checking benchmark: a whole 10,000-word article, and a re-check after one edit.

    .venv/bin/python bench/spelling.py [--words 10000] [--language de] [--runs 5]

The article is built from the sample workspace's German article bodies (headings, lists,
links, photo references), with every 40th word misspelled differently so the text has
thousands of distinct words, as a real long article does. "Whole" is the check of
article.md with a fresh checker and empty caches (what ``newsdesk check --spelling`` does
after opening the dictionary, whose load time is printed separately). "After one edit" is
the same checker checking the text again with one word changed in one paragraph: only
that line is tokenised again and only the new word is asked of Hunspell.
Goal (issue 14): whole article <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if __name__ == "__main__" and not sys.flags.safe_path:
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])
sys.path.insert(0, str(REPO))

from editor.model.spelling.article import article_findings  # noqa: E402
from editor.model.spelling.engine import open_checker  # noqa: E402

SAMPLES = REPO / "resources" / "sample-workspace" / "articles"


def make_article(words: int) -> str:
    bodies = []
    for path in sorted(SAMPLES.glob("*/article.md")):
        text = path.read_text(encoding="utf-8")
        bodies.append(text.split("\n---\n", 1)[1])
    source = "\n\n".join(bodies)
    out: list[str] = []
    count = 0
    n = 0
    while count < words:
        lines = []
        for line in source.split("\n"):
            parts = line.split(" ")
            for i, part in enumerate(parts):
                n += 1
                if n % 40 == 0 and part.isalpha() and len(part) > 3:
                    parts[i] = part[:2] + part[3:] + "x" * (n // 4000 + 1)  # new typo
            count += sum(1 for p in parts if p)
            lines.append(" ".join(parts))
            if count >= words:
                break
        out.append("\n".join(lines))
    front = "---\ntitle: Ein langer Artikel\nkicker: Aktuelles\nlead: Ein Test.\n---\n"
    return front + "\n\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--language", default="de")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    text = make_article(args.words)
    print(f"article: {len(text.split())} words, {text.count(chr(10))} lines")
    whole, again, opened = [], [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        checker = open_checker(args.language)
        opened.append(time.perf_counter() - t0)
        if not checker.available:
            print("no dictionary:", checker.reason)
            return 2
        t0 = time.perf_counter()
        found = article_findings(text, checker)
        whole.append(time.perf_counter() - t0)
        lines = text.split("\n")
        middle = len(lines) // 2
        while not lines[middle].strip():
            middle += 1
        lines[middle] = lines[middle].replace(" ", " Rathausplatzz ", 1)
        edited = "\n".join(lines)
        t0 = time.perf_counter()
        found_again = article_findings(edited, checker)
        again.append(time.perf_counter() - t0)
        assert len(found_again) == len(found) + 1, (len(found), len(found_again))
    print(f"unknown words found: {len(found)}")
    print(f"open dictionary ({checker.tag}): median {statistics.median(opened) * 1000:.0f} ms")
    print(f"whole article, empty caches: median {statistics.median(whole) * 1000:.0f} ms, "
          f"max {max(whole) * 1000:.0f} ms (goal <= 300 ms)")
    print(f"re-check after one edit: median {statistics.median(again) * 1000:.1f} ms, "
          f"max {max(again) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
