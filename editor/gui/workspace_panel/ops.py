"""New, duplicate, rename and delete: asks the user, saves first, then changes the workspace."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from editor.gui import dialogs
from editor.gui.document import DocumentController
from editor.gui.workspace_panel.panel import WorkspacePanel
from editor.model.errors import NewsdeskError


class ArticleOps(QObject):
    # Slug to open after the list changed (None: nothing open).
    open_requested = Signal(object)

    def __init__(self, panel: WorkspacePanel, doc: DocumentController, window: QWidget):
        super().__init__(window)
        self.panel, self.doc, self.window = panel, doc, window

    @property
    def workspace(self):
        return self.panel.workspace

    def _fail(self, exc: NewsdeskError) -> None:
        dialogs.show_error(self.window, self.tr("Newsdesk"), exc.describe())

    def _release(self, slug: str) -> bool:
        """Save and close the open article if it is ``slug``; False if that failed."""
        if self.doc.article is not None and self.doc.article.slug == slug:
            return self.doc.close()
        return True

    def new_article(self) -> str | None:
        if self.workspace is None:
            return None
        title = dialogs.ask_text(self.window, self.tr("New Article"), self.tr("Title:"))
        if title is None:
            return None
        try:
            article = self.workspace.create_article(title)
        except NewsdeskError as exc:
            self._fail(exc)
            return None
        self.panel.refresh(select=article.slug)
        self.open_requested.emit(article.slug)
        return article.slug

    def duplicate(self) -> str | None:
        slug = self.panel.current_slug()
        if self.workspace is None or slug is None:
            return None
        if self.doc.article is not None and not self.doc.save():
            return None
        source = self.workspace.summary(self.workspace.articles_dir / slug)
        title = self.tr("%1 (copy)").replace("%1", source.title)
        try:
            copy = self.workspace.duplicate_article(slug, title)
        except NewsdeskError as exc:
            self._fail(exc)
            return None
        self.panel.refresh(select=copy.slug)
        self.open_requested.emit(copy.slug)
        return copy.slug

    def rename(self) -> str | None:
        slug = self.panel.current_slug()
        if self.workspace is None or slug is None:
            return None
        current = self.workspace.summary(self.workspace.articles_dir / slug).title
        title = dialogs.ask_text(self.window, self.tr("Rename Article"),
                                 self.tr("New title:"), current)
        if title is None or title.strip() == current:
            return None
        new_slug = self.workspace.slug_for_title(slug, title)
        if new_slug != slug:
            question = self.tr("Rename the article to “%1”?\n\nIts folder and web address "
                               "change from “%2” to “%3”.")
            question = question.replace("%1", title.strip()).replace("%2", slug).replace(
                "%3", new_slug)
            if not dialogs.ask_yes_no(self.window, self.tr("Rename Article"), question):
                return None
        if not self._release(slug):
            return None
        try:
            folder = self.workspace.rename_article(slug, title)
        except NewsdeskError as exc:
            self._fail(exc)
            folder = None
        result = folder.name if folder else slug
        self.panel.refresh(select=result)
        self.open_requested.emit(result)
        return result if folder else None

    def delete(self) -> bool:
        slug = self.panel.current_slug()
        if self.workspace is None or slug is None:
            return False
        title = self.workspace.summary(self.workspace.articles_dir / slug).title
        question = self.tr("Move “%1” to the workspace's trash?\n\nIt can be restored from "
                           "there.").replace("%1", title)
        if not dialogs.ask_yes_no(self.window, self.tr("Delete Article"), question):
            return False
        if not self._release(slug):
            return False
        from editor.model.trash import move_to_trash

        try:
            move_to_trash(self.workspace.root, slug)
        except NewsdeskError as exc:
            self._fail(exc)
            return False
        self.panel.refresh()
        visible = self.panel.visible_slugs()
        self.open_requested.emit(visible[0] if visible else None)
        return True
