"""The approved version of an article, read back from its snapshot for "Show changes"."""

from __future__ import annotations

import pytest

from editor.model import review
from editor.model.snapshot import SnapshotError, snapshot_path
from tests.model.test_review import approve, make_article
from tests.util import write_article


def test_none_before_any_approval(workspace):
    assert review.approved_version(make_article(workspace)) is None


def test_the_text_as_approved_even_after_edits(workspace):
    a = make_article(workspace)
    event = approve(a)
    approved_body, approved_credit = a.body, a.photos[0].credit
    a.body = a.body.replace("Erster Absatz", "Neuer Absatz")
    a.title = "Anderer Titel"
    a.photos[0].credit = "Stadtarchiv"
    write_article(a)
    found = review.approved_version(a)
    assert found is not None
    approval, old = found
    assert approval == event
    assert (old.body, old.title, old.photos[0].credit) == (
        approved_body, "Stadtrat beschließt Haushalt", approved_credit)
    assert old.folder == a.folder  # its photos are found beside the article


def test_missing_snapshot_is_an_error_not_a_crash(workspace):
    a = make_article(workspace)
    event = approve(a)
    snapshot_path(a.folder, event.content_hash).unlink()
    with pytest.raises(SnapshotError):
        review.approved_version(a)
