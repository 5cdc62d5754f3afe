"""Parse time of article.md front matter: the bounded loader with libyaml (the default),
the same loader in pure Python, and plain yaml.safe_load (what it replaced).

    .venv/bin/python bench/frontmatter_parse.py [ROUNDS]

Prints the median microseconds per article over the sample workspace's articles.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor import resources
from editor.model import frontmatter
from editor.model.article import article_from_bytes


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    folders = sorted(resources.path("sample-workspace/articles").iterdir())
    raws = [(f, (f / "article.md").read_bytes()) for f in folders]

    def bounded() -> None:
        for folder, raw in raws:
            article_from_bytes(raw, folder)

    def plain() -> None:
        for _folder, raw in raws:
            text = raw.decode("utf-8")
            yaml.safe_load(text.split("\n---\n", 1)[0][4:])

    def measure(fn) -> float:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times) / len(raws) * 1e6

    results = {"bounded, libyaml": measure(bounded)}
    frontmatter.LIBYAML = False
    results["bounded, pure Python"] = measure(bounded)
    frontmatter.LIBYAML = True
    results["yaml.safe_load (before)"] = measure(plain)
    for name, us in results.items():
        print(f"{name:26s} {us:8.0f} µs per article")


if __name__ == "__main__":
    main()
