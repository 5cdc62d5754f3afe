"""One row of the article list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


class ArticleSummary:
    """One row of the article list. Immutable; ``folder`` is made on first use (10,000
    paths built per listing were a third of a warm list's time)."""

    __slots__ = ("_folder", "_parent", "date", "error", "slug", "status", "title")

    def __init__(self, slug: str, folder: Path | None, title: str,
                 date: dt.date | str | None, status: str, error: str | None = None, *,
                 parent: Path | None = None):
        set_ = object.__setattr__
        set_(self, "slug", slug)
        set_(self, "_folder", folder)
        set_(self, "_parent", parent)
        set_(self, "title", title)
        set_(self, "date", date)
        set_(self, "status", status)
        # Set when article.md cannot be read; the list still shows the folder.
        set_(self, "error", error)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("ArticleSummary is immutable")

    @property
    def folder(self) -> Path:
        if self._folder is None:
            object.__setattr__(self, "_folder", (self._parent or Path()) / self.slug)
        return self._folder  # type: ignore[return-value]

    @property
    def unreadable(self) -> bool:
        return self.error is not None

    def replace(self, **changes: object) -> ArticleSummary:
        values = {name: getattr(self, name)
                  for name in ("slug", "title", "date", "status", "error")}
        values.update(changes)
        return ArticleSummary(values.pop("slug"), self._folder, parent=self._parent,
                              **values)  # type: ignore[arg-type]

    def _key(self) -> tuple:
        return (self.slug, str(self.folder), self.title, self.date, self.status, self.error)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArticleSummary) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"ArticleSummary(slug={self.slug!r}, title={self.title!r}, date={self.date!r},"
                f" status={self.status!r}, error={self.error!r})")

    def to_dict(self) -> dict:
        return {
            "slug": self.slug,
            "path": str(self.folder),
            "title": self.title,
            "date": self.date.isoformat() if isinstance(self.date, dt.date) else self.date,
            "status": self.status,
            "error": self.error,
            "unreadable": self.error is not None,
        }
