"""Control characters in fields, the one list of photo formats, preflight's photo checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from editor.model import photometa
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.validation import APPROVAL_CODES, preflight, validate

# a real address: the metadata warnings (base-url-example) are tested in test_metacheck
NO_GATE = SiteConfig(approval_required=False, base_url="https://www.stadt-muster.de/news/")
CREDITS = dict(creator="A", credit="B", copyright="C", alt="D")


def _article(tmp_path: Path, **fields) -> Article:
    base = dict(folder=tmp_path, title="Titel", date=dt.date(2022, 6, 24), author="Anna",
                lead="Ein kurzer Vorspann.", body="Text.\n\n![](photo:p)\n",
                key_lines={"title": 2, "date": 3, "lead": 4, "photos": 5})
    base.update(fields)
    return Article(**base)


def _with_photo(tmp_path: Path, **fields) -> Article:
    (tmp_path / "photos").mkdir(exist_ok=True)
    Image.new("RGB", (1200, 800)).save(tmp_path / "photos" / "p.jpg")
    return _article(tmp_path, photos=[Photo(id="p", file="photos/p.jpg",
                                            **{**CREDITS, **fields})])


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1b",
                                  "\x1f", "\x7f", "\x85", "\x9b", "\x9f"])
@pytest.mark.parametrize("field", ["title", "kicker", "author", "lead"])
def test_control_characters_in_text_fields(tmp_path, field, char):
    problems = validate(_article(tmp_path, **{field: f"a{char}b"}), NO_GATE)
    [p] = [p for p in problems if p.code == "control-character"]
    assert p.is_error and p.location.kind == "field" and p.location.ref == field
    assert f"U+{ord(char):04X}" in p.message and p.params["field"] == field


@pytest.mark.parametrize("text", ["Zeile\nZeile", "Tab\there", "Grüße – „so“ ©", "a\u00a0b"])
def test_ordinary_text_is_no_control_character(tmp_path, text):
    one_line = text.replace("\n", " ").replace("\t", " ")
    assert validate(_article(tmp_path, title=one_line, lead=text, body="Text.\n"),
                    NO_GATE) == []


@pytest.mark.parametrize("char", ["\n", "\r", "\t", "\u2028"])
@pytest.mark.parametrize("field", ["title", "kicker", "author"])
def test_one_line_fields_refuse_line_breaks_and_tabs(tmp_path, field, char):
    # a line break in a title breaks list output, feeds and the page's <title>
    problems = validate(_article(tmp_path, **{field: f"a{char}b"}), NO_GATE)
    [p] = [p for p in problems if p.code == "control-character"]
    assert p.is_error and p.location.ref == field


def test_control_characters_in_tags_and_photo_fields(tmp_path):
    a = _with_photo(tmp_path, caption="Bild\x07", license="ok")
    a.tags = ["gut", "b\x7fse"]
    problems = [p for p in validate(a, NO_GATE) if p.code == "control-character"]
    assert sorted((p.location.kind, p.params["field"]) for p in problems) == [
        ("field", "tags"), ("photo", "caption")]


def test_field_problems_carry_the_file_line(tmp_path):
    [p] = validate(_article(tmp_path, date="2022-02-30", body="Text.\n"), NO_GATE)
    assert (p.code, p.line) == ("invalid-date", 3)
    assert "'2022-02-30'" in p.message


def test_publish_decodes_exactly_the_model_formats():
    from editor.publish import images

    assert images.READ_FORMATS is photometa.PILLOW_OPENERS
    # every Pillow opener's format is accepted (MPO comes through the JPEG opener)
    assert set(photometa.PILLOW_OPENERS) <= set(photometa.SUPPORTED)
    assert set(photometa.SUPPORTED) - set(photometa.PILLOW_OPENERS) == {"MPO"}
    for ext in photometa.SUPPORTED.values():
        assert ext in photometa.SUPPORTED_EXTENSIONS


def test_preflight_photo_checks(tmp_path):
    good = _with_photo(tmp_path)
    assert preflight(good, NO_GATE) == []
    (tmp_path / "photos" / "p.jpg").write_bytes(b"\xff\xd8\xff\xe0 kaputt")
    [p] = preflight(good, NO_GATE)
    assert (p.code, p.location.ref, p.params["file"]) == ("photo-unreadable", "p",
                                                          "photos/p.jpg")
    # missing and unsafe files are validate()'s problems, reported once
    (tmp_path / "photos" / "p.jpg").unlink()
    assert [p.code for p in preflight(good, NO_GATE)] == ["photo-file-missing"]


def test_approval_gate_is_its_own_kind(tmp_path):
    problems = preflight(_article(tmp_path, body="Text.\n"),
                         SiteConfig(base_url=NO_GATE.base_url))
    assert [p.code for p in problems] == ["not-approved"]
    assert problems[0].is_error and problems[0].is_approval
    assert {"not-approved", "changed-since-approval"} == APPROVAL_CODES


def test_body_problems_carry_the_file_line(tmp_path, capsys):
    from editor.cli import main
    from editor.model.article import article_from_bytes

    text = "---\ntitle: T\ndate: 2022-06-24\nlead: L\n---\nText\n\n![](photo:x)\n"
    for raw in (text.encode(), b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()):
        [p] = validate(article_from_bytes(raw, tmp_path), NO_GATE)
        assert (p.code, p.location.ref, p.line) == ("unknown-photo", 3, 8)
    (tmp_path / "newsdesk.toml").write_text("approval_required = false\n", encoding="utf-8")
    folder = tmp_path / "articles" / "a"
    folder.mkdir(parents=True)
    (folder / "article.md").write_text(text, encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    assert "/article.md:8:1: error unknown-photo: " in capsys.readouterr().err
