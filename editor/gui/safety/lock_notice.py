"""The question shown when the article is locked by someone else: read-only or take over."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from editor.gui.dates import format_datetime
from editor.model.lock import LockInfo, is_stale
from editor.model.presence import Presence


def describe_holder(info: LockInfo) -> str:
    """'being edited by NAME on HOST since TIME', translated."""
    since = format_datetime(info.since, length="short")  # local time, interface language
    user = info.user or QCoreApplication.translate("LockNotice", "someone")
    host = info.host or QCoreApplication.translate("LockNotice", "another computer")
    text = QCoreApplication.translate("LockNotice", "being edited by %1 on %2 since %3")
    return text.replace("%1", user).replace("%2", host).replace("%3", since)


def describe_presence(others: list[Presence]) -> str:
    """The yellow note when colleagues on other desktops have the article open; ''
    when nobody has."""
    if not others:
        return ""
    # their clock wrote 'since': never show a time later than ours
    first = min([p.since for p in others] + [dt.datetime.now(dt.UTC)])
    names = ", ".join(
        QCoreApplication.translate("LockNotice", "%1 on %2").replace("%1", p.user or "?")
        .replace("%2", p.host or "?") for p in others[:5])
    if len(others) > 5:
        names += ", …"
    text = QCoreApplication.translate(
        "LockNotice", "Also editing this article: %1 (since %2). You can still edit; if you "
        "both change the same paragraph, the next sync keeps both versions.")
    return text.replace("%1", names).replace("%2", format_datetime(first, length="short"))


def build_lock_box(parent: QWidget | None, info: LockInfo, stale: bool) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if stale else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("LockNotice", "Article in Use"))
    box.setText(QCoreApplication.translate("LockNotice", "This article is %1.")
                .replace("%1", describe_holder(info)))
    if stale:
        box.setInformativeText(QCoreApplication.translate(
            "LockNotice",
            "The lock looks abandoned (the program that set it is no longer running, or it "
            "is very old). You can take it over and edit, or open the article read-only."))
    else:
        box.setInformativeText(QCoreApplication.translate(
            "LockNotice",
            "It opens read-only. Take over only if you are sure nobody is working on it: "
            "if they are, their next save will be refused rather than overwrite yours, and "
            "the other way round."))
    read_only = box.addButton(QCoreApplication.translate("LockNotice", "Open &Read-Only"),
                              QMessageBox.ButtonRole.RejectRole)
    take = box.addButton(QCoreApplication.translate("LockNotice", "&Take Over"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(take if stale else read_only)
    box.setEscapeButton(read_only)
    box.setProperty("take_over_button", take)
    return box


def ask_take_over_lock(parent: QWidget | None, info: LockInfo, stale: bool | None = None,
                       stale_hours: float = 12) -> bool:
    """True if the user chose to take over the lock; False to open read-only."""
    if stale is None:
        stale = is_stale(info, stale_hours)
    box = build_lock_box(parent, info, stale)
    box.exec()
    return box.clickedButton() is box.property("take_over_button")


def follow_presence(label: QLabel, doc: Any) -> None:
    """Show colleagues' presence (``doc.locks.note``) in the editor's yellow note while the
    article is editable; when it is read-only the note says why (the pane's own text)."""
    locks = doc.locks

    def show(*_args: object) -> None:
        if doc.read_only:
            return
        label.setVisible(bool(locks.note))
        if locks.note:
            label.setText(locks.note)

    # connected after the pane's own slot, which hides the note for an editable article
    doc.read_only_changed.connect(show)
    locks.presence_changed.connect(show)
