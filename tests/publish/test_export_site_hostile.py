"""export-site on the hostile workspace (tests/test_hostile_workspace.py's corpus): no
crash or hang, nothing read from or written outside, only the good articles published,
their bundles and the site files clean."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from tests.test_hostile_workspace import (  # noqa: F401  (corpus is a fixture)
    CASES,
    _assert_clean_bundle,
    _assert_clean_page,
    assert_articles_unchanged,
    assert_no_secret_in,
    assert_outside_untouched,
    assert_well_behaved,
    corpus,
    newsdesk,
    snapshot,
)


def test_export_site_on_the_hostile_workspace(corpus):  # noqa: F811
    good = [c.name for c in CASES if c.kind == "good"]
    for name in good:  # approval is not required: exported as it is = published
        run = newsdesk(corpus, "export", str(corpus.ws / "articles" / name), "-o",
                       str(corpus.out / "single"), "-q")
        assert run.returncode == 0, str(run)
    before = snapshot(corpus.outside)
    site = corpus.out / "site"
    run = newsdesk(corpus, "export-site", str(corpus.ws), "-o", str(site), "--json")
    assert_well_behaved(corpus, run, "ws")
    assert run.returncode == 0, str(run)
    assert_no_secret_in(corpus, run, site)
    assert_outside_untouched(corpus, run, before)
    assert_articles_unchanged(corpus, run)
    result = json.loads(run.stdout)
    assert sorted(result["articles"]) == sorted(good)
    skipped = {s["article"] for s in result["skipped"]}
    assert skipped.isdisjoint(good) and skipped
    for name in good:
        _assert_clean_bundle(site / name, run)
    _assert_clean_page((site / "index.html").read_text("utf-8"), run)
    ET.parse(site / "feed.xml")
    ET.parse(site / "sitemap.xml")
    outside = [p for p in site.rglob("*") if p.is_symlink()]
    assert not outside, str(run)
