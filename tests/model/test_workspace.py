import datetime as dt

import pytest

from editor.model.article import load_article
from editor.model.errors import WorkspaceError
from editor.model.workspace import Workspace


def test_init_creates_config_and_refuses_twice(tmp_path):
    ws = Workspace.init(tmp_path / "ws", site_name="Stadt")
    assert (ws.root / "newsdesk.toml").is_file()
    assert ws.config.site_name == "Stadt"
    with pytest.raises(WorkspaceError, match="already"):
        Workspace.init(tmp_path / "ws")


def test_open_non_workspace(tmp_path):
    with pytest.raises(WorkspaceError, match="not a workspace"):
        Workspace.open(tmp_path)
    with pytest.raises(WorkspaceError, match="no such folder"):
        Workspace.open(tmp_path / "missing")


def test_create_list_find_search(workspace):
    a = workspace.create_article("Neue Fahrradstraße", date=dt.date(2022, 6, 1), author="Amt")
    b = workspace.create_article("Neue Fahrradstraße", date=dt.date(2022, 7, 1))
    workspace.create_article("Bibliothek öffnet", date=dt.date(2021, 1, 1))
    assert a.slug == "neue-fahrradstrasse"
    assert b.slug == "neue-fahrradstrasse-2"
    assert (a.folder / "photos").is_dir() and (a.folder / "review").is_dir()
    loaded = load_article(a.folder)
    assert loaded.title == "Neue Fahrradstraße" and loaded.author == "Amt"
    listing = workspace.list_articles()
    assert [s.slug for s in listing] == ["neue-fahrradstrasse-2", "neue-fahrradstrasse",
                                         "bibliothek-oeffnet"]
    assert all(s.status == "draft" for s in listing)
    assert workspace.find("bibliothek-oeffnet").name == "bibliothek-oeffnet"
    with pytest.raises(WorkspaceError):
        workspace.find("../etc")
    assert [s.slug for s in workspace.search("bibliothek")] == ["bibliothek-oeffnet"]
    assert workspace.search("fahrrad gibtsnicht") == []


def test_search_covers_lead_tags_body(workspace):
    a = workspace.create_article("Titel")
    a.lead = "Vorspann mit Wasserwerk"
    a.tags = ["Umwelt"]
    a.body = "Im Text steht Zebrastreifen.\n"
    from tests.util import write_article

    write_article(a)
    for word in ["wasserwerk", "UMWELT", "zebrastreifen"]:
        assert [s.slug for s in workspace.search(word)] == ["titel"], word


def test_broken_article_is_listed_with_error(workspace):
    a = workspace.create_article("Kaputt")
    a.path.write_text("kein front matter", encoding="utf-8")
    [item] = workspace.list_articles()
    assert item.slug == "kaputt" and item.error and "front matter" in item.error


def test_create_needs_title(workspace):
    with pytest.raises(WorkspaceError):
        workspace.create_article("   ")
