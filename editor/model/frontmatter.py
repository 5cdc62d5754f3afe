"""Split article.md into YAML front matter and Markdown body, and join them again.

The body is kept exactly as written; the front matter keeps key order. Files are
UTF-8 with LF: a byte-order mark is dropped and CRLF becomes LF on load.

article.md is untrusted input (shared drives, Git), so reading it is bounded:

- article.md may have at most ``MAX_FILE_BYTES`` (5 MB), its front matter at most
  ``MAX_FRONT_MATTER_BYTES`` (64 KiB) and ``MAX_DEPTH`` (20) levels of nested lists and
  mappings;
- YAML anchors (``&name``) and aliases (``*name``) are refused: they let a few hundred
  bytes expand to gigabytes ("billion laughs") and no article needs them;
- only the plain YAML types are read (text, numbers of at most ``MAX_NUMBER_CHARS``
  (1000) characters, true/false, null, dates, lists, mappings); other tags
  (``!!binary``, ``!!set``, ``!custom`` ...) are refused, and every mapping key must be
  text;
- raw control characters are refused; an impossible date or time (2022-02-30, month 13)
  is kept as the text written, so validation reports it as ``invalid-date``.

Everything malformed raises ArticleFormatError naming the file and the line, never
another exception. The libyaml C parser is used when PyYAML has it (the same result as
the pure-Python one, several times faster: listing a large workspace is mostly this).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor.model import yaml_simple
from editor.model.errors import ArticleFormatError

DELIMITER = "---"
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_DEPTH = 20
MAX_NUMBER_CHARS = 1000
# Tests switch this off to compare with the pure-Python parser.
LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
# The reader of the plain subset (yaml_simple); tests switch it off to compare.
SIMPLE: bool = True

_CORE = "tag:yaml.org,2002:"
_STR_TAG = _CORE + "str"
_MERGE_TAG = _CORE + "merge"
# Tags that may be written explicitly (!!str "2022" and the like); everything else is refused.
_ALLOWED_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp",
                                     "seq", "map")} | {"!"}
# What YAML itself refuses in a stream; checked first so the line is always ours.
_UNACCEPTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def decode(raw: bytes, path: Path | None = None) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise ArticleFormatError(
            f"the file has {len(raw) / 1048576:.1f} MB; article.md may have at most "
            f"{MAX_FILE_BYTES // 1048576} MB", path)
    if not raw.strip():
        raise ArticleFormatError("the file is empty", path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleFormatError(
            "the file is not UTF-8 text (was it saved in another encoding?)", path, line
        ) from exc
    return text.replace("\r\n", "\n")


@dataclass
class FrontMatter:
    data: dict[str, Any]
    body: str
    # Line in article.md (1-based) of every top-level key, for messages.
    lines: dict[str, int] = field(default_factory=dict)
    # Line in article.md where the body begins.
    body_line: int = 0


def parse(text: str, path: Path | None = None) -> FrontMatter:
    """Front matter mapping, body and key lines. Raises ArticleFormatError with a line."""
    lines = text.split("\n", 1)
    if lines[0].rstrip() != DELIMITER:
        raise ArticleFormatError(
            "no front matter: the file must begin with a line '---'", path, 1
        )
    rest = lines[1] if len(lines) > 1 else ""
    m = re.search(r"^(?:---|\.\.\.)[ \t]*$", rest, re.MULTILINE)
    if m is None:
        raise ArticleFormatError("the front matter has no closing line '---'", path, 1)
    yaml_text = rest[: m.start()].rstrip("\n")
    body = rest[m.end() + 1:] if m.end() < len(rest) else ""
    if len(yaml_text) > MAX_FRONT_MATTER_BYTES or \
            len(yaml_text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise ArticleFormatError(
            f"the front matter is longer than {MAX_FRONT_MATTER_BYTES // 1024} KiB "
            "(the text belongs below the closing '---')", path, 1)
    body_line = 3 + rest.count("\n", 0, m.end())  # "---", the YAML lines, "---"
    if not yaml_text.strip():
        return FrontMatter({}, body, {}, body_line)
    data, key_lines = load_yaml(yaml_text, path, first_line=2)
    return FrontMatter(data, body, key_lines, body_line)


def split(text: str, path: Path | None = None) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). Raises ArticleFormatError with a line."""
    fm = parse(text, path)
    return fm.data, fm.body


