"""The page-metadata checks (editor.model.metacheck) are part of the one validation: check,
the problems panel and export see them. Warnings never block export; the errors are what
export refuses for. Tested from outside, through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from editor.cli import main
from editor.model.article import load_article
from editor.model.config import load_config
from editor.model.validation import has_errors, preflight

REPO = Path(__file__).resolve().parents[2]
CREDITS = ("    creator: A\n    credit: B\n    copyright: C\n"
           "    alt: Ein Bild\n")


def _workspace(tmp_path: Path, front: str, *, base_url: str = "https://www.muster.de/a/",
               width: int = 1600) -> Path:
    root = tmp_path / "ws"
    folder = root / "articles" / "artikel"
    (folder / "photos").mkdir(parents=True)
    (root / "newsdesk.toml").write_text(
        f'site_name = "S"\nbase_url = "{base_url}"\napproval_required = false\n',
        encoding="utf-8")
    Image.new("RGB", (width, width * 2 // 3), (90, 120, 40)).save(folder / "photos" / "b.jpg")
    (folder / "article.md").write_text(
        "---\ntitle: Titel\ndate: 2026-06-24\n" + front + "lead: Vorspann.\n"
        "lead_photo: b\nphotos:\n  - id: b\n    file: photos/b.jpg\n" + CREDITS
        + "---\nText.\n", encoding="utf-8")
    return folder


def _check(folder: Path, capsys) -> tuple[int, list[dict], str]:
    code = main(["check", str(folder), "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_a_complete_article_has_no_metadata_problems(tmp_path, capsys):
    folder = _workspace(tmp_path, "author: Anna Beispiel\n")
    code, problems, _err = _check(folder, capsys)
    assert (code, [p["code"] for p in problems if p["severity"] != "hint"]) == (0, [])


def test_warnings_reach_check_and_never_block_export(tmp_path, capsys):
    folder = _workspace(tmp_path, "description: " + "x" * 170 + "\n",
                        base_url="https://www.example.org/aktuelles/", width=800)
    code, problems, _err = _check(folder, capsys)
    found = {p["code"]: p for p in problems if p["severity"] != "hint"}
    assert set(found) == {"base-url-example", "missing-author", "lead-photo-small",
                          "description-too-long"}
    assert {p["severity"] for p in found.values()} == {"warning"} and code == 0
    assert found["lead-photo-small"]["location"] == {"kind": "photo", "ref": "b"}
    assert found["base-url-example"]["location"] == {"kind": "file", "ref": "newsdesk.toml"}
    assert found["missing-author"]["location"] == {"kind": "field", "ref": "author"}
    # the text form names the article.md line of the field concerned
    assert main(["check", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "article.md:4:1: warning description-too-long" in err
    assert "warning lead-photo-small" in err and "800 px" in err
    # export goes ahead with warnings only
    out = tmp_path / "out"
    assert main(["export", str(folder), "--out", str(out), "-q"]) == 0
    assert (out / "artikel" / "index.html").is_file()


def test_rotated_photo_counts_its_displayed_width(tmp_path):
    folder = _workspace(tmp_path, "author: A\n", width=1800)
    path = folder / "photos" / "b.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned by 90 degrees: 1000 wide
    Image.new("RGB", (1800, 1000)).save(path, exif=exif.tobytes())
    article = load_article(folder)
    config = load_config(folder.parent.parent / "newsdesk.toml")
    [small] = [p for p in preflight(article, config) if p.code == "lead-photo-small"]
    assert small.params["width"] == 1000 and small.severity == "warning"


def test_metadata_errors_block_check_and_export_alike(tmp_path, capsys):
    folder = _workspace(tmp_path, "author: Amt\nauthor_type: robot\n")
    code, problems, _err = _check(folder, capsys)
    assert code == 1 and [p["code"] for p in problems if p["severity"] == "error"] == [
        "invalid-author-type"]
    assert main(["export", str(folder), "--out", str(tmp_path / "out"), "-q"]) == 1
    assert "invalid-author-type" in capsys.readouterr().err
    assert not (tmp_path / "out" / "artikel").exists()


def test_the_sample_teaches_its_example_base_url(tmp_path):
    """The sample's base_url is an example domain on purpose: check says so, as a
    warning, once per article, and nothing else of the metadata."""
    import shutil

    from editor import resources

    # a copy: checking writes the workspace's caches, never into the shipped sample
    sample = tmp_path / "sample"
    shutil.copytree(resources.path("sample-workspace"), sample)
    config = load_config(sample / "newsdesk.toml")
    for folder in sorted((sample / "articles").iterdir()):
        problems = preflight(load_article(folder), config)
        meta = [p for p in problems if p.code in ("base-url-example", "missing-author",
                                                  "lead-photo-small", "description-too-long")]
        assert [(p.severity, p.code) for p in meta] == [("warning", "base-url-example")]
        assert not has_errors([p for p in problems if not p.is_approval])


def test_checking_the_lead_photo_loads_no_pillow(tmp_path):
    folder = _workspace(tmp_path, "", width=640)
    probe = ("import sys\n"
             "from editor.model.article import load_article\n"
             "from editor.model.config import load_config\n"
             "from editor.model import metacheck\n"
             f"a = load_article({str(folder)!r})\n"
             f"c = load_config({str(folder.parent.parent / 'newsdesk.toml')!r})\n"
             "found = []\n"
             "metacheck.check(a, c, lambda s, code, *x, **k: found.append(code))\n"
             "print(found, 'PIL' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=REPO, check=True).stdout
    assert out.strip() == "['missing-author', 'lead-photo-small'] False"
