"""`newsdesk list` shows each article's review state as the full review check gives it,
also where the index reads an article without building it (its state from the events
alone when it does not depend on the content hash): in review, changes requested,
reopened, approved, approved and edited since, published; cold and after changes."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import review
from editor.model.article import Photo, load_article
from editor.model.config import SiteConfig
from tests.util import write_article

OLD = 1_600_000_000
CREDITS = dict(caption="Der Rathausplatz", alt="Ein Platz mit Brunnen", creator="Eva Bild",
               credit="Stadt", copyright="© Stadt", license="Nur für diesen Artikel")


@pytest.fixture(autouse=True)
def private_index_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_INDEX_DIR", str(tmp_path / "index-cache"))


def _article(workspace, title: str, photo: bool = False):
    article = workspace.create_article(title, date=dt.date(2026, 11, 20), author="Presseamt",
                                       lead="Der Stadtrat hat beschlossen.",
                                       body="Ein Absatz über die Straße.\n")
    if photo:
        from PIL import Image

        (article.folder / "photos").mkdir(exist_ok=True)
        Image.new("RGB", (64, 48), (40, 120, 200)).save(article.folder / "photos" / "a.jpg")
        article.photos = [Photo(id="a", file="photos/a.jpg", **CREDITS)]
        article.lead_photo = "a"
    write_article(article)
    return load_article(article.folder)


def _listed(root: Path, capsys) -> dict[str, str]:
    capsys.readouterr()
    assert main(["list", str(root), "--json"]) == 0
    return {row["slug"]: row["status"] for row in json.loads(capsys.readouterr().out)}


def _truth(workspace) -> dict[str, str]:
    return {folder.name: review.state_of(load_article(folder))
            for folder in sorted(workspace.articles_dir.iterdir())}


def _age(root: Path) -> None:
    for path in root.rglob("*"):
        os.utime(path, (OLD, OLD), follow_symlinks=False)


def test_listed_states_are_those_of_the_full_check(workspace, capsys) -> None:
    by, checker = "Ben Autor", "Anna Prüferin"
    config = SiteConfig()
    draft = _article(workspace, "Entwurf")
    in_review = _article(workspace, "In Prüfung")
    review.add_event(in_review, "submitted", by)
    changes = _article(workspace, "Änderungen erbeten")
    review.add_event(changes, "submitted", by)
    review.add_event(changes, "changes_requested", checker, "Bitte kürzen")
    reopened = _article(workspace, "Wieder offen")
    review.add_event(reopened, "submitted", by)
    review.add_event(reopened, "reopened", by)
    approved = _article(workspace, "Freigegeben", photo=True)
    review.add_event(approved, "submitted", by)
    review.add_event(approved, "approved", checker, config=config)
    edited = _article(workspace, "Freigegeben, dann bearbeitet")
    review.add_event(edited, "submitted", by)
    review.add_event(edited, "approved", checker, config=config)
    edited.body += "Noch ein Satz.\n"
    write_article(edited)
    photo_changed = _article(workspace, "Freigegeben, dann neues Foto", photo=True)
    review.add_event(photo_changed, "submitted", by)
    review.add_event(photo_changed, "approved", checker, config=config)
    from PIL import Image

    Image.new("RGB", (64, 48), (200, 20, 20)).save(photo_changed.folder / "photos" / "a.jpg")
    _age(workspace.root)

    truth = _truth(workspace)
    assert set(truth.values()) == {"draft", "in_review", "changes_requested", "approved",
                                   "changed_since_approval"}
    assert truth[draft.slug] == truth[reopened.slug] == "draft"
    assert _listed(workspace.root, capsys) == truth  # cold
    assert _listed(workspace.root, capsys) == truth  # warm

    # events added later (an approval, a request for changes) are seen
    review.add_event(load_article(in_review.folder), "approved", checker, config=config)
    review.add_event(load_article(approved.folder), "changes_requested", checker, "Nein")
    truth = _truth(workspace)
    assert truth[in_review.slug] == "approved"
    assert truth[approved.slug] == "changes_requested"
    assert _listed(workspace.root, capsys) == truth
