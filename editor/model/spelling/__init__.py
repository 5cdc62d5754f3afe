"""Spell checking without Qt: Markdown tokens, the workspace dictionary, the Enchant engine.

The GUI (editor/gui/spelling) and the CLI (``check --spelling``) use the same code, so
the app underlines exactly the words the command line reports.
"""
