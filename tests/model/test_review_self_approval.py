"""Four eyes: review.self_approval in newsdesk.toml (allow, warn, forbid), enforced by the
model and the command line; "same person" = the submitter of the current round."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.model import review, reviewlog
from editor.model.config import SiteConfig, load_config
from editor.model.errors import ConfigError
from tests.model.test_review import make_article

FORBID = SiteConfig(self_approval="forbid")


def toml(tmp_path, text: str):
    path = tmp_path / "newsdesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_is_warn_and_both_toml_spellings_load(tmp_path):
    assert load_config(toml(tmp_path, 'site_name = "X"\n')).self_approval == "warn"
    assert load_config(toml(tmp_path, 'review.self_approval = "forbid"\n')
                       ).self_approval == "forbid"
    assert load_config(toml(tmp_path, 'site_name = "X"\n[review]\nself_approval = "allow"\n')
                       ).self_approval == "allow"


@pytest.mark.parametrize("text, words", [
    ('site_name = "X"\nreview.self_approval = "maybe"\n', ["allow, warn, forbid", "'maybe'"]),
    ('review.self_approval = true\n', ["must be text"]),
    ('[review]\nself_approvals = "warn"\n', ["unknown setting 'review.self_approvals'"]),
    ('[review]\nhistory_limit = 3\n', ["belongs above the [review] line"]),
    ('review = "forbid"\n', ["must be a table"]),
    ('self_approval = "forbid"\n', ["unknown setting 'self_approval'"]),
])
def test_unknown_values_and_keys_are_refused(tmp_path, text, words):
    with pytest.raises(ConfigError) as info:
        load_config(toml(tmp_path, text))
    for word in words:
        assert word in str(info.value)
    if "maybe" in text:
        assert info.value.line == 2


def test_forbid_refuses_the_submitter_trimmed_and_in_any_case(workspace):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben Autor")
    with pytest.raises(review.ReviewError) as info:
        review.add_event(a, "approved", "  ben   AUTOR ", config=FORBID)
    assert info.value.code == "self-approval"
    assert "forbids approving one's own article" in str(info.value)
    assert review.state_of(a) == "in_review"  # nothing recorded
    event = review.add_event(a, "approved", "Anna Prüferin", config=FORBID)
    assert "self_approval" not in event.extra
    assert review.state_of(a) == "approved"


def test_the_submitter_of_the_current_round_counts(workspace):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben Autor")
    review.add_event(a, "changes_requested", "Anna", "Titel kürzen")
    review.add_event(a, "submitted", "Anna")  # Anna fixed it and submitted it again
    with pytest.raises(review.ReviewError):
        review.add_event(a, "approved", "Anna", config=FORBID)
    review.add_event(a, "approved", "Ben Autor", config=FORBID)  # Ben did not submit this round
    assert review.state_of(a) == "approved"


@pytest.mark.parametrize("policy, flagged", [("warn", True), ("allow", True)])
def test_warn_and_allow_record_the_approval_with_a_flag(workspace, policy, flagged):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben Autor")
    event = review.add_event(a, "approved", "Ben Autor",
                             config=SiteConfig(self_approval=policy))
    assert review.state_of(a) == "approved"
    stored = json.loads((a.folder / "review" / event.file).read_text(encoding="utf-8"))
    assert stored.get("self_approval", False) is flagged
    assert reviewlog.read_log(a.folder).events[-1].extra == {"self_approval": True}


def _set_policy(workspace, policy: str) -> None:
    path = workspace.root / "newsdesk.toml"
    text = path.read_text(encoding="utf-8")
    assert 'review.self_approval = "warn"' in text  # newsdesk init writes the default
    path.write_text(text.replace('review.self_approval = "warn"',
                                 f'review.self_approval = "{policy}"'), encoding="utf-8")


def test_cli_forbid_exits_1_warn_prints_a_warning_allow_is_quiet(workspace, capsys):
    a = make_article(workspace)
    d = str(a.folder)
    _set_policy(workspace, "forbid")
    assert main(["review", "submit", d, "--as", "Ben Autor"]) == 0
    capsys.readouterr()
    assert main(["review", "approve", d, "--as", "BEN AUTOR"]) == 1
    err = capsys.readouterr().err
    assert "Ben Autor submitted this article" in err and "forbid" in err
    _set_policy_from(workspace, "forbid", "warn")
    assert main(["review", "approve", d, "--as", "Ben Autor"]) == 0
    captured = capsys.readouterr()
    assert "approved by Ben Autor" in captured.out
    assert captured.err.startswith("warning: ") and "own article" in captured.err
    assert main(["review", "status", d]) == 0
    assert "approved          Ben Autor (approved their own submission)" in \
        capsys.readouterr().out
    assert main(["review", "reopen", d, "--as", "Ben Autor"]) == 0
    assert main(["review", "submit", d, "--as", "Ben Autor"]) == 0
    _set_policy_from(workspace, "warn", "allow")
    capsys.readouterr()
    assert main(["review", "approve", d, "--as", "Ben Autor"]) == 0
    assert capsys.readouterr().err == ""


def _set_policy_from(workspace, old: str, new: str) -> None:
    path = workspace.root / "newsdesk.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        f'review.self_approval = "{old}"', f'review.self_approval = "{new}"'), encoding="utf-8")
