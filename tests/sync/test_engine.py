"""Sync through a real bare repository (no network): clones acting as different people."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from editor.model import history
from editor.sync import engine
from editor.sync import git as sync_git
from tests.sync.helpers import article, edit_body, git, isolate, team

FEST, BUS = "sommerfest-im-park", "neue-buslinie"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


def test_git_version_is_checked_with_a_clear_message(monkeypatch) -> None:
    sync_git.require()  # this machine's git is new enough
    monkeypatch.setattr(sync_git, "version", lambda: (2, 17, 1))
    with pytest.raises(sync_git.GitError, match=r"git 2\.17\.1 is too old.*2\.30 or newer"):
        sync_git.require()


def test_is_repository(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    assert sync_git.is_repository(anna)
    assert not sync_git.is_repository(anna / "articles")
    assert not sync_git.is_repository(tmp_path)


def test_two_writers_edit_different_articles_and_both_see_both(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Anna schreibt hier.")
    edit_body(ben, BUS, "Zweiter Absatz alt.", "Ben schreibt dort.")
    first = engine.sync(anna)
    assert first.committed == ["Artikel bearbeitet: Sommerfest im Park"] and first.sent == 1
    second = engine.sync(ben)
    assert second.received == 1 and second.sent == 1 and not second.conflicts
    engine.sync(anna)
    for root in (anna, ben):
        assert "Anna schreibt hier." in (article(root, FEST) / "article.md").read_text()
        assert "Ben schreibt dort." in (article(root, BUS) / "article.md").read_text()
    authors = git(anna, "log", "--format=%an|%s").splitlines()
    assert "Ben|Artikel bearbeitet: Neue Buslinie" in authors
    assert "Anna|Artikel bearbeitet: Sommerfest im Park" in authors
    st = engine.status(ben)
    assert (st.ahead, st.behind, st.pending, st.conflicts) == (0, 0, [], [])
    assert st.last_sync


def test_same_paragraph_keeps_both_sides(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Annas Fassung.")
    engine.sync(anna)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Bens Fassung.")
    result = engine.sync(ben)
    [conflict] = result.conflicts
    assert conflict.kind == "article" and conflict.path == f"articles/{FEST}/article.md"
    text = (article(ben, FEST) / "article.md").read_text()
    assert "Annas Fassung." in text and "Bens Fassung." not in text and "<<<<" not in text
    assert "Bens Fassung." in (ben / conflict.local_copy).read_text()
    assert "Bens Fassung." in history.list_versions(article(ben, FEST))[0].read_text()
    gdir = ben / ".git"
    assert not (gdir / "rebase-merge").exists() and not (gdir / "rebase-apply").exists()
    assert git(ben, "status", "--porcelain") == ""  # the copy is ignored, nothing pending
    assert engine.status(ben).conflicts == [conflict.local_copy]
    assert git(ben, "rev-parse", "HEAD") == git(ben, "rev-parse", "origin/main")


def test_caches_locks_and_history_are_never_committed(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Neu.")  # makes .newsdesk/history
    folder = article(anna, FEST)
    (folder / ".newsdesk" / "lock").write_text("x")
    (anna / ".newsdesk" / "cache").mkdir(parents=True)
    (anna / ".newsdesk" / "cache" / "thumb.webp").write_bytes(b"x")
    (anna / ".newsdesk" / "index.sqlite").write_bytes(b"x")
    (anna / ".trash" / "old").mkdir(parents=True)
    (anna / ".trash" / "old" / "article.md").write_text("x")
    (anna / "articles" / ".import-abc123").mkdir()
    (anna / "articles" / ".import-abc123" / "article.md").write_text("x")
    (folder / ".article.md.x.ndtmp").write_text("x")
    (anna / "stray-notes.txt").write_text("not content")
    (anna / "dictionary.txt").write_text("Beispielhausen\n")
    (anna / "templates").mkdir()
    (anna / "templates" / "footer.html").write_text("<p>x</p>")
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "bild.jpg").write_bytes(b"\xff\xd8\xff")
    engine.sync(anna)
    files = git(anna, "ls-files").splitlines()
    assert not [f for f in files if ".newsdesk" in f or ".trash" in f or ".import-" in f
                or f.endswith(".ndtmp") or f == "stray-notes.txt"]
    for wanted in ("dictionary.txt", "templates/footer.html", "newsdesk.toml", ".gitignore",
                   ".gitattributes", f"articles/{FEST}/article.md",
                   f"articles/{FEST}/photos/bild.jpg"):
        assert wanted in files
    assert git(anna, "check-attr", "binary", f"articles/{FEST}/photos/bild.jpg").strip() \
        .endswith("set")
    assert git(anna, "check-attr", "eol", f"articles/{FEST}/article.md").strip() \
        .endswith("lf")


def test_ignore_files_are_repaired_and_the_users_lines_kept(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    (anna / ".gitignore").write_text("*.bak\n")
    (anna / ".gitattributes").unlink()
    assert sorted(engine.ensure_ignore_files(anna)) == [".gitattributes", ".gitignore"]
    ignore = (anna / ".gitignore").read_text().splitlines()
    assert ignore[0] == "*.bak" and ".newsdesk/" in ignore
    assert engine.ensure_ignore_files(anna) == []


def test_remote_unreachable_keeps_the_commit_and_sends_it_later(tmp_path: Path) -> None:
    remote, (anna, ben) = team(tmp_path)
    git(anna, "remote", "set-url", "origin", str(tmp_path / "no-such-remote.git"))
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Offline geschrieben.")
    with pytest.raises(sync_git.Offline, match="cannot reach the remote"):
        engine.sync(anna)
    st = engine.status(anna)
    assert st.pending == [] and st.ahead == 1 and "cannot reach" in (st.last_error or "")
    git(anna, "remote", "set-url", "origin", str(remote))
    assert engine.sync(anna).sent == 1
    engine.sync(ben)
    assert "Offline geschrieben." in (article(ben, FEST) / "article.md").read_text()


def test_same_photo_name_keeps_both_and_review_events_merge(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    for root in (anna, ben):
        for sub in ("photos", "review"):
            (article(root, FEST) / sub).mkdir(exist_ok=True)
    (article(anna, FEST) / "photos" / "buehne.jpg").write_bytes(b"\xff\xd8anna")
    (article(ben, FEST) / "photos" / "buehne.jpg").write_bytes(b"\xff\xd8ben")
    (article(anna, FEST) / "review" / "a.json").write_text('{"action": "comment"}')
    (article(ben, FEST) / "review" / "b.json").write_text('{"action": "approve"}')
    engine.sync(anna)
    result = engine.sync(ben)
    [photo] = result.conflicts
    assert photo.kind == "photo"
    photos = article(ben, FEST) / "photos"
    assert (photos / "buehne.jpg").read_bytes() == b"\xff\xd8anna"
    assert (ben / photo.local_copy).read_bytes() == b"\xff\xd8ben"
    assert photo.local_copy in git(ben, "ls-files").splitlines()
    assert sorted(p.name for p in (article(ben, FEST) / "review").iterdir()) == \
        ["a.json", "b.json"]


def test_dictionary_words_of_both_sides_are_kept(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    (anna / "dictionary.txt").write_text("Alpha\nBeta\n")
    (ben / "dictionary.txt").write_text("Alpha\nGamma\n")
    engine.sync(anna)
    engine.sync(ben)
    assert (ben / "dictionary.txt").read_text() == "Alpha\nBeta\nGamma\n"


def test_a_stale_index_lock_and_our_rebase_are_repaired(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "A.")
    engine.sync(anna)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "B.")
    engine.commit_pending(ben)
    git(ben, "fetch", "-q", "origin")
    (ben / ".git" / engine.REBASE_MARK).write_text("")
    rebase = subprocess.run(
        ["git", "-C", str(ben), "rebase", "origin/main"], capture_output=True)
    assert rebase.returncode != 0 and (ben / ".git" / "rebase-merge").exists()
    (ben / ".git" / "index.lock").write_text("")
    st = engine.status(ben)
    assert len(st.interrupted) == 2
    result = engine.sync(ben)
    assert any("interrupted sync" in r for r in result.repaired)
    assert any("index.lock" in r for r in result.repaired)
    assert len(result.conflicts) == 1 and not (ben / ".git" / "rebase-merge").exists()


def test_a_rebase_we_did_not_start_is_reported_not_aborted(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "A.")
    engine.sync(anna)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "B.")
    engine.commit_pending(ben)
    git(ben, "fetch", "-q", "origin")
    subprocess.run(["git", "-C", str(ben), "rebase", "origin/main"],
                                 capture_output=True)
    with pytest.raises(sync_git.GitError, match="rebase started outside Newsdesk"):
        engine.sync(ben)
    assert (ben / ".git" / "rebase-merge").exists()


def test_an_approval_of_text_changed_in_another_clone_shows_as_changed(
        tmp_path: Path, capsys) -> None:
    from editor.cli import main

    _remote, (anna, ben) = team(tmp_path)
    assert main(["review", "submit", str(article(ben, FEST)), "--as", "Anna"]) == 0
    assert main(["review", "approve", str(article(ben, FEST)), "--as", "Ben Prüfer"]) == 0
    result = engine.sync(ben)
    assert result.committed == ["Freigegeben: Sommerfest im Park (Ben Prüfer)"]
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Nach der Freigabe geändert.")
    engine.sync(anna)
    engine.sync(ben)
    capsys.readouterr()
    for root in (anna, ben):
        assert main(["review", "status", str(article(root, FEST)), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["state"] == "changed_since_approval"


def test_photos_attached_in_a_third_clone_arrive_with_their_credits(
        tmp_path: Path, capsys) -> None:
    from editor import resources
    from editor.cli import main
    from editor.model.article import load_article

    _remote, (anna, carla) = team(tmp_path, ("anna", "carla"))
    photo = resources.path("sample-workspace") / "articles" / \
        "stadtbibliothek-oeffnet-nach-der-sanierung-wieder" / "photos" / "fassade.jpg"
    assert main(["photo", "add", str(article(carla, FEST)), str(photo),
                 "--creator", "Carla Foto", "--credit", "Stadt"]) == 0, capsys.readouterr()
    result = engine.sync(carla)
    assert result.committed == ["Foto hinzugefügt: Sommerfest im Park"]
    engine.sync(anna)
    loaded = load_article(article(anna, FEST))
    [attached] = loaded.photos
    assert attached.creator == "Carla Foto"
    assert (article(anna, FEST) / attached.file).read_bytes() == photo.read_bytes()


def test_a_clone_whose_clock_is_wrong_still_syncs_both_ways(monkeypatch,
                                                             tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2001-01-01T00:00:00Z")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2001-01-01T00:00:00Z")
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Aus der Vergangenheit.")
    engine.sync(anna)
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2099-01-01T00:00:00Z")
    monkeypatch.setenv("GIT_AUTHOR_DATE", "2099-01-01T00:00:00Z")
    edit_body(ben, BUS, "Zweiter Absatz alt.", "Aus der Zukunft.")
    assert engine.sync(ben).received == 1
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    monkeypatch.delenv("GIT_AUTHOR_DATE")
    assert engine.sync(anna).received == 1
    for root in (anna, ben):
        assert "Aus der Vergangenheit." in (article(root, FEST) / "article.md").read_text()
        assert "Aus der Zukunft." in (article(root, BUS) / "article.md").read_text()


def test_a_planted_fsmonitor_program_is_not_run(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    witness = tmp_path / "ran"
    script = tmp_path / "evil.sh"
    script.write_text(f"#!/bin/sh\ntouch {witness}\n")
    script.chmod(0o755)
    git(anna, "config", "core.fsmonitor", str(script))
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Neu.")
    engine.sync(anna)
    engine.status(anna)
    assert not witness.exists()


def test_a_deleted_article_leaves_the_other_clone_with_a_clean_list(tmp_path: Path,
                                                                    capsys) -> None:
    from editor.cli import main

    _remote, (anna, ben) = team(tmp_path)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "Ben hatte eine Version.")  # local history
    engine.sync(ben)
    engine.sync(anna)
    assert main(["delete", str(article(anna, FEST))]) == 0
    assert engine.sync(anna).committed == ["Artikel gelöscht: Sommerfest im Park"]
    engine.sync(ben)
    assert not (article(ben, FEST) / "article.md").exists()
    capsys.readouterr()
    assert main(["list", str(ben), "--json"]) == 0
    assert [a["slug"] for a in json.loads(capsys.readouterr().out)] == [BUS]


def test_a_large_photo_is_committed_with_a_warning(tmp_path: Path) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    photos = article(anna, FEST) / "photos"
    photos.mkdir(exist_ok=True)
    (photos / "gross.jpg").write_bytes(b"\xff\xd8" + bytes(3_000_000))
    (photos / "klein.jpg").write_bytes(b"\xff\xd8" + bytes(1000))
    result = engine.sync(anna, large_photo_bytes=2_000_000)
    [warning] = result.warnings
    assert warning.startswith(f"articles/{FEST}/photos/gross.jpg is 3 MB (over 2 MB)")
    assert f"articles/{FEST}/photos/gross.jpg" in git(anna, "ls-files").splitlines()


def test_edits_made_after_a_killed_sync_survive_the_repair(tmp_path: Path) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "A.")
    engine.sync(anna)
    edit_body(ben, FEST, "Zweiter Absatz alt.", "B.")
    engine.commit_pending(ben)
    git(ben, "fetch", "-q", "origin")
    (ben / ".git" / engine.REBASE_MARK).write_text("")
    subprocess.run(["git", "-C", str(ben), "rebase", "origin/main"], capture_output=True)
    assert (ben / ".git" / "rebase-merge").exists()  # as a killed sync leaves it
    edit_body(ben, BUS, "Zweiter Absatz alt.", "Nach dem Absturz geschrieben.")
    result = engine.sync(ben)
    assert any(f"articles/{BUS}/article.md" in r for r in result.repaired)
    assert "Nach dem Absturz geschrieben." in (article(ben, BUS) / "article.md").read_text()
    engine.sync(anna)
    assert "Nach dem Absturz geschrieben." in (article(anna, BUS) / "article.md").read_text()
