"""The export bundle: contents, article.json, refusal, atomic replacement, reproducible zip."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import html5lib
import pytest

from editor.model import review, reviewlog
from editor.model.article import load_article
from editor.publish import bundle as bundle_mod
from editor.publish.bundle import ExportRefused, export_article
from editor.publish.names import check_entry, unique_stems
from tests.pagemeta import other_problems
from tests.util import write_article

from .conftest import UMLAUT_CREDITS, make_article, make_photo, small_config

NS = "{http://www.w3.org/1999/xhtml}"


def _export(article, out: Path, config=None, **kw):
    root = article.folder.parent.parent
    return export_article(article, config or small_config(approval_required=False), out,
                          workspace_root=root, **kw)


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bundle_has_page_json_css_and_every_image(photo_article, tmp_path):
    seen = []
    result = _export(photo_article, tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    b = result.bundle
    assert b == tmp_path / "out" / "fahrradstrasse"
    assert set(result.files) == set(_tree(b))
    assert {"index.html", "article.json", "article.ninjs.json",
            "assets/article.css"} <= set(result.files)
    images = sorted(f for f in result.files if f.startswith("images/"))
    assert images == sorted([f"images/rad-{w}.{e}" for w in (160, 320, 480)
                             for e in ("jpg", "webp")]
                            + [f"images/rad-{c}.jpg" for c in ("card", "16x9", "4x3", "1x1")])
    # Only the bundle folder and nothing else was created beside it.
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["fahrradstrasse"]


def test_article_json_describes_the_article_and_every_file(photo_article, tmp_path):
    result = _export(photo_article, tmp_path / "out")
    record = json.loads((result.bundle / "article.json").read_text("utf-8"))
    assert record["schema"] == "newsdesk-article/2"
    assert record["title"] == "Neue Fahrradstraße eröffnet"
    assert record["date"] == "2026-11-24"
    assert record["url"].endswith("/fahrradstrasse/")
    assert "<figure" in record["body_html"] and "images/rad-" in record["body_html"]
    assert record["approval"] is None
    from editor.model.contenthash import content_hash
    assert record["content_hash"] == content_hash(photo_article)
    [photo] = record["photos"]
    for key, value in UMLAUT_CREDITS.items():
        assert photo[key] == value
    assert photo["original"]["width"] == 600
    assert photo["original"]["sha256"] == hashlib.sha256(
        (photo_article.folder / "photos" / "rad.jpg").read_bytes()).hexdigest()
    listed = {f["path"]: f for f in photo["files"]} | {f["path"]: f for f in record["files"]}
    for rel, info in listed.items():
        data = (result.bundle / rel).read_bytes()
        assert info["bytes"] == len(data)
        assert info["sha256"] == hashlib.sha256(data).hexdigest()
    assert set(listed) | {"article.json", "article.ninjs.json"} == set(result.files)


def _strings(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def test_article_json_names_only_files_inside_the_bundle(photo_article, tmp_path):
    result = _export(photo_article, tmp_path / "out")
    text = (result.bundle / "article.json").read_text("utf-8")
    record = json.loads(text)
    assert "photos/rad.jpg" not in text and str(tmp_path) not in text
    for key in ("path", "file"):
        assert f'"{key}": "/' not in text
    paths = [f["path"] for p in record["photos"] for f in p["files"]]
    paths += [f["path"] for f in record["files"]]
    assert paths and all((result.bundle / p).is_file() for p in paths)
    assert not any(s.startswith(("/", "..")) or "photos/" in s
                   for s in _strings(record) if not s.startswith("<"))


def test_page_points_only_inside_the_bundle(photo_article, tmp_path):
    result = _export(photo_article, tmp_path / "out")
    doc = html5lib.parse((result.bundle / "index.html").read_bytes())
    refs = []
    for el in doc.iter():
        if el.tag in (NS + "img", NS + "source"):
            refs += [el.get("src")] if el.get("src") else []
            refs += [part.split()[0] for part in (el.get("srcset") or "").split(",") if part]
        if el.tag == NS + "link" and el.get("rel") == "stylesheet":
            refs.append(el.get("href"))
    assert refs and "assets/article.css" in refs
    for ref in refs:
        assert not ref.startswith(("/", "http:", "https:", "file:")) and ".." not in ref
        assert (result.bundle / ref).is_file(), ref


def test_missing_credit_writes_nothing_and_keeps_the_older_bundle(photo_article, tmp_path):
    out = tmp_path / "out"
    first = _export(photo_article, out, make_zip=True)
    before = _tree(first.bundle)
    zip_before = first.zip.read_bytes()
    photo_article.photos[0].credit = ""
    photo_article.photos[0].alt = ""
    write_article(photo_article)
    with pytest.raises(ExportRefused) as info:
        _export(load_article(photo_article.folder), out, make_zip=True)
    codes = {(p.code, p.params.get("field")) for p in info.value.problems}
    assert ("photo-field-missing", "credit") in codes and ("photo-field-missing", "alt") in codes
    assert _tree(first.bundle) == before
    assert first.zip.read_bytes() == zip_before
    assert sorted(p.name for p in out.iterdir()) == ["fahrradstrasse", "fahrradstrasse.zip"]


def test_a_failure_while_writing_keeps_the_older_bundle(photo_article, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = _export(photo_article, out)
    before = _tree(first.bundle)
    photo_article.title = "Ein anderer Titel"
    real = bundle_mod._write_new

    def failing(path, *args):
        if Path(path).name == "article.json":
            raise OSError(28, "No space left on device")
        return real(path, *args)

    monkeypatch.setattr(bundle_mod, "_write_new", failing)
    from editor.model.errors import StorageError
    with pytest.raises(StorageError, match="disk is full"):
        _export(photo_article, out)
    assert _tree(first.bundle) == before
    assert [p.name for p in out.iterdir()] == ["fahrradstrasse"]  # no half-built folder


def test_second_export_replaces_the_bundle_and_uses_the_cache(photo_article, tmp_path):
    out = tmp_path / "out"
    first = _export(photo_article, out)
    assert first.images_built == 1
    (first.bundle / "stale.txt").write_text("from an older export")
    second = _export(photo_article, out)
    assert second.images_built == 0
    assert not (second.bundle / "stale.txt").exists()
    assert second.bundle_hash == first.bundle_hash


def test_two_exports_give_byte_identical_zips(photo_article, tmp_path):
    a = _export(photo_article, tmp_path / "a", make_zip=True)
    # A cold second export (no cache) must encode to the very same bytes.
    shutil.rmtree(photo_article.folder.parent.parent / ".newsdesk")
    b = _export(photo_article, tmp_path / "b", make_zip=True)
    assert b.images_built == 1
    assert a.zip.read_bytes() == b.zip.read_bytes()
    with zipfile.ZipFile(a.zip) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == sorted(names)
        assert all(n.startswith("fahrradstrasse/") for n in names)
        assert {n.split("/", 1)[1] for n in names} == set(a.files)
        for info in infos:
            check_entry(info.filename)
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
            assert info.extra == b""
        assert zf.read("fahrradstrasse/index.html") == (a.bundle / "index.html").read_bytes()


def test_approval_gate_and_published_event(tmp_path):
    folder = tmp_path / "ws" / "articles" / "freigabe"
    make_photo(folder / "photos" / "p.jpg")
    article = make_article(folder, [("p", "photos/p.jpg", UMLAUT_CREDITS)])
    config = small_config(approval_required=True)
    with pytest.raises(ExportRefused) as info:
        _export(article, tmp_path / "out", config)
    assert [p.code for p in other_problems(info.value.problems)] == ["not-approved"]
    assert not (tmp_path / "out").exists()
    review.add_event(article, "submitted", "Anna Autorin")
    review.add_event(article, "approved", "Rita Redaktion", config=config)
    result = _export(article, tmp_path / "out", config)
    record = json.loads((result.bundle / "article.json").read_text("utf-8"))
    assert record["approval"]["by"] == "Rita Redaktion"
    events = reviewlog.read_log(folder).events
    assert events[-1].kind == "published"
    assert result.bundle_hash in events[-1].note or \
        events[-1].extra.get("bundle_hash") == result.bundle_hash


def test_incomplete_photo_and_unreadable_photo_are_refused(tmp_path):
    folder = tmp_path / "ws" / "articles" / "a"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "kaputt.jpg").write_text("kein Bild")
    make_photo(folder / "photos" / "ok.jpg")
    article = make_article(folder, [("kaputt", "photos/kaputt.jpg", UMLAUT_CREDITS),
                                    ("ok", "photos/ok.jpg", UMLAUT_CREDITS)])
    with pytest.raises(ExportRefused) as info:
        _export(article, tmp_path / "out")
    [problem] = other_problems(info.value.problems)
    assert problem.code == "photo-unreadable" and "kaputt.jpg" in problem.message
    assert problem.location.ref == "kaputt"
    article.photos[1].incomplete = True
    with pytest.raises(ExportRefused) as info:
        _export(article, tmp_path / "out")
    assert "photo-incomplete" in {p.code for p in info.value.problems}
    assert not (tmp_path / "out").exists()


def test_file_names_are_safe_and_unique_ignoring_case(tmp_path):
    ids = ["Bild 1", "bild-1", "../../etc/passwd", "CON", "Straße", "ﬁx"]
    stems = unique_stems(ids)
    assert len({s.casefold() for s in stems}) == len(stems)
    for s in stems:
        check_entry(f"x/images/{s}-480.jpg")
        assert s.isascii() and "/" not in s and ".." not in s and s not in ("con", "nul")
    folder = tmp_path / "ws" / "articles" / "namen"
    make_photo(folder / "photos" / "a.jpg")
    photos = [(pid, "photos/a.jpg", UMLAUT_CREDITS) for pid in ids[:3]]
    article = make_article(folder, photos)
    result = _export(article, tmp_path / "out", make_zip=True)
    with zipfile.ZipFile(result.zip) as zf:
        names = zf.namelist()
    assert len({n.casefold() for n in names}) == len(names)
    assert all(n.startswith("namen/") and ".." not in n for n in names)


@pytest.mark.parametrize("bad", ["/abs", "a/../b", "a\\b", "C:/x", "a/b. ", ""])
def test_unsafe_entry_names_are_refused(bad):
    with pytest.raises(ValueError):
        check_entry(bad)


def test_sample_article_exports(sample_workspace, tmp_path):
    from editor.commands._common import open_article
    article, config, root = open_article(
        str(sample_workspace / "articles" / "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"))
    config = small_config(approval_required=False, image_formats=config.image_formats)
    result = export_article(article, config, tmp_path / "out", workspace_root=root)
    page = (result.bundle / "index.html").read_text("utf-8")
    assert "Bildnachweise" in page and "images/fassade-" in page
    html5lib.HTMLParser(strict=False).parse(page)


def test_leftovers_of_a_killed_export_are_removed_whatever_their_age(photo_article, tmp_path):
    # (An export running in another process holds the lock, so it is never disturbed:
    # tests/publish/test_export_kill.py.)
    out = tmp_path / "out"
    leftovers = [out / ".fahrradstrasse.export-dead", out / ".fahrradstrasse.staging",
                 out / ".fahrradstrasse.old"]
    for folder in leftovers:
        (folder / "images").mkdir(parents=True)
    _export(photo_article, out)
    assert sorted(p.name for p in out.iterdir()) == ["fahrradstrasse"]


def test_cancel_stops_the_export_and_writes_nothing(tmp_path, monkeypatch):
    import threading

    from editor.publish.bundle import ExportCancelled

    folder = tmp_path / "ws" / "articles" / "viele"
    photos = []
    for i in range(6):
        make_photo(folder / "photos" / f"p{i}.jpg", size=(900, 600))
        photos.append((f"p{i}", f"photos/p{i}.jpg", UMLAUT_CREDITS))
    article = make_article(folder, photos)
    cancel = threading.Event()
    started = []
    real = bundle_mod.build_derivatives.__globals__["process_photo"]

    def counting(*args, **kwargs):
        started.append(1)
        if len(started) == 2:
            cancel.set()  # as a Cancel button would, while the second photo is processed
        return real(*args, **kwargs)

    import editor.publish.derivatives as derivatives_mod
    monkeypatch.setattr(derivatives_mod, "process_photo", counting)
    with pytest.raises(ExportCancelled):
        _export(article, tmp_path / "out", cancel=cancel, jobs=1)
    assert len(started) == 2  # the running photo finishes; the rest never start
    assert not (tmp_path / "out").exists()


def test_never_replaces_the_article_the_workspace_or_a_foreign_folder(photo_article, tmp_path):
    from editor.publish.bundle import ExportTargetError

    articles = photo_article.folder.parent
    before = sorted(p.name for p in photo_article.folder.rglob("*"))
    # --out the articles folder: the bundle would be the article folder itself.
    with pytest.raises(ExportTargetError, match="inside the workspace"):
        _export(photo_article, articles)
    assert sorted(p.name for p in photo_article.folder.rglob("*")) == before
    foreign = tmp_path / "out" / "fahrradstrasse"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("my own files")
    with pytest.raises(ExportTargetError, match="not a Newsdesk export"):
        _export(photo_article, tmp_path / "out")
    assert (foreign / "notes.txt").read_text() == "my own files"
    (foreign / "notes.txt").unlink()
    foreign.rmdir()
    result = _export(photo_article, tmp_path / "out")  # a bundle may replace a bundle
    assert _export(photo_article, tmp_path / "out").bundle == result.bundle


def test_never_overwrites_a_foreign_zip(photo_article, tmp_path):
    from editor.publish.bundle import ExportTargetError

    out = tmp_path / "out"
    out.mkdir()
    (out / "fahrradstrasse.zip").write_bytes(b"my own archive")
    with pytest.raises(ExportTargetError, match="not a Newsdesk export zip"):
        _export(photo_article, out, make_zip=True)
    assert (out / "fahrradstrasse.zip").read_bytes() == b"my own archive"
    (out / "fahrradstrasse.zip").unlink()
    first = _export(photo_article, out, make_zip=True)
    assert _export(photo_article, out, make_zip=True).zip == first.zip  # ours: replaced


def test_a_symlinked_workspace_cache_is_not_written_through(photo_article, tmp_path):
    """<workspace>/.newsdesk pointing elsewhere: the export's images are made in a private
    cache instead of being written there."""
    ws = photo_article.folder.parent.parent
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shutil.rmtree(ws / ".newsdesk", ignore_errors=True)
    (ws / ".newsdesk").symlink_to(outside, target_is_directory=True)
    result = _export(photo_article, tmp_path / "out")
    assert (result.bundle / "index.html").is_file()
    assert not (outside / "cache" / "derivatives").exists()
    assert not (outside / "cache" / "manifests").exists()
