"""Hostile front matter: every malformed article.md is our error with file and line, or a
validation problem, never a traceback; parsing is bounded (no alias bombs, no deep
nesting, size limits); C and pure-Python YAML give the same result; check leaves the file
byte-identical. The corpus is made here, by the tests."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor import resources
from editor.cli import main
from editor.model import frontmatter
from editor.model.article import load_article
from editor.model.errors import ArticleFormatError

REPO = Path(__file__).resolve().parents[2]
CONFIG = 'site_name = "Test"\nbase_url = "https://www.example.org/a/"\napproval_required = false\n'
OK_FIELDS = "title: Titel\ndate: 2022-06-24\nlead: Ein Vorspann.\n"


@dataclass(frozen=True)
class Case:
    raw: bytes
    kind: str  # "unreadable" (exit 2), "problem" (exit 1) or "ok" (exit 0)
    needle: str = ""  # in the message (unreadable) or the problem code (problem)
    line: int | None = None  # line of article.md the message names


def fm(yaml_text: str, body: str = "Text.\n") -> bytes:
    return f"---\n{yaml_text}---\n{body}".encode()


def _laughs() -> str:
    lines = ["title: Lachen\n", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n")
    return "".join(lines)


def _deep_mapping(levels: int) -> str:
    return "title: Tief\n" + "".join("  " * i + f"k{i}:\n" for i in range(levels)) + \
        "  " * levels + "x\n"


BIG_DIGITS = "9" * 5000
CORPUS: dict[str, Case] = {
    # --- bounded parsing ----------------------------------------------------------------
    "billion-laughs": Case(fm(_laughs()), "unreadable", "anchor", 3),
    "alias-only": Case(fm("title: Titel\nkicker: *nix\n"), "unreadable", "alias", 3),
    "anchor-only": Case(fm("title: &t Titel\n"), "unreadable", "anchor", 2),
    "merge-alias": Case(fm("base: &b {kicker: x}\nother:\n  <<: *b\n"), "unreadable",
                        "anchor", 2),
    "deep-flow-10000": Case(fm("title: " + "[" * 10000 + "]" * 10000 + "\n"), "unreadable",
                            "nested more than 20", 2),
    "deep-block-seq-10000": Case(fm("title: T\ntags:\n" + "- " * 10000 + "x\n"),
                                 "unreadable", "nested more than 20", 4),
    "deep-block-mapping-30": Case(fm(_deep_mapping(30)), "unreadable", "nested more than 20",
                                  23),  # title is line 2, k0 line 3, the 21st level line 23
    "huge-front-matter": Case(fm("title: T\nlead: " + "a" * 70_000 + "\n"), "unreadable",
                              "64 KiB", 1),
    "huge-file": Case(fm(OK_FIELDS, "Wort " * 1_100_000), "unreadable", "at most 5 MB"),
    "huge-int-title": Case(fm(f"title: {BIG_DIGITS}\n"), "unreadable", "digits", 2),
    "huge-int-extra": Case(fm(f"title: T\nviews: {BIG_DIGITS}\n"), "unreadable", "digits", 3),
    "huge-hex-int": Case(fm("title: T\nviews: 0x" + "f" * 60_000 + "\n"), "unreadable",
                         "digits", 3),
    "huge-float": Case(fm("title: T\nviews: 1." + "5" * 2000 + "\n"), "unreadable", "digits",
                       3),
    "long-quoted-number-is-text": Case(fm(f"title: '{BIG_DIGITS}'\ndate: 2022-06-24\n"
                                          "lead: L\n"), "ok"),  # only a long-title warning
    # --- encodings and raw control characters ------------------------------------------
    "latin-1": Case("---\ntitle: Grüße\n---\nText\n".encode("latin-1"), "unreadable",
                    "UTF-8", 2),
    "raw-nul": Case(b"---\ntitle: T\nkicker: a\x00b\n---\nText\n", "unreadable", "U+0000", 3),
    "raw-control": Case(b"---\ntitle: Hallo\x01Welt\n---\nText\n", "unreadable", "U+0001", 2),
    "raw-c1": Case(fm("title: T\nkicker: a\u009bb\n"), "unreadable", "U+009B", 3),
    "empty": Case(b"", "unreadable", "empty"),
    "no-front-matter": Case(b"Nur Text\n", "unreadable", "must begin with a line '---'", 1),
    "no-closing-line": Case(b"---\ntitle: T\nText\n", "unreadable", "no closing line", 1),
    "not-a-mapping": Case(fm("- a\n- b\n"), "unreadable", "'key: value' lines", 2),
    "bad-yaml": Case(fm("title: T\ndate: [2022\n"), "unreadable", "malformed front matter"),
    # --- types, tags and keys ----------------------------------------------------------
    "title-list": Case(fm("title: [a, b]\n"), "unreadable", "'title' must be text", 2),
    "title-bool": Case(fm("title: T\nkicker: yes\n"), "unreadable", "'kicker' must be text", 3),
    "date-number": Case(fm("title: T\ndate: 20220624\n"), "unreadable", "'date' must be", 3),
    "date-list": Case(fm("title: T\ndate: [2022, 6, 24]\n"), "unreadable", "'date' must be", 3),
    "tags-text": Case(fm("title: T\ntags: a, b\n"), "unreadable", "'tags' must be a list", 3),
    "tags-mapping": Case(fm("title: T\ntags: [{a: 1}]\n"), "unreadable", "every tag", 3),
    "lead-photo-list": Case(fm("title: T\nlead_photo: [a]\n"), "unreadable", "'lead_photo'",
                            3),
    "photos-text": Case(fm("title: T\nphotos: viele\n"), "unreadable", "'photos' must be", 3),
    "photo-not-mapping": Case(fm("title: T\nphotos: [p]\n"), "unreadable", "photo 1", 3),
    "photo-id-list": Case(fm("title: T\nphotos:\n  - {id: [1], file: photos/a.jpg}\n"),
                          "unreadable", "'id' must be text", 3),
    "photo-incomplete-text": Case(
        fm("title: T\nphotos:\n  - {id: p, file: photos/a.jpg, incomplete: ja}\n"),
        "unreadable", "'incomplete' must be true or false", 3),
    "photo-caption-mapping": Case(
        fm("title: T\nphotos:\n  - {id: p, file: photos/a.jpg, caption: {a: 1}}\n"),
        "unreadable", "'photos/p/caption' must be text", 3),
    "binary-tag": Case(fm("title: !!binary aGFsbG8=\n"), "unreadable", "tag", 2),
    "python-tag": Case(fm("title: T\nx: !!python/object/apply:os.system [touch PWNED]\n"),
                       "unreadable", "tag", 3),
    "custom-tag": Case(fm("title: !Ref x\n"), "unreadable", "tag", 2),
    "set-tag": Case(fm("title: T\ntags: !!set {a, b}\n"), "unreadable", "tag", 3),
    "int-key": Case(fm("title: T\n1: eins\n"), "unreadable", "key '1' is not text", 3),
    "bool-key": Case(fm("title: T\nyes: ja\n"), "unreadable", "key 'yes' is not text", 3),
    "null-key": Case(fm("title: T\n~: nichts\n"), "unreadable", "is not text", 3),
    "date-key": Case(fm("title: T\n2022-01-01: x\n"), "unreadable", "is not text", 3),
    "complex-key": Case(fm("title: T\n? [a, b]\n: c\n"), "unreadable", "must be text", 3),
    "nested-int-key": Case(fm("title: T\nmeta:\n  1: eins\n"), "unreadable", "is not text", 4),
    # --- validation problems (the file is readable) -------------------------------------
    "date-feb-30": Case(fm("title: T\ndate: 2022-02-30\nlead: L\n"), "problem",
                        "invalid-date", 3),
    "date-month-13": Case(fm("title: T\ndate: 2022-13-01\nlead: L\n"), "problem",
                          "invalid-date", 3),
    "time-hour-25": Case(fm("title: T\ndate: 2022-06-24 25:00:00\nlead: L\n"), "problem",
                         "invalid-date", 3),
    "time-minute-61": Case(fm("title: T\ndate: 2022-06-24T10:61:00Z\nlead: L\n"), "problem",
                           "invalid-date", 3),
    "date-quoted-bad": Case(fm("title: T\ndate: '2022-02-30'\nlead: L\n"), "problem",
                            "invalid-date", 3),
    "date-words": Case(fm("title: T\ndate: gestern\nlead: L\n"), "problem", "invalid-date",
                       3),
    "control-title": Case(fm('title: "Hallo\\x01Welt"\ndate: 2022-06-24\nlead: L\n'),
                          "problem", "control-character", 2),
    "control-kicker-c1": Case(fm(OK_FIELDS + 'kicker: "a\\u009bb"\n'), "problem",
                              "control-character", 5),
    "control-author-escape": Case(fm(OK_FIELDS + 'author: "\\e[31mRot"\n'), "problem",
                                  "control-character", 5),
    "control-lead-nul": Case(fm('title: T\ndate: 2022-06-24\nlead: "a\\0b"\n'), "problem",
                             "control-character", 4),
    "control-tag-del": Case(fm(OK_FIELDS + 'tags: [gut, "b\\x7fse"]\n'), "problem",
                            "control-character", 5),
    "control-photo-credit": Case(
        fm(OK_FIELDS + 'photos:\n  - {id: p, file: photos/a.jpg, credit: "a\\x08b"}\n'),
        "problem", "control-character", 5),
    # --- fine ---------------------------------------------------------------------------
    "bom-crlf": Case(b"\xef\xbb\xbf" + fm(OK_FIELDS, "Text.\n").replace(b"\n", b"\r\n"), "ok"),
    "datetime": Case(fm("title: T\ndate: 2022-06-24T10:00:00+02:00\nlead: L\n"), "ok"),
    "merge-inline": Case(fm(OK_FIELDS + "<<: {kicker: Aktuelles}\n"), "ok"),
    "explicit-str": Case(fm("title: !!str 2022\ndate: 2022-06-24\nlead: L\n"), "ok"),
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "ws"
    (root / "articles").mkdir(parents=True)
    (root / "newsdesk.toml").write_text(CONFIG, encoding="utf-8")
    for name, case in CORPUS.items():
        folder = root / "articles" / name
        folder.mkdir()
        (folder / "article.md").write_bytes(case.raw)
    return root


def _folder(workspace: Path, name: str) -> Path:
    return workspace / "articles" / name


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_check_gives_our_message_exit_code_and_leaves_the_file(
        workspace: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    case = CORPUS[name]
    path = _folder(workspace, name) / "article.md"
    code = main(["check", str(path.parent)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert path.read_bytes() == case.raw
    if case.kind == "unreadable":
        assert code == 2, err
        assert case.needle in err and str(path) in err, err
        if case.line is not None:
            assert f"article.md, line {case.line}:" in err, err
        assert len(err.strip().splitlines()) == 1, err
    elif case.kind == "problem":
        assert code == 1, err
        [line] = [x for x in err.splitlines() if f" error {case.needle}: " in x]
        assert f"article.md:{case.line}:" in line, line
    else:
        assert code == 0, err


@pytest.mark.parametrize("name", sorted(n for n, c in CORPUS.items() if c.kind == "unreadable"))
def test_load_article_raises_only_our_error_with_file_and_line(workspace: Path,
                                                                name: str) -> None:
    case = CORPUS[name]
    folder = _folder(workspace, name)
    with pytest.raises(ArticleFormatError) as info:
        load_article(folder)
    assert info.value.path == folder / "article.md"
    assert case.needle in info.value.message
    if case.line is not None:
        assert info.value.line == case.line


def test_impossible_dates_keep_what_was_written(workspace: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    for name, written in (("date-feb-30", "2022-02-30"), ("date-month-13", "2022-13-01"),
                          ("time-hour-25", "2022-06-24 25:00:00")):
        assert load_article(_folder(workspace, name)).date == written
        main(["check", str(_folder(workspace, name))])
        assert f"'{written}' is not a valid date" in capsys.readouterr().err


def test_the_python_tag_ran_nothing(workspace: Path) -> None:
    main(["check", str(_folder(workspace, "python-tag"))])
    assert not list(workspace.rglob("PWNED")) and not Path("PWNED").exists()


def test_list_shows_every_article_even_unreadable_ones(
        workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", str(workspace), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["slug"] for r in rows} == set(CORPUS)


def _outcome(folder: Path) -> object:
    try:
        return load_article(folder)
    except ArticleFormatError as exc:
        if exc.message.startswith("malformed front matter"):
            return "malformed"  # the two parsers word YAML syntax errors differently
        return (exc.message, exc.line)


@pytest.mark.skipif(not getattr(__import__("yaml"), "__with_libyaml__", False),
                    reason="PyYAML without libyaml")
def test_c_and_pure_python_yaml_load_the_same(workspace: Path, monkeypatch) -> None:
    sample = sorted(resources.path("sample-workspace/articles").iterdir())
    folders = [*sample, *(_folder(workspace, n) for n in sorted(CORPUS))]
    assert frontmatter.LIBYAML
    fast = [_outcome(f) for f in folders]
    monkeypatch.setattr(frontmatter, "LIBYAML", False)
    slow = [_outcome(f) for f in folders]
    assert fast == slow
    assert all(not isinstance(o, (str, tuple)) for o in fast[: len(sample)])
    for folder, outcome in zip(folders, fast, strict=True):
        if not isinstance(outcome, (str, tuple)):  # key lines agree too
            assert outcome.key_lines == load_article(folder).key_lines


# --- real processes -----------------------------------------------------------------------

MEMORY_CAP = 1024 * 1024 * 1024  # 1 GB of address space: a YAML bomb would need far more


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(*args: str, cap: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=env, timeout=120, preexec_fn=_capped if cap else None)


@pytest.mark.parametrize("command", [["check"], ["render"], ["review", "status"]])
def test_yaml_bomb_fails_fast_with_a_message_under_a_memory_cap(
        workspace: Path, command: list[str], tmp_path: Path) -> None:
    folder = _folder(workspace, "billion-laughs")
    args = [*command, str(folder)]
    if command == ["render"]:
        args += ["-o", str(tmp_path / "page.html")]
    result = _run(*args, cap=True)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert "anchor" in result.stderr and "article.md, line 3" in result.stderr
    assert (folder / "article.md").read_bytes() == CORPUS["billion-laughs"].raw


@pytest.mark.parametrize("name", ["deep-flow-10000", "date-feb-30", "latin-1", "raw-nul",
                                  "control-title", "huge-int-title"])
def test_real_process_check_exit_codes(workspace: Path, name: str) -> None:
    case = CORPUS[name]
    result = _run("check", str(_folder(workspace, name)))
    assert "Traceback" not in result.stderr
    assert result.returncode == {"unreadable": 2, "problem": 1, "ok": 0}[case.kind]
    assert case.needle in result.stderr


@pytest.mark.parametrize("written", ["2022-02-30", "2022-13-01", "2022-06-24 25:00:00"])
def test_an_impossible_date_is_written_back_as_it_was(tmp_path: Path, written: str) -> None:
    text = (f"---\ntitle: T\nkicker: K\ndate: {written}\nauthor: A\nlead: L\ntags: [x]\n"
            f"---\nText.\n")
    from editor.model.article import parse_article

    article = parse_article(text, tmp_path)
    assert article.date == written
    assert article.to_text() == text


def _special(root: Path, name: str) -> Path:
    folder = root / "articles" / name
    folder.mkdir(parents=True)
    target = folder / "article.md"
    if name == "symlink-outside":
        secret = root.parent / "geheim.md"
        secret.write_text("---\ntitle: GEHEIM-DRAUSSEN\n---\ngeheim\n", encoding="utf-8")
        target.symlink_to(secret)
    elif name == "fifo":
        os.mkfifo(target)  # reading it would block for ever
    elif name == "folder":
        target.mkdir()
    return folder


@pytest.mark.parametrize("name, needle", [("symlink-outside", "symbolic link"),
                                          ("fifo", "not a regular file"),
                                          ("folder", "a folder")])
def test_article_md_must_be_a_plain_file(tmp_path: Path, name: str, needle: str) -> None:
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    (root / "newsdesk.toml").write_text(CONFIG, encoding="utf-8")
    folder = _special(root, name)
    result = _run("check", str(folder))  # a real process: a blocking read would time out
    assert result.returncode == 2, result.stderr
    assert needle in result.stderr and "GEHEIM" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(ArticleFormatError, match=needle):
        load_article(folder)
