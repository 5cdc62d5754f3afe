"""The command line's up-to-date export without loading the article (editor.publish.quick,
issue 12): it prints exactly what the full check prints, and any change to what that check
read (article, settings, photos, logo, review events, templates), made before or while an
export runs, sends the next export through the full check. Through the command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.commands import _common
from editor.model import article as article_mod
from editor.model import (
    checked,
    config,
    contenthash,
    frontmatter,
    review,
    reviewlog,
    sitefiles,
    workspace,
)
from editor.publish import bundle, quick

from .conftest import make_photo
from .test_up_to_date import REPO, UP_TO_DATE, _export, _workspace


@pytest.fixture
def exported(tmp_path, capsys) -> tuple[Path, Path]:
    """An article exported once (its record kept)."""
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    assert UP_TO_DATE not in _export(folder, out, capsys)
    return folder, out


@pytest.fixture
def full_checks(monkeypatch) -> list[Path]:
    """The folders the full check (checked.load_checked) was run for."""
    seen: list[Path] = []
    real = checked.load_checked

    def spy(folder, *a, **k):
        seen.append(Path(folder))
        return real(folder, *a, **k)

    monkeypatch.setattr(checked, "load_checked", spy)
    return seen


def _lookup(folder: Path, out: Path, zip_: bool = False) -> quick.Hit | None:
    return quick.lookup(folder, folder.parent.parent, out, zip_)


def _run(folder: Path, out: Path, capsys, *extra: str) -> tuple[int, str, str]:
    contenthash._file_hashes.clear()
    code = main(["export", str(folder), "--out", str(out), "--jobs", "1", "--as", "Test",
                 *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_unchanged_article_is_up_to_date_without_the_full_check(exported, capsys,
                                                                full_checks):
    folder, out = exported
    events = len(list((folder / "review").iterdir()))
    assert _lookup(folder, out) is not None
    err = _export(folder, out, capsys)
    assert UP_TO_DATE in err and full_checks == []
    published = sorted((folder / "review").iterdir())
    assert len(published) == events + 1  # recorded as the full export records it
    event = json.loads(published[-1].read_text("utf-8"))
    assert event["event"] == "published" and event["by"] == "Test"
    assert event["bundle_hash"] and event["note"] == f"bundle {event['bundle_hash']}"
    assert _lookup(folder, out) is not None  # its own event does not void the record
    assert UP_TO_DATE in _export(folder, out, capsys) and full_checks == []


@pytest.mark.parametrize("options", [[], ["--json"], ["-q"], ["--zip"], ["--zip", "--json"]])
def test_prints_what_the_full_check_prints(tmp_path, capsys, full_checks, options):
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    assert _run(folder, out, capsys, *options)[0] == 0  # the first export
    quick_run = _run(folder, out, capsys, *options)
    assert full_checks == [folder]
    shutil.rmtree(folder.parent.parent / quick.CACHE_DIR / quick.FOLDER)
    full_run = _run(folder, out, capsys, *options)
    assert full_checks == [folder, folder]  # this time the full check said 'up to date'
    assert quick_run == full_run
    code, stdout, stderr = quick_run
    assert code == 0
    if "--json" in options:
        result = json.loads(stdout)
        assert result["up_to_date"] is True and result["warnings"]  # warnings to compare
    elif "-q" not in options:
        assert UP_TO_DATE in stderr and "warning" in stderr


def _event(folder: Path, kind: str, note: str = "") -> None:
    article = article_mod.load_article(folder)
    review.add_event(article, kind, "Rita Reviewer", note)


def _replace_same_bytes(path: Path) -> None:
    copy = path.with_name(path.name + ".copy")
    shutil.copy2(path, copy)
    os.replace(copy, path)  # same bytes and mtime, a new inode


def _symlink_to_copy(path: Path, elsewhere: Path) -> None:
    elsewhere.mkdir(parents=True, exist_ok=True)
    target = elsewhere / path.name
    if path.is_dir():
        shutil.copytree(path, target)
        shutil.rmtree(path)
    else:
        shutil.copy2(path, target)
        path.unlink()
    path.symlink_to(target)


CHANGES = {
    "article text": lambda f, t: (f / "article.md").write_bytes(
        (f / "article.md").read_bytes().replace(b"Erster Absatz.", b"Erster  Absatz.")),
    "article.md a link": lambda f, t: _symlink_to_copy(f / "article.md", t / "elsewhere"),
    "settings comment": lambda f, t: (f.parent.parent / "newsdesk.toml").write_text(
        (f.parent.parent / "newsdesk.toml").read_text("utf-8") + "# note\n", "utf-8"),
    "photo touched": lambda f, t: os.utime(f / "photos" / "a.jpg", ns=(1, 1)),
    "photo copied over": lambda f, t: _replace_same_bytes(f / "photos" / "a.jpg"),
    "photo a link": lambda f, t: _symlink_to_copy(f / "photos" / "a.jpg", t / "elsewhere"),
    "photos folder a link": lambda f, t: _symlink_to_copy(f / "photos", t / "elsewhere"),
    "photo removed": lambda f, t: (f / "photos" / "a.jpg").unlink(),
    "comment": lambda f, t: _event(f, "comment", "Bitte prüfen"),
    "reopened": lambda f, t: _event(f, "reopened"),
    "event rewritten": lambda f, t: _rewrite_first_event(f),
    "event removed": lambda f, t: sorted((f / "review").iterdir())[0].unlink(),
    "unreadable event": lambda f, t: (f / "review" / "20990101T000000.000000Z-x.json")
    .write_text("{", "utf-8"),
    "review a link": lambda f, t: _symlink_to_copy(f / "review", t / "elsewhere"),
    "template added": lambda f, t: _template(f.parent.parent),
}


def _rewrite_first_event(folder: Path) -> None:
    first = sorted((folder / "review").iterdir())[0]
    with open(first, "a", encoding="utf-8") as f:  # in place: the same inode
        f.write(" ")


def _template(root: Path) -> None:
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "footer.html").write_text("<footer>Impressum</footer>", "utf-8")


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_to_what_the_check_read_means_the_full_check(exported, capsys, tmp_path,
                                                                full_checks, change):
    folder, out = exported
    assert _lookup(folder, out) is not None
    CHANGES[change](folder, tmp_path)
    assert _lookup(folder, out) is None
    contenthash._file_hashes.clear()
    main(["export", str(folder), "--out", str(out), "--jobs", "1", "--as", "Test"])
    capsys.readouterr()
    assert full_checks == [folder]


def test_an_export_into_another_folder_keeps_the_record(exported, capsys, tmp_path,
                                                        full_checks):
    """Its 'published' event changes nothing the check reads (review.derive)."""
    folder, out = exported
    assert UP_TO_DATE not in _export(folder, tmp_path / "elsewhere", capsys)
    assert full_checks == [folder]
    assert _lookup(folder, out) is not None
    assert UP_TO_DATE in _export(folder, out, capsys)
    assert full_checks == [folder]


def test_a_changed_bundle_is_exported_again(exported, capsys):
    folder, out = exported
    page = out / "stadtfest" / "index.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"</body>", b"<script>alert(1)</script></body>"))
    assert _lookup(folder, out) is not None  # the inputs are the same ...
    assert UP_TO_DATE not in _export(folder, out, capsys)  # ... the bundle is not
    assert page.read_bytes() == original


@pytest.mark.parametrize("during", ["comment", "event rewritten", "article", "photo",
                                    "settings"])
def test_a_change_while_the_export_runs_is_seen_next_time(exported, capsys, monkeypatch,
                                                          full_checks, during):
    """Made after the check read its inputs: the next export checks in full."""
    folder, out = exported
    root = folder.parent.parent
    real = bundle.export_article

    def export_and_change(*a, **k):
        result = real(*a, **k)
        if during == "comment":
            _event(folder, "comment", "Noch ein Gedanke")
        elif during == "event rewritten":
            _rewrite_first_event(folder)
        elif during == "article":
            md = folder / "article.md"
            md.write_bytes(md.read_bytes().replace(b"Erster Absatz.", b"Erster Satz."))
        elif during == "photo":
            make_photo(folder / "photos" / "a.jpg", (600, 401))
        else:
            (root / "newsdesk.toml").write_text(
                (root / "newsdesk.toml").read_text("utf-8") + "# x\n", "utf-8")
        return result

    monkeypatch.setattr(bundle, "export_article", export_and_change)
    _export(folder, out, capsys, "--force")
    monkeypatch.setattr(bundle, "export_article", real)
    assert _lookup(folder, out) is None
    _run(folder, out, capsys)
    assert full_checks == [folder, folder]


def test_the_logo_and_favicon_bytes_count(tmp_path, capsys, full_checks):
    folder = _workspace(tmp_path)
    root = folder.parent.parent
    logo = make_photo(root / "assets" / "logo.png", (200, 60), fmt="PNG")
    with open(root / "newsdesk.toml", "a", encoding="utf-8") as f:
        f.write('publisher_logo = "assets/logo.png"\n')
    out = tmp_path / "out"
    assert _run(folder, out, capsys)[0] == 0
    assert _lookup(folder, out) is not None
    make_photo(logo, (200, 61), fmt="PNG")
    assert _lookup(folder, out) is None
    assert _run(folder, out, capsys)[0] == 0
    assert (out / "stadtfest" / "assets" / "logo.png").read_bytes() == logo.read_bytes()
    _symlink_to_copy(logo, tmp_path / "elsewhere")
    assert _lookup(folder, out) is None


def test_a_refused_export_keeps_no_record(tmp_path, capsys):
    folder = _workspace(tmp_path, approval=True)
    out = tmp_path / "out"
    assert _run(folder, out, capsys)[0] == 1  # not approved
    assert _lookup(folder, out) is None
    assert not (folder.parent.parent / quick.CACHE_DIR / quick.FOLDER).exists()


def test_names_written_out_agree_with_the_model():
    assert quick.CACHE_DIR == workspace.CACHE_DIR
    assert quick.ARTICLE_FILE == article_mod.ARTICLE_FILE
    assert quick.CONFIG_NAME == config.CONFIG_NAME == _common._CONFIG_FILE
    assert quick.REVIEW_DIR == article_mod.REVIEW_DIR == reviewlog.REVIEW_DIR
    assert review.META_DIR == article_mod.META_DIR
    assert quick.ARTICLE_MAX_BYTES == frontmatter.MAX_FILE_BYTES
    assert quick.CONFIG_MAX_BYTES == config.CONFIG_MAX_BYTES
    assert quick.SITE_FILE_MAX_BYTES >= sitefiles.MAX_BYTES


HEAVY = ["yaml", "tomllib", "editor.model.article", "editor.model.validation",
         "editor.model.readability", "editor.model.checked", "editor.publish.bundle", "PIL",
         "jinja2"]


def test_an_up_to_date_export_loads_no_parser_validation_or_export(exported, tmp_path):
    folder, out = exported
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main(['export', {str(folder)!r}, '--out', {str(out)!r}, '--as', 'T'])\n"
        f"print('LOADED', [m for m in {HEAVY!r} if m in sys.modules])\n"
        "sys.exit(code)\n")
    env = {**os.environ, "NEWSDESK_SETTINGS": str(tmp_path / "none.ini")}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert UP_TO_DATE in proc.stderr
    assert "LOADED []" in proc.stdout


def _damage(record: Path, how: str) -> None:
    if how in ("empty", "torn"):
        record.write_bytes(b"" if how == "empty" else record.read_bytes()[:40])
        return
    data = json.loads(record.read_text("utf-8"))
    if how == "warnings":
        data["warnings"] = [{"problem": {"severity": 1}, "position": None}]
    elif how == "position":
        data["warnings"][0]["position"] = ["1", 2]
    elif how == "photos":
        data["photos"] = [[7, None]]
    elif how == "name":
        data["name"] = ["stadtfest"]
    elif how == "inputs":
        data["inputs"] = "0" * 64
    record.write_text(json.dumps(data), "utf-8")


@pytest.mark.parametrize("how", ["empty", "torn", "warnings", "position", "photos", "name",
                                 "inputs"])
def test_a_damaged_record_means_the_full_check(exported, capsys, full_checks, how):
    folder, out = exported
    [record] = (folder.parent.parent / quick.CACHE_DIR / quick.FOLDER).iterdir()
    _damage(record, how)
    code, stdout, _err = _run(folder, out, capsys)
    assert code == 0 and stdout.splitlines() == [str(out / "stadtfest")]
    assert full_checks == [folder]
    assert _lookup(folder, out) is not None  # recorded anew
