"""Split article.md into YAML front matter and Markdown body, and join them again.

The body is kept exactly as written; the front matter keeps key order. Files are
UTF-8 with LF: a byte-order mark is dropped and CRLF becomes LF on load.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from editor.model.errors import ArticleFormatError

DELIMITER = "---"


def decode(raw: bytes, path: Path | None = None) -> str:
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


def split(text: str, path: Path | None = None) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). Raises ArticleFormatError with a line."""
    lines = text.split("\n")
    if lines[0].rstrip() != DELIMITER:
        raise ArticleFormatError(
            "no front matter: the file must begin with a line '---'", path, 1
        )
    end = None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in (DELIMITER, "..."):
            end = i
            break
    if end is None:
        raise ArticleFormatError("the front matter has no closing line '---'", path, 1)
    yaml_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    try:
        data = yaml.safe_load(yaml_text) if yaml_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise ArticleFormatError(f"malformed front matter: {problem}", path, line) from exc
    if not isinstance(data, dict):
        raise ArticleFormatError("the front matter must be a list of 'key: value' lines", path, 2)
    for key in data:
        if not isinstance(key, str):
            raise ArticleFormatError(f"front matter key {key!r} is not text", path)
    return data, body


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


_Dumper.add_representer(str, _str_representer)
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
