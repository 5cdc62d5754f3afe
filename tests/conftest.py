"""Shared fixtures. Qt runs offscreen; settings and files live in temporary folders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS",
                      "--disable-gpu --no-unsandboxed-zygote --no-sandbox")


def _scratch_env(name: str, prefix: str) -> None:
    """A temporary folder for this test run in ``name``, removed when the run ends."""
    if name not in os.environ:
        folder = tempfile.mkdtemp(prefix=prefix)
        os.environ[name] = folder
        atexit.register(shutil.rmtree, folder, True)


# The workspace index lives in the user's cache folder; tests keep theirs in a temporary one.
_scratch_env("NEWSDESK_INDEX_DIR", "newsdesk-test-index-")
_scratch_env("NEWSDESK_HYPHENATION_DIR", "newsdesk-test-hyphenation-")
# The preview page kept for the next start (editor/gui/first_page.py).
_scratch_env("NEWSDESK_PAGE_CACHE", "newsdesk-test-pages-")
# The page's date formats taken from Babel (editor/render/dates.py).
_scratch_env("NEWSDESK_DATES_DIR", "newsdesk-test-dates-")

REPO = Path(__file__).resolve().parent.parent
SHARED_PHOTOS = REPO.parent / "shared" / "testdata" / "photos"
IPTC_REFERENCE = SHARED_PHOTOS / "IPTC-PhotometadataRef-Std2017.1.jpg"


@pytest.fixture
def sample_workspace(tmp_path: Path) -> Path:
    """A private copy of resources/sample-workspace."""
    from editor import resources

    target = tmp_path / "workspace"
    shutil.copytree(resources.path("sample-workspace"), target)
    return target


@pytest.fixture
def workspace(tmp_path: Path):
    """An empty, freshly initialised workspace."""
    from editor.model.workspace import Workspace

    return Workspace.init(tmp_path / "ws")


@pytest.fixture
def iptc_reference() -> Path:
    if not IPTC_REFERENCE.is_file():
        pytest.skip("../shared/testdata/photos is not beside this checkout")
    return IPTC_REFERENCE
