"""How the article looks when its link is shared: the social card preview.

The card shows what Facebook, LinkedIn, Mastodon and others take from the exported page:
the og:image (the article image's 1200 x 630 crop around its focal point, cut with the
export's own geometry, editor.model.focus.crop_box), the site's host, the title and the
meta description. The photo is read off the GUI thread.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from editor.gui import gui_thread
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError
from editor.model.focus import CARD_RATIO, crop_box, focus_of

CARD_WIDTH = 480  # shown size; the exported card is 1200 x 630
CARD_HEIGHT = round(CARD_WIDTH * CARD_RATIO[1] / CARD_RATIO[0])
DESCRIPTION_CHARS = 155
TEXT_MARGIN = 12  # px around the card's text


def lead_photo_id(article: Article) -> str | None:
    """The photo og:image shows (the export's rule, editor.publish.record)."""
    from editor.publish.record import lead_photo_id as rule

    return rule(article)


def card_image(path: Path, focus: tuple[float, float], size: QSize | None = None) -> QImage:
    """The card crop of the photo at ``path`` (orientation applied), scaled to ``size``
    (default the shown card); a null image when it cannot be read."""
    size = size or QSize(CARD_WIDTH, CARD_HEIGHT)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    limit = 4 * size.width()
    if full.isValid() and full.width() > limit:
        # decode smaller: the card needs a few hundred pixels (JPEG scales while decoding);
        # the same factor on both sides, so the fractions of the focal point still hold
        scale = limit / full.width()
        reader.setScaledSize(QSize(max(1, round(full.width() * scale)),
                                   max(1, round(full.height() * scale))))
    image = reader.read()
    if image.isNull():
        return QImage()
    left, top, right, bottom = crop_box(image.width(), image.height(), CARD_RATIO, focus)
    piece = image.copy(left, top, right - left, bottom - top)
    return piece.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class _Job(QRunnable):
    def __init__(self, path: Path, focus: tuple[float, float], generation: int,
                 card: weakref.ref[QObject]):
        super().__init__()
        self.path, self.focus, self.generation, self.card = path, focus, generation, card

    def run(self) -> None:
        try:
            image = card_image(self.path, self.focus)
        except Exception:  # a preview is optional: never an error dialog
            image = QImage()
        # never a signal of the card's own: it may be deleted while this runs
        gui_thread.deliver(self.card, "_done", self.generation, image)


class SocialCardPreview(QFrame):
    """``set_article(article, config)`` after each change; ``ready`` after the image."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("social_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setMaximumWidth(CARD_WIDTH + 2)  # the card is as wide as its image (+ frame)
        self.image = QLabel()
        self.image.setObjectName("social_card_image")
        self.image.setFixedSize(CARD_WIDTH, CARD_HEIGHT)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.site = QLabel()
        self.site.setObjectName("social_card_site")
        self.title = QLabel()
        self.title.setObjectName("social_card_title")
        self.title.setWordWrap(True)
        # as the networks set it: a small host line, the title in bold, a plain description
        bold = self.title.font()
        bold.setBold(True)
        if bold.pointSizeF() > 0:
            bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)
        small = self.site.font()
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        self.site.setFont(small)
        self.description = QLabel()
        self.description.setObjectName("social_card_description")
        self.description.setWordWrap(True)
        for label in (self.site, self.title, self.description):
            label.setMaximumWidth(CARD_WIDTH - 2 * TEXT_MARGIN)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the image from edge to edge of the card, the text below it with a margin
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.image)
        text = QVBoxLayout()
        text.setContentsMargins(TEXT_MARGIN, TEXT_MARGIN - 2, TEXT_MARGIN, TEXT_MARGIN)
        text.setSpacing(4)
        text.addWidget(self.site)
        text.addWidget(self.title)
        text.addWidget(self.description)
        layout.addLayout(text)
        layout.addStretch(1)
        self._generation = 0
        self._key: tuple | None = None
        gui_thread.prepare()
        self.setAccessibleName(self.tr("Social media card"))
        self.image.setText(self.tr("No photo: the link is shared without an image"))
        self.image.setWordWrap(True)

    def set_article(self, article: Article | None, config: SiteConfig) -> None:
        if article is None:
            self._generation += 1
            self._key = None
            self.title.setText("")
            self.description.setText("")
            self.site.setText("")
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No article"))
            return
        self.title.setText(article.title.strip())
        self.description.setText(describe(article))
        self.site.setText(site_text(config))
        pid = lead_photo_id(article)
        photo = article.photo(pid) if pid else None
        path = None
        if photo is not None:
            try:
                path = article.photo_path(photo)
            except UnsafePathError:
                path = None
        if path is None:
            self._generation += 1
            self._key = None
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No photo: the link is shared without an image"))
            self.image.setAccessibleName(self.image.text())
            self.ready.emit()
            return
        try:
            stat = path.stat()
            key: tuple | None = (str(path), stat.st_mtime_ns, stat.st_size, focus_of(photo))
        except OSError:
            key = None
        if key is not None and key == self._key:
            return  # same photo, same focal point: the card image stands
        self._key = key
        self._generation += 1
        self.image.setAccessibleName(
            self.tr("Shared image: %1").replace("%1", " ".join(photo.alt.split())))
        QThreadPool.globalInstance().start(
            _Job(path, focus_of(photo), self._generation, gui_thread.target(self)))

    def _done(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # the article or its photo changed meanwhile
        if image.isNull():
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("The photo cannot be shown"))
        else:
            self.image.setPixmap(QPixmap.fromImage(image))
        self.ready.emit()


def describe(article: Article) -> str:
    """The meta description as the page has it (editor.render.page), else the lead cut."""
    from editor.render import page

    rule = getattr(page, "meta_description", None)
    if rule is not None:
        return rule(article)
    text = " ".join(article.lead.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "…"


def site_text(config: SiteConfig) -> str:
    """The host shown on the card (upper case, as the networks do), else the site name."""
    host = urlsplit(config.base_url or "").hostname or ""
    return (host or config.site_name or "").upper()
