"""The app syncing through real git: a bare remote and two clones (tests/sync/helpers), a
real main window on each clone, the Synchronise action clicked as a user would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.model import review
from tests.sync.helpers import article, edit_body, git, isolate, team

FEST, BUS = "sommerfest-im-park", "neue-buslinie"
pytestmark = pytest.mark.timeout(180)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path: Path) -> None:
    isolate(monkeypatch, tmp_path)


@pytest.fixture
def quiet_dialogs(monkeypatch):
    from editor.gui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: False)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title,
                                                                                      text)))
    monkeypatch.setattr(dialogs, "ask_take_over", lambda *a, **k: False)
    return shown


@pytest.fixture
def open_window(qtbot, tmp_path: Path, quiet_dialogs):
    from editor.gui import settings as S
    from editor.gui.app import create_window

    made = []

    def make(root: Path, user: str, slug: str | None = None, **values):
        settings = S.Settings.at(tmp_path / f"{user}.ini")
        settings.set(S.AUTOSAVE_DELAY_MS, 200)
        settings.set(S.USER_NAME, user)
        settings.set(S.LAST_WORKSPACE, str(root.resolve()))
        if slug:
            settings.set(S.LAST_ARTICLE, slug)
        for setting, value in values.items():
            settings.set(getattr(S, setting), value)
        window = create_window(settings, root)
        qtbot.addWidget(window)
        made.append(window)
        qtbot.waitUntil(lambda: not window.sync.controller.worker.busy(), timeout=30000)
        return window

    yield make
    for window in made:
        window.doc.close()
        window.sync.controller.shutdown(10)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.controller.worker.busy(), timeout=60000)


def click_sync(qtbot, window) -> None:
    from editor.gui.actions import A

    assert window.actions[A.SYNC].isEnabled()
    window.sync.button.click()  # the toolbar button
    idle(qtbot, window)


def type_text(window, old: str, new: str) -> None:
    editor = window.pane.editor
    text = editor.toPlainText()
    assert old in text
    editor.setPlainText(text.replace(old, new))  # through the editor: an undo step, autosave


def same_paragraph_changed(tmp_path: Path, qtbot, open_window):
    """Anna's change of a paragraph is synced; Ben (the window returned, with his clone)
    has typed a change of the same paragraph, not yet synced."""
    _remote, (anna, ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    b = open_window(ben, "Ben Prüfer", FEST)
    type_text(a, "Zweiter Absatz alt.", "Annas Fassung.")
    click_sync(qtbot, a)
    type_text(b, "Zweiter Absatz alt.", "Bens Fassung.")
    return ben, b


def log(root: Path) -> list[str]:
    return git(root, "log", "--format=%an|%s").splitlines()


def test_a_workspace_that_is_not_a_repository_runs_no_git(main_window, monkeypatch) -> None:
    from editor.gui.actions import A
    from editor.sync import git as sync_git

    monkeypatch.setattr(sync_git, "run", lambda *a, **k: pytest.fail("git was run"))
    sync = main_window.sync
    assert not main_window.actions[A.SYNC].isEnabled()
    assert not sync.controller.repository and sync.controller.worker._thread is None
    assert main_window.status.sync_text() == "" and not main_window.status.sync_label.isVisible()
    assert not sync._button_action.isVisible()
    main_window.actions[A.SYNC].trigger()  # disabled: nothing happens
    main_window.open_article(main_window.panel.visible_slugs()[-1])
    main_window.doc.set_body(main_window.doc.article.body + "\nMehr.\n")
    assert main_window.doc.save()
    main_window.open_article(main_window.panel.visible_slugs()[0])
    assert sync.controller.worker._thread is None and not sync.controller.commit_timer.isActive()
    assert sync.offer_conflict() is None


def test_edit_in_one_clone_synchronise_and_the_other_sees_it(tmp_path, qtbot, open_window,
                                                            monkeypatch) -> None:
    from editor.gui import dialogs
    from editor.gui.actions import A

    _remote, (anna, ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    assert a.sync.controller.repository and a.actions[A.SYNC].isEnabled()
    assert a.actions[A.SYNC].shortcut().toString() == "Ctrl+Shift+S"
    assert a.sync._button_action.isVisible()
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Brückenfest am Fluss")
    a.actions[A.NEW_ARTICLE].trigger()
    click_sync(qtbot, a)
    assert a.status.sync_text().startswith("Synchronised "), a.status.sync_text()
    assert "Team server:" in a.status.sync_label.toolTip()
    assert "articles/" not in git(anna, "status", "--porcelain")
    assert any(line.startswith("Anna Schreiber|") for line in log(anna))

    b = open_window(ben, "Ben Prüfer", BUS)
    assert "brueckenfest-am-fluss" not in b.panel.visible_slugs()
    click_sync(qtbot, b)
    qtbot.waitUntil(lambda: "brueckenfest-am-fluss" in b.panel.visible_slugs(), timeout=10000)
    assert b.status.sync_text().startswith("Synchronised ")


def test_switching_article_commits_the_one_left(tmp_path, qtbot, open_window) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    type_text(a, "Zweiter Absatz alt.", "Zweiter Absatz neu.")
    before = len(log(anna))
    assert a.open_article(BUS)
    idle(qtbot, a)
    assert log(anna)[0] == "Anna Schreiber|Artikel bearbeitet: Sommerfest im Park"
    assert len(log(anna)) == before + 1
    assert "articles/" not in git(anna, "status", "--porcelain")
    assert a.status.sync_text() == "1 change not yet sent"


def test_closing_commits_the_open_article_within_a_bound(tmp_path, qtbot, open_window) -> None:
    import time

    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    type_text(a, "Zweiter Absatz alt.", "Kurz vor Schluss.")
    started = time.monotonic()
    a.close()
    a.sync.closing()  # what the application's aboutToQuit runs
    assert time.monotonic() - started < 10
    assert log(anna)[0] == "Anna Schreiber|Artikel bearbeitet: Sommerfest im Park"
    assert "Kurz vor Schluss." in git(anna, "show", f"HEAD:articles/{FEST}/article.md")


def test_offline_remote_says_so_keeps_commits_and_sends_them_later(tmp_path, qtbot,
                                                                  open_window) -> None:
    remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    away = tmp_path / "away.git"
    remote.rename(away)
    type_text(a, "Zweiter Absatz alt.", "Offline geschrieben.")
    click_sync(qtbot, a)
    assert a.status.sync_text() == "Offline — will retry"
    assert "cannot reach the remote" in a.status.sync_label.toolTip()
    assert log(anna)[0].endswith("Artikel bearbeitet: Sommerfest im Park")
    assert git(anna, "rev-list", "--count", "origin/main..HEAD").strip() == "1"
    away.rename(remote)
    click_sync(qtbot, a)
    assert a.status.sync_text().startswith("Synchronised ")
    assert git(anna, "rev-list", "--count", "origin/main..HEAD").strip() == "0"
    assert "Offline geschrieben." in git(None, "--git-dir", str(remote), "show",
                                         f"main:articles/{FEST}/article.md")


def test_background_sync_follows_the_interval_setting(tmp_path, qtbot, open_window) -> None:
    _remote, (anna, ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST, SYNC_INTERVAL_S=1)
    assert a.sync.controller.sync_timer.isActive()
    assert a.sync.controller.sync_timer.interval() == 1000
    edit_body(ben, BUS, "Zweiter Absatz alt.", "Ben im Hintergrund.")
    git(ben, "commit", "-qam", "Ben")
    git(ben, "push", "-q", "origin", "main")
    qtbot.waitUntil(lambda: "Ben im Hintergrund." in
                    (article(anna, BUS) / "article.md").read_text(), timeout=20000)
    off = open_window(ben, "Ben", BUS, SYNC_INTERVAL_S=0)
    assert off.sync.controller.repository and not off.sync.controller.sync_timer.isActive()


def test_conflict_shows_remote_text_offers_compare_and_keeps_both(tmp_path, qtbot,
                                                                  open_window) -> None:
    from editor.gui.safety import conflict

    ben, b = same_paragraph_changed(tmp_path, qtbot, open_window)
    notes: list[str] = []
    b.statusBar().messageChanged.connect(notes.append)
    click_sync(qtbot, b)
    assert any("Changed on two computers: sommerfest-im-park" in n for n in notes), notes
    # the article shows the remote (Anna's) text; Ben's is kept as a conflict copy
    qtbot.waitUntil(lambda: "Annas Fassung." in b.pane.editor.toPlainText(), timeout=10000)
    assert "Bens Fassung." not in b.pane.editor.toPlainText()
    dialog = b.sync.conflict_dialog
    assert isinstance(dialog, conflict.SyncConflictDialog) and dialog.isVisible()
    assert any("Bens Fassung." in line for line in dialog.diff_view.lines)
    assert any("Annas Fassung." in line for line in dialog.diff_view.lines)
    [copy] = [p for p in article(ben, FEST).iterdir() if ".conflict-" in p.name]
    assert "Bens Fassung." in copy.read_text()
    assert b.status.sync_text() == "1 conflict kept as a copy"
    assert "Conflict copy:" in b.status.sync_label.toolTip()

    dialog.mine_button.click()  # use my text: one undo step
    assert "Bens Fassung." in b.pane.editor.toPlainText()
    assert not copy.exists() and b.sync.conflict_dialog is None
    b.stack.undo()
    assert "Annas Fassung." in b.pane.editor.toPlainText()
    b.stack.redo()
    assert "Bens Fassung." in b.pane.editor.toPlainText()
    click_sync(qtbot, b)
    assert b.status.sync_text().startswith("Synchronised "), b.status.sync_text()
    assert "Bens Fassung." in (article(ben, FEST) / "article.md").read_text()


def test_decide_later_keeps_the_copy_and_asks_again_on_opening(tmp_path, qtbot,
                                                               open_window) -> None:
    _remote, (anna, ben) = team(tmp_path)
    edit_body(anna, FEST, "Zweiter Absatz alt.", "Annas Fassung.")
    git(anna, "commit", "-qam", "Anna")
    git(anna, "push", "-q", "origin", "main")
    b = open_window(ben, "Ben Prüfer", FEST)
    type_text(b, "Zweiter Absatz alt.", "Bens Fassung.")
    click_sync(qtbot, b)
    qtbot.waitUntil(lambda: b.sync.conflict_dialog is not None, timeout=10000)
    b.sync.conflict_dialog.cancel_button.click()  # decide later
    assert b.sync.conflict_dialog is None
    assert [p for p in article(ben, FEST).iterdir() if ".conflict-" in p.name]
    b.open_article(BUS)
    assert b.sync.conflict_dialog is None
    b.open_article(FEST)
    qtbot.waitUntil(lambda: b.sync.conflict_dialog is not None, timeout=5000)
    b.sync.conflict_dialog.reload_button.click()  # keep theirs: the copy goes
    assert not [p for p in article(ben, FEST).iterdir() if ".conflict-" in p.name]
    assert "Annas Fassung." in b.pane.editor.toPlainText()


def test_approval_in_one_clone_shows_changed_since_approval_after_sync(tmp_path, qtbot,
                                                                       open_window) -> None:
    _remote, (anna, ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    a.docks["review"].ensure_created()
    qtbot.waitUntil(lambda: a.review.status is not None, timeout=10000)
    assert a.review.act("submitted"), a.review.message.text()
    idle(qtbot, a)
    assert log(anna)[0].startswith("Anna Schreiber|")  # the review event, committed at once
    click_sync(qtbot, a)

    b = open_window(ben, "Ben Prüfer", FEST)
    click_sync(qtbot, b)
    b.docks["review"].ensure_created()
    qtbot.waitUntil(lambda: b.review.status is not None and
                    b.review.status.state == "in_review", timeout=10000)
    assert b.review.act("approved"), b.review.message.text()
    idle(qtbot, b)
    assert log(ben)[0].startswith("Ben Prüfer|Freigegeben: Sommerfest im Park")  # at once
    click_sync(qtbot, b)

    type_text(a, "Zweiter Absatz alt.", "Nach der Freigabe geändert.")
    click_sync(qtbot, a)  # sends the edit, receives the approval
    qtbot.waitUntil(lambda: a.review.status is not None and
                    a.review.status.state == "changed_since_approval", timeout=10000)

    click_sync(qtbot, b)  # the reviewer's clone: the approval is voided there too
    qtbot.waitUntil(lambda: "Nach der Freigabe geändert." in b.pane.editor.toPlainText(),
                    timeout=10000)
    qtbot.waitUntil(lambda: b.review.status.state == "changed_since_approval", timeout=10000)
    assert review.status(b.doc.article).state == "changed_since_approval"


def test_a_large_photo_is_warned_about_once_before_its_commit(tmp_path, qtbot, open_window,
                                                             quiet_dialogs) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST, LARGE_PHOTO_MB=1)
    photos = article(anna, FEST) / "photos"
    photos.mkdir(exist_ok=True)
    big = photos / "gross.jpg"
    big.write_bytes(b"\xff\xd8" + bytes(1_500_000))
    a.sync.controller.commit_now()
    idle(qtbot, a)
    qtbot.waitUntil(lambda: not a.sync.controller.worker.busy(), timeout=30000)
    assert [t for t, _ in quiet_dialogs] == ["Large photo"]
    assert "gross.jpg" in quiet_dialogs[0][1]
    assert f"articles/{FEST}/photos/gross.jpg" in git(anna, "show", "--name-only", "HEAD")
    (photos / "noch-groesser.jpg").write_bytes(b"\xff\xd8" + bytes(1_600_000))
    a.sync.controller.commit_now()
    idle(qtbot, a)
    assert len(quiet_dialogs) == 2 and "noch-groesser.jpg" in quiet_dialogs[1][1]
    assert "gross.jpg is" not in quiet_dialogs[1][1]  # warned once per photo


def test_git_missing_leaves_the_app_as_without_git(tmp_path, qtbot, open_window,
                                                   monkeypatch) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    assert shutil.which("git") is None
    a = open_window(anna, "Anna Schreiber", FEST)
    assert not a.sync.controller.repository
    assert a.status.sync_text() == ""


def test_one_sync_at_a_time_and_the_status_says_so(tmp_path, qtbot, open_window,
                                                   monkeypatch) -> None:
    import threading

    from editor.sync import engine

    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    release, calls = threading.Event(), []
    real = engine.sync

    def slow(*args, **kwargs):
        calls.append(args)
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "sync", slow)
    notes: list[str] = []
    a.statusBar().messageChanged.connect(notes.append)
    a.sync.button.click()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10000)
    assert a.status.sync_text() == "Synchronising…"
    a.sync.button.click()  # a second click while it runs: no second sync
    assert "A sync is already running." in notes
    release.set()
    idle(qtbot, a)
    assert len(calls) == 1 and a.status.sync_text().startswith("Synchronised ")


def test_a_photo_attached_is_committed_at_once(tmp_path, qtbot, open_window,
                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from editor.gui.photos import attach as attach_mod
    from tests.gui.test_photos_panel import CREDITS
    from tests.model.test_photometa import make_jpeg

    def fill(dialog) -> bool:  # the photographer's credits dialog, filled in
        for name, value in CREDITS.items():
            dialog.edits[name].setText(value)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(attach_mod, "run_dialog", fill)
    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST)
    a.docks["photos"].ensure_created()
    photo = make_jpeg(tmp_path / "buehne.jpg")
    before = len(log(anna))
    assert a.photos.attach_paths([photo])
    qtbot.waitUntil(lambda: len(log(anna)) == before + 1, timeout=20000)
    idle(qtbot, a)
    files = git(anna, "show", "--name-only", "--format=", "HEAD").split()
    assert f"articles/{FEST}/article.md" in files
    assert any(f.startswith(f"articles/{FEST}/photos/") for f in files), files
    assert "articles/" not in git(anna, "status", "--porcelain")


def test_typing_commits_after_the_set_minutes_not_per_keystroke(tmp_path, qtbot,
                                                                open_window) -> None:
    _remote, (anna, _ben) = team(tmp_path)
    a = open_window(anna, "Anna Schreiber", FEST, SYNC_COMMIT_MINUTES=2)
    timer = a.sync.controller.commit_timer
    assert not timer.isActive()
    before = len(log(anna))
    type_text(a, "Zweiter Absatz alt.", "Zweiter Absatz")
    assert timer.isActive() and timer.interval() == 120_000
    remaining = timer.remainingTime()
    type_text(a, "Zweiter Absatz", "Zweiter Absatz, weiter")
    assert timer.remainingTime() <= remaining  # more typing does not push the commit back
    qtbot.wait(400)  # the autosave
    assert len(log(anna)) == before  # nothing committed while typing
    timer.timeout.emit()  # the minutes are up
    idle(qtbot, a)
    assert log(anna)[0] == "Anna Schreiber|Artikel bearbeitet: Sommerfest im Park"
    assert "weiter" in git(anna, "show", f"HEAD:articles/{FEST}/article.md")


def test_the_open_article_never_shows_git_conflict_markers_during_a_sync(
        tmp_path, qtbot, open_window, monkeypatch) -> None:
    """Mid-rebase git writes the article with conflict markers, until the sync resolves it.
    The window's on-disk watcher must not load that state: found by the screenshot tool in
    a loaded whole-suite run, where the compare dialog's "theirs" had the markers. Here the
    resolution waits, so the watcher sees the markers for a while."""
    import time

    from editor.sync import conflicts

    _ben, b = same_paragraph_changed(tmp_path, qtbot, open_window)
    real = conflicts.resolve

    def slow_resolve(root):
        time.sleep(2.5)  # the markers stay on disk meanwhile (the watcher polls too)
        return real(root)

    monkeypatch.setattr(conflicts, "resolve", slow_resolve)
    seen: list[str] = []
    b.pane.editor.textChanged.connect(lambda: seen.append(b.pane.editor.toPlainText()))
    click_sync(qtbot, b)
    qtbot.waitUntil(lambda: b.sync.conflict_dialog is not None, timeout=10000)
    assert not [t for t in seen if "<<<<<<<" in t or ">>>>>>>" in t]
    assert "<<<<<<<" not in b.sync.conflict_dialog.disk_text
    assert "Annas Fassung." in b.pane.editor.toPlainText()
    assert b.doc.article is not None and "<<<<<<<" not in b.doc.article.to_text()


def test_typing_during_a_sync_is_saved_after_it_not_into_git_s_rebase(
        tmp_path, qtbot, open_window, monkeypatch) -> None:
    """Text typed while a sync runs is autosaved only when the sync is over: an autosave
    into git's mid-rebase file reported a conflict against the conflict markers (the banner
    offered "Keep Mine" over them) and, before the rebase, made git refuse to run."""
    import time

    from editor.model import storage
    from editor.sync import conflicts

    ben, b = same_paragraph_changed(tmp_path, qtbot, open_window)
    real = conflicts.resolve

    def slow_resolve(root):
        time.sleep(2.5)  # several autosave delays (200 ms here) with the markers on disk
        return real(root)

    monkeypatch.setattr(conflicts, "resolve", slow_resolve)
    path = ben / "articles" / FEST / "article.md"

    def on_disk() -> str:  # git replaces the file as it rebases: for a moment it is gone
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    during: list[str] = []
    b.doc.conflict.connect(lambda _e: during.append("conflict")
                           if b.sync.controller.worker.busy("sync") else None)
    b.doc.saved.connect(lambda: during.append("saved")
                        if b.sync.controller.worker.busy("sync") else None)
    b.sync.button.click()
    qtbot.waitUntil(lambda: "<<<<<<<" in on_disk(), timeout=30000)
    type_text(b, "Bens Fassung.", "Bens Fassung. Während des Abgleichs getippt.")
    qtbot.wait(1000)  # five autosave delays, all within the rebase
    assert "Während des Abgleichs" not in on_disk()
    idle(qtbot, b)
    assert during == []
    assert not b.banner.isVisible() or "<<<<<<<" not in b.banner.label.text()
    # After the sync: Anna's version is on disk, the typed sentence is not lost, and the
    # save that follows reports the conflict against the resolved file.
    qtbot.waitUntil(lambda: b.doc.in_conflict is not None, timeout=10000)
    assert "Während des Abgleichs getippt." in b.doc.article.to_text()
    assert "<<<<<<<" not in path.read_text(encoding="utf-8")
    assert "<<<<<<<" not in (b.doc.in_conflict.disk_text or "")
    assert b.doc.in_conflict.disk_hash == storage.file_hash(path)
