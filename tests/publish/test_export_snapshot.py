"""One export describes one snapshot: the text, photos, problems and review state taken at
its start, even when someone edits the article while it runs."""

from __future__ import annotations

import json
from pathlib import Path

from editor.cli import main
from editor.model import contenthash, review, reviewlog
from editor.model.article import load_article
from editor.model.config import load_config
from editor.publish import bundle

from .conftest import UMLAUT_CREDITS, make_article, make_photo, small_config


def _approved_article(tmp_path: Path):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "newsdesk.toml").write_text(
        'image_widths = [160, 320]\napproval_required = true\n', "utf-8")
    folder = ws / "articles" / "stadtfest"
    make_photo(folder / "photos" / "p.jpg")
    article = make_article(folder, [("p", "photos/p.jpg", dict(UMLAUT_CREDITS))],
                           title="Stadtfest am Samstag")
    config = load_config(ws / "newsdesk.toml")
    review.add_event(article, "submitted", "Anna Autorin")
    review.add_event(article, "approved", "Rita Redaktion", config=config)
    return article


def _during_export(monkeypatch, action) -> None:
    """Run ``action`` after the snapshot was taken, while the images are made."""
    real = bundle.build_derivatives

    def edit_then_build(*args, **kwargs):
        action()
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle, "build_derivatives", edit_then_build)


def test_text_edited_during_export_does_not_reach_the_bundle(tmp_path, monkeypatch, capsys):
    article = _approved_article(tmp_path)
    approved_hash = contenthash.content_hash(article)
    md = article.folder / "article.md"
    original = md.read_text("utf-8")

    def colleague_saves():
        md.write_text(original.replace("Stadtfest am Samstag", "Ganz anderer Titel")
                      .replace("Erster Absatz.", "Ungeprüfter Absatz."), "utf-8")

    _during_export(monkeypatch, colleague_saves)
    out = tmp_path / "out"
    assert main(["export", str(article.folder), "--out", str(out)]) == 0, capsys.readouterr()
    page = (out / "stadtfest" / "index.html").read_text("utf-8")
    record = json.loads((out / "stadtfest" / "article.json").read_text("utf-8"))
    assert "Stadtfest am Samstag" in page and "Ganz anderer" not in page
    assert "Ungeprüfter" not in page and "Ungeprüfter" not in record["body_html"]
    assert record["title"] == "Stadtfest am Samstag"
    assert record["content_hash"] == approved_hash
    assert record["approval"]["content_hash"] == approved_hash
    published = [e for e in reviewlog.read_log(article.folder).events if e.kind == "published"]
    assert [e.content_hash for e in published] == [approved_hash]
    # The edit is kept on disk; it simply is not what was exported.
    assert "Ganz anderer Titel" in md.read_text("utf-8")


def test_photo_replaced_during_export_is_refused_and_nothing_is_written(tmp_path,
                                                                         monkeypatch, capsys):
    article = _approved_article(tmp_path)
    photo = article.folder / "photos" / "p.jpg"
    _during_export(monkeypatch, lambda: make_photo(photo, size=(640, 480)))
    out = tmp_path / "out"
    assert main(["export", str(article.folder), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert ": error photo-changed: " in err and "export again" in err
    assert not out.exists() or not any(out.iterdir())
    assert not [e for e in reviewlog.read_log(article.folder).events if e.kind == "published"]


def test_the_content_is_hashed_once_and_the_review_state_read_once(tmp_path, monkeypatch):
    article = _approved_article(tmp_path)
    config = small_config(approval_required=True)
    calls = {"photo_hash": 0, "status": 0, "read_log": 0}
    before_published: dict[str, int] = {}

    def counting(module, name, key):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[key] += 1
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, wrapper)

    counting(contenthash, "photo_sha256", "photo_hash")
    counting(review, "status", "status")
    counting(reviewlog, "read_log", "read_log")
    real_published = review.record_published

    def published(*args, **kwargs):
        before_published.update(calls)
        return real_published(*args, **kwargs)

    monkeypatch.setattr(review, "record_published", published)
    result = bundle.export_article(load_article(article.folder), config, tmp_path / "out",
                                   workspace_root=article.folder.parents[1])
    # Up to the published event: the one photo hashed once, the review log read once,
    # and the review state never derived again; the event itself hashes nothing.
    assert before_published == {"photo_hash": 1, "status": 0, "read_log": 1}
    assert calls["photo_hash"] == 1 and calls["status"] == 0
    record = json.loads((result.bundle / "article.json").read_text("utf-8"))
    assert record["content_hash"] == result.content_hash


def test_problems_of_check_and_export_are_the_same(tmp_path, capsys):
    article = _approved_article(tmp_path)
    article.photos[0].creator = ""
    from tests.util import write_article

    write_article(article)  # now changed since approval and missing a credit
    assert main(["check", str(article.folder)]) == 1
    check_err = capsys.readouterr().err
    assert main(["export", str(article.folder), "--out", str(tmp_path / "out")]) == 1
    export_err = capsys.readouterr().err
    for code in ("photo-field-missing",):
        assert code in check_err and code in export_err
    assert "changed-since-approval" in export_err
