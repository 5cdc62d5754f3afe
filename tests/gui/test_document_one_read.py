"""Opening an article reads it once: a colleague's save right after that read is a
conflict on our next save, never silently overwritten."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from editor.gui.document import DocumentController
from editor.model import article as article_module
from editor.model import history, storage

REPO = Path(__file__).resolve().parents[2]
COLLEAGUE = """
import sys
from editor.model import storage
theirs = storage.load(sys.argv[1])
theirs.article.body = "Text der Kollegin\\n"
storage.save_checked(theirs.article, theirs.hash)
"""


def test_a_save_right_after_opening_is_a_conflict(qtbot, workspace, monkeypatch) -> None:
    folder = workspace.create_article("Markt", body="Eins\n").folder
    real_read = article_module.read_article_bytes
    once = []

    def read_then_colleague_saves(path):
        ours = real_read(path)
        if not once:
            once.append(path)
            # The colleague is another program: a real process saving the checked way.
            subprocess.run([sys.executable, "-c", COLLEAGUE, str(path.parent)], check=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)})
        return ours

    doc = DocumentController(autosave_delay_ms=60_000)
    # Whatever way opening reads article.md, the colleague saves right after that read.
    monkeypatch.setattr(article_module, "read_article_bytes", read_then_colleague_saves)
    monkeypatch.setattr(storage, "read_article_bytes", read_then_colleague_saves)
    doc.open(folder)
    monkeypatch.undo()
    assert doc.article.body == "Eins\n"
    doc.set_body("Meins\n")
    assert not doc.save()
    assert doc.in_conflict is not None
    assert "Text der Kollegin" in (doc.in_conflict.disk_text or "")
    assert storage.load(folder).article.body == "Text der Kollegin\n"
    # Keep mine: overwrites exactly the version shown; theirs stays in the history.
    assert doc.keep_mine()
    assert storage.load(folder).article.body == "Meins\n"
    assert any("Text der Kollegin" in v.read_text() for v in history.list_versions(folder))
    doc.close()
