"""Photo paths from an untrusted workspace never lead outside the article's photos/."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.article import load_article
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError, photo_file
from editor.model.contenthash import MISSING, photo_record
from editor.model.validation import validate

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def _article(sample_workspace: Path) -> Path:
    return sample_workspace / "articles" / ARTICLE


def _set_file(folder: Path, old: str, new: str) -> bytes:
    path = folder / "article.md"
    text = path.read_text(encoding="utf-8").replace(f"file: {old}", f"file: {new}")
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("name", ["../../../secret.jpg", "photos/../../secret.jpg",
                                  "/etc/passwd", "photos/./fassade.jpg", "fassade.jpg",
                                  "photos\\..\\x.jpg", "C:/x.jpg", "photos/"])
def test_paths_outside_photos_are_refused(tmp_path, name):
    (tmp_path / "photos").mkdir()
    with pytest.raises(UnsafePathError):
        photo_file(tmp_path, name)


def test_plain_and_missing_paths_are_allowed(tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"x")
    assert photo_file(tmp_path, "photos/a.jpg") == tmp_path / "photos" / "a.jpg"
    assert photo_file(tmp_path, "photos/b.jpg") == tmp_path / "photos" / "b.jpg"


def _outside_photo(tmp_path: Path, sample_workspace: Path) -> Path:
    secret = tmp_path / "outside" / "secret.jpg"
    secret.parent.mkdir()
    shutil.copyfile(_article(sample_workspace) / "photos" / "fassade.jpg", secret)
    return secret


def _hostile_variants(tmp_path: Path, sample_workspace: Path):
    folder = _article(sample_workspace)
    secret = _outside_photo(tmp_path, sample_workspace)
    rel = os.path.relpath(secret, folder)
    yield "dotdot", lambda: _set_file(folder, "photos/fassade.jpg", rel)
    yield "absolute", lambda: _set_file(folder, "photos/fassade.jpg", str(secret))

    def link_inside() -> bytes:
        (folder / "photos" / "link.jpg").symlink_to(secret)
        return _set_file(folder, "photos/fassade.jpg", "photos/link.jpg")
    yield "symlink-inside", link_inside

    def linked_folder() -> bytes:
        photos = folder / "photos"
        moved = tmp_path / "outside" / "photos"
        shutil.move(str(photos), moved)
        photos.symlink_to(moved)
        return (folder / "article.md").read_bytes()
    yield "symlinked-photos-folder", linked_folder


@pytest.mark.parametrize("variant", ["dotdot", "absolute", "symlink-inside",
                                     "symlinked-photos-folder"])
def test_check_and_export_refuse_escaping_photo(tmp_path, sample_workspace, capsys, variant):
    make = dict(_hostile_variants(tmp_path, sample_workspace))[variant]
    before = make()
    folder = _article(sample_workspace)

    article = load_article(folder)
    codes = {p.code for p in validate(article, SiteConfig())}
    assert "photo-path-unsafe" in codes
    assert all(r["sha256"] == MISSING or r["id"] != "fassade"
               for r in (photo_record(article, p) for p in article.photos))

    assert main(["check", str(folder)]) == 1
    assert "photo-path-unsafe" in capsys.readouterr().err

    out = tmp_path / "export"
    code = main(["export", str(folder), "--out", str(out), "--zip"])
    assert code != 0
    assert not (out / ARTICLE).exists()
    for path in (out.rglob("*") if out.exists() else []):
        assert "secret" not in path.name
    assert (folder / "article.md").read_bytes() == before


def test_article_json_names_no_outside_path(tmp_path, sample_workspace, capsys):
    folder = _article(sample_workspace)
    out = tmp_path / "export"
    assert main(["review", "submit", str(folder), "--as", "A"]) == 0
    assert main(["review", "approve", str(folder), "--as", "B"]) == 0
    assert main(["export", str(folder), "--out", str(out)]) == 0
    record = json.loads((out / ARTICLE / "article.json").read_text(encoding="utf-8"))
    text = json.dumps(record)
    assert str(sample_workspace) not in text and str(tmp_path) not in text


def test_read_regular_reads_only_regular_files_up_to_the_limit(tmp_path) -> None:
    import os

    from editor.model.confine import read_regular

    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"0123456789")
    assert read_regular(plain, 4) == b"0123"
    assert read_regular(plain, 100) == b"0123456789"
    link = tmp_path / "link.txt"
    link.symlink_to(plain)
    assert read_regular(link, 100) is None  # not through a symbolic link
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert read_regular(fifo, 100) is None  # no wait on a FIFO
    assert read_regular(tmp_path / "missing", 100) is None
    assert read_regular(tmp_path, 100) is None  # a folder
