"""Articles, photos, workspaces, validation and safe storage. Pure Python, no Qt.

To change an article, load it with ``storage.load(folder)`` (the article and the hash of
exactly the bytes parsed) and write it only with ``storage.save_checked(article, hash)``:
there is no other way to write article.md (see :mod:`editor.model.storage`).
"""

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
