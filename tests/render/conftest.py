"""Helpers for the render tests: articles in tmp_path, an export-like image source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import html5lib
import pytest
from PIL import Image

from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.render import ImageVariant


@dataclass
class ExportLikeImages:
    """Like the export's source: images/<id>-<width>.<ext> at the configured widths."""

    widths: tuple[int, ...] = (480, 960, 1600)
    formats: tuple[str, ...] = ("jpeg", "webp")
    ratio: float = 2 / 3

    def variants(self, photo: Photo) -> list[ImageVariant]:
        ext = {"jpeg": "jpg", "webp": "webp", "avif": "avif"}
        return [ImageVariant(f"images/{photo.id}-{w}.{ext[f]}", w, round(w * self.ratio), f)
                for f in self.formats for w in self.widths]


def make_photo(photo_id: str = "podium", **fields: str) -> Photo:
    values = dict(file=f"photos/{photo_id}.jpg", caption="Im Gespräch", alt="Ein Redner",
                  creator="Frank Brill", credit="www.frankbrill.com",
                  copyright="© Frank Brill", license="Nutzung nur für diesen Artikel")
    values.update(fields)
    return Photo(id=photo_id, **values)


def make_article(folder: Path, body: str = "", **fields) -> Article:
    values = dict(title="Teilnahme am Runden Tisch", kicker="Aktuelles",
                  date=dt.date(2022, 6, 24), author="China Competence Center",
                  lead="Vertreter haben am 22. Juni getagt.", tags=["China", "Partnerschaft"])
    values.update(fields)
    folder.mkdir(parents=True, exist_ok=True)
    return Article(folder=folder, body=body, **values)


def write_jpeg(path: Path, size: tuple[int, int] = (64, 48), orientation: int | None = None):
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def parse(html: str):
    """html5lib tree (ElementTree, no namespaces) of a fragment or a page."""
    if html.lstrip().lower().startswith("<!doctype"):
        return html5lib.parse(html, namespaceHTMLElements=False)
    return html5lib.parseFragment(f"<div>{html}</div>", namespaceHTMLElements=False)[0]


@pytest.fixture
def config_de() -> SiteConfig:
    return SiteConfig(site_name="Stadt Beispielhausen", language="de",
                      base_url="https://www.example.org/aktuelles/", publisher="Stadt")


@pytest.fixture
def config_en() -> SiteConfig:
    return SiteConfig(site_name="Example Town", language="en",
                      base_url="https://www.example.org/news", publisher="Town")
