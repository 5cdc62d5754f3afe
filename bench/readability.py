"""Plain-language benchmark on a 10,000-word article: hints (part of every validation, on
the GUI thread after a pause in typing) and the readability figure (a worker thread).

    .venv/bin/python bench/readability.py [--words 10000] [--runs 5]

Prints medians in ms: the hints of the whole article the first time (nothing cached) and
after a one-word edit (only the changed paragraph is read again), the whole validation
(validate, all checks) after an edit, and the figure: the first time in a process (pyphen loads its
German patterns), for a new article, and after an edit.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SENTENCES = (
    "Die Stadtverwaltung informiert über neue Angebote für Bürgerinnen und Bürger.",
    "Ab dem kommenden Monat stehen sie im Rathaus und online zur Verfügung.",
    "Wer Fragen hat, erreicht das Bürgerbüro montags bis freitags von 8 bis 16 Uhr.",
    "Die Anmeldung ist über [die Website](https://example.org/anmeldung) möglich.",
    "Im **Sitzungssaal** stellt Dr. Müller am 22. Juni die Pläne vor, z. B. den Radweg.",
)


def article_text(words: int, seed: int = 0) -> str:
    """Distinct paragraphs (numbered), headings every eighth paragraph, a link each."""
    parts, count, n = [], 0, 0
    while count < words:
        n += 1
        if n % 8 == 1:
            parts.append(f"## Abschnitt {n // 8 + 1}\n")
        text = " ".join(f"{s[:-1]} ({seed}-{n}-{i})." for i, s in enumerate(SENTENCES * 2))
        parts.append(text + "\n")
        count += len(text.split())
    body = "\n".join(parts)
    return ("---\ntitle: Neue Angebote im Rathaus\ndate: 2026-01-05\n"
            "lead: Die Stadt erweitert ihr Angebot.\n---\n" + body)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from editor.model import readability
    from editor.model.article import load_article
    from editor.model.config import SiteConfig
    from editor.model.validation import validate

    config = SiteConfig()
    with tempfile.TemporaryDirectory() as tmp:
        def load(seed: int, edit: str = ""):
            folder = Path(tmp) / f"a{seed}-{edit}"
            folder.mkdir()
            text = article_text(args.words, seed)
            if edit:  # one word changed in one paragraph
                text = text.replace("Rathaus und", f"Rathaus {edit}", 1)
            (folder / "article.md").write_text(text, encoding="utf-8")
            return load_article(folder)

        first = load(0)
        words = sum(1 for _ in readability.iter_words(first))
        t = time.perf_counter()
        figure = readability.measure(first, config)
        first_figure = time.perf_counter() - t
        cold, warm, valid, fig_new, fig_edit = [], [], [], [], []
        for run in range(1, args.runs + 1):
            article = load(run)
            t = time.perf_counter()
            readability.hints(article, config)
            cold.append(time.perf_counter() - t)
            edited = load(run, edit="sowie")
            t = time.perf_counter()
            readability.hints(edited, config)
            warm.append(time.perf_counter() - t)
            again = load(run, edit="oder")  # the next edit, as the problems panel sees it
            t = time.perf_counter()
            validate(again, config)
            valid.append(time.perf_counter() - t)
            t = time.perf_counter()
            readability.measure(article, config)
            fig_new.append(time.perf_counter() - t)
            t = time.perf_counter()
            readability.measure(edited, config)
            fig_edit.append(time.perf_counter() - t)
    med = statistics.median
    print(f"article: {words} words read, figure {figure.shown} ({figure.formula}), "
          f"{figure.sentences} sentences, {figure.syllables} syllables")
    print(f"hints, nothing cached:           {_ms(med(cold))} ms")
    print(f"hints after a one-word edit:     {_ms(med(warm))} ms")
    print(f"validate() after another edit:   {_ms(med(valid))} ms")
    print(f"figure, first in the process:    {_ms(first_figure)} ms (pyphen loads de_DE)")
    print(f"figure, new article:             {_ms(med(fig_new))} ms")
    print(f"figure after a one-word edit:    {_ms(med(fig_edit))} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
