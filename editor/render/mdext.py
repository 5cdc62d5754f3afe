"""Python-Markdown set-up and our tree processors (photos, data-line, table alignment)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.footnotes import FootnoteExtension, FootnoteInlineProcessor
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER, Registry

from editor.model.slug import heading_id
from editor.render.quotes import SmartQuotes

_PLACEHOLDER = re.compile(re.escape(HTML_PLACEHOLDER).replace("%s", r"(\d+)"))
_COMMENT = re.compile(r"\s*<!--(?:(?!-->).)*-->\s*", re.DOTALL)
_ALIGN = re.compile(r"text-align:\s*(left|right|center)")

# photo_id, bracket alt, is_block -> token text that is swapped for trusted HTML after nh3.
PhotoHook = Callable[[str, str, bool], str]


class _PhotoProcessor(Treeprocessor):
    """Replaces ![alt](photo:ID) by a token: a whole paragraph becomes a <figure>.

    Runs after toc, so a photo inside a heading never becomes part of the heading's id
    (the token there was later swapped for HTML inside the attribute: broken markup)."""

    hook: PhotoHook | None = None

    def run(self, root: etree.Element) -> None:
        hook = self.hook
        if hook is None:
            return
        parents = [p for p in root.iter() if any(_is_photo(c) for c in p)]
        for parent in parents:
            children = list(parent)
            if (parent.tag == "p" and len(children) == 1 and not (parent.text or "").strip()
                    and not (children[0].tail or "").strip()):
                child = children[0]
                parent.tag = "figure"
                parent.attrib.clear()
                parent.set("class", "photo")
                parent.remove(child)
                parent.text = hook(*_photo_args(child), True)
                continue
            # rebuilt in one go: remove/insert per photo is quadratic in a long paragraph
            replaced = []
            for child in children:
                if _is_photo(child):
                    span = etree.Element("span")
                    span.set("class", "photo-inline")
                    span.text = hook(*_photo_args(child), False)
                    span.tail = child.tail
                    child = span
                replaced.append(child)
            parent[:] = replaced


def _is_photo(element: etree.Element) -> bool:
    return element.tag == "img" and (element.get("src") or "").startswith("photo:")


def _photo_args(img: etree.Element) -> tuple[str, str]:
    return img.get("src", "")[len("photo:"):], img.get("alt", "")


class _TidyProcessor(Treeprocessor):
    """data-line on every top-level element; table alignment as a class (CSP forbids style)."""

    line: int = 1
    keep_footnotes: bool = True

    def run(self, root: etree.Element) -> None:
        line = str(self.line)
        if not self.keep_footnotes:
            root[:] = [child for child in root
                       if not (child.tag == "div" and child.get("class") == "footnote")]
        stash = self.md.htmlStash.rawHtmlBlocks
        kept = []
        for child in root:
            m = None
            if child.tag == "p" and len(child) == 0 and child.text:
                m = _PLACEHOLDER.fullmatch(child.text.strip())
            if m:
                index = int(m.group(1))
                raw = stash[index] if index < len(stash) else ""
                if isinstance(raw, str) and raw.startswith("<pre"):
                    # fenced code: the postprocessor swaps the whole <p>, so mark the <pre>
                    stash[index] = f'<pre data-line="{line}"' + raw[len("<pre"):]
                    kept.append(child)
                    continue
                if isinstance(raw, str) and _COMMENT.fullmatch(raw):
                    continue  # the sanitizer drops comments: leave no empty div
                # other raw HTML: keep it inside an element that can carry the line
                child.tag = "div"
            child.set("data-line", line)
            kept.append(child)
        if len(kept) != len(root):
            root[:] = kept  # one rebuild: removing comment blocks one by one is quadratic
        for cell in root.iter():
            if cell.tag in ("th", "td") and "style" in cell.attrib:
                m = _ALIGN.search(cell.attrib.pop("style"))
                if m:
                    cell.set("class", f"align-{m.group(1)}")


class _Gate(Treeprocessor):
    """Runs another tree processor only when the source could give it work: smarty and toc
    walk every text node of every block, which is most of the render time otherwise."""

    def __init__(self, md: markdown.Markdown, inner: Treeprocessor, trigger: re.Pattern) -> None:
        super().__init__(md)
        self.inner = inner
        self.trigger = trigger
        self.active = True

    def run(self, root: etree.Element) -> etree.Element | None:
        return self.inner.run(root) if self.active else None


# Superset conditions: without these characters the processor cannot change anything.
_GATES = {
    "smarty": re.compile(r"[\"']|--|\.\.\.|<<|>>"),
    # headings may sit in quotes and lists too: any '#', any line ending in a setext rule
    "toc": re.compile(r"#|[=-][ \t]*$|<h[1-6]", re.MULTILINE | re.IGNORECASE),
}


# Inline patterns that cannot match without one of these strings in the text (tabs become
# spaces before inline parsing, so any tab may make a line break). Trying each
# of Python-Markdown's patterns on every text node is most of the remaining render time.
_PATTERN_NEEDS = {
    "backtick": ("`",), "escape": ("\\",), "footnote": ("[",), "reference": ("[",),
    "link": ("[",), "image_link": ("[",), "image_reference": ("[",),
    "short_reference": ("[",), "short_image_ref": ("[",), "autolink": ("<",),
    "automail": ("<",), "linebreak": ("  \n", "\t"), "html": ("<",), "entity": ("&",),
    "em_strong": ("*", "_"),
}


class NewsdeskExtension(Extension):
    gates: list[_Gate]
    footnotes: _Footnotes

    def prepare(self, source: str) -> None:
        """Call before each convert: switch off the processors this source cannot use."""
        for gate in self.gates:
            gate.active = bool(gate.trigger.search(source))
        patterns = self.md.inlinePatterns
        # a snapshot: looking a pattern up re-sorts the registry's own list in place
        items = [(item.name, item.priority) for item in patterns._priority]
        names = tuple(name for name, _priority in items)
        skip = frozenset(name for name in names if name in _PATTERN_NEEDS
                         and not any(s in source for s in _PATTERN_NEEDS[name]))
        key = (names, skip)
        registry = self._registries.get(key)
        if registry is None:
            registry = Registry()
            for name, priority in items:
                if name not in skip:
                    registry.register(patterns[name], name, priority)
            self._registries[key] = registry
        self.md.treeprocessors["inline"].inlinePatterns = registry

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.md = md
        self._registries: dict[tuple, Registry] = {}
        self.photos = _PhotoProcessor(md)
        self.tidy = _TidyProcessor(md)
        # after toc (5), so photo tokens never reach a heading's id; before our tidy (1)
        md.treeprocessors.register(self.photos, "newsdesk-photos", 4)
        md.treeprocessors.register(self.tidy, "newsdesk-tidy", 1)


class _Footnotes(FootnoteExtension):
    """Python-Markdown's footnotes with constant-time bookkeeping: it searches its list of
    references and of definitions once per reference, so 20,000 footnotes took minutes."""

    # numbers for the whole document when a block is rendered alone (see footnote_stubs)
    fixed_numbers: dict[str, int] = {}  # noqa: RUF012 - replaced, never mutated

    def reset(self) -> None:
        super().reset()
        self._referenced: set[str] = set()
        self._numbers: dict[str, int] = {}

    def setFootnote(self, id: str, text: str) -> None:
        super().setFootnote(id, text)
        self._numbers = {}

    def addFootnoteRef(self, id: str) -> None:
        if id not in self._referenced:
            self._referenced.add(id)
            self.footnote_order.append(id)

    def number(self, id: str) -> int:
        """The footnote's number: its place in definition order (Markdown's default)."""
        fixed = self.fixed_numbers.get(id)
        if fixed is not None:
            return fixed
        if len(self._numbers) != len(self.footnotes):
            self._numbers = {key: n for n, key in enumerate(self.footnotes, start=1)}
        return self._numbers[id]


class _FootnoteRef(FootnoteInlineProcessor):
    """The footnote reference [^id], numbered through _Footnotes.number."""

    footnotes: _Footnotes

    def handleMatch(self, m: re.Match[str], data: str):
        ident = m.group(1)
        if ident not in self.footnotes.footnotes:
            return None, None, None
        self.footnotes.addFootnoteRef(ident)
        sup = etree.Element("sup")
        a = etree.SubElement(sup, "a")
        sup.set("id", self.footnotes.makeFootnoteRefId(ident, found=True))
        a.set("href", "#" + self.footnotes.makeFootnoteId(ident))
        a.set("class", "footnote-ref")
        a.text = self.footnotes.getConfig("SUPERSCRIPT_TEXT").format(
            self.footnotes.number(ident))
        return sup, m.start(0), m.end(0)


_BACKLINK = {"de": "Zurück zur Fußnote %d im Text", "en": "Back to footnote %d in the text"}
# the id of a heading without letters or digits ("## 2025" is "2025"; "## ???" is this)
_SECTION = {"de": "abschnitt", "en": "section"}


def make_markdown(language: str) -> tuple[markdown.Markdown, NewsdeskExtension]:
    ours = NewsdeskExtension()
    backlink = _BACKLINK.get(language, _BACKLINK["en"])
    footnotes = _Footnotes(BACKLINK_TITLE=backlink)
    # "extra", "sane_lists" and "toc" as instances, in extra's order: a name makes Markdown
    # scan every installed package's entry points first (~50 ms at start-up).
    md = markdown.Markdown(
        extensions=[
            FencedCodeExtension(), footnotes,
            AttrListExtension(), DefListExtension(), TableExtension(), AbbrExtension(),
            MarkdownInHtmlExtension(), SaneListExtension(),
            # heading ids spelt like slugs: "Öffnungszeiten" -> "oeffnungszeiten"
            TocExtension(marker="", slugify=lambda value, sep: heading_id(
                value, sep, _SECTION.get(language, "section"))), ours,
        ],
        output_format="html",
    )
    # smarty's rules (German „…“ for de; single quotes stay ’ so apostrophes are right),
    # by our faster processor at smarty's place
    md.treeprocessors.register(SmartQuotes(md, language), "smarty", 6)
    md.ESCAPED_CHARS.extend(['"', "'"])
    stock = md.inlinePatterns["footnote"]
    md.inlinePatterns.register(_FootnoteRef(stock.pattern, footnotes), "footnote", 175)
    ours.footnotes = footnotes
    ours.gates = []
    for name, trigger in _GATES.items():
        priority = next(item.priority for item in md.treeprocessors._priority
                        if item.name == name)
        gate = _Gate(md, md.treeprocessors[name], trigger)
        md.treeprocessors.register(gate, name, priority)  # same name: replaces it
        ours.gates.append(gate)
    return md, ours
