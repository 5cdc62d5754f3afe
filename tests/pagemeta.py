"""The page-metadata warnings (editor/model/metacheck.py, part of preflight) that test
workspaces get by design: an example base_url, no author, a small test photo, a long
description. They never block anything; tests about something else leave them out with
these helpers (tests/model/test_metacheck.py tests the warnings themselves)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

METADATA_WARNINGS = frozenset({"base-url-example", "missing-author", "lead-photo-small",
                               "description-too-long"})


def is_metadata_warning(line: str) -> bool:
    """A line of check/export output (``...: warning CODE: message``) for one of them."""
    return any(f": warning {code}: " in line for code in METADATA_WARNINGS)


def without_metadata_warnings(stderr: str) -> str:
    """``stderr`` without the lines of those warnings."""
    return "".join(line for line in stderr.splitlines(keepends=True)
                   if not is_metadata_warning(line))


def other_problems(problems: Iterable[Any]) -> list[Any]:
    """Problems (validation.Problem or check --json dicts) other than those warnings."""
    def code(p: Any) -> str:
        return p["code"] if isinstance(p, dict) else p.code

    def severity(p: Any) -> str:
        return p["severity"] if isinstance(p, dict) else p.severity

    return [p for p in problems
            if not (severity(p) == "warning" and code(p) in METADATA_WARNINGS)]
