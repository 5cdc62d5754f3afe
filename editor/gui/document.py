"""The open article as a QObject: change signals, autosave, recovery journal. No widgets.

Saving happens after an idle delay, on switching article and on close. A failed save
keeps everything in memory, reports it through ``save_failed`` and retries later.

The autosave writes on the I/O thread (the checked save with its history copy and fsyncs
takes 5-15 ms and more on a slow disk: a visible stall while typing). It writes a copy of
the article as it was when the timer fired; typing goes on meanwhile and is the next
save's. Every other save (Ctrl+S, switching article, closing, a conflict's choice) first
waits for an autosave in flight, then saves on the calling thread as before, so "saved"
after close() or save() means on disk.
"""

from __future__ import annotations

import copy
import datetime as dt
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.gui import gc_tuning
from editor.model import storage
from editor.model.article import Article, Photo, parse_article
from editor.model.errors import ArticleFormatError, NewsdeskError, StorageError

JOURNAL_DELAY_MS = 1000
# Someone typing without pause is still saved this often.
MAX_UNSAVED_SECONDS = 20.0
RETRY_DELAY_MS = 5000
METADATA_FIELDS = ("title", "kicker", "date", "author", "lead", "tags", "description")

# Save states shown in the status bar.
SAVED = "saved"
MODIFIED = "modified"
FAILED = "failed"


# How often the GUI thread looks whether an autosave on the I/O thread is done.
SAVE_POLL_MS = 5


@dataclass(frozen=True)
class _Autosave:
    """An autosave on the I/O thread: its result (text, new hash), and what it wrote."""

    future: Future[tuple[str, str]]
    edit: int          # DocumentController._edits when the copy was taken
    started: float     # time.monotonic() then


def _write(article: Article, expected_hash: str) -> tuple[str, str]:
    """The autosave on the I/O thread: (text written, its hash); raises as save_checked.
    save_checked, with the text made once (it is most of this thread's CPU time, and the
    GUI thread waits for the interpreter lock while this one holds it)."""
    data = storage.article_bytes(article)
    return data.decode("utf-8"), storage.save_bytes_checked(
        article.path, data, expected_hash, None, storage.VERSION_INTERVAL_SECONDS)


def _recovery() -> Any | None:
    """The safety engineer's journal module, when it is there."""
    try:
        from editor.model import recovery
    except ImportError:
        return None
    return recovery


