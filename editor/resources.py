"""One way to reach the files under resources/, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def root() -> Path:
    """The resources folder: inside the package when installed from a wheel,
    beside the package in a source checkout or editable install."""
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def path(relative: str) -> Path:
    """Absolute path of a resource, for example ``path("templates/article.html")``."""
    p = root() / relative
    if not p.exists():
        raise FileNotFoundError(f"resource not found: {relative} (looked in {root()})")
    return p
