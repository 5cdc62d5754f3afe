"""newsdesk import FILE WORKSPACE_DIR: real documents written by LibreOffice, hostile files.

Everything runs the real command line in a subprocess, as a user would."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor.model.convert.package import MAX_DOCUMENT_BYTES, OLE_MAGIC

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = REPO.parent / "shared" / "testdata" / "documents"
needs_documents = pytest.mark.skipif(not (DOCUMENTS / "buergerbuero.docx").is_file(),
                                     reason="shared test documents are not here")


def newsdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=180,
                          env={**os.environ, **(env or {})})


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    assert newsdesk("init", str(root)).returncode == 0
    return root


def articles(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / "articles").iterdir())


def import_ok(path: Path, ws: Path) -> tuple[Path, str, subprocess.CompletedProcess]:
    run = newsdesk("import", str(path), str(ws))
    assert run.returncode == 0, run.stderr
    folder = Path(run.stdout.strip().splitlines()[-1])
    return folder, (folder / "article.md").read_text("utf-8"), run


@needs_documents
@pytest.mark.parametrize("name", ["buergerbuero.docx", "buergerbuero.odt"])
def test_a_libreoffice_document_becomes_an_article(name: str, ws: Path) -> None:
    folder, text, run = import_ok(DOCUMENTS / name, ws)
    assert folder.parent == ws / "articles"
    assert folder.name == "neue-oeffnungszeiten-im-buergerbuero"
    assert "title: Neue Öffnungszeiten im Bürgerbüro" in text
    assert "lead: Ab Montag, 4. Januar, gelten im Bürgerbüro" in text
    body = "\n" + text.split("\n---\n", 1)[1]
    assert "Neue Öffnungszeiten" not in body  # the title is not repeated in the body
    assert "\n## Was sich ändert\n" in body
    assert "\n## Welche Unterlagen mitzubringen sind\n" in body
    assert "\n### Barrierefreier Zugang\n" in body
    assert "*Termine*" in body
    assert "- Montag bis Donnerstag: 8 bis 18 Uhr\n- Freitag: 8 bis 13 Uhr\n" in body
    assert "1. ein aktuelles biometrisches Passfoto\n2. den alten Ausweis\n" in body
    assert "| Leistung | Gebühr |\n| --- | --- |\n| Personalausweis (ab 24 Jahre) | 37,00 € |" \
        in body
    assert "[der Seite des Bürgerbüros](https://www.example.org/buergerbuero)" in body
    assert "gebucht werden[^1]." in body
    assert "[^1]: Die Terminbuchung ist auch telefonisch unter 0123 456-0 möglich." in body
    # in the .odt a table style and this bold run are both named T1 (package.py)
    assert "**vier Tagen**" in body

    listed = json.loads(newsdesk("photo", "list", str(folder), "--json").stdout)
    assert len(listed) == 2
    credited, bare = listed
    assert credited["creator"] == "Jörg Müller"
    assert credited["credit"] == "Stadt Beispielhausen"
    assert credited["copyright"] == "© 2026 Stadt Beispielhausen"
    assert not credited["missing"] and credited["used"]
    assert bare["missing"] and bare["used"]  # no credits in the file: kept incomplete
    assert f"![](photo:{credited['id']})" in body and f"![](photo:{bare['id']})" in body
    # the photos stand where they were: the first after the opening list
    assert body.index(f"photo:{credited['id']}") < body.index("## Welche Unterlagen")
    assert body.index(f"photo:{bare['id']}") > body.index("### Barrierefreier Zugang")
    for photo in listed:
        assert (folder / photo["file"]).is_file()
    assert "kept incomplete" in run.stderr and bare["id"] in run.stderr

    # the article is an ordinary one: check lists the missing credits, export refuses
    check = newsdesk("check", str(folder))
    assert check.returncode == 1
    assert "photo-incomplete" in check.stdout + check.stderr
    export = newsdesk("export", str(folder), str(ws.parent / "out"))
    assert export.returncode != 0
    assert not (ws.parent / "out" / folder.name / "index.html").exists()
    assert articles(ws) == [folder.name]  # no staging folder left behind


@needs_documents
def test_import_json_and_a_second_import_takes_a_new_folder(ws: Path) -> None:
    run = newsdesk("import", str(DOCUMENTS / "buergerbuero.docx"), str(ws), "--json")
    assert run.returncode == 0, run.stderr
    first = json.loads(run.stdout)
    assert len(first["photos"]) == 2 and len(first["incomplete"]) == 1
    second, _text, _run = import_ok(DOCUMENTS / "buergerbuero.odt", ws)
    assert second.name == "neue-oeffnungszeiten-im-buergerbuero-2"
    assert Path(first["folder"]).name == "neue-oeffnungszeiten-im-buergerbuero"
    listed = newsdesk("list", str(ws))
    assert listed.returncode == 0 and listed.stdout.count("Neue Öffnungszeiten") == 2


def _docx(tmp_path: Path, name: str, members: dict[str, bytes]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members.items():
            z.writestr(member, data)
    return path


def _minimal_docx(body_xml: str, extra: dict[str, bytes] | None = None,
                  rels: str = "") -> dict[str, bytes]:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    members = {
        "[Content_Types].xml": (
            b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/content-types"><Default Extension="rels" ContentType="application/'
            b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            b'ContentType="application/xml"/><Override PartName="/word/document.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            b'document.main+xml"/></Types>'),
        "_rels/.rels": (
            b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="word/document.xml"/></Relationships>'),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>').encode(),
        "word/document.xml": (
            f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body_xml}'
            '</w:body></w:document>').encode(),
    }
    members.update(extra or {})
    return members


def _para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_generated_docx_with_heading_lead_rule(ws: Path, tmp_path: Path) -> None:
    long_first = "Lang " * 70  # 350 characters: too long for a lead
    doc = _docx(tmp_path, "bericht.docx", _minimal_docx(
        _para("Sommerfest im Park", "Heading1") + _para(long_first.strip())
        + _para("Zweiter Absatz.")))
    _folder, text, _run = import_ok(doc, ws)
    assert "title: Sommerfest im Park" in text
    assert "lead:" not in text.split("\n---\n", 1)[0] or "lead: ''" in text \
        or "lead: \"\"" in text
    body = text.split("\n---\n", 1)[1]
    assert body.lstrip().startswith("Lang Lang")  # the long paragraph opens the body
    # no heading first: the file name is the title and the first paragraph the lead
    doc2 = _docx(tmp_path, "kurzmeldung.docx", _minimal_docx(
        _para("Die Bibliothek schließt früher.") + _para("Mehr dazu morgen.")))
    _folder2, text2, _run = import_ok(doc2, ws)
    assert "title: kurzmeldung" in text2
    assert "lead: Die Bibliothek schließt früher." in text2


# --- hostile and damaged files: a clear error, exit 2, nothing created -------------------

def refused(path: Path, ws: Path, *words: str) -> str:
    before = articles(ws)
    run = newsdesk("import", str(path), str(ws))
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stdout == ""
    assert run.stderr.startswith("newsdesk: ") and run.stderr.count("\n") == 1, run.stderr
    for word in words:
        assert word in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and "unexpected" not in run.stderr
    assert articles(ws) == before  # nothing created, no staging folder left
    return run.stderr


def test_random_bytes_are_not_a_document(ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "zufall.docx"
    path.write_bytes(os.urandom(5000))
    refused(path, ws, "not a Word (.docx) or LibreOffice (.odt) document")
    text = tmp_path / "notiz.odt"
    text.write_text("nur Text", encoding="utf-8")
    refused(text, ws, "not a Word")


def test_a_password_protected_document_says_so(ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "geheim.docx"  # encrypted OOXML is an OLE compound file
    path.write_bytes(OLE_MAGIC + b"\0" * 4096)
    refused(path, ws, "password-protected")
    odt = _docx(tmp_path, "geheim.odt", {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": os.urandom(300),
        "META-INF/manifest.xml": b'<manifest:manifest><manifest:file-entry><manifest:'
                                 b'encryption-data/></manifest:file-entry></manifest:manifest>'})
    refused(odt, ws, "password-protected")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "bombe.docx"
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        with z.open("word/media/big.bin", "w", force_zip64=True) as f:
            for _ in range(260):  # 260 MB of zeros, a few hundred KB packed
                f.write(zeros)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, ws, "unpacks to more than")


def test_a_zip_that_lies_about_its_sizes_is_still_bounded(ws: Path, tmp_path: Path) -> None:
    from editor.model.convert import package

    honest = tmp_path / "honest.zip"
    with zipfile.ZipFile(honest, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/media/a.bin", b"\0" * (3 * 1024 * 1024))
    # the central directory and local header claim 10 bytes for 3 MB of content
    data = bytearray(honest.read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/media/a.bin")
    for offset in (info.header_offset + 22, data.rfind(b"PK\x01\x02", 0, len(data)) + 24):
        data[offset:offset + 4] = (10).to_bytes(4, "little")
    liar = tmp_path / "liar.docx"
    liar.write_bytes(bytes(data))
    run = subprocess.run(
        [sys.executable, "-c",
         "import sys, tempfile; from pathlib import Path;"
         "import editor.model.convert.package as p; p.MAX_UNPACKED_BYTES = 1024 * 1024;"
         "t = tempfile.mkdtemp();"
         "\ntry:\n p.check_package(Path(sys.argv[1]), Path(t))\n"
         "except p.DocumentError as e:\n print(e.message)\n", str(liar)],
        capture_output=True, text=True, cwd=REPO, timeout=60)
    assert "damaged" in run.stdout or "unpacks to more than" in run.stdout, run
    assert package.MAX_UNPACKED_BYTES > 1024 * 1024


def test_a_part_named_outside_the_package_is_refused(ws: Path, tmp_path: Path) -> None:
    rels = ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/image" Target="../../../../escape.png"/>')
    path = _docx(tmp_path, "pfad.docx", _minimal_docx(
        _para("Titel", "Heading1"), {"word/../../../../escape.png": b"\x89PNG"}, rels))
    refused(path, ws, "unsafe name")
    assert not (tmp_path / "escape.png").exists()
    assert not list(tmp_path.parent.glob("escape.png"))


def test_a_huge_file_is_refused_without_reading_it(ws: Path, tmp_path: Path) -> None:
    path = tmp_path / "riesig.docx"
    with open(path, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: costs no disk
    refused(path, ws, "too big to import")


def test_a_damaged_document_and_a_spreadsheet(ws: Path, tmp_path: Path) -> None:
    broken = _docx(tmp_path, "kaputt.docx", _minimal_docx(""))
    data = broken.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    refused(broken, ws, "damaged")
    bad_xml = _docx(tmp_path, "kaputt2.docx", {**_minimal_docx(""),
                                               "word/document.xml": b"<w:document><unclosed"})
    refused(bad_xml, ws, "damaged")
    sheet = _docx(tmp_path, "tabelle.ods", {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": b"<x/>"})
    refused(sheet, ws, "not a text document")
    missing = tmp_path / "gibt-es-nicht.docx"
    refused(missing, ws, "cannot read the file")


@needs_documents
def test_without_pandoc_an_odt_gives_a_clear_error(ws: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = {"PATH": str(bin_dir)}
    before = articles(ws)
    run = newsdesk("import", str(DOCUMENTS / "buergerbuero.odt"), str(ws), env=env)
    assert run.returncode == 2
    assert "needs pandoc" in run.stderr and "apt install pandoc" in run.stderr
    assert articles(ws) == before


@needs_documents
def test_an_old_pandoc_without_sandbox_is_named(ws: Path, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "pandoc"
    fake.write_text("#!/bin/sh\necho 'Unknown option --sandbox.' >&2\nexit 2\n")
    fake.chmod(0o755)
    run = newsdesk("import", str(DOCUMENTS / "buergerbuero.odt"), str(ws),
                   env={"PATH": f"{bin_dir}:/usr/bin:/bin"})
    assert run.returncode == 2 and "pandoc 2.15 or newer" in run.stderr
    assert articles(ws) == []


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_a_damaged_odt_reports_pandoc_failure(ws: Path, tmp_path: Path) -> None:
    path = _docx(tmp_path, "kaputt.odt", {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": b"<office:document-content><unclosed",
        "META-INF/manifest.xml": b"<manifest:manifest/>"})
    refused(path, ws, "damaged")


@needs_documents
def test_imports_at_the_same_time_take_different_folders(ws: Path) -> None:
    runs = [subprocess.Popen([sys.executable, "-m", "editor", "import",
                              str(DOCUMENTS / "buergerbuero.docx"), str(ws)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
            for _ in range(3)]
    folders = []
    for run in runs:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        folders.append(out.strip().splitlines()[-1])
    assert len(set(folders)) == 3
    assert articles(ws) == sorted(Path(f).name for f in folders)  # no staging folder left
    for folder in folders:
        assert len(list((Path(folder) / "photos").iterdir())) == 2


@needs_documents
def test_an_unreadable_embedded_image_is_left_out_with_a_warning(ws: Path,
                                                                 tmp_path: Path) -> None:
    damaged = tmp_path / "bild-kaputt.docx"
    with zipfile.ZipFile(DOCUMENTS / "buergerbuero.docx") as zin, \
            zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as zout:
        media = sorted(n for n in zin.namelist() if n.startswith("word/media/"))
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, b"\xff\xd8 not a jpeg" if info.filename == media[-1] else data)
    folder, text, run = import_ok(damaged, ws)
    assert "was left out" in run.stderr
    listed = json.loads(newsdesk("photo", "list", str(folder), "--json").stdout)
    assert len(listed) == 1 and listed[0]["creator"] == "Jörg Müller"
    assert text.count("](photo:") == 1


@needs_documents
def test_quiet_prints_only_the_folder_and_verbose_says_how_it_ended(ws: Path) -> None:
    loud = newsdesk("import", str(DOCUMENTS / "buergerbuero.docx"), str(ws))
    assert loud.returncode == 0 and "warning:" in loud.stderr  # one image has no credits
    quiet = newsdesk("import", str(DOCUMENTS / "buergerbuero.docx"), str(ws), "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert Path(quiet.stdout.strip()).is_dir() and len(quiet.stdout.splitlines()) == 1
    verbose = newsdesk("import", str(DOCUMENTS / "buergerbuero.docx"), str(ws), "-v")
    assert verbose.returncode == 0 and "finished with exit status 0" in verbose.stderr
