"""Plain notices: a read-only workspace, and a workspace that disappeared while open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.model.errors import NewsdeskError
from editor.model.recovery import write_local_recovery_copy


def read_only_message(folder: Path) -> str:
    return QCoreApplication.translate(
        "SafetyNotices",
        "The workspace %1 is read-only for you. Articles open for reading; changes cannot "
        "be saved there.").replace("%1", str(folder))


def show_read_only_notice(parent: QWidget | None, folder: Path) -> None:
    title = QCoreApplication.translate("SafetyNotices", "Read-Only Workspace")
    QMessageBox.information(parent, title, read_only_message(folder))


def vanished_message(folder: Path, copy: Path | None, error: str = "") -> str:
    text = QCoreApplication.translate(
        "SafetyNotices",
        "The workspace folder %1 can no longer be reached (was a network drive "
        "disconnected?).").replace("%1", str(folder))
    if copy is not None:
        text += "\n\n" + QCoreApplication.translate(
            "SafetyNotices",
            "Your text was saved on this computer as:\n%1\n\nCopy it back once the workspace "
            "is available again.").replace("%1", str(copy))
    else:
        text += "\n\n" + QCoreApplication.translate(
            "SafetyNotices",
            "A local copy could not be saved either (%1). Keep the window open and copy your "
            "text elsewhere.").replace("%1", error)
    return text


def report_workspace_vanished(parent: QWidget | None, folder: Path, text: str,
                              slug: str) -> Path | None:
    """Save ``text`` to the local recovery folder and tell the user where; returns the copy."""
    copy: Path | None = None
    error = ""
    try:
        copy = write_local_recovery_copy(text, slug)
    except NewsdeskError as exc:
        error = exc.message
    title = QCoreApplication.translate("SafetyNotices", "Workspace Unavailable")
    QMessageBox.warning(parent, title, vanished_message(folder, copy, error))
    return copy
