"""The exported sample pages pass the W3C Nu Html Checker (when .ci/html-checks installed it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.commands._common import open_article
from editor.model.config import replace
from editor.publish.bundle import export_article

TOOLS = Path(os.environ.get("NEWSDESK_CI_TOOLS")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
             / "newsdesk-html-checks")
VNU = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.timeout(60)
def test_exported_sample_pages_have_no_vnu_errors(sample_workspace, tmp_path):
    java = shutil.which("java")
    if not java or not VNU.is_file():
        pytest.skip("vnu is installed by .ci/html-checks; not present here")
    pages = []
    for folder in sorted((sample_workspace / "articles").iterdir()):
        article, config, root = open_article(str(folder))
        config = replace(config, approval_required=False, image_widths=(480, 960))
        result = export_article(article, config, tmp_path / "out", workspace_root=root)
        pages.append(str(result.bundle / "index.html"))
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "gnu", *pages],
                         capture_output=True, text=True, timeout=50, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
