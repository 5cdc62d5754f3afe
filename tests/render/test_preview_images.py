"""The live preview offers smaller copies of large photos (editor.render.preview_images),
made in the real render worker process: its web engine then decodes a copy at about the
size shown instead of the whole original (6.5 MiB per sample photo, ~92 MiB for 24 MP)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PIL import Image

from editor.model.article import Article
from editor.render.preview_images import WIDTHS, ScaledPreviewImages, copy_name
from editor.render.sandbox import RenderLimits, Sandbox

from .conftest import make_article, make_photo, write_jpeg

BODY = "Text.\n\n![](photo:podium)\n"


@pytest.fixture
def sandbox():
    box = Sandbox()
    yield box
    box.close()


def preview_page(sandbox: Sandbox, article: Article, config) -> str:
    base = article.folder.as_uri() + "/"
    html, _blocks = sandbox.call("preview", ("test", article, config, base, "", True),
                                 RenderLimits(timeout=60))
    return html


def srcset_urls(html: str) -> list[tuple[str, int]]:
    found = re.search(r'<img [^>]*srcset="([^"]*)"', html)
    assert found, html
    return [(url, int(w[:-1])) for url, w in (part.split() for part in found[1].split(", "))]


def article_with(tmp_path: Path, size: tuple[int, int], orientation: int | None = None,
                 name: str = "podium.jpg") -> Article:
    folder = tmp_path / "ws" / "articles" / "a"
    write_jpeg(folder / "photos" / name, size, orientation)
    return make_article(folder, BODY, photos=[make_photo("podium", file=f"photos/{name}")])


def test_large_jpeg_gets_smaller_copies_in_the_worker(tmp_path, sandbox, config_de) -> None:
    article = article_with(tmp_path, (2400, 1600))
    html = preview_page(sandbox, article, config_de)
    urls = srcset_urls(html)
    assert [w for _u, w in urls] == [*WIDTHS, 2400]
    assert urls[-1][0].endswith("photos/podium.jpg")  # the original stays the widest
    base = article.folder.as_uri() + "/"
    for url, width in urls[:-1]:
        assert url.startswith(base + ".newsdesk/preview/")
        path = article.folder / url[len(base):]
        with Image.open(path) as im:
            assert im.format == "JPEG"
            assert im.size == (width, round(1600 * width / 2400))
    # made once: a second render (another article object, same files) writes nothing
    made = {p: p.stat().st_mtime_ns for p in (article.folder / ".newsdesk/preview").iterdir()}
    preview_page(sandbox, make_article(article.folder, BODY + "\nMehr.\n",
                                       photos=article.photos), config_de)
    assert {p: p.stat().st_mtime_ns
            for p in (article.folder / ".newsdesk/preview").iterdir()} == made


def test_rotated_original_gives_upright_copies(tmp_path, sandbox, config_de) -> None:
    # stored 1200 x 1800, shown rotated by 90 degrees: 1800 x 1200
    article = article_with(tmp_path, (1200, 1800), orientation=6)
    urls = srcset_urls(preview_page(sandbox, article, config_de))
    assert [w for _u, w in urls] == [480, 960, 1800]
    base = article.folder.as_uri() + "/"
    with Image.open(article.folder / urls[0][0][len(base):]) as im:
        assert im.size == (480, 320)
        assert im.getexif().get(0x0112, 1) == 1


def test_small_photos_and_other_formats_keep_only_the_original(tmp_path, sandbox,
                                                                config_de) -> None:
    small = article_with(tmp_path, (400, 300))
    assert len(srcset_urls(preview_page(sandbox, small, config_de))) == 1
    assert not (small.folder / ".newsdesk" / "preview").exists()
    folder = tmp_path / "png" / "articles" / "b"
    (folder / "photos").mkdir(parents=True)
    Image.new("RGB", (2000, 1000), (1, 2, 3)).save(folder / "photos" / "podium.png")
    png = make_article(folder, BODY, photos=[make_photo("podium", file="photos/podium.png")])
    assert len(srcset_urls(preview_page(sandbox, png, config_de))) == 1


def test_linked_cache_folder_is_not_written_through(tmp_path, sandbox, config_de) -> None:
    article = article_with(tmp_path, (2000, 1500))
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, article.folder / ".newsdesk")
    urls = srcset_urls(preview_page(sandbox, article, config_de))
    assert len(urls) == 1 and urls[0][0].endswith("photos/podium.jpg")
    assert list(outside.iterdir()) == []


def test_a_replaced_original_gets_new_copies_and_the_old_ones_go(tmp_path, sandbox,
                                                                   config_de) -> None:
    article = article_with(tmp_path, (2000, 1500))
    preview_page(sandbox, article, config_de)
    folder = article.folder / ".newsdesk" / "preview"
    old = set(os.listdir(folder))
    assert len(old) == len(WIDTHS)
    original = article.folder / "photos" / "podium.jpg"
    Image.new("RGB", (1000, 800), (9, 9, 9)).save(original, "JPEG")
    os.utime(original, ns=(1, 2_000_000_000_000_000_000))
    urls = srcset_urls(preview_page(sandbox, make_article(article.folder, BODY + "\n",
                                                          photos=article.photos), config_de))
    assert [w for _u, w in urls] == [480, 960, 1000]
    new = set(os.listdir(folder))
    st = original.stat()
    assert new == {copy_name("photos/podium.jpg", st, w) for w in (480, 960)}
    assert not new & old


def test_unreadable_jpeg_keeps_the_original(tmp_path) -> None:
    folder = tmp_path / "articles" / "c"
    path = write_jpeg(folder / "photos" / "podium.jpg", (2000, 1500))
    data = path.read_bytes()
    path.write_bytes(data[:data.index(b"\xff\xda") + 20])  # header intact, pixels cut off
    article = make_article(folder, BODY, photos=[make_photo("podium")])
    variants = ScaledPreviewImages(article, "file:///x/").variants(article.photos[0])
    assert [v.width for v in variants] == [2000]
    leftovers = list((folder / ".newsdesk" / "preview").glob("*"))
    assert all(not p.name.endswith(".tmp") for p in leftovers)


def test_a_removed_photo_takes_its_copies_along(tmp_path, sandbox, config_de) -> None:
    """Removing a photo from the article leaves no copies behind in .newsdesk/preview;
    the other photo's copies and any file not named as a copy stay."""
    folder = tmp_path / "articles" / "c"
    write_jpeg(folder / "photos" / "podium.jpg", (2000, 1500))
    write_jpeg(folder / "photos" / "saal.jpg", (2000, 1500))
    both = [make_photo("podium"), make_photo("saal")]
    article = make_article(folder, BODY + "\n![](photo:saal)\n", photos=both)
    preview_page(sandbox, article, config_de)
    copies = folder / ".newsdesk" / "preview"
    assert len(os.listdir(copies)) == 2 * len(WIDTHS)
    (copies / "notes.txt").write_text("not a copy", encoding="utf-8")
    only = make_article(folder, BODY, photos=[make_photo("podium")])
    preview_page(sandbox, only, config_de)
    st = (folder / "photos" / "podium.jpg").stat()
    assert set(os.listdir(copies)) == {
        "notes.txt", *(copy_name("photos/podium.jpg", st, w) for w in WIDTHS)}
