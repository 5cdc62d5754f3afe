"""The workspace's page frame (templates/frame.html, editor.render.frame) and csp_extra:
preview = export, hostile frames refused or sandboxed, no frame = the page as before."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from markupsafe import escape as html_escape

from editor import resources
from editor.cli import main
from editor.model.article import load_article
from editor.model.config import load_config
from editor.model.errors import ConfigError
from editor.render import RenderError, render_page
from editor.render.frame import FRAME_MAX_BYTES
from editor.render.isolated import render_isolated
from editor.render.page import CSP
from tests.render.conftest import ExportLikeImages

SLUG = "runder-tisch-der-partnerstaedte-tagt-in-beispielhausen"
GOLDEN = Path(__file__).parent / "golden" / f"{SLUG}.html"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), root)
    toml = root / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "approval_required = true", "approval_required = false"), encoding="utf-8")
    return root


def _frame(ws: Path, text: str) -> Path:
    path = ws / "templates" / "frame.html"
    path.write_text(text, encoding="utf-8")
    return path


def _render(ws: Path) -> str:
    config = load_config(ws / "newsdesk.toml")
    return render_page(load_article(ws / "articles" / SLUG), config, ExportLikeImages())


def _frame_parts(html: str) -> tuple[str, str]:
    top = html[html.index('class="skip-link"'):html.index("<main")]
    bottom = html[html.index("</main>"):]
    return top, bottom


def test_no_frame_page_is_the_built_in_page(ws):
    shutil.rmtree(ws / "templates")
    # the golden page minus the frame's lines: byte for byte the page without a frame
    golden = GOLDEN.read_text(encoding="utf-8")
    top, bottom = _frame_parts(golden)
    skip_line = top.split("\n", 1)[0] + "\n"
    expected = golden.replace(top, skip_line).replace(bottom, "</main>\n</body>\n</html>\n")
    page = _render(ws)
    assert "site-header" not in page and "breadcrumb" not in page
    assert page == expected


def test_sample_frame_in_preview_and_export_identical(ws, tmp_path):
    config = load_config(ws / "newsdesk.toml")
    article = load_article(ws / "articles" / SLUG)
    preview, _body = render_isolated(article, config, ExportLikeImages())
    assert '<nav class="breadcrumb" aria-label="Brotkrumennavigation">' in preview
    assert "Runder Tisch der Partnerstädte tagt in Beispielhausen</span>" in preview
    assert "/impressum/" in preview and "/barrierefreiheit/" in preview
    out = tmp_path / "out"
    assert main(["export", str(ws / "articles" / SLUG), "-o", str(out), "-q"]) == 0
    exported = (out / SLUG / "index.html").read_text(encoding="utf-8")
    assert _frame_parts(exported) == _frame_parts(preview)


def test_frame_values_are_escaped(ws):
    toml = ws / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'site_name = "Stadt Beispielhausen"', 'site_name = "<script>x</script>"'),
        encoding="utf-8")
    html = _render(ws)
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


@pytest.mark.parametrize("text, words", [
    ('{% extends "article.html" %}{% block header %}{{ "".__class__.__mro__ }}'
     '{% endblock %}', "not allowed"),
    ('{% extends "article.html" %}{% block header %}'
     '{{ cycler.__init__.__globals__ }}{% endblock %}', "not allowed"),
    ('{% extends "article.html" %}{% block header %}{% for x in range(10**9) %}x'
     '{% endfor %}{% endblock %}', "too long"),
    ('{% extends "article.html" %}{% block header %}{% include "/etc/passwd" %}'
     '{% endblock %}', "include or import"),
    ('{% extends "article.html" %}{% import "article.html" as a %}', "include or import"),
    ('{% extends "/etc/passwd" %}', "must begin with"),
    ('<p>hello</p>', "must begin with"),
    ('{% extends "article.html" %}{% block title %}x{% endblock %}', "not 'title'"),
    ('{% extends "article.html" %}{% block footer %}{% block main %}{% endblock %}'
     '{% endblock %}', "not 'main'"),
    ('{% extends "article.html" %}\nstray text', "outside its blocks"),
])
def test_hostile_frames_refused(ws, text, words):
    _frame(ws, text)
    with pytest.raises(RenderError) as info:
        _render(ws)
    assert words in info.value.message
    assert info.value.path == ws / "templates" / "frame.html"


def test_syntax_error_has_file_and_line(ws, tmp_path):
    path = _frame(ws, '{% extends "article.html" %}\n{% block header %}\n{% if %}\n'
                      '{% endblock %}\n')
    with pytest.raises(RenderError) as info:
        _render(ws)
    assert info.value.path == path and info.value.line == 3
    # export refuses with the same message, exit status not 0, nothing written
    out = tmp_path / "out"
    assert main(["export", str(ws / "articles" / SLUG), "-o", str(out), "-q"]) != 0
    assert not (out / SLUG / "index.html").exists()


def test_endless_frame_is_stopped_by_the_render_sandbox(ws):
    toml = ws / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "render_timeout_seconds = 10", "render_timeout_seconds = 1"), encoding="utf-8")
    _frame(ws, '{% extends "article.html" %}{% block footer %}'
               '{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}'
               '{% endfor %}{% endblock %}')
    config = load_config(toml)
    with pytest.raises(RenderError):
        render_isolated(load_article(ws / "articles" / SLUG), config, ExportLikeImages())


def test_symlinked_frame_or_folder_and_oversized_file_refused(ws, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "frame.html").write_text('{% extends "article.html" %}', encoding="utf-8")
    frame = ws / "templates" / "frame.html"
    frame.unlink()
    os.symlink(outside / "frame.html", frame)
    with pytest.raises(RenderError, match="not a link"):
        _render(ws)
    shutil.rmtree(ws / "templates")
    os.symlink(outside, ws / "templates")
    with pytest.raises(RenderError, match="not a link"):
        _render(ws)
    (ws / "templates").unlink()
    (ws / "templates").mkdir()
    _frame(ws, '{% extends "article.html" %}' + " " * FRAME_MAX_BYTES)
    with pytest.raises(RenderError, match="larger than"):
        _render(ws)


def test_csp_default_is_strict_and_extension_is_added(ws):
    assert f'content="{html_escape(CSP)}"' in _render(ws)
    toml = ws / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\ncsp_extra = { img-src = '
                    '["https://stats.example.org"], font-src = ["https://fonts.example.org"] }\n',
                    encoding="utf-8")
    html = _render(ws)
    assert (html_escape("img-src 'self' file: https://stats.example.org;") in html
            and "; font-src https://fonts.example.org\"" in html)


@pytest.mark.parametrize("value", [
    '{ img-src = ["\'unsafe-inline\'"] }',
    '{ script-src = ["http://stats.example.org"] }',
    '{ default-src = ["https://stats.example.org"] }',
    '{ img-src = ["https://*"] }',
    '{ img-src = ["https://a.example.org; script-src *"] }',
    '{ img-src = [] }',
    '{ img-src = "https://stats.example.org" }',
    '{ img-src = [' + ", ".join(f'"https://h{i}.example.org"' for i in range(11)) + '] }',
])
def test_csp_extension_validated(ws, value):
    toml = ws / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f"\ncsp_extra = {value}\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(toml)
    assert "csp_extra" in info.value.message and info.value.line is not None


def test_frame_problem_for_check(ws):
    from editor.render.frame import frame_problem

    assert frame_problem(ws) is None
    assert frame_problem(None) is None
    path = _frame(ws, '{% extends "article.html" %}\n\n{% block nav %}{% endblock %}\n')
    problem = frame_problem(ws)
    assert problem is not None and problem.path == path and problem.line == 3
    assert "not 'nav'" in problem.describe()


def test_edited_frame_is_used_at_once(ws):
    _frame(ws, '{% extends "article.html" %}{% block footer %}<p>eins</p>{% endblock %}')
    assert "<p>eins</p>" in _render(ws)
    _frame(ws, '{% extends "article.html" %}{% block footer %}<p>zwei</p>{% endblock %}')
    html = _render(ws)
    assert "<p>zwei</p>" in html and "<p>eins</p>" not in html
