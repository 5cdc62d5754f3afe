"""The social card preview: the 1.91:1 crop around the focal point, host, title, text."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from editor.gui.social_card import CARD_HEIGHT, CARD_WIDTH, SocialCardPreview, card_image
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig, replace
from editor.model.photos import set_focus


def _photo(path: Path) -> Path:
    """3000 x 1000, left third red, right third blue."""
    im = Image.new("RGB", (3000, 1000), (128, 128, 128))
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, 999, 999), fill=(255, 0, 0))
    draw.rectangle((2000, 0, 2999, 999), fill=(0, 0, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=95)
    return path


def _article(tmp_path: Path) -> Article:
    folder = tmp_path / "ws" / "articles" / "karte"
    _photo(folder / "photos" / "bild.jpg")
    return Article(folder=folder, title="Neue Fahrradstraße", lead="Kurzer Vorspann. " * 20,
                   lead_photo="bild", photos=[Photo(id="bild", file="photos/bild.jpg",
                                                    alt="Eine Straße")])


def _centre_colour(image) -> tuple[int, int, int]:
    c = image.pixelColor(image.width() // 2, image.height() // 2)
    return c.red(), c.green(), c.blue()


def test_card_is_cut_around_the_focal_point(tmp_path) -> None:
    path = _photo(tmp_path / "p.jpg")
    left = card_image(path, (0.0, 0.5))
    right = card_image(path, (1.0, 0.5))
    assert (left.width(), left.height()) == (CARD_WIDTH, CARD_HEIGHT)
    r, _g, b = _centre_colour(left)
    assert r > 200 and b < 60  # the red left part
    r, _g, b = _centre_colour(right)
    assert b > 200 and r < 60  # the blue right part
    assert card_image(tmp_path / "missing.jpg", (0.5, 0.5)).isNull()


def test_preview_shows_host_title_description_and_image(qtbot, tmp_path) -> None:
    widget = SocialCardPreview()
    qtbot.addWidget(widget)
    config = replace(SiteConfig(), base_url="https://www.beispielhausen.de/aktuelles/")
    article = set_focus(_article(tmp_path), "bild", 0.95, 0.5)
    with qtbot.waitSignal(widget.ready, timeout=5000):
        widget.set_article(article, config)
    assert widget.site.text() == "WWW.BEISPIELHAUSEN.DE"
    assert widget.title.text() == "Neue Fahrradstraße"
    assert 0 < len(widget.description.text()) <= 160
    pixmap = widget.image.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (CARD_WIDTH, CARD_HEIGHT)
    r, _g, b = _centre_colour(pixmap.toImage())
    assert b > 200 and r < 60
    assert "Eine Straße" in widget.image.accessibleName()


def test_preview_without_photo_says_so(qtbot, tmp_path) -> None:
    widget = SocialCardPreview()
    qtbot.addWidget(widget)
    article = Article(folder=tmp_path, title="Ohne Bild", lead="Text.")
    with qtbot.waitSignal(widget.ready, timeout=5000):
        widget.set_article(article, SiteConfig())
    assert widget.image.pixmap().isNull()
    assert "without an image" in widget.image.text()


def test_the_window_has_a_social_card_panel_for_the_open_article(qtbot, main_window) -> None:
    slug = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
    assert main_window.open_article(slug)
    dock = main_window.panels.dock("social_card")
    assert dock is not None and not dock.isVisible()  # chosen in the View menu
    assert dock.toggleViewAction().text() == "Social media card"
    card = main_window.panels.show("social_card")
    assert isinstance(card, SocialCardPreview)
    article = main_window.doc.article
    assert card.title.text() == article.title.strip()
    if article.photos:
        qtbot.waitUntil(lambda: not card.image.pixmap().isNull(), timeout=5000)
