"""One unreadable article never stops `newsdesk list`: it is a row with its reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.workspace import Workspace

GOOD = "---\ntitle: Gut\ndate: 2022-06-01\n---\nText.\n"
# An impossible date is either unreadable (with its reason) or listed with the date as
# written (then check reports it); never a traceback and never the end of the list.
BAD_DATES = {
    "bad-date": (b"---\ntitle: Datum\ndate: 2022-02-30\n---\nText\n", "2022-02-30"),
    "month-13": (b"---\ntitle: Monat\ndate: 2022-13-01\n---\nText\n", "2022-13-01"),
}
BROKEN = {
    "bad-yaml": (b"---\ntitle: Kaputt\ndate: [2022\n---\nText\n", "line"),
    "latin-1": ("---\ntitle: Gr\xfc\xdfe\n---\nText\n".encode("latin-1"), "UTF-8"),
    "deep": (b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n---\nText\n", "article.md"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    ws = Workspace.init(tmp_path / "ws")
    for slug, (raw, _) in {"gut": (GOOD.encode(), ""), **BROKEN, **BAD_DATES}.items():
        folder = ws.articles_dir / slug
        folder.mkdir()
        (folder / "article.md").write_bytes(raw)
    # A symlinked article folder pointing outside the workspace: listed, never followed.
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "article.md").write_text("---\ntitle: GEHEIM-DRAUSSEN\n---\ngeheim\n")
    (ws.articles_dir / "link").symlink_to(outside, target_is_directory=True)
    return ws.root


def _listing(root: Path, capsys, *extra: str) -> list[dict]:
    assert main(["list", str(root), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_every_broken_article_is_a_row_with_its_reason(hostile: Path, capsys) -> None:
    rows = {r["slug"]: r for r in _listing(hostile, capsys)}
    assert set(rows) == {"gut", "link", *BROKEN, *BAD_DATES}
    for slug, (_, written) in BAD_DATES.items():
        assert rows[slug]["date"] == written or "article.md" in rows[slug]["error"], rows[slug]
    assert rows["gut"]["error"] is None and rows["gut"]["title"] == "Gut"
    for slug, (_, needle) in BROKEN.items():
        error = rows[slug]["error"]
        assert error and needle in error, (slug, error)
        assert "article.md" in error, (slug, error)
        assert rows[slug]["unreadable"] is True
    assert ", line " in rows["bad-yaml"]["error"]
    assert "symbolic link" in rows["link"]["error"]
    assert "GEHEIM" not in json.dumps(rows)  # the outside file was not read


def test_text_listing_marks_unreadable_and_exits_0(hostile: Path, capsys) -> None:
    assert main(["list", str(hostile)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 2 + len(BROKEN) + len(BAD_DATES)
    assert 1 + len(BROKEN) <= sum("unreadable:" in line for line in lines)
    assert "GEHEIM" not in out


def test_search_skips_unreadable_and_never_follows_links(hostile: Path, capsys) -> None:
    found = [r["slug"] for r in _listing(hostile, capsys, "--search", "text")]
    assert "gut" in found and not set(found) & {"link", *BROKEN}
    assert _listing(hostile, capsys, "--search", "geheim") == []


def test_json_into_head_has_no_broken_pipe(hostile: Path) -> None:
    cmd = (f"{sys.executable} -m editor list {hostile} --json | head -1; "
           f"{sys.executable} -m editor list {hostile} | head -1")
    proc = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd], capture_output=True,
                          text=True, timeout=120)
    assert proc.stdout.splitlines()[0] == "["
    assert "Broken pipe" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr


def test_big_listing_into_closed_pipe(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws")
    for i in range(300):
        ws.create_article(f"Artikel Nummer {i}")
    proc = subprocess.run(["bash", "-c", f"{sys.executable} -m editor list {ws.root} --json"
                           " | head -c 10 >/dev/null"], capture_output=True, text=True,
                          timeout=120)
    assert proc.stderr == ""
