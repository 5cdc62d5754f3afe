"""A frame may use only values the page has: check says so with the line, as export would
refuse every page (StrictUndefined), so check predicts export for a mistyped value too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor import resources
from editor.cli import main
from editor.model.article import load_article
from editor.model.config import load_config
from editor.render.frame import frame_environment, frame_problem, page_values
from tests.render.conftest import ExportLikeImages

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), root)
    toml = root / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "approval_required = true", "approval_required = false"), encoding="utf-8")
    return root


def _frame(ws: Path, footer: str, top: str = "") -> None:
    (ws / "templates" / "frame.html").write_text(
        f'{{% extends "article.html" %}}\n{top}{{% block footer %}}\n{footer}\n'
        '{% endblock %}\n', encoding="utf-8")


def test_every_value_a_frame_may_use_is_in_the_page(ws):
    """The safe direction: what check lets a frame use, the page really has."""
    from editor.render.page import page_context

    base = (resources.path("templates") / "article.html").read_text(encoding="utf-8")
    env = frame_environment(base, "")
    allowed = page_values(env, base) - set(env.globals)
    config = load_config(ws / "newsdesk.toml")
    context = page_context(load_article(ws / "articles" / SLUG), config, ExportLikeImages(),
                           css_href="a.css", body_html="")
    assert allowed <= set(context), allowed - set(context)
    documented = {"site_name", "base_url", "home_url", "language", "title", "kicker",
                  "date_text", "date_iso"}  # README, "Page frame"
    assert documented <= allowed


def test_an_unknown_value_is_an_error_in_check_and_export(ws, capsys):
    article = str(ws / "articles" / SLUG)
    _frame(ws, "<p>{{ site_name }}</p>\n<p>{{ logo_url }}</p>")
    assert main(["check", article, "-q"]) == 1
    err = capsys.readouterr().err
    assert "page-frame" in err and "frame.html, line 4" in err and "'logo_url'" in err
    assert main(["export", article, "-o", str(ws.parent / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "frame.html, line 4" in err and "'logo_url'" in err
    assert not (ws.parent / "out" / SLUG / "index.html").exists()


@pytest.mark.parametrize("footer, top", [
    ("{% if logo_url is defined %}<img src=\"{{ logo_url }}\" alt=\"\">{% endif %}", ""),
    ("{% for a in pair %}<p>{{ a }} {{ b }} {{ loop.index }}</p>{% endfor %}",
     "{% set pair = [1, 2] %}{% set b, c = 3, 4 %}\n"),
    ("{{ credit() }} {{ range(2) | list }} {{ super() }}",
     "{% macro credit() %}©{% endmacro %}\n"),
])
def test_own_values_and_tests_for_defined_are_allowed(ws, footer, top):
    _frame(ws, footer, top)
    assert frame_problem(ws) is None
    from editor.render import render_page

    config = load_config(ws / "newsdesk.toml")
    render_page(load_article(ws / "articles" / SLUG), config, ExportLikeImages())


def test_the_sample_frame_passes(ws):
    assert frame_problem(ws) is None
