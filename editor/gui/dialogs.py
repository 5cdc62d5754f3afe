"""The few modal questions the app asks, in one place so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok and value.strip() else None


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_take_over(parent: QWidget | None, info: object, stale: bool) -> bool:
    """Someone else holds the article's edit lock (``info``, a LockInfo): take it over?"""
    from editor.gui.safety import ask_take_over_lock

    return ask_take_over_lock(parent, info, stale)  # type: ignore[arg-type]
