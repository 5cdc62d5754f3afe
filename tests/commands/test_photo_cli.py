"""newsdesk photo info / add / list: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from tests.model.test_photometa import make_jpeg, xmp_packet


@pytest.fixture
def article_dir(workspace) -> Path:
    return workspace.create_article("Stadtfest", body="Text.\n").folder


def test_info_json_has_only_found_fields(iptc_reference: Path, capsys) -> None:
    assert main(["photo", "info", str(iptc_reference), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["creator"] == {
        "value": "Creator1 (ref2017.1), Creator2 (ref2017.1)", "source": "xmp"}
    assert "alt" not in data["fields"]


def test_info_text_and_bad_file(tmp_path: Path, capsys) -> None:
    path = make_jpeg(tmp_path / "a.jpg", xmp=xmp_packet(alt="Blick über den Fluss"))
    assert main(["photo", "info", str(path)]) == 0
    assert "Blick über den Fluss" in capsys.readouterr().out
    bad = tmp_path / "bad.jpg"
    bad.write_text("kein Bild")
    assert main(["photo", "info", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not an image" in err and "Traceback" not in err


def test_add_prefills_overrides_and_prints_id(article_dir: Path, tmp_path: Path, capsys) -> None:
    src = make_jpeg(tmp_path / "Bühne.jpg", xmp=xmp_packet(
        creator="Aus Datei", credit="Presseamt", rights="© Stadt", alt="Bühne mit Band"))
    assert main(["photo", "add", str(article_dir), str(src), "--creator", "Anna Groß",
                 "--caption", "Die Bühne am Abend"]) == 0
    assert capsys.readouterr().out.strip() == "buehne"
    text = (article_dir / "article.md").read_text(encoding="utf-8")
    assert "creator: Anna Groß" in text and "credit: Presseamt" in text
    assert (article_dir / "photos" / "buehne.jpg").read_bytes() == src.read_bytes()
    assert main(["photo", "list", str(article_dir), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "buehne" and rows[0]["used"] is False and rows[0]["missing"] == []


def test_add_refuses_missing_credits_and_changes_nothing(article_dir: Path, tmp_path: Path,
                                                         capsys) -> None:
    before = (article_dir / "article.md").read_bytes()
    src = make_jpeg(tmp_path / "leer.jpg")
    assert main(["photo", "add", str(article_dir), str(src), "--creator", "A"]) == 1
    err = capsys.readouterr().err
    assert "--credit" in err and "--alt" in err
    assert (article_dir / "article.md").read_bytes() == before
    assert list((article_dir / "photos").iterdir()) == []
    assert main(["photo", "add", str(article_dir), str(src), "--allow-incomplete",
                 "--id", "leer"]) == 0
    assert "incomplete" in capsys.readouterr().err
    assert main(["photo", "list", str(article_dir)]) == 0
    assert "incomplete" in capsys.readouterr().out
    assert main(["check", str(article_dir)]) == 1


def test_add_bad_file_and_bad_usage(article_dir: Path, tmp_path: Path) -> None:
    before = (article_dir / "article.md").read_bytes()
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert main(["photo", "add", str(article_dir), str(empty), "--allow-incomplete"]) == 2
    assert (article_dir / "article.md").read_bytes() == before
    assert main(["photo"]) == 2
    assert main(["photo", "add", str(article_dir)]) == 2
