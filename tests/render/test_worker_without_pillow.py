"""The render worker keeps no Pillow for a preview whose photo copies exist: sizes come
from the photos' headers (editor.model.imagesize), and Pillow with its JPEG plugin is
about 5 MiB of the worker's memory. Fresh processes, as the worker is one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from editor import resources

REPO = Path(__file__).resolve().parents[2]
SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"

_RENDER = """
import sys
from pathlib import Path
from editor.model.article import load_article
from editor.model.config import load_config
from editor.render import worker_main

ws = Path(sys.argv[1])
worker_main.warm_up()
assert "PIL" not in sys.modules, "the warm-up loaded Pillow"
config = load_config(ws / "newsdesk.toml")
article = load_article(ws / "articles" / sys.argv[2])
page, blocks = worker_main._Preview().update(article, config, "file:///x/", "a.css", True)
assert page and "<img" in page
print("PIL" in sys.modules)
"""


def _render(ws: Path) -> bool:
    done = subprocess.run([sys.executable, "-c", _RENDER, str(ws), SLUG],
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[-1] == "True"


def test_a_preview_with_its_copies_made_loads_no_pillow(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    assert any((ws / "articles" / SLUG / "photos").glob("*.jpg"))
    # the first render makes the smaller copies of the large photos: that needs Pillow
    assert _render(ws) is True
    assert any((ws / "articles" / SLUG / ".newsdesk" / "preview").iterdir())
    # every later one (a returning start, each keystroke) does not
    assert _render(ws) is False
