"""The readability figure does not load Python's HTML entity table (over 1 MB of the app's
memory) for a text without entities, and still decodes them when there are some."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import editor

SCRIPT = """
import sys
from editor.model import prose, readability  # both, as the app loads them
text = sys.argv[1]
print(prose.inline_text(text))
print("html.entities" in sys.modules)
"""


def run(text: str) -> list[str]:
    root = str(Path(editor.__file__).resolve().parents[1])
    done = subprocess.run([sys.executable, "-P", "-c", SCRIPT, text], capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": root})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_plain_text_does_not_load_the_entity_table() -> None:
    assert run("Die **Stadtbibliothek** öffnet wieder.") == [
        "Die Stadtbibliothek öffnet wieder.", "False"]


def test_entities_are_still_decoded() -> None:
    assert run("Bau&shy;amt &amp; Umwelt&nbsp;amt") == [
        "Bau\u00adamt & Umwelt\u00a0amt", "True"]
