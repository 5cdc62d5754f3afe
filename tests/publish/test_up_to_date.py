"""`newsdesk export` into the same folder again: nothing to do when nothing changed and the
bundle is intact ('up to date', no images, no render worker); a full export whenever the
content, a photo, a credit, the approval, the settings, the template or the bundle itself
changed. Tested from outside, through the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import resources
from editor.cli import main
from editor.model import contenthash, workspace
from editor.publish import bundle, uptodate
from editor.render import isolated

from .conftest import UMLAUT_CREDITS, make_article, make_photo

REPO = Path(__file__).resolve().parents[2]
UP_TO_DATE = "up to date"


def _workspace(root: Path, approval: bool = False) -> Path:
    ws = root / "ws"
    ws.mkdir(parents=True)
    (ws / "newsdesk.toml").write_text(
        f'site_name = "Stadt Übersee"\nimage_widths = [160, 320]\n'
        f'approval_required = {"true" if approval else "false"}\n', "utf-8")
    folder = ws / "articles" / "stadtfest"
    make_photo(folder / "photos" / "a.jpg")
    make_article(folder, [("a", "photos/a.jpg", dict(UMLAUT_CREDITS))])
    return folder


def _export(folder: Path, out: Path, capsys, *extra: str) -> str:
    """Run the export as a new process would (no digests kept in memory); its stderr."""
    contenthash._file_hashes.clear()
    code = main(["export", str(folder), "--out", str(out), "--jobs", "1", "--as", "Test",
                 *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.splitlines()[0] == str(out / folder.name)
    return captured.err


def _inodes(bundle_dir: Path) -> dict[str, int]:
    return {p.relative_to(bundle_dir).as_posix(): p.stat().st_ino
            for p in bundle_dir.rglob("*") if p.is_file()}


def _published(folder: Path) -> int:
    return sum(1 for p in (folder / "review").glob("*.json")
               if json.loads(p.read_text("utf-8")).get("event") == "published")


@pytest.fixture
def no_build(monkeypatch):
    """Fail loudly if an export renders or makes images."""
    def refuse(*_a, **_k):
        raise AssertionError("an up-to-date export must not build")

    monkeypatch.setattr(isolated, "render_isolated", refuse)
    monkeypatch.setattr(bundle, "build_derivatives", refuse)


@pytest.fixture
def exported(tmp_path, capsys) -> tuple[Path, Path]:
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    assert UP_TO_DATE not in _export(folder, out, capsys)
    return folder, out


def test_unchanged_article_is_up_to_date_without_building(exported, capsys, request):
    folder, out = exported
    before = _inodes(out / "stadtfest")
    events = _published(folder)
    request.getfixturevalue("no_build")
    err = _export(folder, out, capsys)
    assert UP_TO_DATE in err
    assert _inodes(out / "stadtfest") == before  # nothing was written
    assert _published(folder) == events + 1  # the export is recorded as before


def test_force_writes_it_again(exported, capsys):
    folder, out = exported
    before = _inodes(out / "stadtfest")
    assert UP_TO_DATE not in _export(folder, out, capsys, "--force")
    assert _inodes(out / "stadtfest")["index.html"] != before["index.html"]
    assert UP_TO_DATE in _export(folder, out, capsys)  # the forced export left a stamp


def test_another_export_folder_is_not_up_to_date(exported, capsys, tmp_path):
    folder, _out = exported
    assert UP_TO_DATE not in _export(folder, tmp_path / "elsewhere", capsys)
    assert (tmp_path / "elsewhere" / "stadtfest" / "index.html").is_file()


def _record(out: Path) -> dict:
    return json.loads((out / "stadtfest" / "article.json").read_text("utf-8"))


def test_changed_body_re_exports(exported, capsys):
    folder, out = exported
    md = folder / "article.md"
    md.write_text(md.read_text("utf-8").replace("Erster Absatz.", "Neuer Absatz."), "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert "Neuer Absatz." in (out / "stadtfest" / "index.html").read_text("utf-8")


def test_changed_photo_credit_re_exports(exported, capsys):
    folder, out = exported
    md = folder / "article.md"
    md.write_text(md.read_text("utf-8").replace("Jörg Müller", "Jana Schmidt"), "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert _record(out)["photos"][0]["creator"] == "Jana Schmidt"


def test_replaced_photo_re_exports(exported, capsys):
    folder, out = exported
    old = _record(out)["photos"][0]["original"]["sha256"]
    make_photo(folder / "photos" / "a.jpg", size=(640, 400))
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert _record(out)["photos"][0]["original"]["sha256"] != old


def test_photo_changed_in_place_with_its_mtime_set_back_re_exports(exported, capsys):
    folder, out = exported
    photo = folder / "photos" / "a.jpg"
    st = photo.stat()
    data = bytearray(photo.read_bytes())
    data[-3] ^= 0xFF  # inside the entropy-coded data: same size, other bytes
    with open(photo, "r+b") as f:
        f.write(data)
    os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert UP_TO_DATE not in _export(folder, out, capsys)


def test_changed_settings_re_export(exported, capsys):
    folder, out = exported
    toml = folder.parent.parent / "newsdesk.toml"
    toml.write_text(toml.read_text("utf-8").replace("Stadt Übersee", "Stadt Überall"),
                    "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert "Stadt Überall" in (out / "stadtfest" / "index.html").read_text("utf-8")


def test_changed_page_template_re_exports(exported, capsys, monkeypatch, tmp_path):
    folder, out = exported
    copy = tmp_path / "resources"
    for part in ("templates", "css"):
        (copy / part).mkdir(parents=True)
        for f in resources.path(part).iterdir():
            (copy / part / f.name).write_bytes(f.read_bytes())
    monkeypatch.setattr(resources, "root", lambda: copy)
    assert UP_TO_DATE not in _export(folder, out, capsys)  # another installation
    assert UP_TO_DATE in _export(folder, out, capsys)
    template = copy / "templates" / "article.html"
    template.write_text(template.read_text("utf-8") + "<!-- edited -->\n", "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    css = copy / "css" / "article.css"
    css.write_text(css.read_text("utf-8") + "\n/* edited */\n", "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert (out / "stadtfest" / "assets" / "article.css").read_text("utf-8").endswith(
        "/* edited */\n")


def test_changed_approval_re_exports(tmp_path, capsys):
    folder = _workspace(tmp_path, approval=True)
    out = tmp_path / "out"

    def review(*args: str) -> None:
        assert main(["review", args[0], str(folder), *args[1:]]) == 0, capsys.readouterr()
        capsys.readouterr()

    review("submit", "--as", "Autorin")
    review("approve", "--as", "Redakteur")
    _export(folder, out, capsys)
    assert _record(out)["approval"]["by"] == "Redakteur"
    assert UP_TO_DATE in _export(folder, out, capsys)
    review("reopen", "--as", "Autorin")
    review("submit", "--as", "Autorin")
    review("approve", "--as", "Chefin")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert _record(out)["approval"]["by"] == "Chefin"


def test_approval_given_after_an_export_without_one_re_exports(exported, capsys):
    folder, out = exported
    assert _record(out)["approval"] is None
    for kind, name in (("reopen", "Autorin"), ("submit", "Autorin"),
                       ("approve", "Redakteur")):
        assert main(["review", kind, str(folder), "--as", name]) == 0
    capsys.readouterr()
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert _record(out)["approval"]["by"] == "Redakteur"


@pytest.mark.parametrize("rel", ["index.html", "article.json", "assets/article.css",
                                 "images/a-320.webp"])
def test_tampered_output_file_is_rewritten(exported, capsys, rel):
    folder, out = exported
    path = out / "stadtfest" / rel
    good = path.read_bytes()
    st = path.stat()
    # in the text where there is text (a byte in the middle of article.json may be JSON's
    # own syntax, and a folder with a broken article.json is not taken for an export)
    at = good.find(b"Erster Absatz")
    with open(path, "r+b") as f:  # same size, same inode, mtime set back
        f.seek(at if at >= 0 else len(good) // 2)
        f.write(b"X")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.read_bytes() != good
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert path.read_bytes() == good


@pytest.mark.parametrize("rel", ["index.html", "images/a-160.jpg", "images"])
def test_deleted_output_is_rewritten(exported, capsys, rel):
    folder, out = exported
    path = out / "stadtfest" / rel
    good = {p: p.read_bytes() for p in (out / "stadtfest").rglob("*") if p.is_file()}
    if path.is_dir():
        for f in path.iterdir():
            f.unlink()
        path.rmdir()
    else:
        path.unlink()
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert {p: p.read_bytes() for p in (out / "stadtfest").rglob("*") if p.is_file()} == good


def test_added_file_or_symlink_in_the_bundle_is_not_up_to_date(exported, capsys):
    folder, out = exported
    extra = out / "stadtfest" / "images" / "extra.txt"
    extra.write_text("not ours", "utf-8")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert not extra.exists()
    page = out / "stadtfest" / "index.html"
    page.rename(out / "page.html")
    page.symlink_to(out / "page.html")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert not page.is_symlink() and page.is_file()


def test_deleted_bundle_is_rewritten(exported, capsys):
    folder, out = exported
    import shutil

    shutil.rmtree(out / "stadtfest")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert (out / "stadtfest" / "index.html").is_file()


def test_zip_wanted_kept_and_removed(exported, capsys):
    folder, out = exported
    zip_path = out / "stadtfest.zip"
    assert UP_TO_DATE not in _export(folder, out, capsys, "--zip")  # no zip yet
    good = zip_path.read_bytes()
    assert UP_TO_DATE in _export(folder, out, capsys, "--zip")
    zip_path.unlink()
    assert UP_TO_DATE not in _export(folder, out, capsys, "--zip")
    assert zip_path.read_bytes() == good
    with open(zip_path, "r+b") as f:
        f.seek(100)
        f.write(b"\0")
    assert UP_TO_DATE not in _export(folder, out, capsys, "--zip")
    assert zip_path.read_bytes() == good
    assert UP_TO_DATE not in _export(folder, out, capsys)  # no zip wanted: it goes
    assert not zip_path.exists()
    assert UP_TO_DATE in _export(folder, out, capsys)


@pytest.mark.parametrize("damage", [b"", b"{", b"[]", b'{"format": 1}', b"\xff" * 10])
def test_damaged_stamp_means_a_full_export(exported, capsys, damage):
    folder, out = exported
    cache = folder.parent.parent / workspace.CACHE_DIR
    stamps = list((cache / uptodate.FOLDER).glob("*.json"))
    assert len(stamps) == 1
    stamps[0].write_bytes(damage)
    before = _inodes(out / "stadtfest")
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert _inodes(out / "stadtfest")["index.html"] != before["index.html"]
    assert UP_TO_DATE in _export(folder, out, capsys)


def test_stamp_of_another_folder_copied_over_is_not_trusted(tmp_path, capsys):
    """A copied workspace (cache included) exporting into a copy of the export folder:
    new inodes and ctimes, so the bundle is written again."""
    folder = _workspace(tmp_path / "one")
    _export(folder, tmp_path / "one" / "out", capsys)
    import shutil

    shutil.copytree(tmp_path / "one", tmp_path / "two", symlinks=True)
    copy = tmp_path / "two" / "ws" / "articles" / "stadtfest"
    stamps = list((tmp_path / "two" / "ws" / workspace.CACHE_DIR / uptodate.FOLDER).iterdir())
    assert len(stamps) == 1
    data = json.loads(stamps[0].read_text("utf-8"))
    target = str(tmp_path / "two" / "out" / "stadtfest")
    data["target"] = target  # even a stamp naming this folder: the files are others
    stamps[0].rename(uptodate.stamp_path(stamps[0].parent.parent, Path(target)))
    uptodate.stamp_path(stamps[0].parent.parent, Path(target)).write_text(
        json.dumps(data), "utf-8")
    assert UP_TO_DATE not in _export(copy, tmp_path / "two" / "out", capsys)


def test_up_to_date_export_loads_no_image_or_render_library(exported):
    """In a new process, as a user runs it: no image encoding, exiv2, Jinja2, Markdown, no
    render worker code. (Pillow itself is loaded: validation checks each photo's header.)"""
    folder, out = exported
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main(['export', {str(folder)!r}, '--out', {str(out)!r}, '--as', 'T'])\n"
        "heavy = ['pyexiv2', 'jinja2', 'markdown', 'nh3', 'babel', 'editor.render.isolated',\n"
        "         'editor.render.sandbox', 'editor.render.page', 'editor.publish.derivatives',\n"
        "         'editor.publish.images', 'editor.publish.metadata']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
        "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert UP_TO_DATE in proc.stderr
    assert "LOADED []" in proc.stdout



def test_deleted_article_json_is_rewritten(exported, capsys):
    """Without article.json the folder no longer says it is a bundle, but the stamp knows
    every file left in it as this export's own."""
    folder, out = exported
    record = out / "stadtfest" / "article.json"
    good = record.read_bytes()
    record.unlink()
    assert UP_TO_DATE not in _export(folder, out, capsys)
    assert record.read_bytes() == good


@pytest.mark.parametrize("change", ["foreign file", "edited file"])
def test_folder_without_article_json_holding_other_files_is_not_replaced(exported, capsys,
                                                                        change):
    folder, out = exported
    (out / "stadtfest" / "article.json").unlink()
    if change == "foreign file":
        keep = out / "stadtfest" / "notes.txt"
        keep.write_text("meine Notizen", "utf-8")
    else:
        keep = out / "stadtfest" / "index.html"
        keep.write_text("<p>von Hand bearbeitet</p>", "utf-8")
    text = keep.read_text("utf-8")
    contenthash._file_hashes.clear()
    assert main(["export", str(folder), "--out", str(out), "--jobs", "1", "--as", "T"]) == 2
    assert "is not a Newsdesk export" in capsys.readouterr().err
    assert keep.read_text("utf-8") == text
