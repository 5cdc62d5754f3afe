"""Helpers for setting up test articles."""

from __future__ import annotations

from editor.model import storage
from editor.model.article import Article


def write_article(article: Article) -> str:
    """Write ``article`` as test set-up, replacing whatever is on disk, through the one
    checked save (there is no other way to write article.md)."""
    return storage.save_checked(article, storage.file_hash(article.path))
