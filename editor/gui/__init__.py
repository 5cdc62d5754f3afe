"""The desktop app (PySide6). Only this layer imports Qt widgets."""
