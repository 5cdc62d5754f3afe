"""Review state of an article (the review issue fills this in with events and approval)."""

from __future__ import annotations

from editor.model.article import Article

STATES = ("draft", "in_review", "changes_requested", "approved", "changed_since_approval",
          "published")


def state_of(article: Article) -> str:
    """The article's review state; 'draft' until review events exist."""
    return "draft"