def load_yaml(yaml_text: str, path: Path | None = None,
              first_line: int = 1) -> tuple[dict[str, Any], dict[str, int]]:
    """A YAML mapping under this module's limits, and the line of each top-level key.

    ``first_line`` is the file line of the text's first line."""

    def fail(message: str, line0: int | None) -> ArticleFormatError:
        return ArticleFormatError(message, path, None if line0 is None else line0 + first_line)

    bad = _UNACCEPTABLE.search(yaml_text)
    if bad is not None:
        line0 = yaml_text.count("\n", 0, bad.start())
        raise fail(f"the front matter contains the control character "
                   f"U+{ord(bad.group()):04X}; remove it", line0)
    if SIMPLE:
        simple = yaml_simple.load(yaml_text, _construct_scalar, first_line)
        if simple is not None:
            return simple
    cls = _loader_class()
    # Fast path (libyaml only): an anchor, alias or explicit tag cannot be written without
    # '&', '*' or '!', so text without them is composed once, in C, and the nodes checked;
    # anything else gets the event check first. The pure-Python composer recurses, so it
    # always gets the event check (depth) before composing.
    fast = cls is not _LOADERS[False] and not _MAY_REFER.search(yaml_text)
    key_lines = {} if fast else _check_events(yaml_text, fail, first_line)
    loader = cls(yaml_text)
    try:
        if fast:
            try:
                node = loader.get_single_node()
            except yaml.YAMLError as exc:
                raise _event_error(exc, fail) from exc
            if node is None:
                return {}, {}
            key_lines = _check_nodes(node, loader, fail, first_line)
        else:
            node = loader.get_single_node()
        if node is None:
            return {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise fail("the front matter must be a list of 'key: value' lines", 0)
        loader.flatten_mapping(node)  # '<<' merge keys, as safe_load does
        construct = _fast_constructor(loader) if fast else \
            (lambda n: loader.construct_object(n, deep=True))
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                data[key] = construct(value_node)
            except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
                raise fail(f"the value of '{key}' cannot be read: {_problem(exc)}",
                           value_node.start_mark.line) from exc
        return data, key_lines
    except yaml.YAMLError as exc:
        raise fail(f"malformed front matter: {_problem(exc)}", _line0(exc)) from exc
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()


def _check_events(yaml_text: str, fail: Any, first_line: int) -> dict[str, int]:
    """One pass over the parser's events (no nodes built yet): refuse anchors, aliases,
    unknown tags, non-text keys and nesting deeper than MAX_DEPTH. Iterative, so no
    input can exhaust the stack."""
    loader = _loader_class()(yaml_text)
    key_lines: dict[str, int] = {}
    stack: list[list[int]] = []  # per open collection: [is mapping, items seen]
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                break
            line0 = event.start_mark.line if event.start_mark is not None else None
            if isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            if isinstance(event, yaml.AliasEvent):
                raise fail(f"the front matter uses the YAML alias '*{event.anchor}'; "
                           "aliases and anchors are not allowed, write the value out", line0)
            if event.anchor is not None:
                raise fail(f"the front matter uses the YAML anchor '&{event.anchor}'; "
                           "anchors and aliases are not allowed, write the value out", line0)
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in _ALLOWED_TAGS:
                raise fail(f"the YAML tag '{tag}' is not allowed in front matter; "
                           "write plain text, numbers, dates, lists and 'key: value' lines",
                           line0)
            if isinstance(event, yaml.ScalarEvent) and len(event.value) > MAX_NUMBER_CHARS:
                _check_long_scalar(event, loader, fail, line0)
            if stack and stack[-1][0] and stack[-1][1] % 2 == 0:
                _check_key(event, loader, fail, line0)
                if len(stack) == 1:
                    key_lines[str(event.value)] = line0 + first_line
            if stack:
                stack[-1][1] += 1
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append([isinstance(event, yaml.MappingStartEvent), 0])
                if len(stack) > MAX_DEPTH:
                    raise fail(f"the front matter is nested more than {MAX_DEPTH} levels "
                               "deep", line0)
    except yaml.YAMLError as exc:
        raise _event_error(exc, fail) from exc
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()
    return key_lines


def _event_error(exc: yaml.YAMLError, fail: Any) -> ArticleFormatError:
    if "nesting depth" in _problem(exc):  # libyaml's own limit (1000), met when it
        # scans ahead for a flow key: the same refusal as ours
        return fail(f"the front matter is nested more than {MAX_DEPTH} levels deep",
                    _line0(exc))
    return fail(f"malformed front matter: {_problem(exc)}", _line0(exc))


_MAY_REFER = re.compile("[&*!]")
_NUMBER_TAGS = (_CORE + "int", _CORE + "float")


def _check_nodes(root: yaml.Node, loader: Any, fail: Any, first_line: int) -> dict[str, int]:
    """_check_events for composed nodes of text without anchors, aliases and tags (so
    every tag is resolved, none written): keys must be text, numbers short, nesting at
    most MAX_DEPTH. Visits nodes in document order, so the first problem is the same one
    the event check names. Iterative."""
    key_lines: dict[str, int] = {}
    scalar, mapping = yaml.ScalarNode, yaml.MappingNode
    # (node, depth of the collection holding it, is a key, is a top-level key)
    stack: list[tuple[Any, int, bool, bool]] = [(root, 0, False, False)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth, is_key, top = pop()
        if type(node) is scalar:
            if len(node.value) > MAX_NUMBER_CHARS and node.tag in _NUMBER_TAGS:
                raise fail(f"a number in the front matter has more than {MAX_NUMBER_CHARS} "
                           "digits; put it in quotes if it is text", node.start_mark.line)
            if is_key:
                if node.tag != _STR_TAG and node.tag != _MERGE_TAG:
                    raise fail(f"the front matter key '{node.value}' is not text (it reads "
                               f"as {node.tag.rsplit(':', 1)[-1]}); put it in quotes",
                               node.start_mark.line)
                if top:
                    key_lines[str(node.value)] = node.start_mark.line + first_line
            continue
        if is_key:
            raise fail("a front matter key must be text, not a list or mapping",
                       node.start_mark.line)
        depth += 1
        if depth > MAX_DEPTH:
            raise fail(f"the front matter is nested more than {MAX_DEPTH} levels deep",
                       node.start_mark.line)
        items = node.value
        if type(node) is mapping:
            for key, value in reversed(items):
                push((value, depth, False, False))
                push((key, depth, True, depth == 1))
        else:
            for item in reversed(items):
                push((item, depth, False, False))
    return key_lines


def _fast_constructor(loader: Any) -> Any:
    """construct_object for checked nodes without aliases (each node built once): text
    as it is, other scalars by the loader's own constructor for their tag, lists and
    mappings built here; a mapping with a '<<' merge key goes to the loader. Recursive:
    the nodes are at most MAX_DEPTH deep."""
    scalar, sequence = yaml.ScalarNode, yaml.SequenceNode
    constructors = loader.yaml_constructors

    def construct(node: Any) -> Any:
        kind = type(node)
        if kind is scalar:
            if node.tag == _STR_TAG:
                return node.value
            function = constructors.get(node.tag)
            if function is None:  # the loader's own error ('=' reads as a value tag)
                return loader.construct_object(node, deep=True)
            return function(loader, node)
        if kind is sequence:
            return [construct(item) for item in node.value]
        pairs = node.value
        if any(key.tag == _MERGE_TAG for key, _value in pairs):
            return loader.construct_object(node, deep=True)
        return {key.value: construct(value) for key, value in pairs}

    return construct


def _check_long_scalar(event: Any, loader: Any, fail: Any, line0: int | None) -> None:
    # A number of thousands of digits cannot be turned back into text (Python refuses
    # above 4300 digits), so it could be read but never saved or shown.
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag in (_CORE + "int", _CORE + "float"):
        raise fail(f"a number in the front matter has more than {MAX_NUMBER_CHARS} digits; "
                   "put it in quotes if it is text", line0)


def _check_key(event: Any, loader: Any, fail: Any, line0: int | None) -> None:
    if not isinstance(event, yaml.ScalarEvent):
        raise fail("a front matter key must be text, not a list or mapping", line0)
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag not in (_STR_TAG, _MERGE_TAG):
        raise fail(f"the front matter key '{event.value}' is not text (it reads as "
                   f"{tag.rsplit(':', 1)[-1]}); put it in quotes", line0)


def _line0(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line if mark is not None else None


def _problem(exc: BaseException) -> str:
    problem = getattr(exc, "problem", None)
    if problem:
        return str(problem)
    text = str(exc).strip().split("\n", 1)[0]
    return text or type(exc).__name__


class Unparsed(str):
    """A value shaped like a date or time that is not one (2022-02-30, month 13, hour 25),
    kept as written: validation reports it as 'invalid-date', and saving writes it back
    unquoted, exactly as it was."""


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return Unparsed(node.value)


def _make_loader(base: type) -> type:
    cls = type(f"Bounded{base.__name__}", (base,), {})
    cls.add_constructor(_CORE + "timestamp", _timestamp)
    return cls


_LOADERS: dict[bool, type] = {False: _make_loader(yaml.SafeLoader)}
if getattr(yaml, "__with_libyaml__", False):
    _LOADERS[True] = _make_loader(yaml.CSafeLoader)


def _loader_class() -> type:
    return _LOADERS.get(LIBYAML, _LOADERS[False])


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct_scalar(tag: str, text: str) -> Any:
    """A resolved plain scalar built by the loaders' own constructor for its tag."""
    return _LOADERS[False].yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, text))


def key_line(text: str, key: str) -> int | None:
    """Line number (1-based, in the file) of a top-level front-matter key, for messages."""
    for number, line in enumerate(text.split("\n")[1:], start=2):
        if line.rstrip() == DELIMITER:
            return None
        if line.startswith(f"{key}:"):
            return number
    return None


class _Dumper(yaml.SafeDumper):
    pass


# Characters YAML folds or drops inside plain, single-quoted and block scalars (CR, NEL,
# line/paragraph separators, BOM, control characters): only double quotes keep them, escaped.
_NEEDS_ESCAPES = re.compile("[\r\x85\u2028\u2029\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if _NEEDS_ESCAPES.search(value):
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _list_representer(dumper: yaml.SafeDumper, value: list) -> yaml.Node:
    # Short lists of plain words (tags) read best on one line, as in DESIGN.md.
    flow = all(isinstance(v, str) and "\n" not in v for v in value) and len(value) <= 12
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _unparsed_representer(dumper: yaml.SafeDumper, value: Unparsed) -> yaml.Node:
    # Plain when it still reads back as the same unparsable timestamp, else quoted text.
    if dumper.resolve(yaml.ScalarNode, value, (True, False)) == _CORE + "timestamp":
        return dumper.represent_scalar(_CORE + "timestamp", str(value))
    return _str_representer(dumper, str(value))


def _datetime_representer(dumper: yaml.SafeDumper, value: dt.datetime) -> yaml.Node:
    # A local time to the minute as typed (2026-06-24 09:30, which reads back as text
    # and then as this time: editor.model.when); others in full ISO 8601.
    if value.tzinfo is None and value.second == 0 and value.microsecond == 0:
        return dumper.represent_scalar(_STR_TAG, value.strftime("%Y-%m-%d %H:%M"))
    return dumper.represent_scalar(_CORE + "timestamp", value.isoformat())


_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(dt.datetime, _datetime_representer)
_Dumper.add_representer(Unparsed, _unparsed_representer)
_Dumper.add_representer(list, _list_representer)


def dump(data: dict[str, Any], body: str) -> str:
    yaml_text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100000,
    )
    return f"{DELIMITER}\n{yaml_text}{DELIMITER}\n{body}"


def is_date(value: Any) -> bool:
    return isinstance(value, dt.date)
