"""The content hash covers the author as written: a text author hashes exactly as before
(approvals already given stay valid), and in a list of people each URL counts (a changed
URL is changed content that needs a new approval)."""

from __future__ import annotations

from pathlib import Path

from editor.model.article import parse_article
from editor.model.contenthash import content_hash

FOLDER = Path("/nonexistent/articles/stadtfest")
TEXT = ("---\ntitle: Stadtfest\ndate: 2026-06-24 09:30\nauthor: Anna Beispiel, Amt für Grün\n"
        "lead: Ein Fest.\ntags: [Fest]\n---\nText mit Umlauten: äöü.\n")
# content_hash of TEXT as computed by the code before author URLs were hashed (c320051)
RECORDED = "a3a23916d57e2591c2e724e45eac5ef614cad2add09e146e663c028487b2c435"

LIST = ("---\ntitle: Stadtfest\ndate: 2026-06-24\nauthor:\n"
        "- name: Anna Beispiel\n  url: {url}\n- Ben Muster\nlead: Ein Fest.\n---\nText.\n")


def test_text_author_hashes_as_before():
    assert content_hash(parse_article(TEXT, FOLDER)) == RECORDED


def test_author_url_in_a_list_changes_the_hash():
    one = parse_article(LIST.format(url="https://www.beispielhausen.de/anna"), FOLDER)
    two = parse_article(LIST.format(url="https://www.beispielhausen.de/team/anna"), FOLDER)
    assert one.author == two.author  # the names are the same
    assert content_hash(one) != content_hash(two)
    # the saved text parses back to the same hash
    assert content_hash(parse_article(one.to_text(), FOLDER)) == content_hash(one)


def test_same_list_same_hash():
    plain = parse_article(LIST.format(url="https://www.beispielhausen.de/anna"), FOLDER)
    again = parse_article(LIST.format(url="https://www.beispielhausen.de/anna"), FOLDER)
    assert content_hash(plain) == content_hash(again)
