"""check predicts export for the workspace's page frame too: a frame that export refuses
is an error in check, with the frame's file and line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from editor import resources

REPO = Path(__file__).resolve().parents[2]
SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def test_a_broken_frame_is_an_error_in_check_and_export(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    article = ws / "articles" / SLUG
    assert newsdesk("review", "submit", str(article), "--as", "Ana").returncode == 0
    assert newsdesk("review", "approve", str(article), "--as", "Ben").returncode == 0
    fine = json.loads(newsdesk("check", str(article), "--json").stdout)
    assert "page-frame" not in {p["code"] for p in fine}  # the sample's own frame is fine

    (ws / "templates" / "frame.html").write_text(
        '{% extends "article.html" %}\n{% block header %}\n{% if %}\n{% endblock %}\n',
        encoding="utf-8")
    check = newsdesk("check", str(article), "--json")
    assert check.returncode == 1
    frame = [p for p in json.loads(check.stdout) if p["code"] == "page-frame"]
    assert len(frame) == 1 and frame[0]["severity"] == "error"
    assert "frame.html, line 3" in frame[0]["message"]
    export = newsdesk("export", str(article), "-o", str(tmp_path / "out"))
    assert export.returncode == 1 and not (tmp_path / "out" / SLUG / "index.html").exists()
