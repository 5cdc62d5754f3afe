"""The photo with a marker on its focal point: click to set it, or use the arrow keys.

Crops for social cards and search results (editor.publish.crops) are cut around this
point. The value is (x, y), fractions of the shown (upright) image from the top left.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from editor.model.focus import CENTRE

STEP = 0.05  # an arrow key moves the marker by 5 % of the image
FINE_STEP = 0.01  # with Shift
MARKER_RADIUS = 9


class FocalPointPicker(QWidget):
    """Shows a pixmap scaled to fit, with the focal point marked."""

    focus_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("focal_point")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pixmap = QPixmap()
        self._text = ""
        self._focus: tuple[float, float] = CENTRE
        self.retranslate()

    # Value ---------------------------------------------------------------------------

    def focus_point(self) -> tuple[float, float]:
        return self._focus

    def set_focus_point(self, x: float, y: float, *, notify: bool = False) -> None:
        value = (round(min(1.0, max(0.0, x)), 3), round(min(1.0, max(0.0, y)), 3))
        if value == self._focus:
            return
        self._focus = value
        self._describe()
        self.update()
        if notify:
            self.focus_changed.emit(*value)

    # Image ---------------------------------------------------------------------------

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def setPixmap(self, pixmap: QPixmap) -> None:  # the QLabel names, for callers
        self._pixmap = pixmap
        self._text = ""
        self.update()

    def setText(self, text: str) -> None:
        self._pixmap = QPixmap()
        self._text = text
        self.update()

    def text(self) -> str:
        return self._text

    def image_rect(self) -> QRectF:
        """Where the image is drawn: scaled to fit, centred, aspect kept."""
        if self._pixmap.isNull():
            return QRectF()
        dpr = self._pixmap.devicePixelRatio() or 1.0
        w, h = self._pixmap.width() / dpr, self._pixmap.height() / dpr
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scale = min(area.width() / w, area.height() / h) if w and h else 1.0
        sw, sh = w * scale, h * scale
        return QRectF(area.center().x() - sw / 2, area.center().y() - sh / 2, sw, sh)

    def sizeHint(self) -> QSize:
        return QSize(320, 214)

    # Text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Focal point"))
        self.setToolTip(self.tr("Click the most important part of the photo. Crops for "
                                "social media and search results are cut around it. "
                                "Arrow keys move the marker (with Shift in small steps), "
                                "Home puts it back in the centre."))
        self._describe()

    def _describe(self) -> None:
        x, y = self._focus
        text = self.tr("%1 % from the left, %2 % from the top")
        self.setAccessibleDescription(
            text.replace("%1", str(round(x * 100))).replace("%2", str(round(y * 100))))

    # Events --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        rect = self.image_rect()
        if event.button() == Qt.MouseButton.LeftButton and rect.isValid():
            pos = event.position()
            self.set_focus_point((pos.x() - rect.left()) / rect.width(),
                                 (pos.y() - rect.top()) / rect.height(), notify=True)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        step = FINE_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
        x, y = self._focus
        moves = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                 Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            dx, dy = moves[key]
            self.set_focus_point(x + dx, y + dy, notify=True)
            event.accept()
            return
        if key == Qt.Key.Key_Home:
            self.set_focus_point(*CENTRE, notify=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self.image_rect()
        if rect.isValid():
            painter.drawPixmap(rect, self._pixmap, QRectF(self._pixmap.rect()))
            centre = QPointF(rect.left() + self._focus[0] * rect.width(),
                             rect.top() + self._focus[1] * rect.height())
            # White ring inside a black one: visible on any photo.
            for colour, width, radius in ((QColor("black"), 4, MARKER_RADIUS),
                                          (QColor("white"), 2, MARKER_RADIUS)):
                painter.setPen(QPen(colour, width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, radius, radius)
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawLine(centre + QPointF(-3, 0), centre + QPointF(3, 0))
            painter.drawLine(centre + QPointF(0, -3), centre + QPointF(0, 3))
        elif self._text:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        if self.hasFocus():  # keyboard focus visible: a frame in the highlight colour
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event) -> None:  # Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # Qt override
        self.update()
        super().focusOutEvent(event)
