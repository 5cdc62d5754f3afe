"""Team work through Git in the app: the controller (when to commit and sync, on a worker
thread), and its wiring into the window (action, toolbar button, status bar, conflicts)."""
