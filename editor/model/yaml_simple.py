"""A reader for the plain subset of YAML that front matter almost always is, for speed.

Newsdesk writes front matter as ``key: value`` lines: plain or quoted text, ``[a, b]``
lists of words, ``|`` blocks and a list of photos, each a few ``key: value`` lines.
libyaml needs about 170 µs for such an article (it builds a node and two marks per value
and calls the Python resolver for each); listing 10,000 articles was mostly that.

``load`` reads exactly that subset and returns None for anything else: comments, blank
lines, tabs, anchors, aliases, tags, flow mappings, plain text over several lines,
quotes with escapes, nesting deeper than a list of mappings, duplicate keys, keys that
are not plain words, every value YAML would refuse. Such text goes to the full loader,
so every error message still comes from there. Plain values are typed by PyYAML's own
resolver (the one both loaders use) and built by the loader's own constructors, so
``2022-06-24`` is a date, ``yes`` true and ``1:20`` the number 80, as with the loader.
Tests compare both loaders with this one on the sample, the hostile corpus and
generated text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

# What makes this reader give up on the whole text: any character but LF and printable
# ones (so tabs, CR, NEL, line and paragraph separators, a byte-order mark and control
# characters), comments (' #' or '#' at a line start) and blank lines.
_GIVE_UP = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                      "\U00010000-\U0010ffff]| #|^ *#|^ *$", re.MULTILINE)
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?")
_ITEM = re.compile(r"(- +)(.*)")
# A plain value in block context on one line: not starting with an indicator or a space,
# no ': ' inside and no ':' at the end, no flow brackets (libyaml and PyYAML differ there).
_PLAIN = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@` ][^\[\]{}]*")
# An item of a [a, b] list: no brackets, braces, commas, quotes, colons or '?' at all.
_FLOW_ITEM = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@` ][^\[\]{},:'\"?]*")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_FLOW = re.compile(r"\[([^\[\]{}]*)\]")

_CORE = "tag:yaml.org,2002:"
_STR = _CORE + "str"
_TYPED = {_CORE + t for t in ("int", "float", "bool", "null", "timestamp")}
_RESOLVER = yaml.resolver.Resolver()
# First characters for which the resolver has an implicit type (numbers, dates, bool,
# null, merge, value); text beginning otherwise is text without asking it.
_TYPED_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)
MAX_NUMBER_CHARS = 1000

Construct = Callable[[str, str], Any]  # (tag, text) -> value


def _is_text(plain: str) -> bool:
    if plain[0] not in _TYPED_FIRST:
        return True
    return _RESOLVER.resolve(yaml.ScalarNode, plain, (True, False)) == _STR


class _Unsure(Exception):
    """This text is outside the subset: the full loader reads it."""


def load(text: str, construct: Construct,
         first_line: int = 1) -> tuple[dict[str, Any], dict[str, int]] | None:
    """(mapping, line of each top-level key) as the full loader gives them, or None."""
    final_break = text.endswith("\n")
    if final_break:
        text = text[:-1]
    if not text or _GIVE_UP.search(text) or None in _TYPED_FIRST:
        return None
    try:
        return _Reader(text.split("\n"), construct, final_break).mapping(first_line)
    except _Unsure:
        return None
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):
        return None  # a constructor refused a value: the loader words the error


class _Reader:
    def __init__(self, lines: list[str], construct: Construct, final_break: bool):
        self.lines = lines
        self.construct = construct
        self.final_break = final_break
        self.at = 0

    def mapping(self, first_line: int) -> tuple[dict[str, Any], dict[str, int]]:
        data: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        lines = self.lines
        while self.at < len(lines):
            number = self.at
            key, rest = self.key_value(lines[number])
            self.at += 1
            if key in data:
                raise _Unsure  # duplicate keys: the loader decides
            if rest is None:
                data[key] = self.nested()
            elif rest in ("|", "|-"):
                data[key] = self.literal(keep_newline=rest == "|")
            else:
                data[key] = self.value(rest)
            key_lines[key] = number + first_line
        return data, key_lines

    def key_value(self, line: str) -> tuple[str, str | None]:
        m = _KEY.fullmatch(line)
        if m is None:
            raise _Unsure
        key = m.group(1)
        if not _is_text(key):
            raise _Unsure  # 'yes:', 'null:', '_1:' are not text keys
        rest = m.group(2)
        rest = rest.rstrip(" ") if rest is not None else ""
        return key, (rest or None)

    def value(self, text: str) -> Any:
        if not text:
            raise _Unsure  # '- ' with nothing after it
        first = text[0]
        if first == "'":
            m = _SINGLE.fullmatch(text)
            if m is None:
                raise _Unsure
            return m.group(1).replace("''", "'")
        if first == '"':
            m = _DOUBLE.fullmatch(text)
            if m is None:
                raise _Unsure
            return m.group(1)
        if first == "[":
            m = _FLOW.fullmatch(text)
            if m is None:
                raise _Unsure
            inner = m.group(1).strip(" ")
            if not inner:
                return []
            return [self.plain(item.strip(" "), _FLOW_ITEM) for item in inner.split(",")]
        return self.plain(text, _PLAIN)

    def plain(self, text: str, pattern: re.Pattern[str]) -> Any:
        if not pattern.fullmatch(text) or ": " in text or text.endswith(":"):
            raise _Unsure
        if text[0] not in _TYPED_FIRST:
            return text
        tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
        if tag == _STR:
            return text
        if tag not in _TYPED or len(text) > MAX_NUMBER_CHARS:
            raise _Unsure
        return self.construct(tag, text)

    def indent(self) -> int | None:
        """Indentation of the next line, None at the end."""
        if self.at >= len(self.lines):
            return None
        line = self.lines[self.at]
        return len(line) - len(line.lstrip(" "))

    def nested(self) -> Any:
        """The value of a top-level 'key:' with nothing after it: null, or a block list
        (of plain values or of one-level mappings)."""
        indent = self.indent()
        if indent is None or (indent == 0 and not self.lines[self.at].startswith("-")):
            return None  # the next key follows: an empty value
        items: list[Any] = []
        while self.indent() == indent and _ITEM.fullmatch(self.lines[self.at][indent:]):
            m = _ITEM.fullmatch(self.lines[self.at][indent:])
            assert m is not None
            self.at += 1
            content = m.group(2)
            if _KEY.fullmatch(content):
                items.append(self.item_mapping(content, indent + len(m.group(1))))
            else:
                items.append(self.value(content.rstrip(" ")))
        if not items:
            raise _Unsure  # a nested mapping or something else
        next_indent = self.indent()
        if next_indent is not None and next_indent != 0:
            raise _Unsure
        return items

    def item_mapping(self, first: str, column: int) -> dict[str, Any]:
        item: dict[str, Any] = {}
        line: str | None = first
        while line is not None:
            key, rest = self.key_value(line)
            if key in item:
                raise _Unsure
            if rest is None:
                if (self.indent() or 0) > column:
                    raise _Unsure  # nested deeper
                item[key] = None
            elif rest.startswith(("|", ">")):
                raise _Unsure
            else:
                item[key] = self.value(rest)
            line = None
            if self.indent() == column and self.lines[self.at][column:column + 1] != "-":
                line = self.lines[self.at][column:]
                self.at += 1
        return item

    def literal(self, keep_newline: bool) -> str:
        """A top-level '|' or '|-' block: every line indented alike or more, none blank."""
        indent = self.indent()
        if not indent:
            raise _Unsure
        block = []
        while (current := self.indent()) is not None and current >= indent:
            block.append(self.lines[self.at][indent:])
            self.at += 1
        # '|' keeps the last line break; at the end of the text there is none (the front
        # matter's text ends before the line break of its last line).
        keep_newline = keep_newline and (self.at < len(self.lines) or self.final_break)
        return "\n".join(block) + ("\n" if keep_newline else "")
