"""The photo panel: thumbnails with badges, and every photo action of the open article.

The panel never saves: after each change it emits ``article_changed(Article)`` with a new
Article (the one it was given stays untouched), and the window takes it over, with undo.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.gui import dialogs
from editor.gui.photos import attach as attach_mod
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.photo_list import (  # noqa: F401  (ICON: imported from here by tests)
    BADGES_ROLE,
    ICON,
    ID_ROLE,
    PATH_ROLE,
    PhotoList,
    paint_thumbnail,
    photo_badges,
)
from editor.gui.photos.thumbs import ThumbnailLoader
from editor.gui.toolbars import name_buttons, recolor, set_icon, show_text
from editor.model.article import Article, Photo
from editor.model.config import SiteConfig
from editor.model.confine import UnsafePathError
from editor.model.errors import NewsdeskError
from editor.model.focus import focus_of
from editor.model.photometa import read_photo_meta
from editor.model.photos import (
    move_photo,
    photo_markdown,
    referencing_lines,
    remove_photo,
    replace_photo_file,
    set_focus,
    set_lead_photo,
    update_credits,
)

BADGE_DELAY_MS = 300  # badges follow typing after a pause, not on every key


class PhotoPanel(QWidget):
    """Dock content listing the open article's photos. Cheap to construct."""

    insert_requested = Signal(str)  # Markdown to insert at the cursor, as its own paragraph
    article_changed = Signal(object)  # the new Article after any change

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PhotoPanel")
        self.setAcceptDrops(True)
        self._article: Article | None = None
        self.config = SiteConfig()
        self.workspace_root: Path | None = None
        self._icons: dict[tuple[str | None, tuple[str, ...]], QIcon] = {}
        self.loader = ThumbnailLoader(self)
        self.loader.ready.connect(self._thumbnail_ready)
        self._badge_timer = QTimer(self, singleShot=True, interval=BADGE_DELAY_MS)
        self._badge_timer.timeout.connect(self.refresh_badges)

        # Icons with tooltips, text beside the two frequent ones: the German labels
        # did not fit a dock of the default window ("Runter", "Entfernen" went into »).
        self.toolbar = QToolBar(objectName="photo_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.setIconSize(QSize(20, 20))
        self.actions_by_name: dict[str, QAction] = {}
        for name, slot, icon_name in (
                ("add", self.add_files, "photo-add"),
                ("insert", self.insert_selected, "photo-insert"),
                ("lead", self.set_lead_selected, "photo-lead"),
                ("edit", self.edit_selected, "photo-credits"),
                ("replace", self.replace_selected, "photo-replace"),
                ("up", lambda: self.move_selected(-1), "up"),
                ("down", lambda: self.move_selected(1), "down"),
                ("remove", self.remove_selected, "photo-remove")):
            action = QAction(self)
            set_icon(action, icon_name)
            action.setObjectName(f"photo_{name}")
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
        for name in ("add", "insert"):
            show_text(self.toolbar, self.actions_by_name[name])
        name_buttons(self.toolbar)
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste)
        self.addAction(self.paste_action)

        self.list = PhotoList(self, self.attach_mime, self.move_selected_to)
        # The same actions on right click, for a dock too narrow for the whole toolbar.
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("insert", "lead", "edit", "replace", "up", "down", "remove"):
            self.list.addAction(self.actions_by_name[name])
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.list.itemSelectionChanged.connect(self._update_actions)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.retranslate()
        self._refresh()

    # Public API -----------------------------------------------------------------------

    def set_article(self, article: Article | None, config: SiteConfig,
                    workspace_root: Path | None) -> None:
        """Show ``article``'s photos (None: nothing open). Thumbnails follow in the background."""
        self._article = article
        self.config = config
        if workspace_root != self.workspace_root:
            self.workspace_root = workspace_root
            self.loader.set_workspace(workspace_root)
        self._refresh()

    def article(self) -> Article | None:
        return self._article

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, photo_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == photo_id:
                self.list.setCurrentRow(row)

    def retranslate(self) -> None:
        texts = {"add": self.tr("Add…"), "insert": self.tr("Insert"),
                 "lead": self.tr("Lead photo"), "edit": self.tr("Credits…"),
                 "replace": self.tr("Replace…"), "up": self.tr("Up"), "down": self.tr("Down"),
                 "remove": self.tr("Remove")}
        tips = {"add": self.tr("Attach photos (or drop files here, or paste an image)"),
                "insert": self.tr("Insert the photo at the cursor in the text"),
                "lead": self.tr("Use as the article's lead photo"),
                "edit": self.tr("Edit caption, alt text and credits"),
                "replace": self.tr("Use another file, keeping the credits"),
                "up": self.tr("Move up"), "down": self.tr("Move down"),
                "remove": self.tr("Remove the photo from the article")}
        for name, action in self.actions_by_name.items():
            action.setText(texts[name])
            action.setToolTip(tips[name])
        self.paste_action.setText(self.tr("Paste image"))
        self.empty.setText(self.tr("No photos yet. Drop photos here or use Add…"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange,
                              QEvent.Type.ApplicationPaletteChange):
            recolor(self.actions_by_name.values())  # light/dark: icons in text colour
            self._repaint_icons()  # thumbnails without a picture yet: the palette's grey
        super().changeEvent(event)

    def body_changed(self) -> None:
        """The article's text changed (the window calls this on every change): the badges
        follow after a short pause, so typing never waits for them."""
        if self._article is not None:
            self._badge_timer.start()

    def refresh_badges(self) -> None:
        """Recompute the badges of the listed photos; only items whose badges changed are
        repainted (the list, selection and thumbnails stay)."""
        self._badge_timer.stop()
        article = self._article
        if article is None:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            photo = article.photo(item.data(ID_ROLE))
            if photo is None:
                continue
            badges = photo_badges(article, photo, self.config)
            if badges == item.data(BADGES_ROLE):
                continue
            item.setData(BADGES_ROLE, badges)
            item.setText(self._item_text(article, photo, badges))
            path = item.data(PATH_ROLE)
            image = self.loader.request(Path(path)) if path else None
            item.setIcon(self._icon(path if image is not None else None, image, badges))

    # Listing --------------------------------------------------------------------------

    def _item_text(self, article: Article, photo: Photo, badges: list[str]) -> str:
        lines = [photo.id + ("  ★ " + self.tr("lead") if photo.id == article.lead_photo
                             else "")]
        lines.append(photo.creator or photo.credit or "–")
        if badges:
            lines.append("⚠ " + " · ".join(self.badge_text(b) for b in badges))
        return "\n".join(lines)

    def badge_text(self, key: str) -> str:
        return {"incomplete": self.tr("incomplete"), "credit": self.tr("no credit"),
                "alt": self.tr("no alt text"), "unused": self.tr("unused")}[key]

    def _refresh(self) -> None:
        current = self.selected_id()
        self.list.clear()
        article = self._article
        photos = article.photos if article is not None else []
        for photo in photos:
            assert article is not None
            badges = photo_badges(article, photo, self.config)
            item = QListWidgetItem(self._item_text(article, photo, badges))
            item.setData(ID_ROLE, photo.id)
            item.setData(BADGES_ROLE, badges)
            item.setToolTip(f"{photo.file}\n{photo.caption}".strip())
            try:
                path = str(article.photo_path(photo))
            except UnsafePathError:
                path = ""  # outside the article: never read; the problems panel says why
            item.setData(PATH_ROLE, path)
            image = self.loader.request(Path(path)) if path else None
            item.setIcon(self._icon(path if image is not None else None, image, badges))
            self.list.addItem(item)
        self.list.setVisible(bool(photos))
        self.empty.setVisible(not photos)
        if current:
            self.select(current)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_actions()

    def _icon(self, path: str | None, image: QImage | None, badges: list[str]) -> QIcon:
        # Painted once per photo and badge set: a refresh of many photos stays cheap.
        key = (path, tuple(badges))
        cached = self._icons.get(key)
        if cached is not None:
            return cached
        if len(self._icons) > 1000:
            self._icons.clear()
        pixmap = paint_thumbnail(image, badges,
                                 self.palette().color(QPalette.ColorRole.Button))
        icon = QIcon(pixmap)
        self._icons[key] = icon
        return icon

    def _repaint_icons(self) -> None:
        self._icons.clear()
        for row in range(self.list.count()):
            item = self.list.item(row)
            path = item.data(PATH_ROLE)
            image = self.loader.request(Path(path)) if path else None
            item.setIcon(self._icon(path if image is not None else None, image,
                                    item.data(BADGES_ROLE)))

    def _thumbnail_ready(self, path: str, image: QImage) -> None:
        article = self._article
        if article is None:
            return
        self._icons = {k: v for k, v in self._icons.items() if k[0] != path}
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PATH_ROLE) == path:
                item.setIcon(self._icon(path, image, item.data(BADGES_ROLE)))

    def _update_actions(self) -> None:
        has_article = self._article is not None
        selected = self.selected_id() is not None
        self.actions_by_name["add"].setEnabled(has_article)
        for name in ("insert", "lead", "edit", "replace", "remove"):
            self.actions_by_name[name].setEnabled(selected)
        row = self.list.currentRow()
        self.actions_by_name["up"].setEnabled(selected and row > 0)
        self.actions_by_name["down"].setEnabled(selected and row < self.list.count() - 1)

    def _apply(self, article: Article) -> None:
        self._article = article
        self._refresh()
        self.article_changed.emit(article)

    def _fail(self, title: str, exc: NewsdeskError) -> None:
        dialogs.show_error(self, title, exc.describe())

    # Attaching ------------------------------------------------------------------------

    def add_files(self) -> None:
        if self._article is not None:
            self.attach_paths(attach_mod.choose_files(self))

    def attach_paths(self, paths: list[Path]) -> bool:
        if self._article is None or not paths:
            return False
        updated = attach_mod.attach_files(self, self._article, self.config, paths,
                                          self.workspace_root)
        if updated is None:
            return False
        new_ids = [p.id for p in updated.photos if self._article.photo(p.id) is None]
        self._apply(updated)
        if new_ids:
            self.select(new_ids[-1])
        return True

    def attach_mime(self, mime: QMimeData) -> bool:
        """Attach the files, or the image, of a drop or of the clipboard."""
        paths = attach_mod.paths_from_mime(mime)
        if paths or not mime.hasImage():
            return self.attach_paths(paths)
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if not isinstance(image, QImage) or image.isNull():
            return False
        try:
            pasted = attach_mod.save_pasted_image(image)
        except NewsdeskError as exc:
            self._fail(self.tr("Cannot paste the image"), exc)
            return False
        try:
            return self.attach_paths([pasted])
        finally:  # the article has its own copy by now
            shutil.rmtree(pasted.parent, ignore_errors=True)

    def paste(self) -> bool:
        return self.attach_mime(QGuiApplication.clipboard().mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        mime = event.mimeData()
        if self._article is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        event.acceptProposedAction()
        self.attach_mime(event.mimeData())

    # Actions on the selected photo ----------------------------------------------------

    def _selected(self) -> Photo | None:
        photo_id = self.selected_id()
        if self._article is None or photo_id is None:
            return None
        return self._article.photo(photo_id)

    def insert_selected(self) -> None:
        photo = self._selected()
        if photo is not None:
            self.insert_requested.emit(photo_markdown(photo.id))
            self.body_changed()  # placed now: "unused" goes even before the window says so

    def set_lead_selected(self) -> None:
        photo = self._selected()
        if photo is not None and self._article is not None:
            self._apply(set_lead_photo(self._article, photo.id))

    def edit_selected(self) -> bool:
        photo = self._selected()
        article = self._article
        if photo is None or article is None:
            return False
        try:
            entry = PhotoEntry(article.photo_path(photo), photo.credits(),
                               focus=focus_of(photo))
        except UnsafePathError:
            return False
        try:  # say which values still match what the file carries
            meta = read_photo_meta(entry.path)
            entry.sources = {n: fv.tag for n, fv in meta.fields.items()
                             if entry.values.get(n) == fv.value}
        except NewsdeskError:
            pass
        dialog = PhotoDialog([entry], self.config, self, self.workspace_root)
        dialog.keep_incomplete.setChecked(photo.incomplete)
        try:
            if not attach_mod.run_dialog(dialog):
                return False
            values, incomplete = dialog.results()[0], dialog.allow_incomplete()
            focus = dialog.focus_results()[0]
        finally:
            dialog.deleteLater()
        try:
            updated = update_credits(article, self.config, photo.id, values,
                                     allow_incomplete=incomplete)
            if focus != focus_of(photo):  # an unset focus stays unset unless moved
                updated = set_focus(updated, photo.id, *focus)
        except NewsdeskError as exc:
            self._fail(self.tr("Credits not changed"), exc)
            return False
        self._apply(updated)
        return True

    def replace_selected(self) -> None:
        photo = self._selected()
        if photo is None or self._article is None:
            return
        paths = attach_mod.choose_files(self, multiple=False)
        if not paths:
            return
        article = self._article
        outcome = attach_mod.run_with_progress(
            self, self.tr("Copying photos…"), paths[:1],
            lambda path: replace_photo_file(article, self.config, photo.id, path))[0]
        if isinstance(outcome, NewsdeskError):
            self._fail(self.tr("Cannot replace the photo"), outcome)
        elif isinstance(outcome, Exception):
            dialogs.show_error(self, self.tr("Cannot replace the photo"), str(outcome))
        else:
            self._apply(outcome)

    def move_selected(self, delta: int) -> None:
        self.move_selected_to(self.list.currentRow() + delta)

    def move_selected_to(self, row: int) -> None:
        photo = self._selected()
        if photo is None or self._article is None:
            return
        row = max(0, min(row, len(self._article.photos) - 1))
        if self._article.photos[row].id == photo.id:
            return
        self._apply(move_photo(self._article, photo.id, row))

    def remove_selected(self) -> bool:
        photo = self._selected()
        article = self._article
        if photo is None or article is None:
            return False
        lines = referencing_lines(article, photo.id)
        if lines:
            text = self.tr("The text still places photo '%1' (line %2). Remove it anyway?")
            text = text.replace("%1", photo.id).replace("%2", ", ".join(map(str, lines)))
            if not dialogs.ask_yes_no(self, self.tr("Remove photo"), text):
                return False
        self._apply(remove_photo(article, photo.id))
        return True
