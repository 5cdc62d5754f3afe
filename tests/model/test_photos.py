"""Attaching, replacing, removing and ordering photos (pure model, real files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.model.article import load_article
from editor.model.config import SiteConfig
from editor.model.photometa import PhotoFileError
from editor.model.photos import (
    MissingCreditsError,
    PhotoError,
    added_photo_ids,
    attach_photo,
    move_photo,
    referencing_lines,
    remove_photo,
    replace_photo_file,
    safe_file_name,
    set_lead_photo,
    unique_photo_id,
    update_credits,
)
from editor.model.validation import validate
from tests.model.test_photometa import _bad_files, make_jpeg, xmp_packet
from tests.util import write_article

CREDITS = {"creator": "Jörg Schäfer", "credit": "Stadt Beispielhausen",
           "copyright": "© Jörg Schäfer", "alt": "Zwei Personen am Rednerpult"}


@pytest.fixture
def article(workspace):
    return workspace.create_article("Grüße vom Rathaus", body="Text.\n")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_attach_copies_original_and_prefills(article, tmp_path: Path) -> None:
    src = make_jpeg(tmp_path / "Grüße am Rathaus.JPEG", xmp=xmp_packet(
        creator="Jörg Schäfer", credit="Stadt Beispielhausen", rights="© Jörg Schäfer",
        alt="Zwei Personen am Rednerpult", description="Übergabe"))
    updated, photo = attach_photo(article, SiteConfig(), src)
    assert photo.id == "gruesse-am-rathaus"
    assert photo.file == "photos/gruesse-am-rathaus.jpg"
    assert (article.folder / photo.file).read_bytes() == src.read_bytes()
    assert photo.caption == "Übergabe" and not photo.incomplete
    assert article.photos == []  # the input is left alone
    write_article(updated)
    again = load_article(article.folder)
    assert again.photos[0].creator == "Jörg Schäfer"


def test_options_override_the_file_and_names_stay_unique(article, tmp_path: Path) -> None:
    src = make_jpeg(tmp_path / "podium.jpg", xmp=xmp_packet(creator="Aus der Datei"))
    (article.folder / "photos" / "PODIUM.jpg").write_bytes(b"someone else's file")
    first, p1 = attach_photo(article, SiteConfig(), src, CREDITS)
    second, p2 = attach_photo(first, SiteConfig(), src, CREDITS)
    assert p1.creator == "Jörg Schäfer"
    assert (p1.id, p2.id) == ("podium", "podium-2")
    assert p1.file == "photos/podium-2.jpg" and p2.file == "photos/podium-3.jpg"
    assert [p.id for p in second.photos] == ["podium", "podium-2"]
    with pytest.raises(PhotoError, match="already has"):
        attach_photo(second, SiteConfig(), src, CREDITS, photo_id="podium")
    with pytest.raises(PhotoError, match="not a valid photo id"):
        attach_photo(second, SiteConfig(), src, CREDITS, photo_id="Podium Nr. 1")


def test_safe_names_for_awkward_file_names(tmp_path: Path) -> None:
    assert safe_file_name("CON.jpg", ".jpg", tmp_path) == "con-foto.jpg"
    assert safe_file_name("Artikelbild.jpg", ".jpg", tmp_path) == "artikelbild.jpg"
    assert safe_file_name("..\u0301/§$%.png", ".png", tmp_path) == "foto.png"
    assert safe_file_name("Cafe\u0301 Ölmühle.jpg", ".jpg", tmp_path) == "cafe-oelmuehle.jpg"
    assert unique_photo_id("IMG 0001", ["img-0001"]) == "img-0001-2"


def test_missing_required_fields_change_nothing(article, tmp_path: Path) -> None:
    before = _snapshot(article.folder)
    src = make_jpeg(tmp_path / "ohne.jpg")
    with pytest.raises(MissingCreditsError) as info:
        attach_photo(article, SiteConfig(), src, {"creator": "Nur Name"})
    assert info.value.missing == ["credit", "copyright", "alt"]
    assert _snapshot(article.folder) == before


def test_incomplete_photo_is_flagged_and_blocks_export(article, tmp_path: Path) -> None:
    updated, photo = attach_photo(article, SiteConfig(), make_jpeg(tmp_path / "x.jpg"),
                                  {"creator": "A"}, allow_incomplete=True)
    assert photo.incomplete
    codes = {p.code for p in validate(updated, SiteConfig()) if p.is_error}
    assert "photo-field-missing" in codes
    write_article(updated)
    assert "incomplete: true" in article.path.read_text(encoding="utf-8")
    filled = update_credits(updated, SiteConfig(), photo.id, CREDITS)
    assert not filled.photos[0].incomplete
    with pytest.raises(MissingCreditsError):
        update_credits(filled, SiteConfig(), photo.id, {"alt": " "})


@pytest.mark.parametrize("kind", ["text", "empty", "truncated-jpeg", "truncated-png", "ppm"])
def test_bad_files_leave_the_article_unchanged(article, tmp_path: Path, kind: str) -> None:
    bad = _bad_files(tmp_path)[kind]
    before = _snapshot(article.folder)
    with pytest.raises(PhotoFileError):
        attach_photo(article, SiteConfig(), bad, CREDITS)
    assert _snapshot(article.folder) == before


def test_remove_move_lead_and_replace(article, tmp_path: Path) -> None:
    a = make_jpeg(tmp_path / "a.jpg")
    art, _ = attach_photo(article, SiteConfig(), a, CREDITS)
    art, _ = attach_photo(art, SiteConfig(), make_jpeg(tmp_path / "b.jpg"), CREDITS)
    art.body = "Text.\n\n![](photo:a)\n"
    art = set_lead_photo(art, "b")
    assert art.lead_photo == "b"
    art = move_photo(art, "b", 0)
    assert [p.id for p in art.photos] == ["b", "a"]
    assert referencing_lines(art, "a") == [3]
    removed = remove_photo(art, "b")
    assert removed.lead_photo is None and [p.id for p in removed.photos] == ["a"]
    assert (article.folder / "photos" / "b.jpg").is_file()  # kept for undo
    new_src = make_jpeg(tmp_path / "neu.jpg", color=(1, 2, 3))
    replaced = replace_photo_file(art, SiteConfig(), "a", new_src)
    photo = replaced.photo("a")
    assert photo is not None and photo.file == "photos/neu.jpg"
    assert photo.creator == CREDITS["creator"]
    with pytest.raises(PhotoError):
        set_lead_photo(art, "nope")


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_limits_from_the_config_refuse_and_change_nothing(article, tmp_path: Path) -> None:
    from editor.model.config import replace
    from tests.model.test_photometa import _png_with_size

    before = _snapshot(article.folder)
    big = _png_with_size(tmp_path / "riesig.png", 12000, 10000)
    with pytest.raises(PhotoFileError, match="megapixels"):
        attach_photo(article, replace(SiteConfig(), max_megapixels=100), big, CREDITS)
    src = make_jpeg(tmp_path / "klein.jpg")
    with pytest.raises(PhotoFileError, match="at most 0 MB"):
        attach_photo(article, replace(SiteConfig(), max_photo_mb=0), src, CREDITS)
    assert _snapshot(article.folder) == before
    updated, photo = attach_photo(article, SiteConfig(), src, CREDITS)
    assert added_photo_ids(article, updated) == [photo.id]
