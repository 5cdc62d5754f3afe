"""The app's side of team work through Git: when to commit and sync, and the state in plain
words for the status bar. Every git command runs on the GitWorker's thread.

A workspace without a ``.git`` folder is never handed to git: the controller stays
inactive and the status bar shows nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.gui import settings as S
from editor.gui.sync.worker import GitWorker

CLOSE_WAIT_SECONDS = 5.0   # closing the app waits at most this long for the last commit
STATUS_TEXT_LIMIT = 70     # longer error messages are cut in the status bar (whole: tooltip)


class SyncController(QObject):
    """``set_workspace(root)``, then ``commit_now()`` / ``sync_now()``; the state follows
    in ``state_changed(text, details, role)``."""

    state_changed = Signal(str, str, object)   # text, tooltip details, colour role or None
    repository_changed = Signal(bool)          # the workspace is (not) a Git repository
    synced = Signal(object)                    # engine.SyncResult of a finished sync
    committed = Signal(str)                    # the message of a commit just made
    large_photos = Signal(list)                # warnings: photos not committed until seen
    # A sync runs (True) or ended (False): git rewrites the workspace's files meanwhile,
    # an article mid-rebase even with conflict markers, until the sync resolves it.
    sync_running = Signal(bool)

    def __init__(self, settings: S.Settings, prepare: Callable[[], bool] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.prepare = prepare or (lambda: True)  # save the open article first
        self.root: Path | None = None
        self.repository = False
        self.status: Any = None          # engine.Status after the last job
        self.last_result: Any = None     # engine.SyncResult of the last sync
        self.error: str | None = None    # the last sync's failure in plain words
        self.offline = False
        self.warned: set[str] = set()    # large photos the user was told about
        self._generation = 0             # jobs of an earlier workspace are ignored
        self.worker = GitWorker(self)
        self.worker.finished.connect(self._finished)
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(lambda: self.sync_now())
        self.commit_timer = QTimer(self, singleShot=True)
        self.commit_timer.timeout.connect(lambda: self.commit_now())

    # Workspace -----------------------------------------------------------------------

    def set_workspace(self, root: Path | None) -> None:
        self._generation += 1
        self.root = Path(root).resolve() if root is not None else None
        self._set_repository(False)
        self.status = self.last_result = self.error = None
        self.offline = False
        if self.root is not None and (self.root / ".git").exists():
            from editor.sync import app_api  # (loaded only for a repository)

            self._submit("probe", app_api.probe, self.root)
        self._show()

    def _set_repository(self, on: bool) -> None:
        changed = on != self.repository
        self.repository = on
        if not on:
            self.sync_timer.stop()
            self.commit_timer.stop()
        else:
            self.apply_settings()
        if changed:
            self.repository_changed.emit(on)

    def apply_settings(self) -> None:
        """The sync interval from the settings (0: only on demand)."""
        seconds = self.settings.get(S.SYNC_INTERVAL_S)
        if self.repository and seconds > 0:
            self.sync_timer.start(seconds * 1000)
        else:
            self.sync_timer.stop()

    # Commits and syncs ---------------------------------------------------------------

    def _identity(self) -> dict[str, str | None]:
        return {"name": self.settings.get(S.USER_NAME) or None,
                "email": self.settings.get(S.USER_EMAIL) or None}

    def edited(self) -> None:
        """The open article changed: commit within the set minutes (not per keystroke)."""
        if self.repository and not self.commit_timer.isActive():
            self.commit_timer.start(self.settings.get(S.SYNC_COMMIT_MINUTES) * 60_000)

    def commit_now(self, prepare: bool = True) -> bool:
        """Commit what is pending (the open article saved first); False when inactive."""
        from editor.sync import app_api

        if not self.repository or self.root is None:
            return False
        if prepare:
            self.prepare()
        self.commit_timer.stop()
        limit = self.settings.get(S.LARGE_PHOTO_MB) * 1000 * 1000
        ident = self._identity()
        self._submit("commit", app_api.commit, self.root, ident["name"], ident["email"], limit,
                     frozenset(self.warned))
        return True

    def sync_now(self) -> bool:
        """Commit and sync in the background; False when inactive or a sync is running."""
        from editor.sync import engine

        if not self.repository or self.root is None or self.worker.busy("sync"):
            return False
        self.prepare()
        self.commit_timer.stop()
        self.sync_running.emit(True)
        self._submit("sync", engine.sync, self.root, **self._identity(),
                     large_photo_bytes=self.settings.get(S.LARGE_PHOTO_MB) * 1000 * 1000)
        self._show()
        return True

    def photos_warned(self, warnings: list[str]) -> None:
        """The user has seen these large-photo warnings: commit the photos now."""
        from editor.sync import app_api

        self.warned.update(app_api.large_photo_path(w) for w in warnings)
        self.commit_now(prepare=False)

    def shutdown(self, timeout: float = CLOSE_WAIT_SECONDS) -> bool:
        """Closing: wait (bounded) for the jobs asked so far, then let the thread end."""
        self.sync_timer.stop()
        self.commit_timer.stop()
        finished = self.worker.wait(timeout)
        self.worker.stop()
        return finished

    def _submit(self, kind: str, function: Callable[..., Any], *args: Any, **kw: Any) -> None:
        self.worker.submit(f"{kind}#{self._generation}", function, *args, **kw)

    def _finished(self, tagged: str, result: Any, error: BaseException | None) -> None:
        from editor.sync import app_api
        from editor.sync.git import GitError, Offline

        kind, _, generation = tagged.partition("#")
        if kind == "sync":
            self.sync_running.emit(False)  # whichever workspace it was: it is over
        if generation != str(self._generation) or self.root is None:
            return  # a job of the workspace that was open before
        if kind == "probe":
            self.status = result if error is None else None
            self._set_repository(bool(self.status and self.status.repository))
        elif kind == "commit":
            if error is not None:
                self.error = _plain(error)
            else:
                assert isinstance(result, app_api.CommitOutcome)
                self.status = result.status
                if result.message:
                    self.committed.emit(result.message)
                if result.large:
                    self.large_photos.emit(result.large)
        elif kind == "sync":
            if error is None:
                self.error, self.offline, self.last_result = None, False, result
            else:
                self.offline = isinstance(error, Offline) and bool(
                    self.status is None or self.status.remote)
                self.error = _plain(error) if isinstance(error, GitError) else str(error)
            self._submit("status", app_api.probe, self.root)
            if error is None:
                self.synced.emit(result)
        elif kind == "status" and error is None:
            self.status = result
        self._show()

    # The state in plain words --------------------------------------------------------

    def describe(self) -> tuple[str, str, str | None]:
        """(status bar text, tooltip, colour role) for the current state."""
        if not self.repository:
            return "", "", None
        st = self.status
        unsent = st.ahead if st else 0
        pending = len(st.pending) if st else 0
        conflicts = list(st.conflicts) if st else []
        details = self._details(unsent, pending, conflicts)
        if self.worker.busy("sync"):
            return self.tr("Synchronising…"), details, None
        if self.error and self.offline:
            return self.tr("Offline — will retry"), details, "warning"
        if self.error:
            text = self.error if len(self.error) <= STATUS_TEXT_LIMIT else \
                self.error[:STATUS_TEXT_LIMIT - 1] + "…"
            return self.tr("Not synchronised: %1").replace("%1", text), details, "error"
        if conflicts:
            return (self.tr("1 conflict kept as a copy") if len(conflicts) == 1 else
                    self.tr("%1 conflicts kept as copies").replace("%1", str(len(conflicts))),
                    details, "warning")
        if unsent:
            return (self.tr("1 change not yet sent") if unsent == 1 else
                    self.tr("%1 changes not yet sent").replace("%1", str(unsent)), details,
                    None)
        when = _local_time(st.last_sync if st else None)
        if when is None:
            return self.tr("Not synchronised yet"), details, None
        return self.tr("Synchronised %1").replace("%1", when.strftime("%H:%M")), details, None

    def _details(self, unsent: int, pending: int, conflicts: list[str]) -> str:
        st = self.status
        lines = []
        if st and st.remote:
            lines.append(self.tr("Team server: %1").replace("%1", st.remote))
        when = _local_time(st.last_sync if st else None)
        if when is not None:
            lines.append(self.tr("Last synchronised: %1").replace(
                "%1", when.strftime("%Y-%m-%d %H:%M")))
        if unsent:
            lines.append(self.tr("Commits not yet sent: %1").replace("%1", str(unsent)))
        if pending:
            lines.append(self.tr("Files not yet committed: %1").replace("%1", str(pending)))
        if st and st.behind:
            lines.append(self.tr("Commits to fetch: %1").replace("%1", str(st.behind)))
        for copy in conflicts:
            lines.append(self.tr("Conflict copy: %1").replace("%1", copy))
        if self.error:
            lines.append(self.error)
        seconds = self.settings.get(S.SYNC_INTERVAL_S)
        lines.append(self.tr("Synchronises every %1 s and when you ask").replace(
            "%1", str(seconds)) if seconds else self.tr("Synchronises when you ask"))
        return "\n".join(lines)

    def _show(self) -> None:
        text, details, role = self.describe()
        self.state_changed.emit(text, details, role)


def _plain(error: BaseException) -> str:
    message = getattr(error, "message", None)
    return str(message) if message else str(error)


def _local_time(stamp: str | None) -> dt.datetime | None:
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()
