"""The libyaml fast path of the front-matter loader (text without '&', '*' or '!' is
composed once and the nodes checked) gives exactly what the event check gives: the same
data and key lines, or the same message on the same line. And text with one of those
characters never takes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from editor.model import frontmatter
from editor.model.errors import ArticleFormatError

pytestmark = pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False),
                                reason="PyYAML without libyaml")

BIG = "9" * 1500
TEXTS = [
    "title: Titel\ndate: 2022-06-24\ntags: [a, b]\nlead: L\n",
    "title: T\nphotos:\n  - id: p\n    file: photos/a.jpg\n    incomplete: true\n",
    "title: T\nmeta: {a: 1, b: [1.5, null, ~, yes, 2022-02-30, 0x1f, .inf]}\n",
    "title: T\ntitle: zweimal\n",
    "title: T\n<<: {kicker: K}\nmeta:\n  <<: [{a: 1}, {b: 2}]\n  c: 3\n",
    "title: T\nx: =\n",  # a YAML value tag: the loader's own error
    f"title: T\n{BIG}: x\n",  # a key that is a too-long number: the number message
    f"title: T\nmeta:\n  - {BIG}\n",
    f"title: '{BIG}'\n",
    "title: T\n1: a\nb: " + "[" * 30 + "]" * 30 + "\n",  # two problems: the first is named
    "title: T\nb: " + "[" * 30 + "]" * 30 + "\n1: a\n",
    "title: T\n? {a: 1}\n: x\n",
    "title: T\nmeta:\n  ? [a]\n  : x\n",
    "title: " + "[" * 19 + "]" * 19 + "\n",  # 20 levels: allowed
    "title: " + "[" * 20 + "]" * 20 + "\n",  # 21: refused
    "- a\n- b\n",
    "just text\n",
    "title: T\ndate: [2022\n",
    "title: T\n---\nx: y\n",
    "title: \"a\\x26b \\x2a \\x21\"\n",  # escapes make &, *, ! in values, not syntax
    "t: " + "- " * 25 + "x\n",
]


def _outcome(text: str) -> object:
    try:
        return frontmatter.load_yaml(text, Path("article.md"), first_line=2)
    except ArticleFormatError as exc:
        return (exc.message, exc.line)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_the_event_check(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert frontmatter.LIBYAML and not frontmatter._MAY_REFER.search(text)
    monkeypatch.setattr(frontmatter, "SIMPLE", False)  # this is about the libyaml path
    calls: list[str] = []
    real = frontmatter._check_nodes
    monkeypatch.setattr(frontmatter, "_check_nodes",
                        lambda *a: calls.append("nodes") or real(*a))
    fast = _outcome(text)
    monkeypatch.setattr(frontmatter, "_MAY_REFER", re.compile(""))  # everything: slow path
    slow = _outcome(text)
    assert fast == slow
    if isinstance(fast[0], dict):  # (data, key lines), not (message, line)
        assert calls == ["nodes"]  # the fast path ran


@pytest.mark.parametrize("text", [
    "title: &a T\nx: *a\n", "title: !!binary aGFsbG8=\n", "title: !Ref x\n",
    "title: T\nx: *nix\n",
])
def test_anchor_alias_and_tag_characters_take_the_event_check(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontmatter, "_check_nodes",
                        lambda *a: pytest.fail("fast path taken"))
    with pytest.raises(ArticleFormatError, match="anchor|alias|tag"):
        frontmatter.load_yaml(text, Path("article.md"))
