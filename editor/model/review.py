"""Review state of an article (the review issue fills this in with events and approval).

Other layers call only these functions; their signatures are the contract.
"""

from __future__ import annotations

from typing import Any

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.validation import Problem

STATES = ("draft", "in_review", "changes_requested", "approved", "changed_since_approval",
          "published")


def state_of(article: Article) -> str:
    """The article's review state; 'draft' until review events exist."""
    return "draft"


def export_check(article: Article, config: SiteConfig) -> list[Problem]:
    """Problems that forbid exporting this exact content (the approval gate)."""
    return []


def approval_record(article: Article) -> dict[str, Any] | None:
    """{'by', 'at', 'content_hash'} of the approval that covers the current content."""
    return None


def record_published(article: Article, bundle_hash: str, by: str = "") -> None:
    """Append a 'published' event after a successful export."""
