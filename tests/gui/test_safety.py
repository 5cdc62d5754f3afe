"""Safety dialogs and the file watcher (offscreen, no dialog ever blocks)."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.gui.safety import (
    ArticleWatcher,
    ConflictDialog,
    EditLocks,
    HistoryDialog,
    TrashDialog,
    ask_take_over_lock,
    report_workspace_vanished,
)
from editor.gui.safety import conflict as conflict_mod
from editor.gui.safety.lock_notice import build_lock_box
from editor.model import lock, recovery, storage, trash
from editor.model.article import load_article
from editor.model.atomic import atomic_write


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    return shown


# Conflict ---------------------------------------------------------------------------------

def test_conflict_dialog_offers_three_choices(qtbot) -> None:
    dialog = ConflictDialog("---\ntitle: A\n---\nmeins\n", "---\ntitle: A\n---\ndeins\n", "A")
    qtbot.addWidget(dialog)
    texts = [b.text().replace("&", "") for b in
             (dialog.reload_button, dialog.compare_button, dialog.copy_button)]
    assert texts == ["Reload Their Version", "Compare", "Save Mine as a Copy"]
    assert "changed by someone else" in dialog.message.text()

    dialog.compare_button.click()
    assert dialog.diff_view.isVisibleTo(dialog)
    assert "-deins" in dialog.diff_view.lines and "+meins" in dialog.diff_view.lines
    assert dialog.choice == conflict_mod.CANCEL and dialog.result() == 0  # still open
    dialog.compare_button.click()
    assert not dialog.diff_view.isVisibleTo(dialog)

    dialog.reload_button.click()
    assert dialog.choice == conflict_mod.RELOAD and dialog.result() == 1


@pytest.mark.parametrize("button, choice, result", [
    ("copy_button", conflict_mod.SAVE_COPY, 1),
    ("cancel_button", conflict_mod.CANCEL, 0),
])
def test_conflict_copy_and_cancel(qtbot, button: str, choice: str, result: int) -> None:
    dialog = ConflictDialog("mine", "theirs")
    qtbot.addWidget(dialog)
    getattr(dialog, button).click()
    assert dialog.choice == choice and dialog.result() == result


def test_conflict_when_file_deleted(qtbot) -> None:
    dialog = ConflictDialog("mine", None, "Weg")
    qtbot.addWidget(dialog)
    assert "deleted or moved" in dialog.message.text()
    assert not dialog.reload_button.isEnabled() and not dialog.compare_button.isEnabled()
    assert dialog.copy_button.isEnabled()


# History ----------------------------------------------------------------------------------

def _saved_versions(workspace):
    article = load_article(workspace.create_article("Rathaus").folder)
    h = storage.file_hash(article.path)
    for body in ("erste\n", "zweite\n", "dritte\n"):
        article.body = body
        h = storage.save_checked(article, h, version_interval=0)
    return article, h


def test_history_dialog_lists_diffs_and_restores(qtbot, workspace) -> None:
    article, h = _saved_versions(workspace)
    dialog = HistoryDialog(article, h)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    assert "-dritte" in dialog.diff_view.lines and "+zweite" in dialog.diff_view.lines
    dialog.list.setCurrentRow(1)
    assert "+erste" in dialog.diff_view.lines
    with qtbot.waitSignal(dialog.restored, timeout=2000) as signal:
        dialog.restore_button.click()
    assert load_article(article.folder).body == "erste\n"
    assert signal.args == [storage.file_hash(article.path)]
    assert dialog.list.count() == 4  # restoring made a version of the replaced text


def test_history_restore_refused_after_outside_change(qtbot, workspace,
                                                      no_message_boxes) -> None:
    article, h = _saved_versions(workspace)
    dialog = HistoryDialog(article, h)
    qtbot.addWidget(dialog)
    article.path.write_text(article.path.read_text() + "fremd\n")
    assert not dialog.restore_selected()
    assert "someone else changed" in no_message_boxes[0]
    assert article.path.read_text().endswith("fremd\n")


def test_history_dialog_empty(qtbot, workspace) -> None:
    article = workspace.create_article("Neu")
    dialog = HistoryDialog(article.folder)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert "no earlier versions" in dialog.diff_view.toPlainText()


# Trash ------------------------------------------------------------------------------------

def test_trash_dialog_restores(qtbot, workspace) -> None:
    first = workspace.create_article("Alpha")
    second = workspace.create_article("Beta")
    trash.move_to_trash(workspace.root, first.slug)
    trash.move_to_trash(workspace.root, second.slug)
    dialog = TrashDialog(workspace.root)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(0).text(0) == "Beta"  # newest first
    with qtbot.waitSignal(dialog.restored, timeout=2000) as signal:
        dialog.restore_button.click()
    assert signal.args[0] == second.folder and second.path.is_file()
    assert dialog.tree.topLevelItemCount() == 1


def test_trash_dialog_empty(qtbot, workspace) -> None:
    dialog = TrashDialog(workspace.root)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.restore_selected() is None
    assert dialog.empty.isVisibleTo(dialog)


# Lock -------------------------------------------------------------------------------------

def _info(age_hours: float = 1) -> lock.LockInfo:
    return lock.LockInfo("Carla", "pc-7", 4242, dt.datetime.now(dt.UTC)
                         - dt.timedelta(hours=age_hours), "t")


@pytest.mark.parametrize("click_take, expected", [(True, True), (False, False)])
def test_ask_take_over_lock(qtbot, monkeypatch, click_take: bool, expected: bool) -> None:
    def fake_exec(box: QMessageBox) -> int:
        take = box.property("take_over_button")
        other = next(b for b in box.buttons() if b is not take)
        (take if click_take else other).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert ask_take_over_lock(None, _info(), stale=False) is expected


def test_lock_box_texts(qtbot) -> None:
    box = build_lock_box(None, _info(), stale=False)
    qtbot.addWidget(box)
    assert "being edited by Carla on pc-7 since" in box.text()
    assert box.defaultButton() is not box.property("take_over_button")
    stale_box = build_lock_box(None, _info(30), stale=True)
    qtbot.addWidget(stale_box)
    assert "abandoned" in stale_box.informativeText()
    assert stale_box.defaultButton() is stale_box.property("take_over_button")
    assert lock.is_stale(_info(30)) and socket.gethostname() != "pc-7"


# Workspace gone ---------------------------------------------------------------------------

def test_report_workspace_vanished_saves_local_copy(qtbot, tmp_path, monkeypatch,
                                                    no_message_boxes) -> None:
    monkeypatch.setattr(recovery, "local_recovery_dir", lambda: tmp_path / "local")
    copy = report_workspace_vanished(None, tmp_path / "gone", "mein Text", "artikel")
    assert copy is not None and copy.read_text() == "mein Text"
    assert str(copy) in no_message_boxes[0] and "can no longer be reached" in no_message_boxes[0]


# Watcher ----------------------------------------------------------------------------------

def test_watcher_reports_outside_change_not_own_save(qtbot, workspace) -> None:
    article = load_article(workspace.create_article("Beobachtet").folder)
    watcher = ArticleWatcher(settle_ms=50)
    h = storage.file_hash(article.path)
    watcher.set_article(article.path, h)
    watcher.set_workspace(workspace.articles_dir)
    assert str(article.path) in watcher.watched()

    # Our own save: the window reports the new hash, no signal.
    article.body = "eigener Text\n"
    h = storage.save_checked(article, h)
    watcher.set_known_hash(h)
    with qtbot.assertNotEmitted(watcher.article_changed_on_disk, wait=400):
        pass

    # Someone else replaces the file (atomic rename, as every editor on a share does).
    with qtbot.waitSignal(watcher.article_changed_on_disk, timeout=3000):
        atomic_write(article.path, article.path.read_text() + "von außen\n")
    # The replaced file is watched again, and a second outside change is noticed too.
    qtbot.wait(100)
    assert str(article.path) in watcher.watched()
    with qtbot.waitSignal(watcher.article_changed_on_disk, timeout=3000):
        atomic_write(article.path, article.path.read_text() + "noch mehr\n")


def test_watcher_on_hold_reports_nothing_then_looks_once(qtbot, workspace) -> None:
    """While a sync rewrites the files (a state with conflict markers on the way) the
    watcher holds; on release it looks once and reports the file as it is then."""
    article = load_article(workspace.create_article("Synchronisiert").folder)
    watcher = ArticleWatcher(settle_ms=50)
    watcher.set_article(article.path, storage.file_hash(article.path))
    watcher.hold()
    with qtbot.assertNotEmitted(watcher.article_changed_on_disk, wait=400):
        atomic_write(article.path, article.path.read_text() + "<<<<<<< HEAD\n")
    assert not watcher.check_article()
    atomic_write(article.path, article.path.read_text().replace("<<<<<<< HEAD\n", "fertig\n"))
    with qtbot.waitSignal(watcher.article_changed_on_disk, timeout=3000):
        watcher.release()


def test_watcher_reports_new_articles(qtbot, workspace) -> None:
    watcher = ArticleWatcher(settle_ms=50)
    watcher.set_workspace(workspace.articles_dir)
    with qtbot.waitSignal(watcher.workspace_changed, timeout=3000):
        workspace.create_article("Von Kollegin angelegt")
    watcher.set_article(None)
    assert watcher.check_article() is False


# Edit locks for the window ----------------------------------------------------------------

def test_edit_locks_take_release_and_second_window(qtbot, workspace) -> None:
    folder = workspace.create_article("Gesperrt").folder
    first = EditLocks("anna", ask=lambda *a: pytest.fail("must not ask"))
    assert first.open_article(folder) and first.still_held()
    asked: list[lock.LockInfo] = []
    second = EditLocks("ben", ask=lambda parent, info, stale: asked.append(info) or False)
    with qtbot.waitSignal(second.access_changed) as signal:
        assert not second.open_article(folder)
    assert asked[0].user == "anna"
    assert signal.args[0] is False and "being edited by anna" in signal.args[1]
    first.release()
    assert lock.read_lock(folder) is None


def test_edit_locks_take_over_after_confirmation(qtbot, workspace) -> None:
    folder = workspace.create_article("Übernehmen").folder
    first = EditLocks("anna")
    first.open_article(folder)
    second = EditLocks("ben", ask=lambda *a: True)
    assert second.open_article(folder) and second.editable
    assert lock.read_lock(folder).user == "ben"
    assert not first.still_held()
    first.release()  # must not remove ben's lock
    assert lock.read_lock(folder).user == "ben"
    second.release()


def test_edit_locks_read_only_folder(qtbot, workspace, monkeypatch) -> None:
    from editor.gui.safety import locking

    folder = workspace.create_article("Nur lesen").folder
    monkeypatch.setattr(locking, "is_writable", lambda f: False)
    locks = EditLocks("anna")
    assert not locks.open_article(folder)
    assert "cannot save" in locks.reason and lock.read_lock(folder) is None


# German -----------------------------------------------------------------------------------

def test_german_strings_for_the_safety_dialogs(qtbot, tmp_path) -> None:
    """The German translation of the safety dialogs is complete and valid."""
    import subprocess
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from editor.gui import i18n
    from editor.gui.safety import lock_notice

    tool = i18n._lrelease()
    if tool is None:
        pytest.skip("no lrelease")
    ts = Path(lock_notice.__file__).parents[3] / "resources/translations/newsdesk_de.ts"
    qm = tmp_path / "safety_de.qm"
    result = subprocess.run([tool, str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0 and "0 unfinished" in result.stdout
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = ConflictDialog("a", "b")
        qtbot.addWidget(dialog)
        assert dialog.copy_button.text() == "Meine als &Kopie speichern"
        assert lock_notice.describe_holder(_info()).startswith("wird von Carla auf pc-7 seit")
    finally:
        QCoreApplication.removeTranslator(translator)
