"""Review events, states, approval bound to the content hash, snapshots and the diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PIL import Image

from editor.model import review, reviewlog
from editor.model.article import Article, Photo, load_article
from editor.model.atomic import TEMP_SUFFIX
from editor.model.config import SiteConfig
from editor.model.contenthash import content_hash
from tests.util import write_article

CREDITS = {"caption": "Das Rathaus am Morgen", "alt": "Rathaus mit Turm im Morgenlicht",
           "creator": "Jörg Müller", "credit": "Stadt / Jörg Müller",
           "copyright": "© 2026 Stadt", "license": "Nur für diesen Artikel"}
BODY = ("Erster Absatz über den Stadtrat.\n\n![](photo:rathaus)\n\n"
        "Zweiter Absatz mit den Beschlüssen.\n")


def make_photo(path: Path, color: tuple[int, int, int] = (40, 120, 200)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), color).save(path, "JPEG")


def make_article(workspace, title: str = "Stadtrat beschließt Haushalt") -> Article:
    """A valid article with one credited photo, saved in the workspace."""
    article = workspace.create_article(title, date=dt.date(2026, 11, 20), author="Presseamt",
                                       lead="Der Stadtrat hat den Haushalt beschlossen.",
                                       body=BODY)
    make_photo(article.folder / "photos" / "rathaus.jpg")
    article.photos = [Photo(id="rathaus", file="photos/rathaus.jpg", **CREDITS)]
    article.lead_photo = "rathaus"
    write_article(article)
    return load_article(article.folder)


def approve(article: Article, by: str = "Anna Prüferin") -> review.Event:
    review.add_event(article, "submitted", "Ben Autor")
    return review.add_event(article, "approved", by, config=SiteConfig())


def test_states_follow_events(workspace):
    a = make_article(workspace)
    assert review.state_of(a) == "draft"
    review.add_event(a, "submitted", "Ben Autor")
    assert review.state_of(a) == "in_review"
    review.add_event(a, "comment", "Anna", "Bitte Titel prüfen")
    assert review.state_of(a) == "in_review"
    review.add_event(a, "changes_requested", "Anna", "Titel kürzen")
    assert review.state_of(a) == "changes_requested"
    review.add_event(a, "submitted", "Ben Autor")
    review.add_event(a, "approved", "Anna", config=SiteConfig())
    assert review.state_of(a) == "approved"
    review.record_published(a, "f" * 64)
    assert review.state_of(a) == "published"
    a.body += "\nNachtrag.\n"
    assert review.state_of(a) == "changed_since_approval"
    review.add_event(a, "reopened", "Ben Autor")
    assert review.state_of(a) == "draft"
    kinds = [e.kind for e in reviewlog.read_log(a.folder).events]
    assert kinds == ["submitted", "comment", "changes_requested", "submitted", "approved",
                     "published", "reopened"]


def test_events_carry_who_when_note_hash(workspace):
    a = make_article(workspace)
    before = dt.datetime.now(dt.UTC)
    e = review.add_event(a, "comment", "  Anna  ", " Gut so ")
    [stored] = reviewlog.read_log(a.folder).events
    assert stored.by == "Anna" and stored.note == "Gut so"
    assert stored.content_hash == content_hash(a) == e.content_hash
    at = dt.datetime.fromisoformat(stored.at.replace("Z", "+00:00"))
    assert at.tzinfo is not None and before <= at <= dt.datetime.now(dt.UTC)
    data = json.loads((a.folder / "review" / stored.file).read_text(encoding="utf-8"))
    assert data["event"] == "comment" and data["by"] == "Anna"


def test_actions_refused_by_state_and_rules(workspace):
    a = make_article(workspace)
    with pytest.raises(review.ReviewError, match="draft"):
        review.add_event(a, "approved", "Anna", config=SiteConfig())
    with pytest.raises(review.MissingName):
        review.add_event(a, "submitted", "   ")
    review.add_event(a, "submitted", "Ben")
    with pytest.raises(review.ReviewError, match="note"):
        review.add_event(a, "changes_requested", "Anna", "  ")
    with pytest.raises(review.ReviewError):
        review.add_event(a, "bogus", "Anna")
    assert [e.kind for e in reviewlog.read_log(a.folder).events] == ["submitted"]


def test_approval_refused_with_validation_errors(workspace):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben")
    a.photos[0].creator = ""
    a.title = ""
    with pytest.raises(review.ApprovalRefused) as info:
        review.add_event(a, "approved", "Anna", config=SiteConfig())
    codes = {p.code for p in info.value.problems}
    assert {"missing-title", "photo-field-missing"} <= codes
    assert review.state_of(a) == "in_review"
    assert not (a.folder / ".newsdesk" / "approved").exists()


def test_approval_bound_to_exact_content(workspace):
    a = make_article(workspace)
    event = approve(a)
    record = review.approval_record(a)
    assert record == {"by": "Anna Prüferin", "at": event.at, "content_hash": content_hash(a)}
    assert (a.folder / ".newsdesk" / "approved" / f"{content_hash(a)}.json").is_file()
    a.lead = "Anderer Vorspann."
    assert review.approval_record(a) is None
    assert review.state_of(a) == "changed_since_approval"
    a.lead = "Der Stadtrat hat den Haushalt beschlossen."
    assert review.state_of(a) == "approved"


@pytest.mark.parametrize("change", ["body", "credit", "photo_bytes", "unknown_key"])
def test_export_check_refuses_after_any_change(workspace, change):
    a = make_article(workspace)
    config = SiteConfig()
    assert [p.code for p in review.export_check(a, config)] == ["not-approved"]
    approve(a)
    assert review.export_check(a, config) == []
    if change == "body":
        a.body = a.body.replace("Zweiter", "Dritter")
    elif change == "credit":
        a.photos[0].credit = "Stadtarchiv"
    elif change == "photo_bytes":
        make_photo(a.folder / "photos" / "rathaus.jpg", (200, 20, 20))
    else:
        a.extra["canonical"] = "https://example.org/x"
    write_article(a)
    a = load_article(a.folder)
    assert review.state_of(a) == "changed_since_approval"
    [problem] = review.export_check(a, config)
    assert problem.code == "changed-since-approval"
    assert "Anna Prüferin" in problem.message and content_hash(a)[:12] in problem.message
    assert review.export_check(a, SiteConfig(approval_required=False)) == []


def test_hash_stable_across_save_and_yaml_formatting(workspace):
    a = make_article(workspace)
    first = content_hash(a)
    write_article(a)
    assert content_hash(load_article(a.folder)) == first
    # Same content, other YAML layout: quoted strings, block list, explicit empty field.
    text = a.path.read_text(encoding="utf-8")
    text = text.replace("title: Stadtrat beschließt Haushalt",
                        "title: \"Stadtrat beschließt Haushalt\"")
    text = text.replace("  caption:", "  web_statement: ''\n  caption:")
    a.path.write_text(text, encoding="utf-8")
    assert load_article(a.folder).photos[0].web_statement == ""
    assert content_hash(load_article(a.folder)) == first


def test_unreadable_and_temp_files(workspace):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben")
    folder = a.folder / "review"
    (folder / f".20990101T000000.000000Z-approved-x.json{TEMP_SUFFIX}").write_text("{")
    bad = folder / "20200101T000000.000000Z-comment-abc.json"
    bad.write_text("{not json", encoding="utf-8")
    log = reviewlog.read_log(a.folder)
    assert [e.kind for e in log.events] == ["submitted"]
    assert [p for p, _ in log.broken] == [bad]
    assert review.status(a).to_dict()["unreadable"][0]["file"] == str(bad)


def test_events_of_one_writer_keep_order_even_with_a_future_event(workspace):
    a = make_article(workspace)
    review.add_event(a, "submitted", "Ben")
    # Another machine's clock is ahead: our next event still sorts after it.
    future = a.folder / "review" / "20991231T235959.000000Z-comment-aaaaaaaaaaaa.json"
    future.write_text(json.dumps({"event": "comment", "by": "X", "at":
                                  "2099-12-31T23:59:59.000000Z", "note": "",
                                  "content_hash": ""}), encoding="utf-8")
    review.add_event(a, "changes_requested", "Anna", "Mehr Fotos")
    assert [e.kind for e in reviewlog.read_log(a.folder).events][-1] == "changes_requested"
    assert review.state_of(a) == "changes_requested"


def test_diff_shows_changed_paragraph_and_credit(workspace):
    a = make_article(workspace)
    approve(a)
    assert review.changes_since_approval(a).is_empty
    a.body = a.body.replace("Zweiter Absatz mit den Beschlüssen.", "Zweiter Absatz, neu.")
    a.photos[0].credit = "Stadtarchiv"
    a.title = "Haushalt beschlossen"
    make_photo(a.folder / "photos" / "neu.jpg")
    a.photos.append(Photo(id="neu", file="photos/neu.jpg", **CREDITS))
    diff = review.changes_since_approval(a)
    assert "-Zweiter Absatz mit den Beschlüssen." in diff.body
    assert "+Zweiter Absatz, neu." in diff.body
    assert [(f.name, f.old, f.new) for f in diff.fields] == [
        ("title", "Stadtrat beschließt Haushalt", "Haushalt beschlossen")]
    kinds = {(p.photo, p.kind) for p in diff.photos}
    assert kinds == {("rathaus", "credit_changed"), ("neu", "added")}
    [credit] = [p for p in diff.photos if p.kind == "credit_changed"]
    assert [(f.name, f.old, f.new) for f in credit.fields] == [
        ("credit", "Stadt / Jörg Müller", "Stadtarchiv")]
    text = diff.to_text()
    assert "Anna Prüferin" in text and "Stadtarchiv" in text and "+Zweiter Absatz, neu." in text


def test_diff_photo_file_changed_and_removed(workspace):
    a = make_article(workspace)
    approve(a)
    make_photo(a.folder / "photos" / "rathaus.jpg", (0, 0, 0))
    assert [p.kind for p in review.changes_since_approval(a).photos] == ["file_changed"]
    a.photos = []
    a.lead_photo = None
    assert [p.kind for p in review.changes_since_approval(a).photos] == ["removed"]


def test_never_approved_has_no_diff(workspace):
    assert review.changes_since_approval(make_article(workspace)) is None


def test_workspace_list_shows_state(workspace):
    a = make_article(workspace)
    b = make_article(workspace, "Neue Brücke")
    approve(a)
    states = {s.slug: s.status for s in workspace.list_articles()}
    assert states == {a.slug: "approved", b.slug: "draft"}
    a.body += "x"
    write_article(a)
    assert {s.slug: s.status for s in workspace.list_articles()}[a.slug] == \
        "changed_since_approval"


def test_name_clash_never_overwrites(workspace, monkeypatch):
    a = make_article(workspace)
    fixed = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(reviewlog, "timestamp", lambda folder: fixed)
    tokens = iter(["aaaaaaaaaaaa", "aaaaaaaaaaaa", "bbbbbbbbbbbb"])
    monkeypatch.setattr(reviewlog, "_suffix", lambda: next(tokens))
    review.add_event(a, "comment", "Anna", "eins")
    review.add_event(a, "comment", "Ben", "zwei")
    names = sorted(p.name for p in (a.folder / "review").iterdir())
    assert names == ["20261124T120000.000000Z-comment-aaaaaaaaaaaa.json",
                     "20261124T120000.000000Z-comment-bbbbbbbbbbbb.json"]
    assert sorted(e.note for e in reviewlog.read_log(a.folder).events) == ["eins", "zwei"]
