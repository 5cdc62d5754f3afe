"""Metadata form, formatting toolbar, Markdown editor and find bar, tied to the document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QStatusTipEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from editor.gui import colours
from editor.gui.actions import FORMAT_TOOLBAR, A, Actions
from editor.gui.document import DocumentController
from editor.gui.editor_pane.find_bar import FindBar
from editor.gui.editor_pane.headings import CHANGED_LEVEL, IN_CODE, KEPT
from editor.gui.editor_pane.markdown_editor import MarkdownEditor
from editor.gui.editor_pane.metadata_form import MetadataForm
from editor.gui.undo import FieldCommand, UndoKeys
from editor.model.article import Article


class EditorPane(QWidget):
    cursor_line_changed = Signal(int)

    def __init__(self, doc: DocumentController, stack: QUndoStack, actions: Actions,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self.form = MetadataForm(self)
        self.editor = MarkdownEditor(stack, self)
        self.find_bar = FindBar(self.editor, self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("format_toolbar")
        actions.build_toolbar(self.toolbar, FORMAT_TOOLBAR)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.read_only_note = QLabel(self, objectName="read_only_note")
        self.read_only_note.setWordWrap(True)
        self._style_read_only_note()
        self.read_only_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.form)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.find_bar)
        keys = UndoKeys(stack, self)
        for widget in self.form.text_widgets():
            widget.installEventFilter(keys)
        QWidget.setTabOrder(self.form.tags, self.editor)  # from the last field into the text

        self.form.edited.connect(self._field_edited)
        self.editor.text_edited.connect(doc.set_body)
        self.editor.cursor_line_changed.connect(self.cursor_line_changed)
        doc.opened.connect(self.set_article)
        doc.read_only_changed.connect(self.set_read_only)
        doc.field_changed.connect(lambda name: self.form.show_value(name, doc.field(name)))
        self._connect(actions)
        self.retranslate()
        self.set_article(None)

    def _connect(self, actions: Actions) -> None:
        ed = self.editor
        actions[A.BOLD].triggered.connect(lambda: ed.wrap_selection("**", self.tr("bold text")))
        actions[A.ITALIC].triggered.connect(
            lambda: ed.wrap_selection("*", self.tr("italic text")))
        actions[A.LINK].triggered.connect(lambda: ed.insert_link(self.tr("link text")))
        actions[A.HEADING2].triggered.connect(lambda: self.set_heading(2))
        actions[A.HEADING3].triggered.connect(lambda: self.set_heading(3))
        actions[A.BULLET_LIST].triggered.connect(lambda: self.set_line_prefix("- "))
        actions[A.QUOTE].triggered.connect(lambda: self.set_line_prefix("> "))
        actions[A.FIND].triggered.connect(lambda: self.find_bar.open_bar(replace=False))
        actions[A.REPLACE].triggered.connect(lambda: self.find_bar.open_bar(replace=True))
        self._format_actions = [actions[k] for k in FORMAT_TOOLBAR[3:] if k is not None]

    def set_article(self, article: Article | None) -> None:
        self.stack.clear()  # undo never crosses from one article into another
        self.form.set_article(article)
        self.editor.load_text(article.body if article else "")
        has = article is not None
        self.editor.setVisible(has)
        self.toolbar.setVisible(has)
        self.empty.setVisible(not has)
        for action in getattr(self, "_format_actions", []):
            action.setEnabled(has)
        if not has:
            self.find_bar.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Reading someone else's article: no typing, no formatting."""
        self.editor.setReadOnly(read_only)
        self.form.set_read_only(read_only)
        for action in getattr(self, "_format_actions", []):
            action.setEnabled(not read_only)
        self.read_only_note.setVisible(read_only)
        if read_only:
            self.read_only_note.setText(self.doc.read_only_reason
                                        or self.tr("This article is open read-only."))

    def set_heading(self, wanted: int) -> None:
        """Heading (2) or Subheading (3) at the cursor, at a level validation accepts."""
        plan = self.editor.set_heading(wanted)
        if plan.outcome == CHANGED_LEVEL:
            self.show_status(self.tr(
                "Made a level-%1 heading instead of level %2, so that no heading skips a "
                "level (the title is level 1; a subheading needs a heading above it).")
                .replace("%1", str(plan.level)).replace("%2", str(wanted)))
        elif plan.outcome == KEPT:
            self.show_status(self.tr(
                "The heading stays: without it, the heading below would skip a level."))
        elif plan.outcome == IN_CODE:
            self.show_status(self.tr("No heading inside a code block."))

    def set_line_prefix(self, prefix: str) -> None:
        """List item or quote; refused where it would break code or make a heading jump."""
        if not self.editor.toggle_line_prefix(prefix):
            self.show_status(self.tr(
                "Not changed: this would break a code block or make a heading skip a level."))

    def show_status(self, text: str) -> None:
        """A short note in the window's status bar (the event travels up to it)."""
        QCoreApplication.sendEvent(self, QStatusTipEvent(text))

    def _field_edited(self, name: str, value: Any) -> None:
        if self.doc.article is None:
            return
        old = self.doc.field(name)
        # A date picked in the calendar is a step of its own; typing merges.
        self.stack.push(FieldCommand(self.doc, name, old, value, merge=name != "date"))

    def focus_field(self, name: str) -> None:
        widget = self.form.widget_for(name)
        if widget is not None:
            widget.setFocus()

    def go_to_line(self, line: int) -> None:
        self.editor.go_to_line(line)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select an article in the list, or create one with "
                                   "Article ▸ New Article."))
        self.editor.setPlaceholderText(self.tr("Write the article here in Markdown: "
                                               "## for a subheading, **bold**, *italic*."))
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.toolbar.setAccessibleName(self.toolbar.windowTitle())
        self.editor.setAccessibleName(self.tr("Article text"))
        self.editor.setAccessibleDescription(self.tr(
            "Markdown: ## heading, ### subheading, **bold**, *italic*. Tab leaves the text."))

    def _style_read_only_note(self) -> None:
        # A notice banner for this palette (light or dark). banner_css colours the labels
        # inside a banner; this banner is the label itself, so its text colour is added.
        _bg, text, _border = colours.banner("notice", self.palette())
        sheet = (colours.banner_css("notice", "#read_only_note", self.palette())
                 + f" #read_only_note {{ color: {text.name()}; padding: 4px; }}")
        if sheet != self.read_only_note.styleSheet():
            self.read_only_note.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() in (QEvent.Type.PaletteChange,
                               QEvent.Type.ApplicationPaletteChange)
              and hasattr(self, "read_only_note")):  # (not while Qt constructs the pane)
            self._style_read_only_note()
        super().changeEvent(event)
