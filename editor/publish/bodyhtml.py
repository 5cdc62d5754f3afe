"""The body HTML for exchange formats (article.json, ninjs): the render layer's sanitized
fragment without what only the editor needs, and its word count.

The fragment comes from nh3 (html5ever's serializer): tags are well formed, attribute values
are double-quoted with ``"`` escaped, comments are gone. So a small tokenizer is enough;
it never parses untrusted markup of its own.

- ``data-*`` attributes (``data-line`` ties a block to its source line for the preview's
  scroll sync) are removed.
- Line breaks inside text are source line breaks of a paragraph (Markdown soft breaks):
  they become one space, and disappear after a ``<br>``. Text inside ``<pre>`` keeps
  them; the line breaks between top-level blocks are kept for readability.
"""

from __future__ import annotations

import html
import re

__all__ = ["clean_body", "word_count"]

# A tag: name, then attributes with double- or single-quoted or bare values.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^"'>]|"[^"]*"|'[^']*')*)>""")
_ATTR = re.compile(r"""(\s+)([^\s=/>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?|\s*/""")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_INLINE = frozenset({"a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark",
                     "q", "s", "small", "span", "strong", "sub", "sup", "u"})
_BREAK = re.compile(r"[ \t]*\r?\n[ \t\r\n]*")
_WORD = re.compile(r"\w", re.UNICODE)


def _tokens(fragment: str) -> list[tuple[str, str, str]]:
    """(kind, name, text) with kind 'text', 'start' or 'end'."""
    out: list[tuple[str, str, str]] = []
    pos = 0
    for m in _TAG.finditer(fragment):
        if m.start() > pos:
            out.append(("text", "", fragment[pos:m.start()]))
        out.append(("end" if m.group(1) else "start", m.group(2).lower(), m.group(0)))
        pos = m.end()
    if pos < len(fragment):
        out.append(("text", "", fragment[pos:]))
    return out


def _without_data(tag: str) -> str:
    """A start tag without its data-* attributes (values are never looked into)."""
    m = _TAG.match(tag)
    assert m is not None
    kept = [a.group(0) for a in _ATTR.finditer(m.group(3))
            if not (a.group(2) or "").lower().startswith("data-")]
    return f"<{m.group(2)}{''.join(kept)}>"


def clean_body(fragment: str) -> str:
    """``fragment`` without data-* attributes and without line breaks inside blocks."""
    parts: list[str] = []
    depth = pre = 0
    after_br = False
    for kind, name, text in _tokens(fragment):
        if kind == "text":
            if pre == 0 and depth > 0:
                if after_br:  # the <br> is the break: no space at the new line's start
                    text = text.lstrip(" \t\r\n")
                text = _BREAK.sub(" ", text)
            parts.append(text)
            after_br = False
            continue
        if kind == "start":
            parts.append(_without_data(text))
            after_br = name == "br"
            if name not in _VOID and not text.endswith("/>"):
                depth += 1
                pre += name == "pre"
        else:
            parts.append(text)
            after_br = False
            depth = max(0, depth - 1)
            if name == "pre":
                pre = max(0, pre - 1)
    return "".join(parts)


def word_count(fragment: str) -> int:
    """Words of the body text, without figure captions (as ninjs counts them): runs of
    non-space characters holding at least one letter or digit."""
    words = 0
    caption = 0
    chunk: list[str] = []
    for kind, name, text in _tokens(fragment):
        if kind == "text":
            if caption == 0:
                chunk.append(html.unescape(text))
            continue
        if name not in _INLINE:
            chunk.append(" ")  # <li>a</li><li>b</li> are two words, Stra<em>ß</em>e one
        if name == "figcaption":
            caption += 1 if kind == "start" else -1
            caption = max(caption, 0)
    for token in "".join(chunk).split():
        if _WORD.search(token):
            words += 1
    return words
