"""The article as rendered, with the words inserted and deleted since its approval marked.

Both versions are rendered through the one render path (the sandbox, :mod:`editor.render.
isolated`); this module only compares the two sanitized pages and wraps changed text in
``<ins class="nd-ins">`` and ``<del class="nd-del">``. It never lets markup of its own
through except those two elements and a legend, and every tag it emits comes from one of
the two sanitized pages, so the result is as safe as the pages were.

The comparison is two-level, so a long article stays fast: lines first (the rendered
blocks), then words inside the lines that differ. ``data-line`` attributes (the source
line of a block, which shifts after every inserted line) are ignored when comparing.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.diff import Diff
from editor.render.images import ImageSource
from editor.render.sandbox import RenderLimits

_TOKEN = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|&#?\w+;|\w+|\s+|[^\w\s]",
                    re.S)
_IGNORED_ATTR = re.compile(r"\s+data-line=\"\d*\"")
_OLD_ATTRS = re.compile(r"\s+(?:data-line|id)=\"[^\"]*\"")
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
_VOID = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
))
# Dropped tags of deleted text: these separate words, inline ones (em, a) do not.
_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
))
# Above this many tokens in one changed stretch, whole lines are marked instead of words
# (SequenceMatcher is quadratic in the worst case).
MAX_WORD_TOKENS = 20000


@dataclass(frozen=True)
class Labels:
    """Texts for the page, in the interface language (the GUI translates them)."""

    legend: str = "Changes since approval"
    inserted: str = "Inserted"
    deleted: str = "Deleted"
    # read by screen readers before and after a change (hidden on screen)
    inserted_start: str = "Inserted:"
    inserted_end: str = "End of insertion."
    deleted_start: str = "Deleted:"
    deleted_end: str = "End of deletion."


@dataclass
class Marked:
    html: str
    insertions: int = 0
    deletions: int = 0


@dataclass
class _Out:
    labels: Labels
    parts: list[str] = field(default_factory=list)
    insertions: int = 0
    deletions: int = 0

    def wrap(self, kind: str, text: str) -> None:
        """``text`` (already HTML) inside <ins>/<del>, its outer whitespace left outside."""
        core = text.strip()
        if not core:
            self.parts.append(text)
            return
        lead = text[:len(text) - len(text.lstrip())]
        tail = text[len(text.rstrip()):]
        lb = self.labels
        start, end = ((lb.inserted_start, lb.inserted_end) if kind == "ins"
                      else (lb.deleted_start, lb.deleted_end))
        self.parts.append(f'{lead}<{kind} class="nd-{kind}" data-sr-start="{_attr(start)}" '
                          f'data-sr-end="{_attr(end)}">{core}</{kind}>{tail}')
        if kind == "ins":
            self.insertions += 1
        else:
            self.deletions += 1


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def tokens(fragment: str) -> list[str]:
    return _TOKEN.findall(fragment)


def _is_tag(token: str) -> bool:
    return len(token) > 1 and token[0] == "<"


def _key(token: str) -> str:
    return _IGNORED_ATTR.sub("", token) if _is_tag(token) else token


def _tag_name(token: str) -> str:
    m = _TAG_NAME.match(token)
    return m.group(1).lower() if m else ""


def balanced(toks: list[str]) -> bool:
    """Whether the tags in ``toks`` open and close in pairs (so they can be kept)."""
    stack: list[str] = []
    for t in toks:
        if not _is_tag(t) or t.startswith("<!"):
            continue
        name = _tag_name(t)
        if not name or name in _VOID or t.endswith("/>"):
            continue
        if t.startswith("</"):
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def _emit(out: _Out, toks: list[str], kind: str, keep_tags: bool) -> None:
    """Text runs of ``toks`` marked as ``kind``; tags kept or dropped. Kept tags of
    deleted text lose their ``id`` and ``data-line`` (they belong to the old version)."""
    run: list[str] = []

    def flush() -> None:
        if run:
            out.wrap(kind, "".join(run))
            run.clear()

    for t in toks:
        if not _is_tag(t):
            run.append(t)
            continue
        if keep_tags:
            flush()
            out.parts.append(_OLD_ATTRS.sub("", t) if kind == "del" else t)
        elif _tag_name(t) in _BLOCK and run and not run[-1].isspace():
            run.append(" ")  # words of two deleted paragraphs stay apart
    flush()


def _word_diff(out: _Out, old: list[str], new: list[str]) -> None:
    old_keys, new_keys = [_key(t) for t in old], [_key(t) for t in new]
    sm = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    ops = _slide(sm.get_opcodes(), old, new, old_keys, new_keys)
    for op, i1, i2, j1, j2 in _coalesce(ops, new):
        if op == "equal":
            out.parts.extend(new[j1:j2])
            continue
        if i2 > i1:  # a whole deleted paragraph stays a paragraph (struck through)
            gone = old[i1:i2]
            _emit(out, gone, "del", keep_tags=op == "delete" and balanced(gone))
        if j2 > j1:
            _emit(out, new[j1:j2], "ins", keep_tags=True)


def _boundary_score(toks: list[str], lo: int, hi: int) -> int:
    """How well toks[lo:hi] starts and ends at element or word boundaries."""
    first, last = toks[lo], toks[hi - 1]
    score = 0
    if _is_tag(first) and not first.startswith("</"):
        score += 2
    elif lo == 0 or toks[lo - 1].isspace() or _is_tag(toks[lo - 1]):
        score += 1
    if last == "\n" or (_is_tag(last) and last.startswith("</")):
        score += 2
    elif hi == len(toks) or toks[hi].isspace() or _is_tag(toks[hi]):
        score += 1
    return score


def _slide(ops: list[tuple[str, int, int, int, int]], old: list[str], new: list[str],
           old_keys: list[str], new_keys: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Move each pure insertion or deletion along the equal text around it to where it
    starts and ends at a boundary: "Stadtrat[.</p><p>Eingefügt].</p>" becomes
    "Stadtrat.</p>[<p>Eingefügt.</p>]" (both say the same; the second reads right)."""
    out = [list(op) for op in ops]
    for n, op in enumerate(out):
        if op[0] not in ("insert", "delete"):
            continue
        insert = op[0] == "insert"
        keys, toks = (new_keys, new) if insert else (old_keys, old)
        lo, hi = (op[3], op[4]) if insert else (op[1], op[2])
        prv = out[n - 1] if n > 0 and out[n - 1][0] == "equal" else None
        nxt = out[n + 1] if n + 1 < len(out) and out[n + 1][0] == "equal" else None
        right = left = 0
        if nxt is not None:
            while right < nxt[2] - nxt[1] and keys[lo + right] == keys[hi + right]:
                right += 1
        if prv is not None:
            while left < prv[2] - prv[1] and keys[lo - 1 - left] == keys[hi - 1 - left]:
                left += 1
        best = max(range(-left, right + 1),
                   key=lambda k: (_boundary_score(toks, lo + k, hi + k), -abs(k)))
        if not best:
            continue
        for i in (1, 2, 3, 4):
            op[i] += best
        if prv is not None:
            prv[2] += best
            prv[4] += best
        if nxt is not None:
            nxt[1] += best
            nxt[3] += best
    return [(str(o[0]), int(o[1]), int(o[2]), int(o[3]), int(o[4])) for o in out
            if o[0] != "equal" or o[2] > o[1]]


