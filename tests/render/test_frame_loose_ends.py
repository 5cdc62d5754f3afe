"""The page frame's loose ends: the footer's links as a list in the frame, the preview
worker noticing an edited frame, and an approval refused while the frame is broken."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor import resources
from editor.model.article import load_article
from editor.model.config import load_config
from editor.render.worker_main import _Preview
from tests.render.conftest import ExportLikeImages

REPO = Path(__file__).resolve().parents[2]
SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
BROKEN = '{% extends "article.html" %}\n{% block header %}\n{% if %}\n{% endblock %}\n'


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), root)
    return root


def _frame(ws: Path) -> Path:
    return ws / "templates" / "frame.html"


def _footer(html: str) -> str:
    return html[html.index('<footer class="site-footer"'):html.index("</footer>", html.index(
        '<footer class="site-footer"'))]


def test_footer_links_are_the_frames_list(ws):
    from editor.render import render_page

    frame = _frame(ws)
    text = frame.read_text(encoding="utf-8")
    assert '("Barrierefreiheit", home_url ~ "barrierefreiheit/"),' in text
    config = load_config(ws / "newsdesk.toml")
    article = load_article(ws / "articles" / SLUG)
    footer = _footer(render_page(article, config, ExportLikeImages()))
    home = "https://www.beispielhausen.example.org/"
    assert footer.count("<li>") == 3
    for name, path in (("Impressum", "impressum/"), ("Datenschutz", "datenschutz/"),
                       ("Barrierefreiheit", "barrierefreiheit/")):
        assert f'<li><a href="{home}{path}">{name}</a></li>' in footer
    # one more line in the list is one more link, escaped like every value
    frame.write_text(text.replace(
        '("Barrierefreiheit", home_url ~ "barrierefreiheit/"),',
        '("Barrierefreiheit", home_url ~ "barrierefreiheit/"),\n'
        '  ("Leichte Sprache & <Gebärden>", "https://www.example.org/?a=1&b=2"),'),
        encoding="utf-8")
    footer = _footer(render_page(article, config, ExportLikeImages()))
    assert footer.count("<li>") == 4
    assert ('<li><a href="https://www.example.org/?a=1&amp;b=2">Leichte Sprache &amp; '
            '&lt;Gebärden&gt;</a></li>') in footer


def test_preview_worker_picks_up_an_edited_frame(ws):
    """The preview worker patches body blocks while the page stays the same; an edited
    frame (not the article) makes its next answer a whole page with the new frame."""
    config = load_config(ws / "newsdesk.toml")
    article = load_article(ws / "articles" / SLUG)
    preview = _Preview()
    first, _blocks = preview.update(article, config, "file:///x/", "a.css", True)
    assert first is not None and "Barrierefreiheit" in first
    again, _blocks = preview.update(article, config, "file:///x/", "a.css", False)
    assert again is None  # nothing outside the body changed: patch the blocks
    frame = _frame(ws)
    frame.write_text(frame.read_text(encoding="utf-8").replace(
        '("Barrierefreiheit",', '("Barrierefreiheit im Rathaus",'), encoding="utf-8")
    page, _blocks = preview.update(article, config, "file:///x/", "a.css", False)
    assert page is not None and "Barrierefreiheit im Rathaus</a>" in page
    assert preview.update(article, config, "file:///x/", "a.css", False)[0] is None
    # a broken frame is reported (the panel shows it), a repaired one shows again
    frame.write_text(BROKEN, encoding="utf-8")
    from editor.render.errors import RenderError

    with pytest.raises(RenderError, match="line 3"):
        preview.update(article, config, "file:///x/", "a.css", False)
    shutil.copy(resources.path("sample-workspace") / "templates" / "frame.html", frame)
    page, _blocks = preview.update(article, config, "file:///x/", "a.css", False)
    assert page is not None and ">Barrierefreiheit</a>" in page
    frame.unlink()  # no frame: the built-in page
    page, _blocks = preview.update(article, config, "file:///x/", "a.css", False)
    assert page is not None and "site-footer" not in page


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def test_approval_refused_while_the_frame_is_broken(ws):
    article = ws / "articles" / SLUG
    assert newsdesk("review", "submit", str(article), "--as", "Ana").returncode == 0
    original = _frame(ws).read_text(encoding="utf-8")
    _frame(ws).write_text(BROKEN, encoding="utf-8")
    refused = newsdesk("review", "approve", str(article), "--as", "Ben")
    assert refused.returncode == 1
    assert "cannot approve" in refused.stderr
    assert "page-frame" in refused.stderr and "frame.html, line 3" in refused.stderr
    as_json = newsdesk("review", "approve", str(article), "--as", "Ben", "--json")
    assert as_json.returncode == 1
    status = json.loads(newsdesk("review", "status", str(article), "--json").stdout)
    assert status["state"] == "in_review"
    assert [e["event"] for e in status["events"]] == ["submitted"]
    # other actions do not depend on the frame
    assert newsdesk("review", "comment", str(article), "--as", "Ben",
                    "--note", "Der Rahmen ist kaputt").returncode == 0
    _frame(ws).write_text(original, encoding="utf-8")
    assert newsdesk("review", "approve", str(article), "--as", "Ben").returncode == 0
    status = json.loads(newsdesk("review", "status", str(article), "--json").stdout)
    assert status["state"] == "approved"


def test_approval_without_a_frame_needs_no_jinja(ws):
    """frame_check loads the render layer's Jinja2 only when templates/ exists."""
    shutil.rmtree(ws / "templates")
    code = ("import sys\nfrom pathlib import Path\n"
            "from editor.render.frame_check import frame_problems\n"
            f"assert frame_problems(Path({str(ws)!r})) == []\n"
            "print('jinja2' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, timeout=60, check=True)
    assert out.stdout.strip() == "False"
