"""`newsdesk list` prints every line exactly as it always did (day, state, folder name,
title; padded by characters; line breaks in a title escaped; unreadable ones with their
reason), whatever the titles, dates and folder names hold: wide and combining characters,
'%' signs, NUL characters, impossible and very old dates, German and English workspaces.
(The lines are formatted by SQLite; the reference here is the Python formatting.)"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor.cli import _TERMINAL_UNSAFE, main
from editor.commands import list as list_cmd
from editor.model.index import ArticleIndex
from editor.model.workspace import Workspace
from tests.util import write_article

OLD = 1_600_000_000


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "index-cache"
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(folder))
    return folder


RAW = {  # folder name -> article.md
    "zeilen": '---\ntitle: "Erste\\nzweite\\r\\ndritte"\ndate: 2022-06-24\n---\nx\n',
    "prozent": "---\ntitle: 100 % %s %d %-5s sicher\ndate: 2021-01-02\n---\nx\n",
    "breit-日本語-😀": "---\ntitle: Straße 😀 日本語\ndate: 2020-03-04\n---\nx\n",
    "kombiniert-e\u0301": "---\ntitle: Cafe\u0301 \u2028 Zeile\ndate: 2020-03-05\n---\nx\n",
    "sehr-alt": "---\ntitle: Sehr alt\ndate: 0999-01-02\n---\nx\n",
    "unmoeglich": "---\ntitle: Unmöglich\ndate: 2022-02-30\n---\nx\n",
    "text-datum": "---\ntitle: Gestern\ndate: gestern abend\n---\nx\n",
    "mit-zeit": "---\ntitle: Mit Zeit\ndate: 2021-05-06 07:08\n---\nx\n",
    "ohne-datum": "---\ntitle: Ohne Datum\n---\nx\n",
    "leeres-datum": "---\ntitle: Leeres Datum\ndate: ''\n---\nx\n",
    "kaputt": "---\ntitle: [\n---\n",
    "x" * 60: "---\ntitle: Langer Ordnername\ndate: 2019-12-31\n---\nx\n",
}
NUL = {
    "nul-titel": '---\ntitle: "mit\\0null"\ndate: 2022-06-25\n---\nx\n',
    "nul-datum": '---\ntitle: Datum mit Null\ndate: "2022\\0"\n---\nx\n',
}


def _workspace(tmp_path: Path, name: str, language: str, raw: dict[str, str]) -> Workspace:
    ws = Workspace.init(tmp_path / name, language=language)
    write_article(ws.create_article("Normal", date=dt.date(2022, 6, 24)))
    for folder, text in raw.items():
        (ws.articles_dir / folder).mkdir()
        (ws.articles_dir / folder / "article.md").write_text(text, "utf-8")
    for path in ws.articles_dir.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)
    return ws


def _expected(ws: Workspace, german: bool, status: str | None = None,
              search: str | None = None) -> str:
    rows = ArticleIndex(ws.articles_dir).rows(status, search)
    text = "".join(list_cmd._line(row, german) for row in rows)
    # as the command line writes control characters (NUL as \u0000)
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("with_nul", [False, True])
def test_lines_as_python_prints_them(tmp_path: Path, capsys, language: str,
                                     with_nul: bool) -> None:
    ws = _workspace(tmp_path, "ws", language, {**RAW, **(NUL if with_nul else {})})
    for args in ([], ["--status", "draft"], ["--search", "sicher"], ["--search", "null"]):
        assert main(["list", str(ws.root), *args]) == 0
        out = capsys.readouterr().out
        assert out == _expected(ws, language == "de", *(
            (args[1], None) if args[:1] == ["--status"] else
            (None, args[1]) if args else ())), args
    assert main(["list", str(ws.root)]) == 0
    lines = capsys.readouterr().out.rstrip("\n").split("\n")
    assert len(lines) == 1 + len(RAW) + (len(NUL) if with_nul else 0)
    by_slug = {slug: line for line in lines
               for slug in [*RAW, *NUL, "normal"] if f"  {slug:<40}  " in line}
    assert len(by_slug) == len(lines)
    german = language == "de"
    assert by_slug["zeilen"] == (f"{'24.06.2022' if german else '2022-06-24':<10}  "
                                 f"{'draft':<22}  {'zeilen':<40}  Erste\\nzweite\\r\\ndritte")
    assert by_slug["sehr-alt"].startswith("02.01.999   " if german else "0999-01-02  ")
    assert by_slug["prozent"].endswith("  100 % %s %d %-5s sicher")
    wide = "breit-日本語-😀"
    assert by_slug[wide] == (f"{'04.03.2020' if german else '2020-03-04':<10}  "
                             f"{'draft':<22}  {wide:<40}  Straße 😀 日本語")
    assert by_slug["text-datum"].startswith("gestern abend  draft ")
    assert by_slug["unmoeglich"].startswith("2022-02-30  draft ")
    assert by_slug["ohne-datum"].startswith("-           draft ")
    assert by_slug["x" * 60].endswith("x" * 60 + "  Langer Ordnername")
    assert "(unreadable: " in by_slug["kaputt"]
    if with_nul:
        assert by_slug["nul-titel"].endswith("  mit\\u0000null")  # not cut at the NUL
        assert by_slug["nul-datum"].startswith("2022\\u0000  ")
