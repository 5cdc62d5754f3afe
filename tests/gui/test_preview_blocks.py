"""The DOM patch plan: applied to the old groups it gives exactly the new ones."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.gui.preview.blocks import Block, from_rendered, plan
from editor.render import RenderedBlock


def blocks(texts: list[str]) -> list[Block]:
    """Blocks two lines apart; "" renders to nothing (like a link definition)."""
    rendered, line = [], 1
    for text in texts:
        html = f'<p data-line="{line}">{text}</p>' if text else ""
        rendered.append(RenderedBlock(key=str(line), line=line, html=html))
        line += 2 + text.count("|")  # "|" makes a block longer, shifting those after it
    return from_rendered(rendered)


def dom(bs: list[Block]) -> list[tuple[int, str]]:
    """What the page shows: one group per block with elements, as (line, html)."""
    return [(b.line, b.html) for b in bs if not b.empty]


def apply(groups: list[tuple[int, str]], old: list[Block], new: list[Block]):
    """Python mirror of __newsdesk.patch in script.py, working on (line, html) groups."""
    patch = plan(old, new)
    if patch is None:
        return groups
    assert patch.total == len(groups)
    groups = list(groups)
    if patch.after is not None:
        for i, line in enumerate(patch.after):
            _old_line, html = groups[patch.end + i]
            groups[patch.end + i] = (line, html.replace(f'data-line="{_old_line}"',
                                                        f'data-line="{line}"'))
    # each synthetic block is one element on one line of the patch's html
    middle = [(int(re.search(r'data-line="(\d+)"', h).group(1)), h)
              for h in patch.html.split("\n") if h]
    return groups[:patch.start] + middle + groups[patch.end:]


texts = st.lists(st.sampled_from(["a", "b", "c|", "d||", ""]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_patch_turns_old_dom_into_new(old_texts: list[str], new_texts: list[str]) -> None:
    old, new = blocks(old_texts), blocks(new_texts)
    assert apply(dom(old), old, new) == dom(new)


def test_one_changed_block_is_the_only_one_sent() -> None:
    old = blocks(["a", "b", "c", "d"])
    new = blocks(["a", "B", "c", "d"])
    patch = plan(old, new)
    assert patch is not None
    assert (patch.start, patch.end, patch.total, patch.changed_blocks) == (1, 2, 4, 1)
    assert patch.html.strip() == '<p data-line="3">B</p>' and patch.after is None
    assert plan(old, blocks(["a", "b", "c", "d"])) is None


def test_longer_block_renumbers_the_rest_without_resending_them() -> None:
    old = blocks(["a", "b", "c", "d"])
    new = blocks(["a", "b|", "c", "d"])
    patch = plan(old, new)
    assert patch is not None and patch.changed_blocks == 1
    assert patch.after == [6, 8]
    assert ">c<" not in patch.html and ">d<" not in patch.html
