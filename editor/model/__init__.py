"""Articles, photos, workspaces, validation and safe storage. Pure Python, no Qt.

To change an article, load it with ``storage.load(folder)`` (the article and the hash of
exactly the bytes parsed) and write it only with ``storage.save_checked(article, hash)``:
there is no other way to write article.md (see :mod:`editor.model.storage`).

The names below are imported on first use (PEP 562): ``import editor.model.errors`` (which
every command does) must not load the whole model (validation, storage, YAML...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor import lazy

# name -> module of editor.model that defines it
_LAZY = {
    "Article": "article", "Photo": "article", "load_article": "article",
    "parse_article": "article",
    "SiteConfig": "config", "load_config": "config",
    "ArticleFormatError": "errors", "ConfigError": "errors", "NewsdeskError": "errors",
    "StorageError": "errors", "WorkspaceError": "errors",
    "Location": "validation", "Problem": "validation", "has_errors": "validation",
    "validate": "validation",
    "ArticleSummary": "workspace", "Workspace": "workspace",
}

if TYPE_CHECKING:
    from editor.model.article import Article, Photo, load_article, parse_article
    from editor.model.config import SiteConfig, load_config
    from editor.model.errors import (
        ArticleFormatError,
        ConfigError,
        NewsdeskError,
        StorageError,
        WorkspaceError,
    )
    from editor.model.validation import Location, Problem, has_errors, validate
    from editor.model.workspace import ArticleSummary, Workspace


__getattr__ = lazy.exports(__name__, _LAZY, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Article",
    "ArticleFormatError",
    "ArticleSummary",
    "ConfigError",
    "Location",
    "NewsdeskError",
    "Photo",
    "Problem",
    "SiteConfig",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "has_errors",
    "load_article",
    "load_config",
    "parse_article",
    "validate",
]
