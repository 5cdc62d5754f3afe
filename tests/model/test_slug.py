import pytest

from editor.model.slug import MAX_LENGTH, slugify, unique_slug


@pytest.mark.parametrize("title, slug", [
    ("Grüße aus Köln", "gruesse-aus-koeln"),
    ("Straße & Öffnungszeiten", "strasse-oeffnungszeiten"),
    ("ÄÖÜ äöü ß", "aeoeue-aeoeue-ss"),
    ("Café São Paulo – Élan", "cafe-sao-paulo-elan"),
    ("Teilnahme am 6. Runden Tisch China", "teilnahme-am-6-runden-tisch-china"),
    ("  --Hallo!!  ", "hallo"),
    ("???", "artikel"),
    ("CON", "con-artikel"),
    ("nul", "nul-artikel"),
    ("LPT1", "lpt1-artikel"),
])
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_long_titles_are_cut_at_a_word():
    title = "Ein sehr langer Titel " * 10
    slug = slugify(title)
    assert len(slug) <= MAX_LENGTH
    assert not slug.endswith("-")
    assert "ein-sehr-langer-titel" in slug
    assert slug.split("-")[-1] in {"ein", "sehr", "langer", "titel"}


def test_slug_never_ends_in_dot_or_space():
    for title in ["Ende.", "Ende. ", "a" * 200 + ". ."]:
        s = slugify(title)
        assert not s.endswith((".", " ")), s


def test_unique_slug_ignores_case():
    assert unique_slug("Neu", []) == "neu"
    assert unique_slug("Neu", ["NEU"]) == "neu-2"
    assert unique_slug("Neu", ["neu", "neu-2"]) == "neu-3"
    long = unique_slug("x" * 100, ["x" * 80])
    assert len(long) <= MAX_LENGTH and long.endswith("-2")
