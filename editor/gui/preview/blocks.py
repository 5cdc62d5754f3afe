"""Which rendered blocks changed: the plan for patching the preview's DOM (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.render import RenderedBlock


@dataclass(frozen=True)
class Block:
    line: int
    html: str
    # The html without its data-line attributes: equal shapes mean the block only moved.
    shape: str

    @property
    def empty(self) -> bool:
        """Renders to no element (a link definition, say): has no group in the DOM."""
        return not self.html.strip()


def from_pairs(pairs: list[tuple[int, str]]) -> list[Block]:
    """Blocks from (first line, html) pairs, as the render worker sends them."""
    return [Block(line, html, html.replace(f' data-line="{line}"', "")) for line, html in pairs]


def from_rendered(rendered: list[RenderedBlock]) -> list[Block]:
    return from_pairs([(b.line, b.html) for b in rendered])


@dataclass(frozen=True)
class Patch:
    """Replace DOM groups [start, end) of ``total`` by ``html``; renumber the groups after."""

    start: int
    end: int
    total: int
    html: str
    after: list[int] | None
    changed_blocks: int

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "total": self.total, "html": self.html,
                "after": self.after}


def plan(old: list[Block], new: list[Block]) -> Patch | None:
    """The smallest middle range to replace (common head and tail kept); None if equal."""
    n_old, n_new = len(old), len(new)
    head = 0
    while head < n_old and head < n_new and old[head].html == new[head].html:
        head += 1
    if head == n_old == n_new:
        return None
    tail = 0
    while (tail < n_old - head and tail < n_new - head
           and old[n_old - 1 - tail].shape == new[n_new - 1 - tail].shape):
        tail += 1
    # DOM groups exist only for blocks with elements
    start = sum(1 for b in old[:head] if not b.empty)
    end = start + sum(1 for b in old[head:n_old - tail] if not b.empty)
    total = sum(1 for b in old if not b.empty)
    middle = [b.html for b in new[head:n_new - tail] if not b.empty]
    kept_old = [b for b in old[n_old - tail:] if not b.empty]
    kept_new = [b for b in new[n_new - tail:] if not b.empty]
    after = None
    if any(o.line != n.line for o, n in zip(kept_old, kept_new, strict=True)):
        after = [b.line for b in kept_new]
    html = "\n" + "\n".join(middle) + "\n" if middle else ""
    return Patch(start, end, total, html, after, n_new - head - tail)
