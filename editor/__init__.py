"""Newsdesk: write, credit, review and export municipal news articles."""

__version__ = "0.1.0"
