"""init, new, check and list, through main() and as a real process."""

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.cli import main

REPO = Path(__file__).resolve().parents[2]


def run_process(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, env=env, timeout=60)


def test_init_new_check_list(tmp_path, capsys):
    ws = tmp_path / "ws"
    assert main(["init", str(ws)]) == 0
    assert main(["new", str(ws), "--title", "Grüße vom Rathaus", "--date", "2022-06-24",
                 "--author", "Presseamt"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    article_dir = Path(out[-1])
    assert article_dir == ws.resolve() / "articles" / "gruesse-vom-rathaus"
    # The no-lead warning, and (as export would refuse) the missing approval.
    assert main(["check", str(article_dir)]) == 1
    captured = capsys.readouterr()
    assert "no-lead" in captured.err and "not-approved" in captured.err
    assert main(["check", str(article_dir), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)
    assert problems[0] == {"severity": "warning", "code": "no-lead",
                           "message": "The article has no lead.",
                           "location": {"kind": "field", "ref": "lead"},
                           "line": 6, "column": 1}  # "lead:" in article.md
    # a new workspace's base_url is the example one until the user sets theirs
    assert [(p["severity"], p["code"]) for p in problems[1:]] == [
        ("warning", "base-url-example"), ("error", "not-approved")]
    assert main(["list", str(ws), "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["title"] == "Grüße vom Rathaus" and item["date"] == "2022-06-24"
    assert item["status"] == "draft"


def test_check_errors_exit_1(tmp_path, capsys):
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    main(["new", str(ws), "--title", "T"])
    folder = Path(capsys.readouterr().out.strip().splitlines()[-1])
    text = (folder / "article.md").read_text(encoding="utf-8")
    (folder / "article.md").write_text(text + "\n![](photo:fehlt)\n", encoding="utf-8")
    assert main(["check", str(folder)]) == 1
    assert "unknown-photo" in capsys.readouterr().err


def test_usage_and_unreadable_exit_2(tmp_path, capsys):
    assert main(["check"]) == 2
    assert main(["new", str(tmp_path), "--title", "x"]) == 2  # not a workspace
    assert "not a workspace" in capsys.readouterr().err
    (tmp_path / "newsdesk.toml").write_text("", encoding="utf-8")
    bad = tmp_path / "articles" / "bad"
    bad.mkdir(parents=True)
    (bad / "article.md").write_bytes(b"\xff\xfe garbage")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "UTF-8" in err and "Traceback" not in err
    assert main(["new", str(tmp_path), "--title", "x", "--date", "24.06.2022"]) == 2


def test_real_process_no_traceback(tmp_path):
    result = run_process("check", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "no such article folder" in result.stderr and "Traceback" not in result.stderr
    result = run_process("init", str(tmp_path / "ws"), "--sample")
    assert result.returncode == 0, result.stderr
    assert "Beispielhausen" in (tmp_path / "ws" / "newsdesk.toml").read_text(encoding="utf-8")
    listing = run_process("list", str(tmp_path / "ws"))
    assert listing.returncode == 0
    assert len(listing.stdout.strip().splitlines()) >= 2
    for folder in (tmp_path / "ws" / "articles").iterdir():
        result = run_process("check", str(folder))
        assert result.returncode == 1 and "not-approved" in result.stderr  # export needs it
        assert "Traceback" not in result.stderr


def test_list_filters(tmp_path, capsys):
    ws = tmp_path / "ws"
    main(["init", str(ws)])
    main(["new", str(ws), "--title", "Erster Artikel"])
    main(["new", str(ws), "--title", "Zweiter"])
    capsys.readouterr()
    assert main(["list", str(ws), "--search", "erster", "--json"]) == 0
    assert [i["slug"] for i in json.loads(capsys.readouterr().out)] == ["erster-artikel"]
    assert main(["list", str(ws), "--status", "approved", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["list", str(ws), "--status", "nonsense"]) == 2
