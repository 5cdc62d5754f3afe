"""The readability label's job: the same figure as editor.model.readability, computed in
slices that leave the interpreter lock to the GUI thread (issue 12, typing stalls)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from editor.gui import readability_label
from editor.model import readability
from editor.model.article import Article

REPO = Path(__file__).resolve().parents[2]

TEXTS = [
    ("Baustelle an der Brücke", "Ab Montag gilt eine Umleitung.",
     "## Was sich ändert\n\nAm Montag beginnen die Arbeiten an der Brücke. Die Straße bleibt "
     "bis Freitag gesperrt (siehe [Plan](https://example.org)).\n\n- Busse fahren eine "
     "Umleitung.\n- Fußgänger nutzen den Steg.\n\n> Wir bitten um Verständnis.\n\n"
     "```\ncode zählt nicht\n```\n"),
    ("", "", ""),
    ("Only a title", "", ""),
]


def test_figure_is_the_models():
    for language in ("de", "en"):
        for title, lead, body in TEXTS:
            article = Article(folder=Path(), title=title, lead=lead, body=body)
            expected = readability.measure_paragraphs(readability.prose(article), language)
            assert readability_label.compute_figure((title, lead, body), language) == expected


def test_patterns_are_pyphens():
    import pyphen

    readability.syllables("Wort", "de")  # pyphen's own loader (once per process)
    path = pyphen.LANGUAGES[pyphen.language_fallback(readability._PYPHEN_LANG["de"])]
    theirs = pyphen.hdcache[path]
    mine = readability_label._parse_patterns(pyphen, path, lambda: None)
    assert len(mine) > 60_000 and mine == theirs.patterns


# In a fresh process (no patterns loaded yet), with a switch interval of half a second: a
# thread that never lets go of the interpreter lock leaves the main thread a turn only
# every half second (pyphen's own loader: about 2 turns a second); the label's loader lets
# it in after each millisecond of work. (English: the smaller patterns, the same loader.)
PROBE = textwrap.dedent("""
    import json, sys, threading, time
    sys.setswitchinterval(0.5)
    import pyphen
    from editor.gui import readability_label as R
    from editor.model import readability
    path = pyphen.LANGUAGES[pyphen.language_fallback(readability._PYPHEN_LANG["en"])]
    thread = threading.Thread(target=lambda: R.load_patterns("en", R.Pause()))
    turns, started = 0, time.perf_counter()
    thread.start()
    while thread.is_alive():
        time.sleep(0.001)
        turns += 1
    seconds = time.perf_counter() - started
    print(json.dumps({"per_second": turns / seconds, "seconds": seconds,
                      "loaded": path in pyphen.hdcache}))
""")


def test_patterns_load_in_slices():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=REPO, capture_output=True,
                          text=True, timeout=240, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["loaded"]
    assert result["per_second"] > 20, result
