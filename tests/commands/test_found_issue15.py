"""What a new user found following the README claim by claim (issue 15), run from outside:
through ``editor.cli.main`` or a real ``python -m editor`` process.

(The photo-add lock and history finding is covered by test_photo_add_safety.py.)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.config import load_config
from tests.model.test_photometa import make_jpeg, xmp_packet

REPO = Path(__file__).resolve().parents[2]
SAMPLE_SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
CREDITS = dict(creator="Anna Groß", credit="Stadt / Anna Groß", rights="© Stadt",
               alt="Die Bühne am Abend")


def run_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=cwd)


def new_article(ws: Path, capsys, *extra: str, title: str = "Stadtfest") -> Path:
    assert main(["new", str(ws), "--title", title, "--date", "2022-06-24", *extra]) == 0
    return Path(capsys.readouterr().out.strip().splitlines()[-1])


def write(folder: Path, text: str) -> None:
    (folder / "article.md").write_text(text, encoding="utf-8", newline="")


# --- init --sample honours --site-name and --language -----------------------------------

def test_init_sample_honours_site_name_and_language(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "probe"
    assert main(["init", str(ws), "--sample", "--site-name", "Town of Example",
                 "--language", "en"]) == 0
    config = load_config(ws / "newsdesk.toml")
    assert config.site_name == "Town of Example" and config.language == "en"
    assert (ws / "articles" / SAMPLE_SLUG / "article.md").is_file()
    # without the options the sample keeps its own settings
    assert main(["init", str(tmp_path / "plain"), "--sample"]) == 0
    plain = load_config(tmp_path / "plain" / "newsdesk.toml")
    assert plain.site_name == "Stadt Beispielhausen" and plain.language == "de"


# --- photo add takes several files ------------------------------------------------------

def test_photo_add_several_files(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    one = make_jpeg(tmp_path / "Bühne.jpg", xmp=xmp_packet(**CREDITS))
    two = make_jpeg(tmp_path / "Publikum.jpg", xmp=xmp_packet(**CREDITS))
    assert main(["photo", "add", str(folder), str(one), str(two), "--caption", "Abend"]) == 0
    assert capsys.readouterr().out.split() == ["buehne", "publikum"]
    assert main(["photo", "list", str(folder), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["caption"]) for r in rows] == [("buehne", "Abend"),
                                                        ("publikum", "Abend")]
    # --id names one photo: with several files it is bad usage, and nothing changes
    before = (folder / "article.md").read_bytes()
    assert main(["photo", "add", str(folder), str(one), str(two), "--id", "x"]) == 2
    assert (folder / "article.md").read_bytes() == before


def test_photo_add_several_files_one_bad_changes_nothing(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    good = make_jpeg(tmp_path / "gut.jpg", xmp=xmp_packet(**CREDITS))
    bad = tmp_path / "kaputt.jpg"
    bad.write_bytes(b"kein Bild")
    before = (folder / "article.md").read_bytes()
    assert main(["photo", "add", str(folder), str(good), str(bad)]) == 2
    assert (folder / "article.md").read_bytes() == before
    assert list((folder / "photos").iterdir()) == []


# --- alt text at most 250 characters ----------------------------------------------------

def test_alt_text_over_250_refused_by_add_and_reported_by_check(tmp_path: Path,
                                                                capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    src = make_jpeg(tmp_path / "a.jpg", xmp=xmp_packet(**CREDITS))
    before = (folder / "article.md").read_bytes()
    assert main(["photo", "add", str(folder), str(src), "--alt", "x" * 251]) == 1
    assert "250" in capsys.readouterr().err
    assert (folder / "article.md").read_bytes() == before
    assert main(["photo", "add", str(folder), str(src), "--alt", "x" * 250]) == 0
    capsys.readouterr()
    text = (folder / "article.md").read_text(encoding="utf-8")
    write(folder, text.replace("x" * 250, "y" * 251))
    assert main(["check", str(folder), "--json"]) == 1
    codes = {(p["severity"], p["code"]) for p in json.loads(capsys.readouterr().out)}
    assert ("error", "alt-too-long") in codes


# --- check predicts export ----------------------------------------------------------------

@pytest.mark.parametrize("case", ["ok", "unreadable-photo", "missing-credit",
                                  "not-approved", "changed-since-approval"])
def test_check_predicts_export(tmp_path: Path, capsys, case: str) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys, "--author", "Presseamt")
    src = make_jpeg(tmp_path / "foto.jpg", xmp=xmp_packet(**CREDITS))
    assert main(["photo", "add", str(folder), str(src)]) == 0
    text = (folder / "article.md").read_text(encoding="utf-8")
    text = text.replace("lead: ''", "lead: Ein Vorspann.") + "\n![](photo:foto)\n"
    if case == "missing-credit":
        text = text.replace("creator: Anna Groß", "creator: ''")
    write(folder, text)
    if case == "unreadable-photo":
        (folder / "photos" / "foto.jpg").write_bytes(b"\xff\xd8\xff kaputt")
    if case != "not-approved":
        assert main(["review", "submit", str(folder), "--as", "Autorin"]) == 0
        main(["review", "approve", str(folder), "--as", "Redakteur"])
    if case == "changed-since-approval":
        write(folder, (folder / "article.md").read_text(encoding="utf-8") + "\nNeu.\n")
    capsys.readouterr()
    check_status = main(["check", str(folder), "--json"])
    check_errors = {p["code"] for p in json.loads(capsys.readouterr().out)
                    if p["severity"] == "error"}
    export_status = main(["export", str(folder), "--out", str(tmp_path / "out")])
    export_err = capsys.readouterr().err
    expected = {"ok": set(), "unreadable-photo": {"photo-unreadable"},
                # approve refuses an article with errors, so it is not approved either
                "missing-credit": {"photo-field-missing", "not-approved"},
                "not-approved": {"not-approved"},
                "changed-since-approval": {"changed-since-approval"}}[case]
    assert check_errors == expected
    assert (check_status == 0) == (export_status == 0) == (not expected)
    assert export_status in (0, 1)
    for code in expected:
        assert code in export_err


def test_not_approved_is_its_own_kind(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "not-approved" in err and "not approved" in err.lower()


# --- render -o outside the article folder ------------------------------------------------

def test_render_output_elsewhere_keeps_local_paths_out_of_absolute_urls(
        tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    src = make_jpeg(tmp_path / "foto.jpg", xmp=xmp_packet(**CREDITS))
    main(["photo", "add", str(folder), str(src)])
    text = (folder / "article.md").read_text(encoding="utf-8")
    assert "lead_photo" not in text
    write(folder, text.replace("photos:", "lead_photo: foto\nphotos:", 1)
          + "\n![](photo:foto)\n")
    out = tmp_path / "elsewhere" / "page.html"
    capsys.readouterr()
    assert main(["render", str(folder), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    canonical = f"https://www.example.org/aktuelles/{folder.name}/"
    absolute = set(re.findall(r"https?://[^\"'\s<>]+", page)) - {"https://schema.org"}
    assert canonical in absolute
    # nothing of the local folders (/tmp/.../ws/articles/...) in a public address
    assert [u for u in absolute if not u.startswith(canonical) or "articles/" in u] == []
    # the image itself is still found from where the page was written
    assert "foto.jpg" in page


# --- list --json | head -1 ---------------------------------------------------------------

def test_list_json_into_a_closed_pipe_ends_quietly(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    for n in range(40):
        new_article(ws, capsys, title=f"Artikel {n} " + "lang " * 30)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        f"set -o pipefail; {sys.executable} -m editor list {ws} --json | head -1",
        shell=True, executable="/bin/bash", capture_output=True, text=True, env=env,
        timeout=120)
    assert result.stdout == "[\n"
    assert result.stderr == ""
    assert result.returncode == 0


# --- locations: article.md:LINE:COL: severity code: message ------------------------------

def test_check_prints_file_locations_errors_first(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    text = (folder / "article.md").read_text(encoding="utf-8")
    body_start = text.count("\n", 0, text.index("\n---\n") + 5) + 1
    write(folder, text + "Absatz.\n\n#### Zu tief\n\n![](photo:fehlt)\n")
    capsys.readouterr()
    assert main(["check", str(folder)]) == 1
    lines = capsys.readouterr().err.splitlines()
    pattern = re.compile(r"^(.+article\.md)(?::(\d+):(\d+))?: (error|warning|hint) "
                         r"([a-z-]+): (.+)$")
    parsed = [pattern.match(line) for line in lines]
    assert all(parsed), lines
    severities = [m.group(4) for m in parsed]
    assert severities == sorted(severities, key=["error", "warning", "hint"].index)
    by_code = {m.group(5): m for m in parsed}
    file_lines = text.split("\n")
    assert Path(by_code["unknown-photo"].group(1)) == folder / "article.md"
    body = (text + "Absatz.\n\n#### Zu tief\n\n![](photo:fehlt)\n").split("\n")
    assert body[int(by_code["unknown-photo"].group(2)) - 1] == "![](photo:fehlt)"
    assert body[int(by_code["heading-skip"].group(2)) - 1] == "#### Zu tief"
    assert int(by_code["heading-skip"].group(2)) > body_start
    lead_line = int(by_code["no-lead"].group(2))
    assert file_lines[lead_line - 1].startswith("lead:")
    assert by_code["no-lead"].group(3) == "1"


# --- English workspaces get English defaults ---------------------------------------------

def test_english_workspace_defaults(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    assert main(["init", str(ws), "--language", "en"]) == 0
    folder = new_article(ws, capsys)
    text = (folder / "article.md").read_text(encoding="utf-8")
    assert "kicker: News" in text
    fallback = new_article(ws, capsys, title="!!!")
    assert fallback.name == "article"
    reserved = new_article(ws, capsys, title="Con")
    assert reserved.name == "con-article"
    assert main(["render", str(folder), "-o", "-"]) == 0
    page = capsys.readouterr().out
    assert "Jun 24, 2022" in page and "24.06.2022" not in page
    assert main(["list", str(ws)]) == 0
    assert capsys.readouterr().out.startswith("2022-06-24  ")


def test_german_workspace_keeps_german_defaults(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    assert "kicker: Aktuelles" in (folder / "article.md").read_text(encoding="utf-8")
    assert new_article(ws, capsys, title="!!!").name == "artikel"
    assert main(["render", str(folder), "-o", "-"]) == 0
    assert "24.06.2022" in capsys.readouterr().out


# --- a newline in a title --------------------------------------------------------------

def test_newline_in_title_is_normalised_by_new(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys, title="Erste Zeile\nzweite\tZeile\x1b[31m")
    assert main(["list", str(ws)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "Erste Zeile zweite Zeile" in out[0]
    assert "\x1b" not in (folder / "article.md").read_text(encoding="utf-8")


def test_newline_in_title_on_disk_never_breaks_list(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    folder = new_article(ws, capsys)
    text = (folder / "article.md").read_text(encoding="utf-8")
    write(folder, text.replace("title: Stadtfest", 'title: "Stadt\\nfest"'))
    new_article(ws, capsys, title="Zweiter Artikel")
    assert main(["list", str(ws)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and any(line.endswith("Stadt\\nfest") for line in out)
    assert main(["check", str(folder), "--json"]) == 1
    codes = {p["code"] for p in json.loads(capsys.readouterr().out)}
    assert "control-character" in codes


def test_alt_limit_is_one_number() -> None:
    from editor.model import photos, validation

    assert photos.ALT_MAX == validation.ALT_MAX == 250
