"""Connects "Show changes since approval" between the review dock, the preview and the
window's checkable action (Review menu): one state, whichever of them is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from editor.gui.preview.panel import PreviewPanel
    from editor.gui.review.panel import ReviewPanel


def connect_changes_mode(review: ReviewPanel, preview: PreviewPanel,
                         action: QAction | None = None) -> None:
    """The review panel's button (and ``action``) show the changes in ``preview`` and
    bring the live preview back; the preview leaving the mode by itself (another
    article opened) unchecks them. Connecting the same two again only adds ``action``."""
    if getattr(review, "changes_preview", None) is not preview:
        review.changes_preview = preview  # type: ignore[attr-defined]
        _connect_panels(review, preview)
    if action is not None:
        _connect_action(review, action)


def _connect_panels(review: ReviewPanel, preview: PreviewPanel) -> None:
    def requested(on: bool) -> None:
        if not on:
            preview.show_live()
            return
        found = review.approved_version()
        if found is None:
            review.changes_button.setChecked(False)
            return
        approval, old = found
        preview.show_changes(old, approval.by, approval.at)
        if not preview.changes.active:  # no article in the preview yet
            review.changes_button.setChecked(False)

    review.changes_mode_requested.connect(requested)
    preview.changes.toggled.connect(review.changes_button.setChecked)


def _connect_action(review: ReviewPanel, action: QAction) -> None:
    action.setCheckable(True)
    action.toggled.connect(review.changes_button.setChecked)
    review.changes_button.toggled.connect(action.setChecked)

    def follow() -> None:
        action.setEnabled(review.changes_button.isEnabled())

    review.status_ready.connect(lambda _status: follow())
    follow()


__all__ = ["connect_changes_mode"]
