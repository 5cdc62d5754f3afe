"""`newsdesk check` predicts `newsdesk export`: both report the same problems (one
function, validation.preflight), so check never says "no problems" for an article that
export then refuses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PIL import Image

from editor.cli import main
from editor.model.article import load_article
from editor.model.config import SiteConfig
from editor.model.validation import preflight, validate

CREDITS = ("caption: Ein Bild\n    alt: Menschen im Saal\n    creator: Anna Muster\n"
           "    credit: Stadt Beispielhausen\n    copyright: © Stadt\n")


BASE_URL = "https://www.stadt-muster.de/a/"


def _workspace(tmp_path: Path, **settings: object) -> Path:
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    # a real site's address: the example one is a warning of its own (test_metacheck)
    lines = ['site_name = "Test"', f'base_url = "{BASE_URL}"',
             f"approval_required = {str(settings.pop('approval_required', False)).lower()}"]
    lines += [f"{key} = {value}" for key, value in settings.items()]
    (root / "newsdesk.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _article(root: Path, photo: str | None = "p.jpg", extra: str = "") -> Path:
    folder = root / "articles" / "artikel"
    (folder / "photos").mkdir(parents=True)
    text = "---\ntitle: Titel\ndate: 2022-06-24\nauthor: Anna Muster\nlead: Ein Vorspann.\n"
    body = "Text.\n"
    if photo:
        text += f"photos:\n  - id: p\n    file: photos/{photo}\n    {CREDITS}{extra}"
        body += "\n![](photo:p)\n"
    (folder / "article.md").write_text(text + "---\n" + body, encoding="utf-8")
    return folder


# 1200 px: what search and social previews want (smaller is the warning lead-photo-small)
def _photo(folder: Path, name: str = "p.jpg", size: tuple[int, int] = (1200, 800),
           fmt: str = "JPEG") -> Path:
    path = folder / "photos" / name
    Image.new("RGB", size, (20, 120, 60)).save(path, fmt)
    return path


def _problem_lines(err: str) -> list[str]:
    # article.md[:LINE:COL]: severity code: message
    return sorted(line for line in err.splitlines()
                  if re.match(r"^\S*article\.md(:\d+:\d+)?: (error|warning) ", line))


def _check_and_export(folder: Path, out: Path, capsys) -> tuple[int, list[str], int, list[str]]:
    check = main(["check", str(folder)])
    check_err = capsys.readouterr().err
    export = main(["export", str(folder), "--out", str(out)])
    export_err = capsys.readouterr().err
    assert "Traceback" not in check_err + export_err
    return check, _problem_lines(check_err), export, _problem_lines(export_err)


def _text_file(folder: Path) -> None:
    (folder / "photos" / "p.jpg").write_text("Dies ist kein Bild.\n", encoding="utf-8")


def _truncated(folder: Path) -> None:
    data = _photo(folder).read_bytes()
    (folder / "photos" / "p.jpg").write_bytes(data[: len(data) // 2])


def _ppm(folder: Path) -> None:
    _photo(folder, "p.jpg", fmt="PPM")  # a format we do not accept, under a .jpg name


@pytest.mark.parametrize("make, code", [
    (_text_file, "photo-unreadable"),
    (_truncated, "photo-unreadable"),
    (_ppm, "photo-unreadable"),
])
def test_check_reports_the_unreadable_photo_export_refuses(tmp_path, capsys, make, code):
    root = _workspace(tmp_path)
    folder = _article(root)
    make(folder)
    before = (folder / "article.md").read_bytes()
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (1, 1)
    assert check_lines == export_lines
    assert any(f" error {code}: " in line and "photos/p.jpg" in line for line in check_lines)
    assert not (tmp_path / "out" / "artikel").exists()
    assert (folder / "article.md").read_bytes() == before


def test_megapixel_limit_is_checked_without_decoding(tmp_path, capsys):
    root = _workspace(tmp_path, max_megapixels=1)
    folder = _article(root)
    _photo(folder, size=(1200, 1000))
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (1, 1) and check_lines == export_lines
    assert any("megapixels" in line for line in check_lines)


def test_photo_kept_incomplete_fails_check_as_it_fails_export(tmp_path, capsys):
    root = _workspace(tmp_path)
    folder = _article(root, extra="    incomplete: true\n")
    _photo(folder)
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (1, 1) and check_lines == export_lines
    assert any(" error photo-incomplete: " in line for line in check_lines)


def test_missing_approval_is_reported_by_check(tmp_path, capsys):
    root = _workspace(tmp_path, approval_required=True)
    folder = _article(root)
    _photo(folder)
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (1, 1) and check_lines == export_lines
    assert [line for line in check_lines if " error " in line] == [
        line for line in check_lines if " error not-approved: " in line]
    # Approved (review approve), check and export both go ahead.
    assert main(["review", "submit", str(folder), "--as", "Anna"]) == 0
    assert main(["review", "approve", str(folder), "--as", "Ben"]) == 0
    capsys.readouterr()
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (0, 0) and check_lines == export_lines == []


@pytest.mark.parametrize("name, fmt", [("p.jpg", "JPEG"), ("p.png", "PNG"), ("p.gif", "GIF")])
def test_accepted_formats_pass_check_and_export(tmp_path, capsys, name, fmt):
    root = _workspace(tmp_path)
    folder = _article(root, photo=name)
    _photo(folder, name, fmt=fmt)
    check, check_lines, export, export_lines = _check_and_export(folder, tmp_path / "out",
                                                                 capsys)
    assert (check, export) == (0, 0) and check_lines == export_lines == []
    assert (tmp_path / "out" / "artikel" / "index.html").is_file()


def test_json_shape_is_unchanged(tmp_path, capsys):
    root = _workspace(tmp_path)
    folder = _article(root)
    _text_file(folder)
    assert main(["check", str(folder), "--json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    # the documented keys, plus where in article.md (the photo's "id:" line)
    assert set(problem) == {"severity", "code", "message", "location", "line", "column"}
    assert problem["location"] == {"kind": "photo", "ref": "p"}
    lines = (folder / "article.md").read_text(encoding="utf-8").split("\n")
    assert lines[problem["line"] - 1][problem["column"] - 1:] == "id: p"


def test_preflight_is_validate_plus_what_export_refuses(tmp_path):
    root = _workspace(tmp_path)
    folder = _article(root)
    _text_file(folder)
    article = load_article(folder)
    config = SiteConfig(approval_required=False, base_url=BASE_URL)
    assert validate(article, config) == []
    assert [p.code for p in preflight(article, config)] == ["photo-unreadable"]
    gated = [p.code for p in preflight(article, SiteConfig(approval_required=True,
                                                            base_url=BASE_URL))]
    assert gated == ["photo-unreadable", "not-approved"]
