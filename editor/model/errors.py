"""Our own exceptions. Lower layers raise these; the GUI and CLI decide what to show."""

from __future__ import annotations

from pathlib import Path


class NewsdeskError(Exception):
    """Base of every error that carries a plain-language message for the user."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f", line {self.line}"
            where += ": "
        return where + self.message


class ArticleFormatError(NewsdeskError):
    """article.md cannot be read: no front matter, bad YAML, wrong types, bad encoding."""


class ConfigError(NewsdeskError):
    """newsdesk.toml is malformed or holds an unknown key or a wrong type."""


class WorkspaceError(NewsdeskError):
    """The folder is not a workspace, an article is missing, a name is taken."""


class StorageError(NewsdeskError):
    """A write failed; the previous file is unchanged."""

    def __init__(self, message: str, path: Path | str | None = None, errno: int | None = None):
        self.errno = errno
        super().__init__(message, path)
