"""Heading / Subheading on any line of any body without jumps: validation stays quiet."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor.gui.editor_pane.headings import IN_CODE, REMOVED, plan_heading, prefix_allowed
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.validation import validate


def _skips(body: str) -> int:
    article = Article(Path("artikel"), title="T", body=body)
    return sum(p.code == "heading-skip" for p in validate(article, SiteConfig()))


@st.composite
def bodies(draw) -> list[str]:
    """Lines of paragraphs, code fences and headings that never jump a level."""
    lines, level = [], 1
    for kind in draw(st.lists(st.sampled_from(["p", "h", "fence"]), min_size=1,
                              max_size=14)):
        if kind == "h":
            level = draw(st.integers(2, min(6, level + 1)))
            lines.append("#" * level + " Kopf")
        elif kind == "fence":
            lines += ["```", "### im Code", "```"]
        else:
            lines.append(draw(st.sampled_from(["Absatz", "", "- Punkt", "> Zitat"])))
    return lines


@given(bodies(), st.integers(0, 100), st.sampled_from([2, 3]))
def test_a_heading_command_never_makes_a_jump(lines, at, wanted) -> None:
    assert _skips("\n".join(lines)) == 0
    line = at % len(lines)
    plan = plan_heading(lines, line, line, wanted)
    new = lines[:line] + plan.lines + lines[line + 1:]
    assert _skips("\n".join(new)) == 0, (lines, line, wanted, plan)
    if plan.outcome == IN_CODE:  # a fence or code: never touched
        assert new == lines
    elif plan.outcome != REMOVED:
        assert 2 <= plan.level <= 6
        assert plan.lines[0].startswith("#" * plan.level + " ")


@given(bodies(), st.integers(0, 100), st.integers(0, 3), st.sampled_from(["- ", "> "]))
def test_list_or_quote_allowed_only_without_new_jumps(lines, at, span, prefix) -> None:
    first = at % len(lines)
    last = min(len(lines) - 1, first + span)
    new = lines[:first] + [prefix + ln for ln in lines[first:last + 1]] + lines[last + 1:]
    if prefix_allowed(lines, new, first, last):
        assert _skips("\n".join(new)) == 0
        assert not any(ln.startswith("```") for ln in lines[first:last + 1])
