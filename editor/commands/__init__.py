"""Subcommands of ``newsdesk``: one module each, with ``register(subparsers)``."""
