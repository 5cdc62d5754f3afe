from pathlib import Path

from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.validation import has_errors, validate


def article(tmp_path: Path, **fields) -> Article:
    base = dict(folder=tmp_path, title="Titel", date=__import__("datetime").date(2022, 6, 24),
                lead="Ein kurzer Vorspann.", body="Text.\n")
    base.update(fields)
    return Article(**base)


def codes(problems) -> list[tuple[str, str]]:
    return sorted((p.severity, p.code) for p in problems)


def photo(tmp_path: Path, pid: str = "p1", **fields) -> Photo:
    (tmp_path / "photos").mkdir(exist_ok=True)
    (tmp_path / "photos" / f"{pid}.jpg").write_bytes(b"x")
    values = dict(creator="A", credit="B", copyright="C", alt="D")
    values.update(fields)
    return Photo(id=pid, file=f"photos/{pid}.jpg", **values)


def test_clean_article_has_no_problems(tmp_path):
    assert validate(article(tmp_path), SiteConfig()) == []


def test_every_problem_at_once(tmp_path):
    a = article(
        tmp_path, title="", date=None, lead="",
        body="## A\n#### B\n\n![](photo:ghost)\n",
        photos=[Photo(id="lost", file="photos/lost.jpg", creator="x", credit="y",
                      copyright="z", alt="w"),
                photo(tmp_path, "nocredit", credit="")],
    )
    problems = validate(a, SiteConfig())
    assert codes(problems) == sorted([
        ("error", "missing-title"), ("error", "missing-date"), ("warning", "no-lead"),
        ("warning", "heading-skip"), ("error", "unknown-photo"),
        ("error", "photo-file-missing"), ("warning", "photo-unused"),
        ("error", "photo-field-missing"), ("warning", "photo-unused"),
    ])
    by_code = {p.code: p for p in problems}
    assert by_code["heading-skip"].location.ref == 2
    assert by_code["unknown-photo"].location.ref == 4
    assert by_code["photo-field-missing"].location.ref == "nocredit"
    assert by_code["missing-title"].location.ref == "title"
    assert has_errors(problems)


def test_warnings_only_is_not_an_error(tmp_path):
    a = article(tmp_path, title="T" * 91, lead="L" * 301)
    problems = validate(a, SiteConfig())
    # (the 91- and 301-letter "words" are also plain-language hints)
    assert codes(problems) == [("hint", "long-word"), ("hint", "long-word"),
                               ("warning", "lead-too-long"), ("warning", "title-too-long")]
    assert not has_errors(problems)


def test_invalid_date(tmp_path):
    problems = validate(article(tmp_path, date="2022-13-45"), SiteConfig())
    assert codes(problems) == [("error", "invalid-date")]
    assert "2022-13-45" in problems[0].message


def test_required_fields_follow_config(tmp_path):
    a = article(tmp_path, photos=[photo(tmp_path, alt="", license="")],
                body="![](photo:p1)\n")
    assert codes(validate(a, SiteConfig())) == [("error", "photo-field-missing")]
    strict = SiteConfig(required_photo_fields=("creator", "license"))
    problems = validate(a, strict)
    assert [p.params["field"] for p in problems] == ["license"]


def test_headings_in_code_fences_are_ignored(tmp_path):
    body = "## A\n\n```\n#### not a heading\n```\n\n### B\n"
    assert validate(article(tmp_path, body=body), SiteConfig()) == []


def test_lead_photo_counts_as_used(tmp_path):
    a = article(tmp_path, photos=[photo(tmp_path)], lead_photo="p1")
    assert validate(a, SiteConfig()) == []
    b = article(tmp_path, lead_photo="missing")
    assert codes(validate(b, SiteConfig())) == [("error", "unknown-lead-photo")]


def test_problem_dict_shape(tmp_path):
    p = validate(article(tmp_path, title=""), SiteConfig())[0]
    assert p.to_dict() == {"severity": "error", "code": "missing-title",
                           "message": "The article has no title.",
                           "location": {"kind": "field", "ref": "title"}}
