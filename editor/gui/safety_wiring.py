"""Working on a shared drive, wired into the window: outside changes, conflicts, versions
and the trash (dialogs and watcher from editor.gui.safety)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from editor.gui import dialogs
from editor.gui.actions import A, Actions
from editor.gui.document import DocumentController
from editor.gui.save_banner import SaveBanner
from editor.model import storage
from editor.model.errors import NewsdeskError

if TYPE_CHECKING:
    from editor.gui.safety import ArticleWatcher
    from editor.model.workspace import Workspace


@dataclass(frozen=True)
class SafetyHost:
    """What the shared-drive safety net needs of the window, and nothing more."""

    parent: QWidget  # parent of the watcher and the dialogs
    doc: DocumentController
    actions: Actions
    banner: SaveBanner
    workspace: Callable[[], Workspace | None]
    workspace_opened: SignalInstance  # emits the Workspace
    refresh_list: Callable[..., object]  # refresh(select=None) of the article list
    open_article: Callable[[str], bool]


def install(host: SafetyHost) -> ArticleWatcher:
    from editor.gui.safety import ArticleWatcher

    doc = host.doc
    watcher = ArticleWatcher(host.parent)

    def opened(article: Any) -> None:
        watcher.set_article(article.path if article else None, doc.disk_hash)

    def changed_on_disk() -> None:
        if doc.article is None:
            return
        if doc.state == "saved" and doc.in_conflict is None:
            doc.take_theirs()  # nothing of ours to lose: show their version
        else:
            doc.save()  # the checked save reports the conflict in the banner

    doc.opened.connect(opened)
    doc.disk_hash_changed.connect(watcher.set_known_hash)
    watcher.article_changed_on_disk.connect(changed_on_disk)
    watcher.workspace_changed.connect(lambda: host.refresh_list())
    host.workspace_opened.connect(lambda ws: watcher.set_workspace(ws.articles_dir))
    workspace = host.workspace()
    if workspace is not None:
        watcher.set_workspace(workspace.articles_dir)
    host.actions[A.VERSIONS].triggered.connect(lambda: show_versions(host))
    host.actions[A.TRASH].triggered.connect(lambda: show_trash(host))
    host.banner.compare.clicked.connect(lambda: resolve_conflict(host))
    host.banner.compare_available = True
    return watcher


def follow_presence(note: Any, doc: DocumentController) -> None:
    """Colleagues editing the open article on other desktops (Git presence) in the editor's
    yellow ``note``; the article stays editable."""
    if doc.locks is not None:
        from editor.gui.safety.lock_notice import follow_presence as follow

        follow(note, doc)


def show_versions(host: SafetyHost) -> None:
    from editor.gui.safety import HistoryDialog

    doc = host.doc
    if doc.article is None or not doc.save():
        return
    dialog = HistoryDialog(doc.article, doc.disk_hash, host.parent, read_only=doc.read_only)
    dialog.restored.connect(lambda _hash: doc.take_theirs())
    dialog.exec()


def show_trash(host: SafetyHost) -> None:
    from editor.gui.safety import TrashDialog

    workspace = host.workspace()
    if workspace is None:
        return
    dialog = TrashDialog(workspace.root, host.parent)

    def restored(folder: Any) -> None:
        host.refresh_list(select=folder.name)
        host.open_article(folder.name)

    dialog.restored.connect(restored)
    dialog.exec()


def resolve_conflict(host: SafetyHost) -> str:
    """The comparison dialog for a conflict; returns the choice it made."""
    from editor.gui.safety.conflict import RELOAD, SAVE_COPY, ConflictDialog

    doc = host.doc
    if doc.article is None or doc.in_conflict is None:
        return ""
    dialog = ConflictDialog(doc.article.to_text(), doc.in_conflict.disk_text,
                            doc.article.title, host.parent)
    if dialog.exec() == QDialog.DialogCode.Rejected and dialog.choice not in (RELOAD,
                                                                             SAVE_COPY):
        return dialog.choice
    if dialog.choice == RELOAD:
        doc.take_theirs()
    elif dialog.choice == SAVE_COPY:
        save_mine_as_copy(host)
    return dialog.choice


def save_mine_as_copy(host: SafetyHost) -> str | None:
    """Keep both versions: my text becomes a new article; the original shows theirs."""
    doc, ws = host.doc, host.workspace()
    if doc.article is None or ws is None:
        return None
    mine = doc.article
    try:
        # Named like a duplicate: "<title> (2)", folder "<slug>-2"; photos copied; written
        # through the checked save as a new file.
        copy_folder = storage.save_as_copy(mine)
    except (NewsdeskError, OSError) as exc:
        dialogs.show_error(host.parent, QCoreApplication.translate("MainWindow", "Not saved"),
                           str(exc))
        return None
    if mine.folder.is_dir() and (mine.folder / "article.md").is_file():
        doc.take_theirs()
    else:
        doc.in_conflict = None
        doc.article = None  # the original is gone; nothing left to save there
    host.refresh_list(select=copy_folder.name)
    host.open_article(copy_folder.name)
    return copy_folder.name
