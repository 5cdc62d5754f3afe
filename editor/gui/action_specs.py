"""The action data: every action's key (``A``), text, shortcut, tooltip and icon (``SPECS``),
the menus (``MENUS``) and the format toolbar; editor/gui/actions.py builds the QActions.

Texts are declared untranslated with QT_TRANSLATE_NOOP in the context "Actions" (the
context of :func:`editor.gui.actions.tr`), so they are translated where they are set.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

CONTEXT = "Actions"
SK = QKeySequence.StandardKey


class A(enum.Enum):
    NEW_ARTICLE = "new_article"
    OPEN_WORKSPACE = "open_workspace"
    IMPORT_DOCUMENT = "import_document"
    SAVE = "save"
    EXPORT = "export"
    SYNC = "sync"
    SETTINGS = "settings"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    PASTE_PLAIN = "paste_plain"
    FIND = "find"
    REPLACE = "replace"
    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    BULLET_LIST = "bullet_list"
    QUOTE = "quote"
    DUPLICATE_ARTICLE = "duplicate_article"
    RENAME_ARTICLE = "rename_article"
    DELETE_ARTICLE = "delete_article"
    VERSIONS = "versions"
    TRASH = "trash"
    REFRESH = "refresh"
    FOCUS_LIST = "focus_list"
    FOCUS_SEARCH = "focus_search"
    FOCUS_EDITOR = "focus_editor"
    PREVIEW_DESKTOP = "preview_desktop"
    PREVIEW_MOBILE = "preview_mobile"
    SHOW_PREFLIGHT = "show_preflight"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    PHOTO_ADD = "photo_add"
    PHOTO_INSERT = "photo_insert"
    PHOTO_CREDITS = "photo_credits"
    PHOTO_LEAD = "photo_lead"
    PHOTO_REPLACE = "photo_replace"
    PHOTO_UP = "photo_up"
    PHOTO_DOWN = "photo_down"
    PHOTO_REMOVE = "photo_remove"
    REVIEW_SUBMIT = "review_submit"
    REVIEW_APPROVE = "review_approve"
    REVIEW_REQUEST_CHANGES = "review_request_changes"
    REVIEW_REOPEN = "review_reopen"
    REVIEW_COMMENT = "review_comment"
    REVIEW_CHANGES = "review_changes"
    REVIEW_MODE = "review_mode"
    REVIEW_PDF = "review_pdf"
    GUIDE = "guide"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


@dataclass(frozen=True)
class Spec:
    text: str
    shortcut: str | SK | None = None
    tooltip: str = ""
    icon: str = ""
    checkable: bool = False


# Menu texts; the '&' marks the Alt key mnemonic.

SPECS: dict[A, Spec] = {
    A.NEW_ARTICLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&New Article…"),
        SK.New,
        QT_TRANSLATE_NOOP("Actions", "Create an article"),
        "new",
    ),
    A.OPEN_WORKSPACE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Open Workspace…"),
        SK.Open,
        QT_TRANSLATE_NOOP("Actions", "Open another workspace folder"),
        "open",
    ),
    A.IMPORT_DOCUMENT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Import Document…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Create an article from a Word (.docx) or LibreOffice "
                          "(.odt) document"),
    ),
    A.SAVE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        SK.Save,
        QT_TRANSLATE_NOOP("Actions", "Save now (edits save themselves)"),
        "save",
    ),
    A.EXPORT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Export the article as a publish-ready bundle"),
        "export",
    ),
    # Team work through Git (editor.gui.sync): enabled only in a workspace that is a repository.
    A.SYNC: Spec(
        QT_TRANSLATE_NOOP("Actions", "S&ynchronise"),
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("Actions", "Send your changes to the team's Git server and fetch "
                          "theirs"),
        "sync",
    ),
    A.SETTINGS: Spec(
        QT_TRANSLATE_NOOP("Actions", "Se&ttings…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Edit your preferences"),
    ),
    A.QUIT: Spec(QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    A.UNDO: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        SK.Undo,
        QT_TRANSLATE_NOOP("Actions", "Undo the last text or field edit"),
        "undo",
    ),
    A.REDO: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("Actions", "Redo"),
        "redo",
    ),
    A.PASTE_PLAIN: Spec(
        QT_TRANSLATE_NOOP("Actions", "Paste as Plain &Text"),
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("Actions", "Paste the text without its formatting"),
    ),
    A.FIND: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        SK.Find,
        QT_TRANSLATE_NOOP("Actions", "Find in the text"),
    ),
    A.REPLACE: Spec(
        QT_TRANSLATE_NOOP("Actions", "R&eplace…"),
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Actions", "Find and replace"),
    ),
    A.BOLD: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Bold"),
        SK.Bold,
        QT_TRANSLATE_NOOP("Actions", "Bold (**text**)"),
        "bold",
    ),
    A.ITALIC: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Italic"),
        SK.Italic,
        QT_TRANSLATE_NOOP("Actions", "Italic (*text*)"),
        "italic",
    ),
    A.LINK: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Link…"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Insert a link"),
        "link",
    ),
    A.HEADING2: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Heading"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "Heading (## )"),
        "h2",
    ),
    A.HEADING3: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Subheading"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Actions", "Subheading (### )"),
        "h3",
    ),
    A.BULLET_LIST: Spec(
        QT_TRANSLATE_NOOP("Actions", "B&ulleted List"),
        "Ctrl+Shift+8",
        QT_TRANSLATE_NOOP("Actions", "Bulleted list (- )"),
        "list",
    ),
    A.QUOTE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Quote"),
        "Ctrl+Shift+9",
        QT_TRANSLATE_NOOP("Actions", "Quote (> )"),
        "quote",
    ),
    A.DUPLICATE_ARTICLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Duplicate Article"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "Copy the selected article"),
        "duplicate",
    ),
    A.RENAME_ARTICLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Rename Article…"),
        "F2",
        QT_TRANSLATE_NOOP("Actions", "New title and folder name"),
        "rename",
    ),
    A.DELETE_ARTICLE: Spec(
        QT_TRANSLATE_NOOP("Actions", "D&elete Article…"),
        "Ctrl+Shift+Del",
        QT_TRANSLATE_NOOP("Actions", "Move the selected article to the trash"),
        "delete",
    ),
    A.VERSIONS: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Versions…"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Earlier saved versions of the article"),
    ),
    A.TRASH: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Trash…"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Restore deleted articles"),
    ),
    A.REFRESH: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Reload Article List"),
        SK.Refresh,
        QT_TRANSLATE_NOOP("Actions", "Read the workspace again (changes by others)"),
    ),
    A.FOCUS_LIST: Spec(
        QT_TRANSLATE_NOOP("Actions", "Article &List"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Actions", "Go to the article list"),
    ),
    A.FOCUS_SEARCH: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Search Articles"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("Actions", "Go to the search field of the article list"),
    ),
    A.FOCUS_EDITOR: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Editor"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Go to the text"),
    ),
    A.PREVIEW_DESKTOP: Spec(
        QT_TRANSLATE_NOOP("Actions", "Preview: &Desktop Width"),
        "Ctrl+Alt+1",
        QT_TRANSLATE_NOOP("Actions", "Preview at desktop width"),
        "desktop",
        True,
    ),
    A.PREVIEW_MOBILE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Preview: &Mobile Width"),
        "Ctrl+Alt+2",
        QT_TRANSLATE_NOOP("Actions", "Preview at phone width"),
        "mobile",
        True,
    ),
    A.SHOW_PREFLIGHT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Problems"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Show every problem of the article"),
    ),
    A.NEXT_PANE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Next Pane"),
        "F6",
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the next pane"),
    ),
    A.PREVIOUS_PANE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"),
        "Shift+F6",
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the previous pane"),
    ),
    # Photos: the photo panel's own buttons, also reachable from the menu and the keyboard.
    A.PHOTO_ADD: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Add Photos…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("Actions", "Attach photos to the article"),
        "photo-add",
    ),
    A.PHOTO_INSERT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Insert Photo in Text"),
        "Ctrl+Shift+G",
        QT_TRANSLATE_NOOP("Actions", "Insert the selected photo at the cursor in the text"),
        "photo-insert",
    ),
    A.PHOTO_CREDITS: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Credits…"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Edit caption, alt text and credits of the selected photo"),
        "photo-credits",
    ),
    A.PHOTO_LEAD: Spec(
        QT_TRANSLATE_NOOP("Actions", "Use as &Lead Photo"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("Actions", "Use the selected photo as the article's lead photo"),
        "photo-lead",
    ),
    A.PHOTO_REPLACE: Spec(
        QT_TRANSLATE_NOOP("Actions", "R&eplace Photo File…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Use another file for the selected photo, keeping the "
                          "credits"),
        "photo-replace",
    ),
    A.PHOTO_UP: Spec(
        QT_TRANSLATE_NOOP("Actions", "Move Photo &Up"),
        "Alt+Shift+Up",
        QT_TRANSLATE_NOOP("Actions", "Move the selected photo up"),
        "up",
    ),
    A.PHOTO_DOWN: Spec(
        QT_TRANSLATE_NOOP("Actions", "Move Photo &Down"),
        "Alt+Shift+Down",
        QT_TRANSLATE_NOOP("Actions", "Move the selected photo down"),
        "down",
    ),
    A.PHOTO_REMOVE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Remove Photo…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Remove the selected photo from the article"),
        "photo-remove",
    ),
    # Review: the review panel's buttons; the comment box's text is the note.
    A.REVIEW_SUBMIT: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Submit for Review"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Ask for a review of the saved article"),
    ),
    A.REVIEW_APPROVE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Approve"),
        "Ctrl+Shift+Y",
        QT_TRANSLATE_NOOP("Actions", "Approve the article as it is saved"),
    ),
    A.REVIEW_REQUEST_CHANGES: Spec(
        QT_TRANSLATE_NOOP("Actions", "Request &Changes"),
        "Ctrl+Shift+X",
        QT_TRANSLATE_NOOP("Actions", "Send the article back with the comment as the request"),
    ),
    A.REVIEW_REOPEN: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Reopen"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Reopen the review"),
    ),
    A.REVIEW_COMMENT: Spec(
        QT_TRANSLATE_NOOP("Actions", "Co&mment"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("Actions", "Add the comment box's text as a comment (an empty box "
                          "gets the focus)"),
    ),
    A.REVIEW_CHANGES: Spec(
        QT_TRANSLATE_NOOP("Actions", "S&how Changes Since Approval"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Mark what changed since the approval in the preview"),
        checkable=True,
    ),
    A.REVIEW_MODE: Spec(
        QT_TRANSLATE_NOOP("Actions", "Re&view Mode"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Read the preview with the room of list and editor"),
        checkable=True,
    ),
    A.REVIEW_PDF: Spec(
        QT_TRANSLATE_NOOP("Actions", "Save Preview as &PDF…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Save the preview as a PDF with the review state in the "
                          "footer"),
    ),
    A.GUIDE: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Guide"),
        "F1",
        QT_TRANSLATE_NOOP("Actions", "A short guide to Newsdesk"),
    ),
    A.SHORTCUTS: Spec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "Ctrl+F1",
        QT_TRANSLATE_NOOP("Actions", "Every action and its shortcut"),
    ),
    A.ABOUT: Spec(QT_TRANSLATE_NOOP("Actions", "&About Newsdesk")),
}

# Menus: (title, actions); None is a separator.
MENUS: tuple[tuple[str, tuple[A | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (A.NEW_ARTICLE, A.IMPORT_DOCUMENT, A.OPEN_WORKSPACE, A.SAVE, A.EXPORT, None,
         A.SYNC, None, A.SETTINGS, None, A.QUIT),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Edit"),
     (A.UNDO, A.REDO, None, A.PASTE_PLAIN, None, A.FIND, A.REPLACE)),
    (
        QT_TRANSLATE_NOOP("Actions", "F&ormat"),
        (A.BOLD, A.ITALIC, A.LINK, None, A.HEADING2, A.HEADING3, A.BULLET_LIST, A.QUOTE),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Article"),
        (
            A.NEW_ARTICLE,
            A.DUPLICATE_ARTICLE,
            A.RENAME_ARTICLE,
            A.DELETE_ARTICLE,
            None,
            A.VERSIONS,
            A.TRASH,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            A.REFRESH,
            A.FOCUS_LIST,
            A.FOCUS_SEARCH,
            A.FOCUS_EDITOR,
            None,
            A.PREVIEW_DESKTOP,
            A.PREVIEW_MOBILE,
            A.SHOW_PREFLIGHT,
            None,
            A.NEXT_PANE,
            A.PREVIOUS_PANE,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Photos"),
        (
            A.PHOTO_ADD,
            A.PHOTO_INSERT,
            A.PHOTO_CREDITS,
            A.PHOTO_LEAD,
            None,
            A.PHOTO_REPLACE,
            A.PHOTO_UP,
            A.PHOTO_DOWN,
            A.PHOTO_REMOVE,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Review"),
        (
            A.REVIEW_SUBMIT,
            A.REVIEW_APPROVE,
            A.REVIEW_REQUEST_CHANGES,
            A.REVIEW_REOPEN,
            A.REVIEW_COMMENT,
            None,
            A.REVIEW_CHANGES,
            A.REVIEW_MODE,
            A.REVIEW_PDF,
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), (A.GUIDE, A.SHORTCUTS, None, A.ABOUT)),
)
FORMAT_TOOLBAR = (
    A.UNDO,
    A.REDO,
    None,
    A.BOLD,
    A.ITALIC,
    A.LINK,
    None,
    A.HEADING2,
    A.HEADING3,
    A.BULLET_LIST,
    A.QUOTE,
)
