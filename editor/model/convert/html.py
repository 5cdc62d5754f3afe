"""Rich HTML (Word, LibreOffice, Outlook, browsers) -> our Markdown.

The steps, in order:

1. Word's list paragraphs (``mso-list``) become real nested lists, inline bold/italic
   styles become ``<strong>``/``<em>`` (Google Docs wraps everything in a
   ``font-weight:normal`` ``<b>``), footnotes are found by their two-way links
   (Word, mammoth and pandoc all write them that way), images are replaced by tokens
   and reported as :class:`ImageRef` with their position.
2. nh3 sanitises: only the structural tags survive; spans, ``o:p``, smart tags, fonts,
   classes, styles, comments and conditional comments are gone.
3. Headings map to the body's levels (h1/h2 -> ``##``, h3 and deeper -> ``###``; the
   title is not in the body), empty paragraphs and layout tables are dropped.
4. markdownify writes Markdown (nested lists indented four spaces, as Python-Markdown
   wants; ``|`` in table cells escaped); runs of non-breaking spaces become one space.

The result's image tokens are replaced by :meth:`Converted.place`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field

import nh3
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdownify import MarkdownConverter

from editor.model.convert import DocumentError

MAX_HTML_CHARS = 20_000_000  # far beyond any article; bounds parse time and memory

_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong", "b", "em", "i",
         "a", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th",
         "td", "code", "pre", "sup", "sub", "div", "span"}
_CLEANER = nh3.Cleaner(
    tags=_TAGS - {"span"},  # span goes (content kept): all its meaning is styling
    attributes={"a": {"href"}, "ol": {"start"}, "td": {"colspan"}, "th": {"colspan"}},
    url_schemes={"http", "https", "mailto"},
    link_rel=None,
    strip_comments=True,
    clean_content_tags={"script", "style", "title", "xml", "template", "noscript", "head",
                        "object", "svg", "math", "iframe"},
)
# Word: "downlevel-revealed" conditional comments around the typed bullet of a list item
_SUPPORT_LISTS = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.DOTALL | re.I)
_CONDITIONAL = re.compile(r"<!\[(?:if[^\]]*|endif)\]>", re.I)
_MSO_LIST = re.compile(r"mso-list:\s*(l\d+)\s+level(\d+)", re.I)
_BOLD = re.compile(r"font-weight:\s*(bold|[6-9]00)", re.I)
_NOT_BOLD = re.compile(r"font-weight:\s*(normal|[1-4]00)", re.I)
_ITALIC = re.compile(r"font-style:\s*italic", re.I)
_ORDERED_MARK = re.compile(r"^\(?([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]$")
_SPACE_RUN = re.compile(r"[ \u00a0\u2007\u202f]{2,}")
_BLOCK_START = re.compile(r"^(\d+)\.(?=\s)|^([#>+-])(?=\s)")
_BLANK_LINES = re.compile(r"\n{3,}")
_WHITESPACE = re.compile(r"[ \t\r\n]*[\r\n][ \t\r\n]*")
_FOOTNOTE_TOKEN = re.compile(r"ndfn[0-9a-f]+n(\d+)x")
_HEADING_LEVEL = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}


@dataclass(frozen=True)
class ImageRef:
    """An image in the HTML: its number (order of appearance), source URL and alt text."""

    index: int
    src: str
    alt: str


@dataclass
class Converted:
    """Markdown with a token where each image was, the images, and the footnotes."""

    markdown: str
    images: list[ImageRef] = field(default_factory=list)
    footnotes: int = 0
    token: str = ""

    def image_token(self, index: int) -> str:
        return f"ndimg{self.token}n{index}x"

    def place(self, placed: Mapping[int, str]) -> str:
        """The Markdown with image ``index`` replaced by ``placed[index]``; images not in
        ``placed`` are left out (a paragraph that held only the image goes too)."""
        text = self.markdown
        for ref in self.images:
            text = text.replace(self.image_token(ref.index), placed.get(ref.index, ""))
        return tidy_markdown(text)


def clean_html(html: str, token: str, *, first_footnote: int = 1,
               ) -> tuple[BeautifulSoup, list[ImageRef], list[tuple[str, Tag]]]:
    """Steps 1-3: the sanitised tree, its images and its footnotes (label, body)."""
    if len(html) > MAX_HTML_CHARS:
        raise DocumentError(f"the text is too long to convert ({len(html):,} characters)")
    # keep the typed list mark (bullet or number) where _word_lists finds and removes it
    html = _CONDITIONAL.sub("", _SUPPORT_LISTS.sub(r"<ndmark>\1</ndmark>", html))
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    _word_lists(soup)
    _inline_styles(soup)
    notes = _footnotes(soup, token, first_footnote)
    images = _images(soup, token)
    soup = BeautifulSoup(_CLEANER.clean(str(soup)), "html.parser")
    notes = [(label, BeautifulSoup(_CLEANER.clean(str(body)), "html.parser"))
             for label, body in notes]
    _structure(soup)
    return soup, images, notes


def html_to_markdown(html: str, *, first_footnote: int = 1) -> Converted:
    """Clean Markdown for ``html``; footnotes are numbered from ``first_footnote``
    (a paste into an article that has footnotes already continues their numbers)."""
    token = secrets.token_hex(4)
    soup, images, notes = clean_html(html, token, first_footnote=first_footnote)
    return Converted(to_markdown(soup, notes), images, len(notes), token)


def to_markdown(soup: BeautifulSoup | Tag, notes: list[tuple[str, Tag]] = ()) -> str:
    """Markdown for a cleaned tree (see :func:`clean_html`), footnotes at the end."""
    text = tidy_markdown(_Converter().convert_soup(soup))
    text = _FOOTNOTE_TOKEN.sub(lambda m: f"[^{m.group(1)}]", text)
    for label, body in notes:
        note = tidy_markdown(_Converter().convert_soup(body))
        note = note.replace("\n", "\n    ")  # further paragraphs belong to the note
        text += f"\n\n[^{label}]: {note}"
    return tidy_markdown(text)


def tidy_markdown(text: str) -> str:
    # a run of spaces with a non-breaking one in it was typed to push text along
    text = _SPACE_RUN.sub(lambda m: m.group() if "\u00a0" not in m.group() else " ", text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + ("\n" if text.strip()
                                                                         else "")


class _Converter(MarkdownConverter):
    """markdownify with the choices our renderer needs."""

    def __init__(self) -> None:
        super().__init__(heading_style="ATX", bullets="-", strong_em_symbol="*",
                         newline_style="backslash", table_infer_header=True,
                         escape_misc=False, autolinks=False)

    def convert_li(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        # Python-Markdown nests a list only when it is indented four spaces.
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = str(parent.get("start") or "1")
            number = int(start) if start.isdigit() and len(start) < 9 else 1
            bullet = f"{number + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        bullet += " "
        lines = text.split("\n")
        rest = ["    " + line if line else "" for line in lines[1:]]
        return "\n".join([bullet + lines[0], *rest]) + "\n"

    def convert_p(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        # "4. Januar ..." starting a paragraph must not become a list (nor "- ", "# ")
        stripped = text.lstrip(" \t\r\n")
        if _BLOCK_START.match(stripped):
            text = _BLOCK_START.sub(lambda m: (f"{m.group(1)}\\." if m.group(1)
                                               else f"\\{m.group(2)}"), stripped, count=1)
        return super().convert_p(el, text, parent_tags)

    def convert_td(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return super().convert_td(el, text.replace("|", r"\|"), parent_tags)

    def convert_th(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return super().convert_th(el, text.replace("|", r"\|"), parent_tags)


def _style(tag: Tag) -> str:
    return str(tag.get("style") or "")


def _word_lists(soup: BeautifulSoup) -> None:
    """Word writes list items as paragraphs with ``mso-list:l0 level2``; the number or
    bullet it typed sat in the supportLists comment (gone). Rebuild nested lists."""
    for p in soup.find_all("p"):
        if p.parent is None or not _MSO_LIST.search(_style(p)):
            continue
        run = [p]
        sibling = p.find_next_sibling()
        while sibling is not None and sibling.name == "p" and _MSO_LIST.search(_style(sibling)):
            run.append(sibling)
            sibling = sibling.find_next_sibling()
        _build_list(soup, run)


def _build_list(soup: BeautifulSoup, paragraphs: list[Tag]) -> None:
    root = soup.new_tag("div")
    paragraphs[0].insert_before(root)
    stack: list[tuple[int, str, Tag]] = []  # (level, "ol"/"ul" + list id, list element)
    for p in paragraphs:
        found = _MSO_LIST.search(_style(p))
        level = int(found.group(2))
        kind = ("ol" if _ordered(p) else "ul") + found.group(1)
        while stack and (stack[-1][0] > level or (stack[-1][0] == level
                                                   and stack[-1][1] != kind)):
            stack.pop()
        if not stack or stack[-1][0] < level:
            new = soup.new_tag(kind[:2])
            items = stack[-1][2].find_all("li", recursive=False) if stack else []
            (items[-1] if items else stack[-1][2] if stack else root).append(new)
            stack.append((level, kind, new))
        item = soup.new_tag("li")
        for child in list(p.contents):
            item.append(child.extract())
        stack[-1][2].append(item)
        p.decompose()
    root.unwrap()


def _ordered(p: Tag) -> bool:
    """Is this list paragraph numbered? Word put the typed mark in the supportLists
    comment (kept as <ndmark>); Outlook often types it into the text. Either way the mark
    is removed: the Markdown list numbers itself."""
    mark_tag = p.find("ndmark")
    if mark_tag is not None:
        mark = mark_tag.get_text(strip=True).replace("\u00a0", "")
        mark_tag.decompose()
        return bool(_ORDERED_MARK.match(mark))
    first = p.find(string=lambda s: s.strip(" \u00a0"))
    if first is None:
        return False
    words = first.strip(" \u00a0").replace("\u00a0", " ").split()
    mark = words[0] if words else ""
    rest = first.replace("\u00a0", " ").replace(mark, "", 1).lstrip()
    if _ORDERED_MARK.match(mark):
        first.replace_with(rest)
        return True
    if mark in {"·", "•", "o", "§", "-", "–", "\uf0b7", "\uf0a7"}:
        first.replace_with(rest)
    return "MsoListNumber" in " ".join(p.get("class") or [])


def _inline_styles(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(["b", "strong"]):
        if _NOT_BOLD.search(_style(tag)):
            tag.unwrap()  # Google Docs: <b style="font-weight:normal"> around everything
    for tag in soup.find_all(["span", "font"]):
        style = _style(tag)
        if _ITALIC.search(style):
            tag.wrap(soup.new_tag("em"))
        if _BOLD.search(style):
            tag.wrap(soup.new_tag("strong"))


def _target(soup: BeautifulSoup, name: str) -> Tag | None:
    return soup.find(id=name) or soup.find("a", attrs={"name": name})


def _footnotes(soup: BeautifulSoup, token: str, first: int) -> list[tuple[str, Tag]]:
    """A footnote reference links to its note and the note links back to the reference
    (Word: _ftnref/_ftn, mammoth: footnote-ref/footnote, pandoc: fnref/fn). Each
    reference becomes a token ``[^N]`` later; the notes leave the text."""
    notes: list[tuple[str, Tag]] = []
    for ref in soup.find_all("a", href=True):
        if ref.parent is None or not str(ref["href"]).startswith("#"):
            continue
        own = ref.get("id") or ref.get("name")
        target = _target(soup, str(ref["href"])[1:])
        if not own or target is None:
            continue
        body = target if target.name == "li" else (target.find_parent("li")
                                                    or target.find_parent("div"))
        if body is None or ref in body.descendants:
            continue
        backs = [a for a in body.find_all("a", href=True) if a["href"] == f"#{own}"]
        if not backs and not (target.name == "a" and target.get("href") == f"#{own}"):
            continue
        for back in backs:
            back.decompose()
        if target.name == "a" and target.parent is not None:
            target.decompose()
        label = str(first + len(notes))
        holder = ref.parent if (ref.parent.name == "sup"
                                and ref.parent.get_text(strip=True) == ref.get_text(strip=True)
                                ) else ref
        holder.replace_with(NavigableString(f"ndfn{token}n{label}x"))
        parent = body.parent
        body = body.extract()
        body.name = "div"  # the note's content, not a list item
        notes.append((label, body))
        _drop_empty_parents(parent)
    return notes


def _drop_empty_parents(tag: Tag | None) -> None:
    while tag is not None and tag.name not in ("[document]", "body", "html"):
        if tag.get_text(strip=True) or tag.find("img"):
            return
        parent = tag.parent
        tag.decompose()
        tag = parent


def _images(soup: BeautifulSoup, token: str) -> list[ImageRef]:
    found: list[ImageRef] = []
    for img in soup.find_all("img"):
        src = str(img.get("src") or "").strip()
        if not src:
            img.decompose()
            continue
        ref = ImageRef(len(found), src, str(img.get("alt") or "").strip())
        found.append(ref)
        img.replace_with(NavigableString(f" ndimg{token}n{ref.index}x "))
    return found


def _structure(soup: BeautifulSoup) -> None:
    # line breaks in the HTML source are spaces; only <br> breaks a line
    for text in soup.find_all(string=True):
        if text.find_parent(["pre", "code"]) is None and _WHITESPACE.search(text):
            text.replace_with(_WHITESPACE.sub(" ", text))
    # LibreOffice and mammoth put a <p> in every list item and table cell
    for p in soup.find_all("p"):
        if p.parent is not None and p.parent.name in ("li", "td", "th") and len(
                p.parent.find_all("p", recursive=False)) == 1:
            p.unwrap()
    for heading in soup.find_all(list(_HEADING_LEVEL)):
        heading.name = _HEADING_LEVEL[heading.name]
    for table in reversed(soup.find_all("table")):
        # Layout tables (Outlook, newsletters): a table in a table or a single column
        # holds text, not data. Their cells become plain blocks.
        rows = table.find_all("tr")
        columns = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
        if table.find("table") or columns <= 1:
            for cell in table.find_all(["td", "th", "tr", "tbody", "thead", "tfoot"]):
                cell.name = "div"
            table.name = "div"
    for tag in soup.find_all(["p", "li", "h2", "h3", "blockquote", "div", "strong", "em",
                              "b", "i"]):
        empty = tag.parent is not None and not tag.get_text().strip(" \t\r\n\u00a0")
        if empty and (tag.find(["br", "hr"]) is None or tag.name in ("p", "strong", "em")):
            tag.decompose()
    for div in soup.find_all("div"):
        div.unwrap()
