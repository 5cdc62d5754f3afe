"""newsdesk review: actions, status --json shape, diff, exit codes."""

from __future__ import annotations

import json

from editor.cli import main
from editor.model.article import load_article
from editor.model.contenthash import content_hash
from tests.commands.test_cli_basic import run_process
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
