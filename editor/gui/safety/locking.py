"""EditLocks: the window's one object for edit locks on the open article.

``open_article(folder)`` takes the lock, asks before taking over someone else's, and says
whether the article may be edited; ``release()`` on close or switch. While held, the lock's
time is renewed every hour so a long session never looks abandoned.

In a workspace that is a Git repository, lock files (one shared drive only) give way to
presence files (:mod:`editor.model.presence`) that the sync shares between desktops: ours
is renewed every minute while the article is open, others' are read at each renewal, and
``presence_changed`` carries the note ("Anna also has this article open ...") — the
article stays editable, the sync's conflict rules protect both texts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor.gui.safety.lock_notice import ask_take_over_lock, describe_holder, describe_presence
from editor.model import lock, presence
from editor.model.errors import NewsdeskError
from editor.model.recovery import is_writable

REFRESH_MS = 60 * 60 * 1000



def _held_by(info: lock.LockInfo) -> str:
    return QCoreApplication.translate("EditLocks", "Read-only: this article is %1.").replace(
        "%1", describe_holder(info))


def _in_git_workspace(folder: Path) -> bool:
    """``<workspace>/articles/<slug>`` in a Git working tree (a .git folder or file at the
    workspace's top; no git is run for this)."""
    root = folder.parent.parent
    return folder.parent.name == "articles" and (root / ".git").exists()


class EditLocks(QObject):
    # editable, and when not, a plain reason for the status bar / banner
    access_changed = Signal(bool, str)
    # who else has the article open on other desktops (Git workspaces), '' when nobody
    presence_changed = Signal(str)

    def __init__(self, user: str | None = None, stale_hours: float = lock.DEFAULT_STALE_HOURS,
                 parent: QObject | None = None,
                 ask: Callable[[QWidget | None, lock.LockInfo, bool], bool] | None = None):
        super().__init__(parent)
        self.user = user or lock.current_user()
        self.stale_hours = stale_hours
        self.held: lock.Lock | None = None
        self.editable = True
        self.reason = ""
        # Tests replace the question; the default is the real dialog.
        self._ask = ask or (lambda p, info, stale: ask_take_over_lock(p, info, stale))
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._renew)
        self.presence: presence.Presence | None = None   # ours, while an article is open
        self.note = ""
        self._presence_timer = QTimer(self, interval=presence.RENEW_SECONDS * 1000)
        self._presence_timer.timeout.connect(self.renew_presence)

    def open_article(self, folder: Path, parent: QWidget | None = None) -> bool:
        """Lock ``folder`` for editing; False (read-only, reason in ``reason``) otherwise."""
        self.release()
        if not is_writable(folder):
            return self._set(False, QCoreApplication.translate(
                "EditLocks", "Read-only: you cannot save in this folder."))
        if _in_git_workspace(folder):
            return self._open_with_presence(folder)
        try:
            self.held = lock.acquire(folder, self.user, self.stale_hours)
        except lock.LockedError as exc:
            if not self._ask(parent, exc.info, exc.stale):
                return self._set(False, _held_by(exc.info))
            try:
                self.held = lock.take_over(folder, exc.info, self.user, self.stale_hours)
            except lock.LockedError as again:
                return self._set(False, _held_by(again.info))
            except NewsdeskError as error:
                return self._set(False, error.message)
        except NewsdeskError as exc:
            # The lock is a courtesy: a share that refuses it must not stop editing, the
            # hash check on save still protects the file.
            self.held = None
            self._refresh.stop()
            return self._set(True, exc.message)
        self._refresh.start()
        return self._set(True, "")

    def release(self) -> None:
        self._refresh.stop()
        if self.held is not None:
            self.held.release()
            self.held = None
        self._presence_timer.stop()
        if self.presence is not None:
            mine, self.presence = self.presence, None
            presence.withdraw(mine)  # by its path: the user name may have changed since
        self._set_note("")

    # Presence (Git workspaces) ----------------------------------------------------------

    def _open_with_presence(self, folder: Path) -> bool:
        root, slug = folder.parent.parent, folder.name
        try:
            self.presence = presence.write(root, slug, self.user)
        except (OSError, ValueError):
            self.presence = None  # a courtesy: editing goes on without it
        self._presence_timer.start()
        self._set_note(describe_presence(presence.others(root, slug, self.user)))
        return self._set(True, self.note)

    def renew_presence(self) -> None:
        """Renew ours (same token, same 'since') and read who else is there now."""
        mine = self.presence
        if mine is None:
            return
        root = mine.path.parents[2]
        try:
            self.presence = presence.write(root, mine.slug, mine.user, host=mine.host,
                                           token=mine.token, since=mine.since)
        except (OSError, ValueError):
            pass  # the next renewal tries again
        self._set_note(describe_presence(presence.others(root, mine.slug, mine.user)))

    def _set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            self.presence_changed.emit(note)

    def still_held(self) -> bool:
        """False if someone took the lock over meanwhile (check before saving, if wanted)."""
        return self.held is not None and self.held.is_held()

    def _renew(self) -> None:
        if self.held is None:
            return
        try:
            self.held.refresh()
        except NewsdeskError:
            pass  # the next renewal tries again; the lock file still names us

    def _set(self, editable: bool, reason: str) -> bool:
        self.editable = editable
        self.reason = reason
        self.access_changed.emit(editable, reason)
        return editable
