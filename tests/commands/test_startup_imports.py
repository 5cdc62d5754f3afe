"""Command-line start-up (issue 12): a command loads only what its path needs. Every
command imports editor.commands._common, so it must not pull the article, YAML or
validation modules; `newsdesk sync --status` then loads none of them. Run in a new
process, as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.helpers import REPO, isolate, team

# Modules the sync status never needs (front matter, validation, error-path helpers).
NOT_FOR_SYNC = ["yaml", "editor.model.yaml_simple", "editor.model.frontmatter",
                "editor.model.article", "editor.model.validation", "editor.model.readability",
                "editor.model.config", "tomllib", "difflib", "traceback", "platform"]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def _loaded(argv: list[str], unneeded: list[str]) -> tuple[int, str, str]:
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main({argv!r})\n"
        f"print('LOADED', [m for m in {unneeded!r} if m in sys.modules])\n"
        "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_sync_status_loads_no_yaml_article_or_validation(tmp_path: Path) -> None:
    _remote, (anna,) = team(tmp_path, ("anna",))
    code, out, err = _loaded(["sync", "--status", str(anna)], NOT_FOR_SYNC)
    assert code == 0, err
    assert "not yet sent: 0" in out  # the status itself is still there
    assert "LOADED []" in out


def test_common_helpers_still_importable_from_common() -> None:
    """The names _common imported at its top are still there, loaded on first use."""
    from editor.commands import _common
    from editor.model.article import Article, load_article
    from editor.model.config import CONFIG_NAME, SiteConfig, load_config
    from editor.model.validation import Problem

    assert (_common.Article, _common.load_article, _common.CONFIG_NAME, _common.SiteConfig,
            _common.load_config, _common.Problem) == (Article, load_article, CONFIG_NAME,
                                                      SiteConfig, load_config, Problem)
    with pytest.raises(AttributeError):
        _common.no_such_name  # noqa: B018


def test_a_typo_still_gets_a_suggestion_after_lazy_difflib() -> None:
    proc = subprocess.run([sys.executable, "-m", "editor", "exprot"], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 2
    assert "did you mean 'export'?" in proc.stderr
