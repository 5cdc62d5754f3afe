"""Where this computer keeps Newsdesk's caches (never in a workspace, never synced).

Written out rather than taken from platformdirs: a warm ``newsdesk list`` needs the folder,
and the import would cost it more than the lookup."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def user_cache_dir(part: str, override_env: str) -> Path:
    """``$<override_env>`` if set, else ``newsdesk/<part>`` in the user's cache folder:
    ``$XDG_CACHE_HOME`` (default ``~/.cache``), ``%LOCALAPPDATA%\\newsdesk\\cache`` on
    Windows, ``~/Library/Caches/newsdesk`` on macOS."""
    override = os.environ.get(override_env)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "newsdesk" / "cache" / part
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "newsdesk" / part
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdesk" / part
