"""The login name, the name recorded when nobody gave one. A module of its own so that
the command line reads it without importing the lock module (mutex, socket: start-up
cost of every export, issue 12)."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"