def _coalesce(ops: list[tuple[str, int, int, int, int]],
              new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Join changes separated only by whitespace, so "a b c" -> "x y z" reads as one
    deletion and one insertion, not three of each."""
    merged: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        tag, _i1, i2, j1, j2 = op
        if merged and merged[-1][0] != "equal" and tag != "equal":
            _t, a1, _a2, b1, _b2 = merged[-1]
            merged[-1] = ("replace", a1, i2, b1, j2)
            continue
        if (tag == "equal" and merged and merged[-1][0] != "equal"
                and all(t.isspace() for t in new[j1:j2]) and op is not ops[-1]):
            _t, a1, _a2, b1, _b2 = merged[-1]
            merged[-1] = ("replace", a1, i2, b1, j2)
            continue
        merged.append(op)
    return merged


def diff_fragment(old: str, new: str, labels: Labels | None = None) -> Marked:
    """``new`` (sanitized HTML) with the text that differs from ``old`` marked."""
    out = _Out(labels or Labels())
    a = old.splitlines(keepends=True)
    b = new.splitlines(keepends=True)
    sm = SequenceMatcher(None, [_IGNORED_ATTR.sub("", x) for x in a],
                         [_IGNORED_ATTR.sub("", x) for x in b], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.parts.extend(b[j1:j2])
            continue
        old_toks = tokens("".join(a[i1:i2]))
        new_toks = tokens("".join(b[j1:j2]))
        if op == "replace" and len(old_toks) + len(new_toks) <= MAX_WORD_TOKENS:
            _word_diff(out, old_toks, new_toks)
            continue
        if old_toks:  # whole lines gone: kept as they were (struck) when their tags pair up
            _emit(out, old_toks, "del", keep_tags=balanced(old_toks))
        if new_toks:
            _emit(out, new_toks, "ins", keep_tags=True)
    return Marked("".join(out.parts), out.insertions, out.deletions)


def _body(page: str) -> tuple[int, int]:
    """Start and end of the inside of <body> (the whole text when there is none)."""
    start = page.find("<body")
    if start < 0:
        return 0, len(page)
    start = page.find(">", start) + 1
    end = page.rfind("</body>")
    return start, (end if end >= start else len(page))


def legend_html(labels: Labels) -> str:
    return (f'<aside class="nd-changes-legend" aria-label="{_attr(labels.legend)}">'
            f'<p><strong>{html.escape(labels.legend)}:</strong> '
            f'<span class="nd-ins nd-sample">{html.escape(labels.inserted)}</span> '
            f'<span class="nd-del nd-sample">{html.escape(labels.deleted)}</span></p>'
            f"</aside>\n")


def mark_page(old_page: str, new_page: str, labels: Labels | None = None,
              css_href: str = "") -> Marked:
    """The new page with the changes inside its <body> marked, the legend at the top of
    the main content and ``css_href`` (the stylesheet of the marks) in its head."""
    labels = labels or Labels()
    o1, o2 = _body(old_page)
    n1, n2 = _body(new_page)
    marked = diff_fragment(old_page[o1:o2], new_page[n1:n2], labels)
    body = marked.html
    anchor = '<main id="main-content">'
    at = body.find(anchor)
    legend = legend_html(labels)
    body = (body[:at + len(anchor)] + "\n" + legend + body[at + len(anchor):] if at >= 0
            else legend + body)
    head = new_page[:n1]
    if css_href:
        link = f'<link rel="stylesheet" href="{_attr(css_href)}">\n'
        close = head.find("</head>")
        head = head[:close] + link + head[close:] if close >= 0 else head
    return Marked(head + body + new_page[n2:], marked.insertions, marked.deletions)


def render_changes(old: Article, new: Article, config: SiteConfig, old_images: ImageSource,
                   new_images: ImageSource, *, css_href: str, changes_css_href: str,
                   labels: Labels | None = None, limits: RenderLimits | None = None,
                   cancel: threading.Event | None = None) -> Marked:
    """Render both versions in the sandbox and mark what changed (RenderError,
    RenderCancelled as :func:`editor.render.isolated.render_isolated`)."""
    from editor.render.isolated import render_isolated

    old_page, _ = render_isolated(old, config, old_images, css_href=css_href, limits=limits,
                                  cancel=cancel)
    new_page, _ = render_isolated(new, config, new_images, css_href=css_href, limits=limits,
                                  cancel=cancel)
    return mark_page(old_page, new_page, labels, changes_css_href)


# ---- metadata and photo credits --------------------------------------------------------


@dataclass(frozen=True)
class ChangeRow:
    """One line of the readable change list. ``photo`` is '' for article fields;
    ``what`` is 'changed', or for a whole photo 'added', 'removed', 'file_changed'."""

    photo: str
    field: str
    what: str
    old: Any = None
    new: Any = None


# The order the metadata form shows the fields in; others follow as they come.
FIELD_ORDER = ("title", "kicker", "date", "author", "lead", "tags", "lead_photo")


def change_rows(diff: Diff) -> list[ChangeRow]:
    """The metadata and photo-credit changes of ``diff`` as rows, article fields first."""
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    fields = sorted(diff.fields, key=lambda f: order.get(f.name, len(order)))
    rows = [ChangeRow("", f.name, "changed", f.old, f.new) for f in fields]
    for p in diff.photos:
        if p.kind == "credit_changed":
            rows += [ChangeRow(p.photo, f.name, "changed", f.old, f.new) for f in p.fields]
        elif p.kind == "file_changed":
            names = {f.name: f for f in p.fields}
            file = names.get("file")
            rows.append(ChangeRow(p.photo, "file", "file_changed",
                                  file.old if file else None, file.new if file else None))
        else:
            rows.append(ChangeRow(p.photo, "", p.kind))
    return rows


def plain(value: Any) -> str:
    """A field's value as text; '' for empty (the GUI says "(empty)" in its language)."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


__all__ = ["ChangeRow", "Labels", "Marked", "balanced", "change_rows", "diff_fragment",
           "legend_html", "mark_page", "plain", "render_changes", "tokens"]
