"""Every user setting declared once, typed, over QSettings.

Preferences (edited in the settings dialog) live under ``preferences/``; the session
(last workspace and article) under ``session/``; window geometry and dock layout under
``window/`` and are never mixed with preferences.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Newsdesk"
APPLICATION = "Newsdesk"
# Points the app at another settings file (tests, screenshots, benchmarks).
SETTINGS_ENV = "NEWSDESK_SETTINGS"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def convert(self, raw: Any) -> T:
        """A stored value as our type; anything unusable falls back to the default."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in (
                    "1", "true", "yes")
            elif self.type is int:
                value = int(raw)
                if self.minimum is not None:
                    value = max(self.minimum, value)
                if self.maximum is not None:
                    value = min(self.maximum, value)
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


# The registry: one line per setting.
USER_NAME = Setting("preferences/user_name", str, "")
UI_LANGUAGE = Setting("preferences/ui_language", str, "system", ("system", "de", "en"))
AUTOSAVE_DELAY_MS = Setting("preferences/autosave_delay_ms", int, 1500, minimum=200,
                            maximum=60000)
EDITOR_FONT_FAMILY = Setting("preferences/editor_font_family", str, "")
EDITOR_FONT_SIZE = Setting("preferences/editor_font_size", int, 12, minimum=6, maximum=48)
PREVIEW_WIDTH = Setting("preferences/preview_width", str, "desktop", ("desktop", "mobile"))
# Red wavy underline under misspelled words (editor.gui.spelling).
SPELL_CHECK = Setting("preferences/spell_check", bool, True)
# Team work through Git (editor.gui.sync): the e-mail of commits (empty: git's own config),
# seconds between background syncs (0: only on demand), minutes between commits of the
# open article while typing, and the photo size (MB) warned about before its commit.
USER_EMAIL = Setting("preferences/user_email", str, "")
SYNC_INTERVAL_S = Setting("preferences/sync_interval_s", int, 60, minimum=0, maximum=86400)
SYNC_COMMIT_MINUTES = Setting("preferences/sync_commit_minutes", int, 5, minimum=1,
                              maximum=240)
LARGE_PHOTO_MB = Setting("preferences/large_photo_mb", int, 25, minimum=1, maximum=100000)
LAST_WORKSPACE = Setting("session/last_workspace", str, "")
LAST_ARTICLE = Setting("session/last_article", str, "")
LAST_EXPORT_DIR = Setting("session/last_export_dir", str, "")
# The article list: sort column (-1: the index's order) and order, and the widths the user
# gave the date and status columns (0: from the font); the title takes the rest.
LIST_SORT_COLUMN = Setting("window/list_sort_column", int, 1, minimum=-1, maximum=2)
LIST_SORT_ORDER = Setting("window/list_sort_order", str, "descending",
                          ("ascending", "descending"))
LIST_DATE_WIDTH = Setting("window/list_date_width", int, 0, minimum=0, maximum=4000)
LIST_STATUS_WIDTH = Setting("window/list_status_width", int, 0, minimum=0, maximum=4000)
# Per workspace (through for_workspace): the export folder and the zip choice.
EXPORT_DIR = Setting("export/folder", str, "")
EXPORT_ZIP = Setting("export/zip", bool, False)

PREFERENCES: tuple[Setting[Any], ...] = (USER_NAME, UI_LANGUAGE, AUTOSAVE_DELAY_MS,
                                         EDITOR_FONT_FAMILY, EDITOR_FONT_SIZE, PREVIEW_WIDTH,
                                         SPELL_CHECK, USER_EMAIL, SYNC_INTERVAL_S,
                                         SYNC_COMMIT_MINUTES, LARGE_PHOTO_MB)
ALL: tuple[Setting[Any], ...] = (*PREFERENCES, LAST_WORKSPACE, LAST_ARTICLE,
                                 LAST_EXPORT_DIR)

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"


def for_workspace(setting: Setting[T], workspace: Path | str) -> Setting[T]:
    """``setting`` kept apart for one workspace (keyed by a digest of its resolved path,
    so any path is a valid key)."""
    digest = hashlib.sha256(str(Path(workspace).resolve()).encode("utf-8")).hexdigest()[:16]
    return dataclasses.replace(setting, key=f"workspaces/{digest}/{setting.key}")


class Settings:
    """Typed access to one QSettings store."""

    def __init__(self, store: QSettings | None = None):
        if store is None:
            override = os.environ.get(SETTINGS_ENV)
            if override:
                store = QSettings(override, QSettings.Format.IniFormat)
            else:
                store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                  ORGANIZATION, APPLICATION)
        self.store = store

    @classmethod
    def at(cls, path: Path | str) -> Settings:
        """Settings kept in one ini file (used by tests)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        return setting.convert(self.store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, setting.convert(value))

    def reset(self, setting: Setting[Any]) -> None:
        self.store.remove(setting.key)

    def sync(self) -> None:
        self.store.sync()

    # Window state: opaque bytes from QMainWindow, kept apart from preferences.
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.store.value(WINDOW_GEOMETRY)
        state = self.store.value(WINDOW_STATE)
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue(WINDOW_GEOMETRY, geometry)
        self.store.setValue(WINDOW_STATE, state)
