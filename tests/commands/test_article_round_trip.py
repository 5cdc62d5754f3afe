"""What saving keeps of article.md, exactly as the README states it ("The workspace on
disk", article.md): key order, unknown keys and the body's text are kept (standard
fields the file lacks are added after the others, empty); the file is
written as UTF-8 with LF (CRLF and a byte-order mark are not kept) and the front matter
in one style (YAML comments, quoting and indentation are not kept). A value that YAML
would read as something else (``kicker: Off``, ``title: 2022``) stays the same text.

The save is made from outside, by ``newsdesk photo add`` (it saves through the checked
save like the app)."""

from __future__ import annotations

from pathlib import Path

from editor.cli import main
from editor.model.article import load_article
from tests.model.test_photometa import make_jpeg, xmp_packet

FRONT = ("---\n"
         "# a comment the editor wrote\n"
         "title: '2022'\n"
         "kicker: 'Off'\n"
         "date: 2022-06-24\n"
         "x-cms-id: 4711   # kept, the comment is not\n"
         "lead: \"Ein Vorspann.\"\n"
         "---\n")
BODY = ("Erster Absatz  mit zwei Leerzeichen am Ende  \n"
        "\n\n\n"
        "<!-- ein HTML-Kommentar bleibt -->\n"
        "\t* eingerückt mit Tab\n"
        "Ende ohne Zeilenumbruch")


def _save_by_photo_add(tmp_path: Path, raw: bytes) -> bytes:
    ws = tmp_path / "ws"
    assert main(["init", str(ws)]) == 0
    folder = ws / "articles" / "runde"
    folder.mkdir(parents=True)
    (folder / "article.md").write_bytes(raw)
    photo = make_jpeg(tmp_path / "bild.jpg", xmp=xmp_packet(
        creator="A", credit="B", rights="C", alt="D"))
    assert main(["photo", "add", str(folder), str(photo)]) == 0
    return (folder / "article.md").read_bytes()


def test_body_byte_for_byte_and_keys_in_order(tmp_path: Path) -> None:
    saved = _save_by_photo_add(tmp_path, (FRONT + BODY).encode("utf-8")).decode("utf-8")
    front, body = saved[4:].split("\n---\n", 1)
    assert body == BODY
    keys = [line.split(":")[0] for line in front.split("\n") if line[:1].isalpha()]
    # the keys in their order; standard fields the file lacked follow, empty
    assert keys == ["title", "kicker", "date", "x-cms-id", "lead", "author", "tags", "photos"]
    assert "author: ''\ntags: []\n" in front
    article = load_article(tmp_path / "ws" / "articles" / "runde")
    assert (article.title, article.kicker) == ("2022", "Off")  # still text
    assert article.extra["x-cms-id"] == 4711


def test_what_is_normalised_crlf_bom_and_comments(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbf" + (FRONT + BODY).replace("\n", "\r\n").encode("utf-8")
    saved = _save_by_photo_add(tmp_path, raw)
    assert not saved.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in saved  # LF line endings
    assert b"#" not in saved.split(b"\n---\n", 1)[0]  # YAML comments are gone
    assert saved.split(b"\n---\n", 1)[1] == BODY.encode("utf-8")  # the body, with LF
