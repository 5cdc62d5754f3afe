"""newsdesk export: exit codes, stdout, stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from tests.pagemeta import without_metadata_warnings
from tests.util import write_article

from .conftest import UMLAUT_CREDITS, make_article, make_photo


def _workspace_article(tmp_path: Path, credits=UMLAUT_CREDITS):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "newsdesk.toml").write_text(
        'image_widths = [160, 320]\napproval_required = false\n', "utf-8")
    folder = ws / "articles" / "stadtfest"
    make_photo(folder / "photos" / "p.jpg")
    return make_article(folder, [("p", "photos/p.jpg", dict(credits))])


def test_export_prints_the_bundle_path_and_exits_0(tmp_path, capsys):
    article = _workspace_article(tmp_path)
    out = tmp_path / "out"
    code = main(["export", str(article.folder), "--out", str(out), "--zip", "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.splitlines() == [str(out / "stadtfest"), str(out / "stadtfest.zip")]
    # no progress bar when stderr is not a terminal (the test photo is small: a warning)
    assert without_metadata_warnings(captured.err) == ""
    assert (out / "stadtfest" / "index.html").is_file()


def test_export_with_problems_exits_1_and_lists_them(tmp_path, capsys):
    article = _workspace_article(tmp_path)
    article.photos[0].creator = ""
    article.photos[0].copyright = ""
    write_article(article)
    code = main(["export", str(article.folder), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert "has no creator" in captured.err and "has no copyright notice" in captured.err
    assert not (tmp_path / "out").exists()


def test_bad_usage_exits_2(tmp_path, capsys):
    article = _workspace_article(tmp_path)
    assert main(["export", str(article.folder), "--out", str(tmp_path / "o"),
                 "--jobs", "0"]) == 2
    assert main(["export", str(article.folder)]) == 2  # --out is required
    assert main(["export", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "must be 1 or more" in err and "no such article folder" in err
    assert "Traceback" not in err


def test_progress_bar_draws_on_a_terminal():
    import io

    from editor.commands.export import progress_bar

    stream = io.StringIO()
    show = progress_bar(stream)
    show(0, 4)
    show(2, 4)
    show(4, 4)
    text = stream.getvalue()
    assert "\rimages [" in text and "2/4" in text and text.endswith("4/4\n")


def test_warnings_are_listed_but_the_export_goes_ahead(tmp_path, capsys):
    article = _workspace_article(tmp_path)
    article.body = "Kein Bild im Text.\n"  # the photo is attached but unused: a warning
    write_article(article)
    code = main(["export", str(article.folder), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 0
    assert ": warning photo-unused: " in captured.err
    assert captured.out.strip() == str(tmp_path / "out" / "stadtfest")


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("where", ["workspace", "articles", "article", "photos", "deep",
                                   "symlink"])
def test_out_inside_the_workspace_is_refused_with_exit_2(tmp_path, capsys, where):
    article = _workspace_article(tmp_path)
    ws = article.folder.parents[1]
    out = {"workspace": ws, "articles": ws / "articles", "article": article.folder,
           "photos": article.folder / "photos",
           "deep": article.folder / "photos" / "new" / "sub"}.get(where)
    if where == "symlink":  # a harmless-looking folder outside that leads into the article
        out = tmp_path / "export-link"
        out.symlink_to(article.folder, target_is_directory=True)
    before = _listing(ws)
    code = main(["export", str(article.folder), "--out", str(out), "--zip"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "inside the workspace" in lines[0] and "Traceback" not in lines[0]
    assert _listing(ws) == before  # nothing written, nothing created (not even folders)


def test_out_beside_the_workspace_is_fine(tmp_path, capsys):
    article = _workspace_article(tmp_path)
    (tmp_path / "wsx").mkdir()  # a name sharing the workspace's prefix is not inside it
    assert main(["export", str(article.folder), "--out", str(tmp_path / "wsx")]) == 0
    assert (tmp_path / "wsx" / "stadtfest" / "index.html").is_file()
