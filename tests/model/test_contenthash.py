"""The content hash follows its documented canonical serialisation."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.model.article import Article, Photo, load_article, parse_article
from editor.model.contenthash import canonical_bytes, content_hash, file_sha256
from tests.model.test_review import make_article, make_photo
from tests.util import write_article


def test_hash_is_sha256_of_documented_json(workspace):
    a = make_article(workspace)
    raw = canonical_bytes(a)
    assert content_hash(a) == hashlib.sha256(raw).hexdigest()
    data = json.loads(raw)
    # sorted keys, no spaces, UTF-8 rather than \u escapes
    assert raw.decode("utf-8") == json.dumps(data, sort_keys=True, ensure_ascii=False,
                                             separators=(",", ":"))
    assert "beschließt".encode() in raw
    assert data["format"] == "newsdesk-content/1"
    assert data["body"] == a.body
    assert data["front_matter"]["date"] == "2026-11-20"
    photo_bytes = (a.folder / "photos" / "rathaus.jpg").read_bytes()
    assert data["photos"] == [{"id": "rathaus", "file": "photos/rathaus.jpg",
                               "sha256": hashlib.sha256(photo_bytes).hexdigest()}]
    assert data["front_matter"]["photos"][0]["credit"] == "Stadt / Jörg Müller"
    assert data["front_matter"]["photos"][0]["web_statement"] == ""


def test_every_part_counts(workspace):
    a = make_article(workspace)
    base = content_hash(a)
    for change in (lambda x: setattr(x, "body", x.body + " "),
                   lambda x: setattr(x, "kicker", "Termine"),
                   lambda x: setattr(x, "date", dt.date(2026, 11, 21)),
                   lambda x: x.tags.append("Haushalt"),
                   lambda x: x.extra.update(unknown=[1, 2]),
                   lambda x: setattr(x.photos[0], "alt", "anders"),
                   lambda x: x.photos[0].extra.update(focus="center")):
        b = load_article(a.folder)
        change(b)
        assert content_hash(b) != base
    assert content_hash(load_article(a.folder)) == base


def test_missing_photo_file_and_cache_follows_file_changes(workspace):
    a = make_article(workspace)
    path = a.folder / "photos" / "rathaus.jpg"
    before = file_sha256(path)
    make_photo(path, (1, 2, 3))
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest() != before
    path.unlink()
    assert file_sha256(path) == "missing"
    assert json.loads(canonical_bytes(a))["photos"][0]["sha256"] == "missing"


def test_key_order_and_quoting_do_not_matter(tmp_path):
    one = "---\ntitle: A\ndate: 2026-01-02\ntags: [x, y]\nextra: {b: 1, a: 2}\n---\nText\n"
    two = ("---\nextra:\n  a: 2\n  b: 1\ntags:\n- 'x'\n- \"y\"\ndate: '2026-01-02'\n"
           "title: \"A\"\nkicker: ''\n---\nText\n")
    assert content_hash(parse_article(one, tmp_path)) == content_hash(parse_article(two, tmp_path))


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=40, deadline=None)
@given(title=text, lead=text, body=text, credit=text, tags=st.lists(text, max_size=4))
def test_save_and_reload_keeps_hash(tmp_path_factory, title, lead, body, credit, tags):
    folder = tmp_path_factory.mktemp("art")
    a = Article(folder=folder, title=title, lead=lead, body=body, tags=tags,
                date=dt.date(2026, 1, 1),
                photos=[Photo(id="p", file="photos/p.jpg", credit=credit)])
    write_article(a)
    reloaded = load_article(folder)
    if reloaded.title == a.title and reloaded.body == a.body and reloaded.lead == a.lead \
            and reloaded.tags == a.tags and reloaded.photos[0].credit == credit:
        assert content_hash(reloaded) == content_hash(a)
    write_article(reloaded)
    assert content_hash(load_article(folder)) == content_hash(reloaded)
