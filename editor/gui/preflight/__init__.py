"""Preflight: the list of an article's problems, worded in the UI language."""

from editor.gui.preflight.panel import PreflightPanel

__all__ = ["PreflightPanel"]
