"""A warm `newsdesk list` does the least it can: it loads no settings parser, hashing
library or article module when newsdesk.toml and the articles are unchanged, and still
refuses a broken newsdesk.toml exactly as before, however it was broken and whatever the
index remembers. The index's file name is the SHA-256 of the articles folder, as always."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.cli import main
from editor.model.index import UNSETTLED_SECONDS, index_path_for
from editor.model.workspace import Workspace
from tests.util import write_article

REPO = Path(__file__).resolve().parents[2]
OLD = 1_600_000_000
HEAVY = ("tomllib", "dataclasses", "zoneinfo", "_hashlib", "multiprocessing", "yaml",
         "editor.model.config", "editor.model.article", "editor.model.review",
         "editor.model.index.read", "editor.model.index.folding")


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "index-cache"
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(folder))
    return folder


def _settle(*roots: Path) -> None:
    """Old mtimes, and a wait until the ctimes (set now) are older than the moment in
    which a file may still change within its time stamp's tick."""
    for root in roots:
        for path in [root / "newsdesk.toml", *(root / "articles").rglob("*")]:
            os.utime(path, (OLD, OLD), follow_symlinks=False)
    time.sleep(UNSETTLED_SECONDS + 0.1)


@pytest.fixture
def listed(workspace: Workspace) -> Workspace:
    for i in range(3):
        write_article(workspace.create_article(f"Meldung {i} über die Straße",
                                               body="Text in München."))
    _settle(workspace.root)
    return workspace


def _loaded_by_list(root: Path, *extra: str) -> tuple[list[str], str]:
    code = ("import sys, io; from editor.cli import main; out = io.StringIO(); "
            "sys.stdout = out; status = main(['list', *sys.argv[1:]]); "
            "sys.stdout = sys.__stdout__; "
            f"print(sorted(m for m in sys.modules if m in {HEAVY!r})); print(status); "
            "print(out.getvalue(), end='')")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code, str(root), *extra], env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    modules, status, printed = out.split("\n", 2)
    assert status == "0"
    return json.loads(modules.replace("'", '"')), printed


def test_a_warm_list_loads_no_settings_parser_hashing_or_article_module(
        listed: Workspace, capsys) -> None:
    assert main(["list", str(listed.root)]) == 0
    cold = capsys.readouterr().out
    modules, printed = _loaded_by_list(listed.root)
    assert modules == []
    assert printed == cold
    assert "über die Straße" in printed and printed.count("\n") == 3
    modules, printed = _loaded_by_list(listed.root, "--status", "draft")
    assert modules == [] and printed == cold


def test_the_index_file_is_named_by_the_sha256_of_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ws" / "articles"
    key = hashlib.sha256(str(folder).encode()).hexdigest()[:24]
    assert index_path_for(folder).name == f"{key}.sqlite"


BROKEN = {
    "toml": 'site_name = "x\n',
    "language": 'language = "fr"\n',
    "unknown": 'sprache = "de"\n',
    "timezone": 'timezone = "Mars/Olympus"\n',
    "not-utf8": b'site_name = "Gr\xfc\xdfe"\n',
}


def test_a_broken_newsdesk_toml_is_refused_after_a_warm_list(tmp_path: Path, capsys) -> None:
    """Each broken in place (same inode), padded to the good file's size and given back its
    mtime: only the ctime tells, and the index's memory of the good file is not used."""
    roots = {}
    for how in BROKEN:
        ws = Workspace.init(tmp_path / how)
        write_article(ws.create_article("Meldung", body="Text."))
        roots[how] = ws.root
    _settle(*roots.values())
    for root in roots.values():
        assert main(["list", str(root)]) == 0  # the index remembers the settings now
    listed = capsys.readouterr().out
    assert listed.count("\n") == len(BROKEN)
    for how, root in roots.items():
        config = root / "newsdesk.toml"
        good = config.read_bytes()
        raw = BROKEN[how] if isinstance(BROKEN[how], bytes) else BROKEN[how].encode()
        raw += b"#" * (len(good) - len(raw) - 1) + b"\n"
        assert len(raw) == len(good)
        with open(config, "r+b") as f:
            f.write(raw)
        os.utime(config, (OLD, OLD))
    _settle(*roots.values())
    for how, root in roots.items():
        assert main(["list", str(root)]) == 2, how
        assert "newsdesk.toml" in capsys.readouterr().err
        assert main(["list", str(root), "--json"]) == 2
        assert '"error"' in capsys.readouterr().out


def test_settings_changed_just_now_are_read_again(listed: Workspace, capsys) -> None:
    config = listed.root / "newsdesk.toml"
    assert main(["list", str(listed.root)]) == 0
    capsys.readouterr()
    assert main(["list", str(listed.root)]) == 0
    german = capsys.readouterr().out
    text = config.read_text().replace('language = "de"', 'language = "en"')
    config.write_text(text)
    now = time.time()
    os.utime(config, (now, now))
    assert main(["list", str(listed.root)]) == 0
    english = capsys.readouterr().out
    assert german != english
    assert english.split()[0].count("-") == 2  # an ISO date in an English workspace
    config.write_text(text.replace('language = "en"', 'language = "de"'))
    assert main(["list", str(listed.root)]) == 0
    assert capsys.readouterr().out == german


def test_a_missing_workspace_or_settings_file_is_refused_as_before(tmp_path: Path,
                                                                   capsys) -> None:
    assert main(["list", str(tmp_path / "nirgends")]) == 2
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "leer").mkdir()
    assert main(["list", str(tmp_path / "leer")]) == 2
    assert "not a workspace: there is no newsdesk.toml" in capsys.readouterr().err


def test_the_settings_file_name_written_out_agrees_with_the_config_module() -> None:
    from editor.model import config, workspace

    assert workspace.CONFIG_NAME == config.CONFIG_NAME
