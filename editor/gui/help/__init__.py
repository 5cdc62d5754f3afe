"""Help menu: the keyboard-shortcut overview (from the action registry) and the guide."""

from editor.gui.help.guide import GuideDialog, guide_path
from editor.gui.help.shortcuts import ShortcutsDialog, shortcut_rows

__all__ = ["GuideDialog", "ShortcutsDialog", "guide_path", "shortcut_rows"]
