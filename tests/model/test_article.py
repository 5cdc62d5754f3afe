import datetime as dt
from pathlib import Path

import pytest

from editor.model.article import Photo, load_article
from editor.model.errors import ArticleFormatError
from tests.util import write_article

FULL = """---
title: Teilnahme am 6. Runden Tisch China
kicker: Aktuelles
date: 2022-06-24
author: China Competence Center
lead: Vertreter des C³ haben am 22. und 23. Juni teilgenommen.
tags: [China, Städtepartnerschaften]
lead_photo: podium
custom_field: bleibt erhalten
photos:
- id: podium
  file: photos/podium.jpg
  caption: Im Gespräch über kommunales China-Engagement
  alt: Ein Redner an einem Stehtisch vor Publikum
  creator: Frank Brill
  credit: www.frankbrill.com
  copyright: © Frank Brill
  license: Nutzung nur für diesen Artikel
  rotation: 0
---
Body with **bold**, trailing spaces\x20\x20\x20
and ![](photo:podium)

Ende ohne Zeilenumbruch"""


def write(folder: Path, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / "article.md"
    if isinstance(text, str):
        text = text.encode("utf-8")
    p.write_bytes(text)
    return folder


def test_load_all_fields(tmp_path):
    a = load_article(write(tmp_path / "a", FULL))
    assert a.title == "Teilnahme am 6. Runden Tisch China"
    assert a.date == dt.date(2022, 6, 24)
    assert a.tags == ["China", "Städtepartnerschaften"]
    assert a.lead_photo == "podium"
    assert a.photos[0].creator == "Frank Brill"
    assert a.photos[0].copyright == "© Frank Brill"
    assert a.photos[0].extra == {"rotation": 0}
    assert a.extra == {"custom_field": "bleibt erhalten"}
    assert a.photo_refs() == [(2, "podium", "")]


def test_round_trip_is_exact(tmp_path):
    folder = write(tmp_path / "a", FULL)
    original = (folder / "article.md").read_bytes()
    write_article(load_article(folder))
    assert (folder / "article.md").read_bytes() == original


def test_body_is_kept_byte_for_byte_after_edit(tmp_path):
    folder = write(tmp_path / "a", FULL)
    a = load_article(folder)
    body = a.body
    a.title = "Neuer Titel: mit Doppelpunkt"
    write_article(a)
    b = load_article(folder)
    assert b.body == body
    assert b.title == "Neuer Titel: mit Doppelpunkt"
    text = (folder / "article.md").read_text(encoding="utf-8")
    keys = [line.split(":")[0] for line in text.split("\n")[1:9]]
    assert keys == ["title", "kicker", "date", "author", "lead", "tags", "lead_photo",
                    "custom_field"]


def test_new_photo_fields_order_and_multiline(tmp_path):
    folder = write(tmp_path / "a", "---\ntitle: T\n---\nText\n")
    a = load_article(folder)
    a.lead = "Zeile eins\nZeile zwei"
    a.photos.append(Photo(id="p1", file="photos/p1.jpg", creator="Jörg Ü", alt="Ein Bild"))
    write_article(a)
    raw = (folder / "article.md").read_bytes()
    assert b"\r\n" not in raw
    b = load_article(folder)
    assert b.lead == "Zeile eins\nZeile zwei"
    assert b.photos[0].creator == "Jörg Ü"
    assert b.body == "Text\n"


def test_bom_and_crlf_are_normalised(tmp_path):
    folder = write(tmp_path / "a", b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nZeile\r\n")
    a = load_article(folder)
    assert a.title == "T"
    assert a.body == "Zeile\n"


@pytest.mark.parametrize("text, words, line", [
    ("", "empty", None),
    ("   \n", "empty", None),
    ("title: T\n\nBody", "no front matter", 1),
    ("---\ntitle: T\nBody", "no closing", 1),
    ("---\ntitle: [unclosed\n---\n", "malformed", None),
    ("---\n- a\n- b\n---\n", "key: value", 2),
    ("---\ntitle: T\ndate: [1, 2]\n---\n", "date", 3),
    ("---\ntitle: T\ntags: China\n---\n", "tags", 3),
    ("---\ntitle: {a: 1}\n---\n", "title", 2),
    ("---\nphotos: [{id: a}]\n---\n", "file", 2),
])
def test_bad_files_give_our_error(tmp_path, text, words, line):
    folder = write(tmp_path / "a", text)
    before = (folder / "article.md").read_bytes()
    with pytest.raises(ArticleFormatError) as err:
        load_article(folder)
    assert words in err.value.message
    assert err.value.path == folder / "article.md"
    if line is not None:
        assert err.value.line == line
    assert (folder / "article.md").read_bytes() == before


def test_yaml_error_has_line(tmp_path):
    folder = write(tmp_path / "a", "---\ntitle: T\nlead: ok\nkicker: : :\n  bad: [\n---\n")
    with pytest.raises(ArticleFormatError) as err:
        load_article(folder)
    assert err.value.line is not None and err.value.line >= 3


def test_non_utf8_is_refused_with_line(tmp_path):
    folder = write(tmp_path / "a", b"---\ntitle: T\n---\nZeile\n" + "Grüße".encode("latin-1"))
    with pytest.raises(ArticleFormatError) as err:
        load_article(folder)
    assert "UTF-8" in err.value.message
    assert err.value.line == 5


def test_invalid_date_text_is_kept_for_validation(tmp_path):
    folder = write(tmp_path / "a", "---\ntitle: T\ndate: gestern\n---\n")
    a = load_article(folder)
    assert a.date == "gestern"
    write_article(a)
    assert "date: gestern" in (folder / "article.md").read_text(encoding="utf-8")


def test_missing_folder(tmp_path):
    with pytest.raises(ArticleFormatError, match="no article.md"):
        load_article(tmp_path / "nothing")
