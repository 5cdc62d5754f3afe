"""The spelling thread never changes the process environment: setenv while another
thread calls getenv (Qt, Chromium and glib read the environment from their threads) can
crash the process, and the spelling thread set PYENCHANT_LIBRARY_PATH (and, with extra
dictionaries, ENCHANT_CONFIG_DIR) when it opened the first dictionary, at every start. A
real process, started with neither variable set, records every change of the
environment and its thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

_SESSION = """
import os, sys, threading, time
from pathlib import Path
changes = []
real = os.putenv  # what os.environ[key] = value calls
def recording(key, value):
    changes.append((threading.current_thread().name, os.fsdecode(key)))
    real(key, value)
os.putenv = recording
from PySide6.QtWidgets import QApplication, QWidget
from editor.gui.spelling import SpellingSession
from editor.model.article import Article

app = QApplication([])
owner = QWidget()
session = SpellingSession(owner)
session.set_article(Article(folder=Path(sys.argv[1]), title="Rathaus", body="Rathaus"))
deadline = time.monotonic() + 30
while session.checker is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print(session.checker is not None and session.checker.available)
for name, key in changes:
    print(name, key)
"""


def test_the_spelling_thread_leaves_the_environment_alone(tmp_path: Path) -> None:
    dictionaries = tmp_path / "dictionaries"
    (dictionaries / "hunspell").mkdir(parents=True)  # so ENCHANT_CONFIG_DIR is set too
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYENCHANT_LIBRARY_PATH", "ENCHANT_CONFIG_DIR")}
    env.update(QT_QPA_PLATFORM="offscreen", NEWSDESK_DICTIONARY_PATH=str(dictionaries))
    article = tmp_path / "ws" / "articles" / "a"
    article.mkdir(parents=True)
    done = subprocess.run([sys.executable, "-c", _SESSION, str(article)], capture_output=True,
                          text=True, timeout=120, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    if lines[0] != "True":
        pytest.skip("no German dictionary here")
    changed = [line.split() for line in lines[1:]]
    assert ["MainThread", "ENCHANT_CONFIG_DIR"] in changed
    assert all(thread == "MainThread" for thread, _key in changed), changed
