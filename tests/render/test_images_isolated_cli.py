"""PreviewImages sizes, render_page_isolated limits, and `newsdesk render`."""

from __future__ import annotations

import os
import shutil

import pytest

from editor.cli import main
from editor.render import PreviewImages, RenderError, render_page, render_page_isolated
from editor.render.images import image_header
from tests.render.conftest import ExportLikeImages, make_article, make_photo, parse, write_jpeg


@pytest.mark.parametrize("orientation,expected", [(None, (60, 40)), (1, (60, 40)),
                                                  (3, (60, 40)), (5, (40, 60)),
                                                  (6, (40, 60)), (8, (40, 60))])
def test_header_size_respects_exif_rotation(tmp_path, orientation, expected):
    path = write_jpeg(tmp_path / f"o{orientation}.jpg", (60, 40), orientation)
    assert image_header(path)[:2] == expected
    assert image_header(path)[2] == "jpeg"


def test_header_cache_notices_a_changed_file(tmp_path):
    path = write_jpeg(tmp_path / "p.jpg", (60, 40))
    assert image_header(path)[:2] == (60, 40)
    write_jpeg(path, (30, 20))
    os.utime(path, ns=(1, 10**9 * 5))  # a different mtime even on coarse file systems
    assert image_header(path)[:2] == (30, 20)
    path.write_bytes(b"not an image")
    assert image_header(path) is None
    path.unlink()
    assert image_header(path) is None


def test_preview_images_quote_file_names(tmp_path):
    folder = tmp_path / "a"
    write_jpeg(folder / "photos" / "Bild mit Ä #1.jpg")
    article = make_article(folder, photos=[make_photo("p", file="photos/Bild mit Ä #1.jpg")])
    [variant] = PreviewImages(article, "file:///base/").variants(article.photos[0])
    assert variant.url == "file:///base/photos/Bild%20mit%20%C3%84%20%231.jpg"


def test_isolated_render_equals_in_process_render(tmp_path, config_de):
    article = make_article(tmp_path / "a", "Text\n\n![](photo:podium)", photos=[make_photo()])
    images = ExportLikeImages()
    assert render_page_isolated(article, config_de, images, timeout=30) == \
        render_page(article, config_de, images)


def test_isolated_render_gives_up_after_the_time_limit(tmp_path, config_de):
    # thousands of '[' make Python-Markdown take many seconds
    article = make_article(tmp_path / "a", "[" * 20000)
    with pytest.raises(RenderError, match="took too long"):
        render_page_isolated(article, config_de, ExportLikeImages(), timeout=0.5)


def test_isolated_render_reports_errors_plainly(tmp_path, config_de):
    class Unpicklable:
        def __init__(self):
            self.fn = lambda: None

        def variants(self, photo):
            return []

    with pytest.raises(RenderError, match="could not render"):
        render_page_isolated(make_article(tmp_path / "a", "x"), config_de, Unpicklable())


def _sample(tmp_path):
    from editor import resources

    ws = tmp_path / "ws"
    shutil.copytree(resources.path("sample-workspace"), ws)
    return ws / "articles" / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def test_cli_render_default_output_with_relative_urls(tmp_path, capsys):
    article = _sample(tmp_path)
    assert main(["render", str(article)]) == 0
    out = article / ".newsdesk" / "preview.html"
    assert capsys.readouterr().out.strip() == str(out)
    root = parse(out.read_text(encoding="utf-8"))
    img = root.find(".//figure/picture/img")
    assert img.get("src") == "../photos/fassade.jpg"
    assert (out.parent / img.get("src")).is_file()
    css = root.find(".//link[@rel='stylesheet']").get("href")
    assert (out.parent / css).resolve().name == "article.css"
    assert (out.parent / css).is_file()


def test_cli_render_to_file_and_stdout(tmp_path, capsys):
    article = _sample(tmp_path)
    target = tmp_path / "elsewhere" / "seite.html"
    assert main(["render", str(article), "-o", str(target)]) == 0
    img = parse(target.read_text(encoding="utf-8")).find(".//figure/picture/img")
    assert (target.parent / img.get("src")).resolve() == (article / "photos" / "fassade.jpg")
    capsys.readouterr()
    assert main(["render", str(article), "-o", "-"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert parse(page).find(".//figure/picture/img").get("src") == "photos/fassade.jpg"


def test_cli_render_bad_usage_and_slow_content(tmp_path, capsys):
    assert main(["render", str(tmp_path / "nope")]) == 2
    assert "no such article folder" in capsys.readouterr().err
    article = _sample(tmp_path)
    text = (article / "article.md").read_text(encoding="utf-8")
    (article / "article.md").write_text(text + "\n" + "[" * 20000 + "\n", encoding="utf-8")
    assert main(["render", str(article), "--timeout", "0.5"]) == 1
    err = capsys.readouterr().err
    assert "took too long" in err and "Traceback" not in err
