"""The autosave writes on the I/O thread: typing goes on meanwhile, nothing is lost on
quit, and a colleague's save in between is still a conflict, never overwritten."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path

import shiboken6

from editor.gui import document as document_module
from editor.gui.document import FAILED, MODIFIED, SAVED, DocumentController
from editor.model import history, recovery, storage
from editor.model.article import load_article
from editor.model.errors import StorageError

REPO = Path(__file__).resolve().parents[2]
LIBRARY = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
COLLEAGUE = """
import sys
from editor.model import storage
theirs = storage.load(sys.argv[1])
theirs.article.body = "Text der Kollegin\\n"
storage.save_checked(theirs.article, theirs.hash)
"""


class HeldWrite:
    """Holds the write of article.md (on whichever thread it runs) until released."""

    def __init__(self, monkeypatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: list[str] = []
        self.disk_full = False
        real = storage.atomic_write

        def held(path, data, **kwargs):
            if Path(path).name == "article.md" and self.disk_full:
                raise StorageError("Not saved: the disk is full", path, errno.ENOSPC)
            if Path(path).name == "article.md":
                self.threads.append(threading.current_thread().name)
                self.started.set()
                assert self.release.wait(30), "the test never released the write"
            return real(path, data, **kwargs)

        monkeypatch.setattr(storage, "atomic_write", held)

    def release_later(self, seconds: float = 0.3) -> None:
        threading.Timer(seconds, self.release.set).start()


def _end(editor) -> None:
    editor.moveCursor(editor.textCursor().MoveOperation.End)


def test_typing_goes_on_while_the_autosave_writes(main_window, qtbot, monkeypatch) -> None:
    held = HeldWrite(monkeypatch)
    main_window.open_article(LIBRARY)
    doc, editor = main_window.doc, main_window.pane.editor
    _end(editor)
    qtbot.keyClicks(editor, " Erster Teil.")
    qtbot.waitUntil(held.started.is_set, timeout=5000)  # the autosave is writing
    # The window still takes keys while the write hangs (a slow or stuck share).
    qtbot.keyClicks(editor, " Zweiter Teil.")
    assert editor.toPlainText().endswith(" Erster Teil. Zweiter Teil.")
    assert doc.article.body.endswith(" Erster Teil. Zweiter Teil.")
    assert doc.state == MODIFIED
    assert held.threads and held.threads[0] != threading.main_thread().name
    held.release.set()
    # The copy written first lacks the second part: only the next autosave says "saved".
    qtbot.waitUntil(lambda: doc.state == SAVED, timeout=5000)
    assert load_article(doc.article.folder).body.endswith(" Erster Teil. Zweiter Teil.")
    doc.flush_journal()
    assert recovery.read_journal(doc.article.folder) is None


def test_quit_during_an_autosave_saves_everything(main_window, qtbot, monkeypatch) -> None:
    held = HeldWrite(monkeypatch)
    main_window.open_article(LIBRARY)
    doc, editor = main_window.doc, main_window.pane.editor
    folder = doc.article.folder
    _end(editor)
    qtbot.keyClicks(editor, " Vor dem Beenden.")
    qtbot.waitUntil(held.started.is_set, timeout=5000)
    qtbot.keyClicks(editor, " Letzte Worte.")
    held.release_later()
    assert main_window.close()  # waits for the autosave, then saves the rest
    assert doc.article is None
    assert load_article(folder).body.endswith(" Vor dem Beenden. Letzte Worte.")
    doc.flush_journal()
    assert recovery.read_journal(folder) is None


def test_banner_goes_when_saving_works_again(main_window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(document_module, "RETRY_DELAY_MS", 300)
    held = HeldWrite(monkeypatch)
    held.disk_full = True
    main_window.open_article(LIBRARY)
    doc, editor, banner = main_window.doc, main_window.pane.editor, main_window.banner
    _end(editor)
    qtbot.keyClicks(editor, " Eins.")
    qtbot.waitUntil(lambda: doc.state == FAILED, timeout=5000)
    assert not banner.isHidden()
    held.disk_full = False  # room again: the retry writes, and we type meanwhile
    qtbot.waitUntil(held.started.is_set, timeout=5000)
    qtbot.keyClicks(editor, " Zwei.")
    held.release.set()
    qtbot.waitUntil(lambda: doc.state != FAILED, timeout=5000)
    assert banner.isHidden()  # the failure is over, though " Zwei." is still to save
    qtbot.waitUntil(lambda: doc.state == SAVED, timeout=5000)
    assert load_article(doc.article.folder).body.endswith(" Eins. Zwei.")


def test_switching_article_during_an_autosave(main_window, qtbot, monkeypatch) -> None:
    held = HeldWrite(monkeypatch)
    main_window.open_article(LIBRARY)
    doc = main_window.doc
    folder = doc.article.folder
    qtbot.keyClicks(main_window.pane.form.kicker, " neu")
    qtbot.waitUntil(held.started.is_set, timeout=5000)
    held.release_later()
    assert main_window.open_article("neue-fahrradstrasse-verbindet-bahnhof-und-altstadt")
    assert load_article(folder).kicker.endswith(" neu")


def test_a_colleagues_save_before_the_autosave_is_a_conflict(main_window, qtbot) -> None:
    main_window.open_article(LIBRARY)
    doc, editor = main_window.doc, main_window.pane.editor
    folder = doc.article.folder
    doc.set_autosave_delay(60000)
    _end(editor)
    qtbot.keyClicks(editor, " Meins.")
    # The colleague is another program saving the checked way, after we loaded.
    subprocess.run([sys.executable, "-c", COLLEAGUE, str(folder)], check=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    doc.set_autosave_delay(10)
    qtbot.keyClicks(editor, " Noch.")
    qtbot.waitUntil(lambda: doc.in_conflict is not None, timeout=5000)
    assert doc.state == FAILED
    assert storage.load(folder).article.body == "Text der Kollegin\n"  # theirs intact
    banner = main_window.banner
    assert not banner.isHidden() and not banner.keep_mine.isHidden()
    doc.flush_journal()
    assert recovery.read_journal(folder).text.find(" Meins. Noch.") > 0  # ours kept
    qtbot.wait(100)  # no autosave overwrites theirs while the user decides
    assert storage.load(folder).article.body == "Text der Kollegin\n"
    assert doc.keep_mine()
    assert storage.load(folder).article.body.endswith(" Meins. Noch.")
    assert any("Text der Kollegin" in v.path.read_text(encoding="utf-8")
               for v in history.list_versions(folder))


def test_a_colleague_saving_during_our_autosave_does_not_win_too(main_window, qtbot,
                                                                 monkeypatch) -> None:
    """Both saves expect the hash we loaded: exactly one of them may write."""
    held = HeldWrite(monkeypatch)
    main_window.open_article(LIBRARY)
    doc, editor = main_window.doc, main_window.pane.editor
    folder = doc.article.folder
    _end(editor)
    qtbot.keyClicks(editor, " Meins.")
    qtbot.waitUntil(held.started.is_set, timeout=5000)  # ours holds the save mutex
    # The colleague loads the file as it is (ours is not written yet), then saves.
    script = COLLEAGUE.replace("theirs.article.body =", "print('loaded', flush=True)\n"
                               "theirs.article.body =")
    colleague = subprocess.Popen([sys.executable, "-c", script, str(folder)],
                                 env={**os.environ, "PYTHONPATH": str(REPO)},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert colleague.stdout.readline() == "loaded\n"
    held.release_later(0.2)
    qtbot.waitUntil(lambda: doc.state == SAVED, timeout=10000)
    _out, err = colleague.communicate(timeout=60)
    assert colleague.returncode != 0 and "ConflictError" in err  # theirs was refused
    assert storage.load(folder).article.body.endswith(" Meins.")


def test_controller_deleted_during_an_autosave(qtbot, workspace, monkeypatch) -> None:
    folder = workspace.create_article("Markt", body="Eins\n").folder
    held = HeldWrite(monkeypatch)
    doc = DocumentController(autosave_delay_ms=10)
    doc.open(folder)
    doc.set_body("Zwei\n")
    qtbot.waitUntil(held.started.is_set, timeout=5000)
    shiboken6.delete(doc)  # the window went away; the write still finishes, quietly
    held.release.set()
    qtbot.waitUntil(lambda: storage.load(folder).article.body == "Zwei\n", timeout=5000)
    qtbot.wait(50)


def test_held_autosave_waits_and_the_journal_keeps_the_text(qtbot, workspace) -> None:
    """While a sync holds the document, nothing is written to article.md (git owns the file
    then); the journal still has the text, and the release saves it after one delay."""
    folder = workspace.create_article("Markt", body="Eins\n").folder
    doc = DocumentController(autosave_delay_ms=50)
    doc.open(folder)
    before = (folder / "article.md").read_bytes()
    doc.hold()
    doc.hold()  # holds nest: the watcher's and the document's follow the same signal
    doc.set_body("Zwei\n")
    qtbot.wait(400)  # eight autosave delays
    assert (folder / "article.md").read_bytes() == before
    assert doc.state == MODIFIED
    doc.write_journal()
    assert recovery.read_journal(folder) is not None
    doc.release()
    qtbot.wait(200)
    assert (folder / "article.md").read_bytes() == before
    doc.release()
    qtbot.waitUntil(lambda: doc.state == SAVED, timeout=5000)
    assert storage.load(folder).article.body == "Zwei\n"
    doc.close()
