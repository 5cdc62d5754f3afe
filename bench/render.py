"""Render benchmark: generated German articles of 1,000 / 10,000 / 50,000 words.

    .venv/bin/python bench/render.py [--runs 15] [--sizes 1000 10000 50000]

Prints medians of: a full body render (render_body, nothing cached), the full page
(render_page), and an incremental re-render after a one-paragraph edit
(IncrementalRenderer.render_blocks, what the preview does while typing). Then the same
through the render sandbox (editor.render.sandbox), as the app runs them: "sandboxed
page" is render_isolated on a warm worker (export, `newsdesk render`, review), "sandboxed
edit" the preview's request after a one-paragraph edit (incremental cache in the worker),
both including the pipe round trip and pickling.
Goals (2-core machine): 10k full <= 80 ms, 10k edit <= 15 ms, 50k edit <= 60 ms.
"""

from __future__ import annotations

import sys

# Import editor from this checkout, not from bench/ (Python puts the script's folder first).
sys.path[0] = str(__import__("pathlib").Path(__file__).resolve().parent.parent)

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from editor.model.article import Article, Photo  # noqa: E402
from editor.model.config import SiteConfig  # noqa: E402
from editor.render import (  # noqa: E402
    ImageVariant,
    IncrementalRenderer,
    RenderLimits,
    render_body,
    render_isolated,
    render_page,
)
from editor.render.sandbox import Sandbox  # noqa: E402

_TEXT = ("Stadt Rathaus Bürgerinnen und Bürger Verwaltung Stadtrat Sitzung Beschluss Haushalt "
         "Förderung Projekt Verkehr Radweg Schule Kita Bibliothek Sanierung Quartier Ehrenamt "
         "Partnerstadt Klimaschutz Energie Wärme Bauarbeiten Öffnungszeiten Veranstaltung "
         "Anmeldung Straße Platz Brücke Park Bäume Wasser Feuerwehr Müll Gebühren Termin die der "
         "das mit für auf nach über unter zwischen wird werden hat haben ist sind im am zum zur "
         "„Zitat“ – 2026 1,2 Millionen Euro")
WORDS = _TEXT.split(" ")


class Variants:
    def variants(self, photo: Photo) -> list[ImageVariant]:
        return [ImageVariant(f"images/{photo.id}-{w}.{e}", w, w * 2 // 3, f)
                for f, e in (("webp", "webp"), ("jpeg", "jpg")) for w in (480, 960, 1600)]


def paragraph(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    if rng.random() < 0.4:  # typed quotes and apostrophes, for smarty to turn into „…“ and ’
        chosen[words // 2] = '"' + chosen[words // 2] + '"'
        chosen[-1] = "gibt's"
    text = " ".join(chosen)
    text = text.replace(" Projekt ", " [Projekt](https://www.example.org/projekt) ", 1)
    return text.replace(" Haushalt ", " **Haushalt** ", 1) + "."


def article_of(words: int, seed: int = 1) -> Article:
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        n = len(parts)
        if n % 8 == 0:
            parts.append(f"## Abschnitt {n // 8 + 1}")
            count += 2
        elif n % 8 == 5:
            items = [" ".join(rng.choice(WORDS) for _ in range(6)) for _ in range(4)]
            parts.append("\n".join(f"- {item}" for item in items))
            count += 24
        elif n % 24 == 3:
            parts.append(f"![](photo:foto{n % 3})")
        else:
            length = rng.randint(40, 90)
            # wrapped at ~80 characters like hand-written Markdown
            text, line, lines = paragraph(rng, length), "", []
            for word in text.split(" "):
                if len(line) + len(word) > 80:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            parts.append("\n".join([*lines, line]))
            count += length
    photos = [Photo(id=f"foto{i}", file=f"photos/foto{i}.jpg", caption="Bildunterschrift",
                    alt="Beschreibung", creator="Fotografin", credit="Stadt / Fotografin",
                    copyright="© Stadt") for i in range(3)]
    folder = Path(tempfile.gettempdir()) / "newsdesk-bench" / f"artikel-{words}"
    return Article(folder=folder, title="Benchmark", kicker="Aktuelles",
                   date=dt.date(2026, 6, 24), lead="Ein langer Artikel.", tags=["Test"],
                   photos=photos, body="\n\n".join(parts))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench(words: int, runs: int, config: SiteConfig) -> dict[str, float]:
    article = article_of(words)
    images = Variants()
    render_body(article, config, images)  # warm-up: imports, Markdown instance
    full, page, cpu = [], [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        body = render_body(article, config, images)
        full.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        t = time.perf_counter()
        render_page(article, config, images, body_html=body)
        page.append(time.perf_counter() - t)
    renderer = IncrementalRenderer(config, images)
    renderer.render_blocks(article)
    blocks = article.body.split("\n\n")
    middle = len(blocks) // 2
    while not blocks[middle][:1].isalpha():
        middle += 1
    edit = []
    for i in range(runs):
        edited = list(blocks)
        edited[middle] = blocks[middle] + f" Geändert {i}."  # a new text each time
        article.body = "\n\n".join(edited)
        t = time.perf_counter()
        renderer.render_blocks(article)
        edit.append(time.perf_counter() - t)
    article.body = "\n\n".join(blocks)
    limits = RenderLimits(timeout=60)
    render_isolated(article, config, images, limits=limits)  # starts a worker
    isolated = []
    for _ in range(runs):
        t = time.perf_counter()
        render_isolated(article, config, images, limits=limits)
        isolated.append(time.perf_counter() - t)
    sandbox = Sandbox()
    base = "file:///tmp/"
    sandbox.call("preview", (1, article, config, base, "a.css", True), limits)
    sandboxed_edit = []
    for i in range(runs):
        edited = list(blocks)
        edited[middle] = blocks[middle] + f" Anders {i}."
        article.body = "\n\n".join(edited)
        t = time.perf_counter()
        page_html, _pairs = sandbox.call("preview", (1, article, config, base, "a.css", False),
                                         limits)
        sandboxed_edit.append(time.perf_counter() - t)
        assert page_html is None  # a patch, as in the preview
    sandbox.close()
    return {"words": len(article.body.split()), "blocks": len(blocks),
            "full": median_ms(full), "cpu": median_ms(cpu), "page": median_ms(page),
            "edit": median_ms(edit), "isolated": median_ms(isolated),
            "sandboxed_edit": median_ms(sandboxed_edit)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    args = parser.parse_args()
    config = SiteConfig(language="de")
    print(f"{'words':>7} {'blocks':>6} {'body full':>10} {'(cpu)':>7} {'+page':>7} {'edit':>7}"
          f" {'sandboxed page':>15} {'sandboxed edit':>15}"
          "  (median ms; cpu = process time, less disturbed by other load)")
    for size in args.sizes:
        r = bench(size, args.runs, config)
        print(f"{r['words']:>7} {r['blocks']:>6} {r['full']:>10.1f} {r['cpu']:>7.1f} "
              f"{r['page']:>7.1f} {r['edit']:>7.2f} {r['isolated']:>15.1f} "
              f"{r['sandboxed_edit']:>15.2f}")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
