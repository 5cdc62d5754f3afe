"""Who is acting on the command line: ``--as NAME``, else the name in the app's settings,
else the login name. Read without Qt (the command line never imports it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# As editor.gui.settings: QSettings in ini format, user scope, organisation and application
# "Newsdesk"; NEWSDESK_SETTINGS names another ini file (as it does for the app).
SETTINGS_ENV = "NEWSDESK_SETTINGS"
SECTION, KEY = "preferences", "user_name"
MAX_NAME = 200


def settings_file() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "Newsdesk" / "Newsdesk.ini"


def _unescape(raw: str) -> str:
    """A QSettings ini string value: quotes dropped, backslash escapes resolved."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "a": "\a", "b": "\b", "f": "\f",
              "v": "\v", "\\": "\\", '"': '"', "'": "'", "?": "?", ";": ";", ",": ","}
    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            i += 1
            continue
        if ch == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt == "x":
                j = i + 2
                while j < len(raw) and j < i + 6 and raw[j] in "0123456789abcdefABCDEF":
                    j += 1
                if j > i + 2:
                    out.append(chr(int(raw[i + 2:j], 16)))
                    i = j
                    continue
            out.append(simple.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def settings_name(path: Path | None = None) -> str:
    """The name entered in the app's Settings, or '' when there is none or the file
    cannot be read (never an error: the login name is used then)."""
    try:
        text = (path or settings_file()).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    import configparser  # only when there is a settings file (an export's start-up cost)

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(text)
        raw = parser.get(SECTION, KEY, fallback="")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""
    if raw.startswith("@"):  # a QVariant of another type: not a name
        return ""
    name = " ".join(_unescape(raw).split())  # no control characters or line breaks
    return name[:MAX_NAME]


def acting_user(explicit: str | None) -> str:
    """``--as`` when given, else the app's settings, else the login name."""
    if explicit is not None and explicit.strip():
        return explicit.strip()
    if name := settings_name():
        return name
    from editor.model.username import current_user  # not via lock: its mutex and socket

    return current_user()
