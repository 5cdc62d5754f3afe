"""Working on a shared drive, wired into the window: outside changes, conflicts, versions
and the trash (dialogs and watcher from editor.gui.safety)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from editor.gui import dialogs
from editor.gui.actions import A
from editor.model import storage
from editor.model.errors import NewsdeskError

if TYPE_CHECKING:
    from editor.gui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from editor.gui.safety import ArticleWatcher

    doc = window.doc
    watcher = ArticleWatcher(window)
    window.watcher = watcher

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
    watcher.workspace_changed.connect(lambda: window.panel.refresh())
    window.workspace_opened.connect(lambda ws: watcher.set_workspace(ws.articles_dir))
    if window.workspace is not None:
        watcher.set_workspace(window.workspace.articles_dir)
    window.actions[A.VERSIONS].triggered.connect(lambda: show_versions(window))
    window.actions[A.TRASH].triggered.connect(lambda: show_trash(window))
    window.banner.compare.clicked.connect(lambda: resolve_conflict(window))
    window.banner.compare_available = True


def show_versions(window: MainWindow) -> None:
    from editor.gui.safety import HistoryDialog

    doc = window.doc
    if doc.article is None or not doc.save():
        return
    dialog = HistoryDialog(doc.article, doc.disk_hash, window, read_only=doc.read_only)
    dialog.restored.connect(lambda _hash: doc.take_theirs())
    dialog.exec()


def show_trash(window: MainWindow) -> None:
    from editor.gui.safety import TrashDialog

    if window.workspace is None:
        return
    dialog = TrashDialog(window.workspace.root, window)

    def restored(folder: Any) -> None:
        window.panel.refresh(select=folder.name)
        window.open_article(folder.name)

    dialog.restored.connect(restored)
    dialog.exec()


def resolve_conflict(window: MainWindow) -> str:
    """The comparison dialog for a conflict; returns the choice it made."""
    from editor.gui.safety.conflict import RELOAD, SAVE_COPY, ConflictDialog

    doc = window.doc
    if doc.article is None or doc.in_conflict is None:
        return ""
    dialog = ConflictDialog(doc.article.to_text(), doc.in_conflict.disk_text,
                            doc.article.title, window)
    if dialog.exec() == QDialog.DialogCode.Rejected and dialog.choice not in (RELOAD,
                                                                             SAVE_COPY):
        return dialog.choice
    if dialog.choice == RELOAD:
        doc.take_theirs()
    elif dialog.choice == SAVE_COPY:
        save_mine_as_copy(window)
    return dialog.choice


def save_mine_as_copy(window: MainWindow) -> str | None:
    """Keep both versions: my text becomes a new article; the original shows theirs."""
    doc, ws = window.doc, window.workspace
    if doc.article is None or ws is None:
        return None
    mine = doc.article
    try:
        # Named like a duplicate: "<title> (2)", folder "<slug>-2"; photos copied; written
        # through the checked save as a new file.
        copy_folder = storage.save_as_copy(mine)
    except (NewsdeskError, OSError) as exc:
        dialogs.show_error(window, QCoreApplication.translate("MainWindow", "Not saved"),
                           str(exc))
        return None
    if mine.folder.is_dir() and (mine.folder / "article.md").is_file():
        doc.take_theirs()
    else:
        doc.in_conflict = None
        doc.article = None  # the original is gone; nothing left to save there
    window.panel.refresh(select=copy_folder.name)
    window.open_article(copy_folder.name)
    return copy_folder.name
