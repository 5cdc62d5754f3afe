"""The photo panel's list: item roles, badge keys, badged thumbnails and the list widget.

No UI strings here: the badge texts stay in PhotoPanel (their translation context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from editor.gui import colours
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.photos import is_used

ID_ROLE = Qt.ItemDataRole.UserRole
BADGES_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
ICON = 96
_CREDIT_NAMES = ("creator", "credit", "copyright")
# Badge dots: white text on colours.BADGES (>= 4.5:1 in any palette, on any thumbnail).
_BADGE_KINDS: dict[str, colours.BadgeKind] = {"incomplete": "error", "credit": "error",
                                              "alt": "warning", "unused": "muted"}


def photo_badges(article: Article, photo: Photo, config: SiteConfig) -> list[str]:
    """Badge keys for a photo: incomplete, credit (missing), alt (missing), unused."""
    badges = []
    if photo.incomplete:
        badges.append("incomplete")
    required = set(config.required_photo_fields) | {"creator"}
    if any(not getattr(photo, n).strip() for n in _CREDIT_NAMES if n in required):
        badges.append("credit")
    if not photo.alt.strip():
        badges.append("alt")
    if not is_used(article, photo.id):
        badges.append("unused")
    return badges


def paint_thumbnail(image: QImage | None, badges: list[str], background: QColor) -> QPixmap:
    """The thumbnail on ``background``, with one coloured dot per badge in the corner."""
    pixmap = QPixmap(ICON, ICON)
    pixmap.fill(background)
    painter = QPainter(pixmap)
    if image is not None and not image.isNull():
        scaled = image.scaled(ICON, ICON, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(QPoint((ICON - scaled.width()) // 2,
                                 (ICON - scaled.height()) // 2), scaled)
    # One coloured dot per badge in the corner, so problems show even in a narrow dock.
    font = QFont(painter.font())
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    for i, key in enumerate(badges):
        painter.setBrush(QColor(colours.BADGES[_BADGE_KINDS[key]]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(ICON - 18 - i * 18, 2, 16, 16)
        painter.setPen(QColor(colours.BADGE_TEXT))
        painter.drawText(ICON - 18 - i * 18, 2, 16, 16, Qt.AlignmentFlag.AlignCenter,
                         {"incomplete": "!", "credit": "©", "alt": "A", "unused": "–"}[key])
    painter.end()
    return pixmap


class PhotoList(QListWidget):
    """Reorders by drag within itself; files and images dropped from outside are attached.

    The panel's methods come as callbacks, so this module does not import the panel (no
    import circle)."""

    def __init__(self, panel: QWidget, attach_mime: Callable[[QMimeData], object],
                 move_to: Callable[[int], None]):
        super().__init__(panel)
        self._attach_mime = attach_mime
        self._move_to = move_to
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def _external(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        mime = event.mimeData()
        return event.source() is not self and (mime.hasUrls() or mime.hasImage())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if self._external(event) or event.source() is self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if self._external(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        if self._external(event):
            event.acceptProposedAction()
            self._attach_mime(event.mimeData())
            return
        # Our own reorder: move in the model, rebuild the list from it.
        target = self.indexAt(event.position().toPoint())
        row = target.row() if target.isValid() else self.count() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self._move_to(row)
