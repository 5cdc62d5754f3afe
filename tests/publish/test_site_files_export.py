"""The publisher logo and favicon (newsdesk.toml publisher_logo / favicon) travel with
the bundle: copied to assets/logo.<ext> and assets/favicon.<ext>, listed in article.json,
linked by the page, named absolutely in the JSON-LD; a changed logo re-exports; a file that
cannot be used refuses the export. Tested through the command line."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from urllib.parse import urljoin

from PIL import Image

from editor.cli import main
from editor.model import contenthash
from tests.render.conftest import parse

from .conftest import UMLAUT_CREDITS, make_article, make_photo

BASE = "https://www.beispielhausen.de/aktuelles/"


def _png(width: int, height: int, colour=(10, 80, 160)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "PNG")
    return buf.getvalue()


def _workspace(root: Path, logo: str = "brand/logo.png", favicon: str = "brand/icon.png"
               ) -> Path:
    ws = root / "ws"
    (ws / "brand").mkdir(parents=True)
    (ws / "newsdesk.toml").write_text(
        f'site_name = "Stadt Übersee"\nimage_widths = [160, 320]\napproval_required = false\n'
        f'base_url = "{BASE}"\n'
        f'publisher = "Stadt Übersee"\npublisher_logo = "{logo}"\nfavicon = "{favicon}"\n',
        "utf-8")
    (ws / "brand" / "logo.png").write_bytes(_png(600, 60))
    (ws / "brand" / "icon.png").write_bytes(_png(32, 32))
    folder = ws / "articles" / "stadtfest"
    make_photo(folder / "photos" / "a.jpg")
    make_article(folder, [("a", "photos/a.jpg", dict(UMLAUT_CREDITS))])
    return folder


def _export(folder: Path, out: Path, capsys) -> tuple[int, str]:
    contenthash._file_hashes.clear()
    code = main(["export", str(folder), "--out", str(out), "--jobs", "1", "--as", "Test"])
    return code, capsys.readouterr().err


def test_logo_and_favicon_are_in_the_bundle_and_linked(tmp_path, capsys):
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    code, err = _export(folder, out, capsys)
    assert code == 0, err
    bundle = out / folder.name
    logo = (folder.parent.parent / "brand" / "logo.png").read_bytes()
    assert (bundle / "assets" / "logo.png").read_bytes() == logo
    assert (bundle / "assets" / "favicon.png").read_bytes() == \
        (folder.parent.parent / "brand" / "icon.png").read_bytes()
    record = json.loads((bundle / "article.json").read_text("utf-8"))
    listed = {f["path"]: f for f in record["files"]}
    assert listed["assets/logo.png"]["sha256"] == hashlib.sha256(logo).hexdigest()
    assert listed["assets/logo.png"]["width"] == 600
    assert "assets/favicon.png" in listed
    root = parse((bundle / "index.html").read_text("utf-8"))
    head = root.find(".//head")
    icon = next(link for link in head.findall("link") if link.get("rel") == "icon")
    assert (bundle / icon.get("href")).is_file()
    data = json.loads(head.find("script[@type='application/ld+json']").text)
    canonical = head.find("link[@rel='canonical']").get("href")
    assert canonical.startswith(BASE)
    # the absolute URL names the file the bundle has, at the page's place
    assert data["publisher"]["logo"]["url"] == urljoin(canonical, "assets/logo.png")
    assert data["publisher"]["logo"]["url"].startswith(BASE)


def test_changed_logo_makes_the_next_export_write(tmp_path, capsys):
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    assert _export(folder, out, capsys)[0] == 0
    code, err = _export(folder, out, capsys)
    assert code == 0 and "up to date" in err
    new = _png(600, 60, (200, 0, 0))
    (folder.parent.parent / "brand" / "logo.png").write_bytes(new)
    code, err = _export(folder, out, capsys)
    assert code == 0 and "up to date" not in err, err
    assert (out / folder.name / "assets" / "logo.png").read_bytes() == new


def test_unusable_logo_refuses_the_export(tmp_path, capsys):
    folder = _workspace(tmp_path)
    ws = folder.parent.parent
    out = tmp_path / "out"
    logo = ws / "brand" / "logo.png"
    # a symbolic link leading out of the workspace
    (tmp_path / "outside.png").write_bytes(_png(10, 10))
    logo.unlink()
    logo.symlink_to(tmp_path / "outside.png")
    code, err = _export(folder, out, capsys)
    assert code != 0 and "symbolic link" in err and "publisher_logo" in err, err
    assert not (out / folder.name).exists()
    # too big
    logo.unlink()
    logo.write_bytes(b"\x89PNG" + b"\0" * (1024 * 1024 + 10))
    code, err = _export(folder, out, capsys)
    assert code != 0 and "larger than" in err, err
    # not the image its name says (an SVG renamed .png)
    logo.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>")
    code, err = _export(folder, out, capsys)
    assert code != 0 and "not a readable PNG" in err, err
    assert not (out / folder.name).exists()


def test_svg_or_outside_path_is_refused_when_the_settings_are_read(tmp_path, capsys):
    for bad in ("brand/logo.svg", "../logo.png"):
        folder = _workspace(tmp_path / bad.replace("/", "_"), logo=bad)
        code, err = _export(folder, tmp_path / "out", capsys)
        assert code != 0 and "publisher_logo" in err, err
