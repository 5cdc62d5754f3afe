"""A cold `newsdesk list` of a workspace large enough to be read by worker processes
(the folder is scanned while the first articles are read): the same rows and words as an
index built article by article in one process, with hostile entries among them; then
warm, and after an edit, a new review event and a removal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.model import review
from editor.model.article import load_article
from editor.model.index import ArticleIndex
from editor.model.index.read import PARALLEL_FROM
from editor.model.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
OLD = 1_600_000_000


def _cli(root: Path, index_dir: Path, *args: str) -> list[dict]:
    env = {**os.environ, "NEWSDESK_INDEX_DIR": str(index_dir), "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "editor", "list", str(root), "--json", *args],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _serial(ws: Workspace, tmp_path: Path, name: str, search: str | None = None) -> list[dict]:
    index = ArticleIndex(ws.articles_dir, db_path=tmp_path / f"{name}.sqlite", processes=1)
    index.refresh()
    return [s.to_dict() for s in index.query(search=search)]


def test_cold_parallel_list_equals_a_serial_build(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws")
    for i in range(PARALLEL_FROM + 100):
        folder = ws.articles_dir / f"meldung-{i:05d}"
        (folder / "review").mkdir(parents=True)
        (folder / "article.md").write_text(
            f"---\ntitle: Meldung {i} aus der Stadt\ndate: 2024-01-{1 + i % 28:02d}\n"
            f"lead: Vorspann über Straße {i}\ntags: [Verkehr]\n---\nText {i} über Müll.\n",
            encoding="utf-8")
    (ws.articles_dir / "kaputt").mkdir()
    (ws.articles_dir / "kaputt" / "article.md").write_bytes(b"---\ntitle: [\n---\n")
    (ws.articles_dir / "leer").mkdir()  # no article.md: not an article
    (ws.articles_dir / "verweis").symlink_to(ws.articles_dir / "meldung-00001")
    review.add_event(load_article(ws.articles_dir / "meldung-00007"), "submitted", "Ben")
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    fresh = ws.articles_dir / "meldung-00009" / "article.md"  # just changed: unsettled
    fresh.write_text(fresh.read_text(encoding="utf-8").replace("Müll", "Laub"),
                     encoding="utf-8")

    index_dir = tmp_path / "cache"
    cold = _cli(ws.root, index_dir, "--search", "strasse")
    assert cold == _serial(ws, tmp_path, "serial", "strasse")
    assert len(cold) == PARALLEL_FROM + 100
    listed = _cli(ws.root, index_dir)
    assert listed == _serial(ws, tmp_path, "serial2")
    by_slug = {row["slug"]: row for row in listed}
    assert by_slug["meldung-00007"]["status"] == "in_review"
    assert by_slug["kaputt"]["unreadable"] and by_slug["verweis"]["unreadable"]
    assert "leer" not in by_slug
    assert [r["slug"] for r in _cli(ws.root, index_dir, "--search", "laub")] == [
        "meldung-00009"]

    # warm, after an edit, a review event and a removal
    edited = ws.articles_dir / "meldung-00020" / "article.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Müll", "Schnee"),
                      encoding="utf-8")
    review.add_event(load_article(ws.articles_dir / "meldung-00030"), "submitted", "Ben")
    import shutil

    shutil.rmtree(ws.articles_dir / "meldung-00040")
    warm = _cli(ws.root, index_dir)
    assert warm == _serial(ws, tmp_path, "serial3")
    assert {r["slug"]: r["status"] for r in warm}["meldung-00030"] == "in_review"
    assert [r["slug"] for r in _cli(ws.root, index_dir, "--search", "schnee")] == [
        "meldung-00020"]
