"""The Export dialog: output folder (remembered), optional zip, progress, cancel, and the
outcome: the bundle's path with a button to open its folder, or every problem to fix."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.gui import settings as S
from editor.gui.export import messages
from editor.gui.export.worker import ExportJob
from editor.model import lock
from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.validation import Problem
from editor.publish.bundle import ExportResult, ExportTargetError, check_out_dir

IDLE, RUNNING, DONE = "idle", "running", "done"


class ExportDialog(QDialog):
    """Exports one article. ``save`` is called first (the window's save-now); export does
    not start when it returns False."""

    def __init__(self, article: Article, config: SiteConfig, workspace_root: Path,
                 settings: S.Settings, save: Callable[[], bool] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.article = article
        self.config = config
        self.workspace_root = Path(workspace_root)
        self.settings = settings
        self.save = save
        self.state = IDLE
        self.cancel_event = threading.Event()
        self.job: ExportJob | None = None
        self.result: ExportResult | None = None
        self.problems: list[Problem] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

        self.folder = QLineEdit(self)
        self.folder.setObjectName("export_folder")
        # Remembered per workspace; at first a folder beside the workspace, never in it.
        self._folder_setting = S.for_workspace(S.EXPORT_DIR, self.workspace_root)
        self._zip_setting = S.for_workspace(S.EXPORT_ZIP, self.workspace_root)
        root = self.workspace_root.resolve()
        default = root.parent / f"{root.name}-export"
        self.folder.setText(settings.get(self._folder_setting) or str(default))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_folder)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.zip = QCheckBox(self)
        self.zip.setObjectName("export_zip")
        self.zip.setChecked(settings.get(self._zip_setting))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        # Reachable by Tab once it says something, so the outcome can be read (and copied)
        # without a mouse; a screen reader reads the text as the label's name.
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem_list = QListWidget(self)
        self.problem_list.setObjectName("export_problems")
        self.problem_list.setWordWrap(True)
        self.problem_list.hide()
        self.open_folder = QPushButton(self)
        self.open_folder.setObjectName("export_open_folder")
        self.open_folder.clicked.connect(self.show_bundle)
        self.open_folder.hide()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_start")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("export_cancel")
        self.cancel_button.clicked.connect(self.cancel_or_close)

        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.addWidget(self.folder_label)
        box.addLayout(row)
        box.addWidget(self.zip)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addWidget(self.problem_list, 1)
        box.addLayout(buttons)
        self.resize(560, 320)
        self.retranslate()
        if parent is not None:  # the window closing cancels a running export
            parent.installEventFilter(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", self.article.title or
                                                             self.article.slug))
        self.folder_label.setText(self.tr("&Output folder:"))
        self.browse.setText(self.tr("&Choose…"))
        self.zip.setText(self.tr("Also write a .&zip file"))
        self.open_folder.setText(self.tr("&Open Folder"))
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.export_button.setText(self.tr("&Export"))
        self._update_cancel_text()

    def _update_cancel_text(self) -> None:
        self.cancel_button.setText(self.tr("Cancel") if self.state == RUNNING
                                   else self.tr("Close"))

    # Input -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def out_dir(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    # Running ---------------------------------------------------------------------------

    def start(self) -> bool:
        """Save the article, then export in the worker; False when it did not start."""
        if self.state == RUNNING:
            return False
        self.result = None
        self.problems = []
        self.problem_list.clear()
        self.problem_list.hide()
        self.open_folder.hide()
        out_dir = self.out_dir()
        if out_dir is None:
            self._show_status(self.tr("Choose an output folder first."))
            return False
        try:  # the same refusal as `newsdesk export`, before anything is saved or written
            check_out_dir(out_dir, self.workspace_root)
        except ExportTargetError:
            self._show_status(self.tr("Not exported: the export folder is inside the "
                                      "workspace %1; choose a folder outside it.")
                              .replace("%1", str(self.workspace_root)))
            return False
        if self.save is not None and not self.save():
            self._show_status(self.tr("The article could not be saved, so it was not "
                                      "exported. Fix the save problem first."))
            return False
        self.settings.set(S.LAST_EXPORT_DIR, str(out_dir))
        self.settings.set(self._folder_setting, str(out_dir))
        self.settings.set(self._zip_setting, self.zip.isChecked())
        self.cancel_event = threading.Event()
        # A copy: the user may keep typing while the worker reads the article.
        job = ExportJob(copy.deepcopy(self.article), self.config, out_dir,
                        workspace_root=self.workspace_root,
                        make_zip=self.zip.isChecked(), cancel=self.cancel_event,
                        by=self.settings.get(S.USER_NAME).strip() or lock.current_user())
        job.signals.progressed.connect(self._progressed)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.refused.connect(self._refused)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(self._finished)
        self.job = job
        self._set_running(True)
        self.progress.setRange(0, 0)  # busy until the first photo count arrives
        self._show_status(self.tr("Exporting…"))
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        if self.state == RUNNING:
            self.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self._show_status(self.tr("Cancelling…"))

    def cancel_or_close(self) -> None:
        if self.state == RUNNING:
            self.cancel()
        else:
            self.reject()

    def is_running(self) -> bool:
        return self.state == RUNNING

    def _set_running(self, running: bool) -> None:
        self.state = RUNNING if running else DONE
        for widget in (self.folder, self.browse, self.zip, self.export_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self._update_cancel_text()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setFocusPolicy(Qt.FocusPolicy.TabFocus if text
                                   else Qt.FocusPolicy.NoFocus)

    # Results (GUI thread) -----------------------------------------------------------

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done if total else 1)
        if total and done < total:
            self._show_status(self.tr("Preparing photos: %1 of %2")
                              .replace("%1", str(done)).replace("%2", str(total)))
        elif not self.cancel_event.is_set():  # photos done: the page is rendered next
            self._show_status(self.tr("Rendering the page…"))

    def _succeeded(self, result: ExportResult) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if result.up_to_date:  # nothing changed since the last export there: nothing written
            text = self.tr("Already up to date: %1").replace("%1", str(result.bundle))
        else:
            text = self.tr("Exported to %1").replace("%1", str(result.bundle))
        if result.zip is not None:
            text += "\n" + self.tr("Zip file: %1").replace("%1", str(result.zip))
        self._show_status(text)
        self.open_folder.show()
        self._list(list(result.warnings))

    def _refused(self, problems: list[Problem]) -> None:
        self.problems = problems
        self._reset_progress()
        errors = sum(1 for p in problems if p.is_error)
        self._show_status(self.tr("Not exported. Problems to fix first: %1")
                          .replace("%1", str(errors)))
        self._list(problems)

    def _failed(self, message: str) -> None:
        self._reset_progress()
        self._show_status(self.tr("Export failed; an earlier bundle is kept as it was.")
                          + "\n" + message)

    def _cancelled(self) -> None:
        self._reset_progress()
        self._show_status(self.tr("Export cancelled; nothing was written."))

    def _finished(self) -> None:
        self._set_running(False)
        self.job = None

    def _reset_progress(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)

    def _list(self, problems: list[Problem]) -> None:
        self.problem_list.clear()
        ordered = sorted(problems, key=lambda p: p.rank)  # errors, warnings, then hints
        for problem in ordered:
            self.problem_list.addItem(messages.line(problem))
        self.problem_list.setVisible(bool(ordered))

    def show_bundle(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.bundle)))

    # Closing while running cancels; the dialog closes once the worker has stopped.

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state == RUNNING:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.state == RUNNING:
            self.cancel()
            return
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.parent() and event.type() == QEvent.Type.Close
                and self.state == RUNNING):
            self.cancel_event.set()
        return super().eventFilter(watched, event)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker (tests, window shutdown)."""
        return self.pool.waitForDone(msecs)


def open_export_dialog(window: Any) -> ExportDialog | None:
    """The window's Export… action: export the open article of ``window`` (a MainWindow)."""
    article = window.doc.article
    workspace = window.workspace
    if article is None or workspace is None:
        from editor.gui import dialogs

        dialogs.show_error(window, QCoreApplication.translate("ExportDialog", "Export"),
                           QCoreApplication.translate("ExportDialog",
                                                      "Open an article to export it."))
        return None
    existing = getattr(window, "export_dialog", None)
    if isinstance(existing, ExportDialog):
        if existing.is_running():
            existing.show()
            existing.raise_()
            return existing
        existing.deleteLater()
    dialog = ExportDialog(article, workspace.config, workspace.root, window.settings,
                          save=window.doc.save, parent=window)
    window.export_dialog = dialog
    dialog.show()
    return dialog
