"""newsdesk review: actions, status --json shape, diff, exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from editor.cli import main
from editor.model.article import load_article
from editor.model.contenthash import content_hash, short
from tests.commands.test_cli_basic import REPO, run_process
from tests.model.test_review import make_article
from tests.util import write_article


def test_review_flow_and_status_json(workspace, capsys):
    a = make_article(workspace)
    d = str(a.folder)
    assert main(["review", "submit", d, "--as", "Ben Autor"]) == 0
    assert "now in_review" in capsys.readouterr().out
    assert main(["review", "comment", d, "--as", "Anna", "--note", "Schön"]) == 0
    assert main(["review", "approve", d, "--as", "Anna"]) == 0
    capsys.readouterr()
    assert main(["review", "status", d, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"state", "content_hash", "approved_hash", "events"}
    assert data["state"] == "approved"
    assert data["content_hash"] == data["approved_hash"] == content_hash(a)
    assert [e["event"] for e in data["events"]] == ["submitted", "comment", "approved"]
    assert data["events"][1] == {"event": "comment", "by": "Anna", "note": "Schön",
                                 "at": data["events"][1]["at"],
                                 "content_hash": content_hash(a)}
    assert main(["review", "status", d]) == 0
    out = capsys.readouterr().out
    assert "state: approved" in out and "approved: " in out


def test_refused_actions_exit_1_and_bad_usage_2(workspace, capsys):
    a = make_article(workspace)
    d = str(a.folder)
    assert main(["review", "approve", d, "--as", "Anna"]) == 1
    assert "draft" in capsys.readouterr().err
    assert main(["review", "submit", d, "--as", "  "]) == 2
    assert main(["review", "submit", d]) == 2  # --as is required
    assert main(["review", "submit", str(a.folder / "nope"), "--as", "X"]) == 2
    assert main(["review"]) == 2
    assert main(["review", "submit", d, "--as", "Ben"]) == 0
    assert main(["review", "request-changes", d, "--as", "Anna"]) == 1  # note required
    a.title = ""
    write_article(a)
    capsys.readouterr()
    assert main(["review", "approve", d, "--as", "Anna"]) == 1
    assert "missing-title" in capsys.readouterr().err


def test_diff_text_and_json(workspace, capsys):
    a = make_article(workspace)
    d = str(a.folder)
    assert main(["review", "diff", d]) == 0
    assert "never approved" in capsys.readouterr().out
    main(["review", "submit", d, "--as", "Ben"])
    main(["review", "approve", d, "--as", "Anna"])
    a = load_article(a.folder)
    a.body = a.body.replace("Erster Absatz", "Geänderter Absatz")
    a.photos[0].creator = "Eva Fotografin"
    write_article(a)
    capsys.readouterr()
    assert main(["review", "diff", d]) == 0
    out = capsys.readouterr().out
    assert "+Geänderter Absatz über den Stadtrat." in out
    assert "creator: 'Jörg Müller' -> 'Eva Fotografin'" in out
    assert main(["review", "diff", d, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["photos"][0]["kind"] == "credit_changed"
    assert main(["review", "status", d, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "changed_since_approval"


def test_review_as_a_process(workspace):
    a = make_article(workspace)
    done = run_process("review", "submit", str(a.folder), "--as", "Ben")
    assert done.returncode == 0, done.stderr
    done = run_process("review", "status", str(a.folder), "--json")
    assert json.loads(done.stdout)["state"] == "in_review"


def pdf_pages(path) -> list[str]:
    """Text of every page, read with QtPdf in a separate process (no Qt in this one)."""
    import subprocess
    import sys

    code = ("import json, sys\n"
            "from PySide6.QtGui import QGuiApplication\n"
            "from PySide6.QtPdf import QPdfDocument\n"
            "app = QGuiApplication([])\n"
            "d = QPdfDocument()\n"
            "assert d.load(sys.argv[1]) == QPdfDocument.Error.None_\n"
            "print(json.dumps([d.getAllText(i).text() for i in range(d.pageCount())]))\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def long_article(workspace):
    a = make_article(workspace)
    a.body = "".join(f"## Abschnitt {i}\n\n" + "Ein langer Absatz über den Haushalt. " * 20
                     + "\n\n" for i in range(12))
    write_article(a)
    return load_article(a.folder)


@pytest.mark.timeout(120)
def test_review_pdf_without_a_display_has_the_footer_on_every_page(workspace, tmp_path):
    """`newsdesk review pdf` as a user runs it with no display at all: offscreen Qt,
    the same footer as the window's "Save preview as PDF" on every page."""
    a = long_article(workspace)
    assert main(["review", "submit", str(a.folder), "--as", "Ben Autor"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    target = out / "freigabe.pdf"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run([sys.executable, "-m", "editor", "review", "pdf", str(a.folder),
                           "-o", str(target), "--lang", "de"], capture_output=True, text=True,
                          env=env, timeout=90)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert done.stderr == ""  # Qt's and Chromium's start-up chatter is kept off
    assert target.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(target)
    n = len(pages)
    assert n > 1
    today = dt.date.today().strftime("%d.%m.%Y")
    for i, text in enumerate(pages, start=1):
        assert f"Seite {i} von {n}" in text
        assert "Prüfstatus: In Prüfung" in text and short(content_hash(a)) in text
        assert today in text
    assert "Stadtrat beschließt Haushalt" in pages[0]
    assert list(out.iterdir()) == [target]  # no partial files left over


@pytest.mark.timeout(120)
def test_review_pdf_english_footer_and_exit_codes(workspace, tmp_path):
    a = make_article(workspace)
    target = tmp_path / "sheet.pdf"
    done = run_process("review", "pdf", str(a.folder), "-o", str(target), "--lang", "en")
    assert done.returncode == 0, done.stderr
    (text,) = pdf_pages(target)
    assert "Page 1 of 1" in text and "Review state: Draft" in text
    # usage and unreadable input: 2, nothing written
    assert run_process("review", "pdf", str(a.folder)).returncode == 2  # -o is required
    assert run_process("review", "pdf", str(a.folder), "-o",
                       str(tmp_path / "nope" / "x.pdf")).returncode == 2
    assert run_process("review", "pdf", str(a.folder / "nope"), "-o",
                       str(tmp_path / "y.pdf")).returncode == 2
    assert not (tmp_path / "y.pdf").exists()


@pytest.mark.timeout(120)
def test_review_pdf_of_an_article_that_cannot_be_rendered_exits_1(workspace, tmp_path):
    a = make_article(workspace)
    config = workspace.root / "newsdesk.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "render_timeout_seconds = 10", "render_timeout_seconds = 1"), encoding="utf-8")
    a.body = "[" * 20000
    write_article(a)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sheet.pdf"
    done = run_process("review", "pdf", str(a.folder), "-o", str(target))
    assert done.returncode == 1, done.stderr
    assert "not written" in done.stderr
    assert list(out.iterdir()) == []


def published_by(article) -> list[str]:
    from editor.model import reviewlog

    return [e.by for e in reviewlog.read_log(article.folder).events if e.kind == "published"]


def test_export_records_who_exported(workspace, tmp_path, monkeypatch, capsys):
    """--as, else the name from the app's settings (read without Qt), else the login."""
    from editor.model.lock import current_user

    a = make_article(workspace)
    d = str(a.folder)
    assert main(["review", "submit", d, "--as", "Ben Autor"]) == 0
    assert main(["review", "approve", d, "--as", "Anna Prüferin"]) == 0
    out = str(tmp_path / "export")
    monkeypatch.setenv("NEWSDESK_SETTINGS", str(tmp_path / "missing.ini"))
    assert main(["export", d, "--out", out, "--as", "  Eva Export "]) == 0
    assert published_by(a) == ["Eva Export"]
    # the app's settings file as QSettings writes it (quoted, escaped, UTF-8)
    ini = tmp_path / "newsdesk.ini"
    ini.write_text('[preferences]\nui_language=de\nuser_name="Jörg \\"JM\\" Müller, '
                   'Presse"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSDESK_SETTINGS", str(ini))
    assert main(["export", d, "--out", out]) == 0
    assert published_by(a)[-1] == 'Jörg "JM" Müller, Presse'
    ini.write_bytes(b"\xff\xfe not an ini")
    assert main(["export", d, "--out", out]) == 0
    assert published_by(a)[-1] == current_user() != ""
    capsys.readouterr()
    assert main(["export", d, "--out", out, "--as", " "]) == 2
    assert "--as" in capsys.readouterr().err


_UMASK = """
import os, sys
os.umask(0o027)
calls = []
real = os.umask
os.umask = lambda mask: (calls.append(mask), real(mask))[1]
from editor.cli import main
code = main(["review", "pdf", sys.argv[1], "-o", sys.argv[2]])
print(code, calls)
"""


@pytest.mark.timeout(120)
def test_review_pdf_follows_the_umask_without_changing_it(workspace, tmp_path):
    """The sheet is an ordinary file (mode by the umask), and writing it never sets the
    process-wide umask: a file another thread made meanwhile would be writable by all."""
    a = make_article(workspace)
    target = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", _UMASK, str(a.folder), str(target)],
                          capture_output=True, text=True, env=env, timeout=90)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2:] == ["0", "[]"], done.stdout
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o640