class DocumentController(QObject):
    opened = Signal(object)            # Article | None
    changed = Signal()                 # any content change
    field_changed = Signal(str)        # a metadata field changed in the model (undo, restore)
    photos_changed = Signal()          # the photo list or the lead photo changed
    save_state_changed = Signal(str)   # SAVED | MODIFIED | FAILED
    save_failed = Signal(str)          # a plain message; the text is still in memory
    conflict = Signal(object)          # storage.ConflictError: someone else changed the file
    saved = Signal()
    disk_hash_changed = Signal(str)    # hash of article.md as we last read or wrote it
    read_only_changed = Signal(bool)   # someone else holds the edit lock, or no write access

    def __init__(self, autosave_delay_ms: int = 1500, parent: QObject | None = None):
        super().__init__(parent)
        self.article: Article | None = None
        self.state = SAVED
        self.last_error = ""
        self._disk_text = ""
        self._disk_hash = storage.NO_FILE
        self.in_conflict: storage.ConflictError | None = None
        self._dirty_since: float | None = None
        self._local_copy_text: str | None = None
        self._local_copy_path: Path | None = None
        # Asked before replacing the file's text with a newer journal; the GUI sets it.
        self.confirm_restore: Callable[[Any], bool] = lambda entry: False
        # Edit locks (EditLocks from editor.gui.safety), set by the window when present.
        self.locks: Any = None
        self.read_only = False
        self.read_only_reason = ""
        self._autosave_ms = autosave_delay_ms
        self._save_timer = QTimer(self, singleShot=True, interval=autosave_delay_ms)
        self._save_timer.timeout.connect(self._autosave)
        self._edits = 0  # changes since opening, to tell whether an autosave wrote them all
        self._held = 0  # hold(): git is rewriting the files; autosaves wait for release()
        self._autosaving: _Autosave | None = None
        # Polled rather than signalled from the I/O thread: no Qt call from that thread,
        # and nothing left to deliver to when this object is gone.
        self._autosave_poll = QTimer(self, interval=SAVE_POLL_MS)
        self._autosave_poll.timeout.connect(self._autosave_poll_tick)
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(lambda: self.write_journal(wait=False))
        # One thread, so journal writes and clears happen in the order they were asked.
        self._io = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsdesk-journal")

    def set_autosave_delay(self, ms: int) -> None:
        self._autosave_ms = ms

    # Opening and closing ------------------------------------------------------------

    def open(self, folder: Path) -> Article | None:
        """Save the current article, then load ``folder``. Raises ArticleFormatError.

        Returns None, keeping the current article open, when that one cannot be saved.
        """
        if not self.close():
            return None
        # One read: the hash is of exactly the bytes parsed, so a colleague's save
        # between reading and hashing cannot be overwritten without a conflict.
        loaded = storage.load(folder)
        article = loaded.article
        self._disk_hash = loaded.hash
        self.article = article
        self._disk_text = article.to_text()
        self._dirty_since = None
        self.last_error = ""
        self._set_state(SAVED)
        self._take_lock(folder)
        self.read_only_changed.emit(self.read_only)
        self.opened.emit(article)
        self.disk_hash_changed.emit(self._disk_hash)
        if not self.read_only:
            self._offer_journal()
        gc_tuning.settle()  # no full garbage collection in the middle of typing
        return article

    @property
    def disk_hash(self) -> str:
        return self._disk_hash

    def _take_lock(self, folder: Path) -> None:
        """One editor per article (editor.gui.safety's EditLocks); otherwise read-only."""
        self.read_only, self.read_only_reason = False, ""
        if self.locks is not None and not self.locks.open_article(folder, self.parent()):
            self.read_only, self.read_only_reason = True, self.locks.reason

    def _release_lock(self) -> None:
        if self.locks is not None:
            try:
                self.locks.release()
            except (NewsdeskError, OSError):
                pass  # a lock left behind only asks the next person to take it over

    def close(self) -> bool:
        """Save and forget the current article. False if the save failed (text kept)."""
        if self.article is None:
            return True
        if self.state != SAVED and not self.save():
            return False
        self._save_timer.stop()
        self._journal_timer.stop()
        self._release_lock()
        self.article = None
        self.read_only = False
        self.opened.emit(None)
        return True

    def reload(self) -> None:
        """Read the open article again (after a rename or an outside change)."""
        if self.article is not None:
            self.open(self.article.folder)

    def _offer_journal(self) -> None:
        recovery = _recovery()
        if recovery is None or self.article is None:
            return
        self.flush_journal()
        try:
            entry = recovery.read_journal(self.article.folder)
        except (NewsdeskError, OSError):
            return
        if entry is None:
            return
        if entry.text == self._disk_text or not self.confirm_restore(entry):
            self._clear_journal()
            return
        try:
            restored = parse_article(entry.text, self.article.folder)
        except NewsdeskError as exc:
            self.save_failed.emit(exc.describe())
            return
        self.article = restored
        self.opened.emit(restored)
        self._mark_modified()

    # Editing ------------------------------------------------------------------------

    def set_body(self, text: str) -> None:
        if self.article is None or self.article.body == text:
            return
        self.article.body = text
        self._mark_modified()

    def field(self, name: str) -> Any:
        assert self.article is not None
        value = getattr(self.article, name)
        return list(value) if isinstance(value, list) else value

    def set_field(self, name: str, value: Any) -> None:
        if name not in METADATA_FIELDS:
            raise ValueError(f"not a metadata field: {name}")
        if self.article is None or getattr(self.article, name) == value:
            return
        if isinstance(value, list):
            value = list(value)
        if name == "date" and isinstance(value, str):
            value = _date_or_text(value)
        setattr(self.article, name, value)
        self.field_changed.emit(name)
        self._mark_modified()

    def set_photos(self, photos: list[Photo], lead_photo: str | None) -> None:
        """Take the photo list and lead photo (from the photo panel, or undo)."""
        if self.article is None:
            return
        if self.article.photos == photos and self.article.lead_photo == lead_photo:
            return
        self.article.photos = copy.deepcopy(photos)
        self.article.lead_photo = lead_photo
        self.photos_changed.emit()
        self._mark_modified()

    def _mark_modified(self) -> None:
        self._edits += 1
        self._set_state(MODIFIED if self.state != FAILED else FAILED)
        self.changed.emit()
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        if self.in_conflict is not None:
            pass  # saving waits for the user's choice (keep_mine / take_theirs)
        elif self.state == FAILED:
            # The retry timer keeps its pace instead of hammering the disk.
            if not self._save_timer.isActive():
                self._save_timer.start(max(self._autosave_ms, RETRY_DELAY_MS))
        elif now - self._dirty_since > MAX_UNSAVED_SECONDS:
            self._save_timer.start(0)
        else:
            self._save_timer.start(self._autosave_ms)
        # Throttled, not debounced: continuous typing is journaled every second.
        if not self._journal_timer.isActive():
            self._journal_timer.start()

    # Saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Save now, on this thread; True when everything is on disk."""
        if self.article is None:
            return True
        if self.finish_autosave() is False:
            return False  # the autosave just failed and said why; the text is kept
        self._save_timer.stop()
        if self.state == SAVED or self.read_only:
            return True
        text = self.article.to_text()
        try:
            # Refuses to overwrite a file someone else changed since we read it.
            new_hash = storage.save_checked(self.article, self._disk_hash)
        except (storage.ConflictError, ArticleFormatError, StorageError) as exc:
            return self._save_failed(exc)
        self._written(text, new_hash, complete=True)
        return True

    def hold(self) -> None:
        """A Git sync is rewriting the workspace's files (mid-rebase, the article has conflict
        markers): autosaves wait until release(); the text stays here and in the journal.
        Saves the user asks for still run, checked. Holds nest."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if not self._held and self.state != SAVED and self.in_conflict is None \
                and not self._save_timer.isActive():
            self._save_timer.start(self._autosave_ms)  # what was typed meanwhile

    def _autosave(self) -> None:
        """The timer's save: a copy of the article is written on the I/O thread."""
        if self.article is None or self._autosaving is not None or self._held:
            return  # the one in flight (or release()) restarts the timer if edits are left
        if self.state == SAVED or self.read_only or self.in_conflict is not None:
            return
        future = self._io.submit(_write, copy.deepcopy(self.article), self._disk_hash)
        self._autosaving = _Autosave(future, self._edits, time.monotonic())
        self._autosave_poll.start()

    def _autosave_poll_tick(self) -> None:
        if self._autosaving is None or self._autosaving.future.done():
            self.finish_autosave()

    def finish_autosave(self) -> bool | None:
        """Wait for an autosave in flight and take its result: None when there was none,
        else whether it succeeded (with edits made meanwhile still to save)."""
        pending, self._autosaving = self._autosaving, None
        self._autosave_poll.stop()
        if pending is None:
            return None
        try:
            text, new_hash = pending.future.result()
        except (storage.ConflictError, ArticleFormatError, StorageError) as exc:
            return self._save_failed(exc)
        complete = pending.edit == self._edits
        self._written(text, new_hash, complete)
        if not complete:
            # Typing went on while the I/O thread wrote; that is the next save's.
            self._dirty_since = pending.started
            self._set_state(MODIFIED)
            if not self._save_timer.isActive():
                self._save_timer.start(self._autosave_ms)
        return True

    def _written(self, text: str, new_hash: str, complete: bool) -> None:
        """``text`` is on disk with ``new_hash``; ``complete``: it is the current text."""
        self._disk_hash = new_hash
        self.disk_hash_changed.emit(new_hash)
        self._disk_text = text
        self.in_conflict = None
        self.last_error = ""
        if not complete:
            return
        self._dirty_since = None
        self._journal_timer.stop()
        self._clear_journal()
        self._set_state(SAVED)
        self.saved.emit()

    def _save_failed(self, exc: NewsdeskError) -> bool:
        """Report a failed save; the text stays in memory (and in the journal). False."""
        self.last_error = exc.message
        if isinstance(exc, storage.ConflictError):
            self.in_conflict = exc
        self._set_state(FAILED)
        if isinstance(exc, storage.ConflictError):
            self.write_journal()
            self.save_failed.emit(exc.describe())
            self.conflict.emit(exc)
            return False  # no automatic retry: the user decides
        if isinstance(exc, ArticleFormatError):
            self.write_journal()
            self.save_failed.emit(exc.describe())
            return False
        # Keep trying; meanwhile the journal (or a local copy) holds the text.
        self._save_timer.start(max(self._autosave_ms, RETRY_DELAY_MS))
        message = exc.describe()
        if not self.write_journal() and self.article is not None:
            copy = self._local_copy(self.article.to_text())
            if copy is not None:
                message += "\n" + self.tr("A copy of your text is kept in %1").replace(
                    "%1", str(copy))
        self.save_failed.emit(message)
        return False

    def keep_mine(self) -> bool:
        """After a conflict: overwrite the other version (it stays in the history).

        Only the version the conflict reported: if yet another save came meanwhile, this
        is a new conflict rather than overwriting text nobody has seen."""
        if self.article is None:
            return True
        self.finish_autosave()
        if self.in_conflict is not None:
            self._disk_hash = self.in_conflict.disk_hash
        else:
            try:
                self._disk_hash = storage.file_hash(self.article.path)
            except StorageError as exc:
                self.save_failed.emit(exc.describe())
                return False
        return self.save()

    def take_theirs(self) -> None:
        """After a conflict: drop the unsaved edits and load the file as it is now."""
        if self.article is None:
            return
        self.finish_autosave()  # none in a conflict; and if one were, it goes first
        folder = self.article.folder
        self._clear_journal()
        self._save_timer.stop()
        self._journal_timer.stop()
        self.in_conflict = None
        self._release_lock()
        self.article = None
        self._set_state(SAVED)
        self.open(folder)

    def write_journal(self, wait: bool = True) -> bool:
        """Keep the unsaved text in the article's journal; False if that failed.

        With ``wait=False`` (the timer while typing) the write runs on the journal thread,
        so a slow network share never stalls typing.
        """
        recovery = _recovery()
        if recovery is None or self.article is None or self.state == SAVED:
            return True
        future = self._io.submit(recovery.write_journal, self.article.folder,
                                 self.article.to_text())
        if not wait:
            return True
        try:
            future.result()
        except (NewsdeskError, OSError):
            return False  # the journal is a safety net; the save error is what users see
        return True

    def flush_journal(self) -> None:
        """Wait until queued journal writes are done (tests, opening an article)."""
        self._io.submit(lambda: None).result()

    def _local_copy(self, text: str) -> Path | None:
        """When the workspace folder takes nothing at all, keep the text on this machine."""
        recovery = _recovery()
        if recovery is None or self.article is None or text == self._local_copy_text:
            return self._local_copy_path
        try:
            self._local_copy_path = recovery.write_local_recovery_copy(text, self.article.slug)
        except (NewsdeskError, OSError, AttributeError):
            return None
        self._local_copy_text = text
        return self._local_copy_path

    def _clear_journal(self) -> None:
        recovery = _recovery()
        if recovery is None or self.article is None:
            return
        # Queued behind pending writes, so an older write cannot bring the journal back.
        folder = self.article.folder
        self._io.submit(_quietly, recovery.clear_journal, folder)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.save_state_changed.emit(state)


def _quietly(function: Callable[..., Any], *args: Any) -> None:
    try:
        function(*args)
    except (NewsdeskError, OSError):
        pass  # a journal that cannot be removed is offered once more, nothing worse


def _date_or_text(value: str) -> dt.date | str | None:
    """A typed date as the article keeps it: a date, a datetime, None or the text."""
    value = value.strip()
    if not value:
        return None
    from editor.model.when import parse_when

    moment = parse_when(value)  # a day, or a day with a time
    if moment is not None:
        return moment
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


