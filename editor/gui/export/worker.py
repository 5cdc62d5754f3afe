"""The export itself, run on a QThreadPool thread; results come back through signals
(queued to the GUI thread, which never waits for the export)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from editor.model.article import Article
from editor.model.config import SiteConfig
from editor.model.errors import NewsdeskError
from editor.publish.bundle import ExportCancelled, ExportRefused, export_article


class ExportSignals(QObject):
    progressed = Signal(int, int)   # done, total (photos)
    succeeded = Signal(object)      # ExportResult
    refused = Signal(object)        # list[Problem]
    failed = Signal(str)            # a plain message
    cancelled = Signal()
    finished = Signal()             # after any of the above


class ExportJob(QRunnable):
    def __init__(self, article: Article, config: SiteConfig, out_dir: Path, *,
                 workspace_root: Path, make_zip: bool, cancel: threading.Event,
                 by: str = ""):
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it (and its signals) alive
        self.signals = ExportSignals()
        self.article = article
        self.config = config
        self.out_dir = out_dir
        self.workspace_root = workspace_root
        self.make_zip = make_zip
        self.cancel = cancel
        self.by = by  # recorded in the 'published' review event

    def run(self) -> None:
        signals = self.signals
        try:
            result = export_article(
                self.article, self.config, self.out_dir, workspace_root=self.workspace_root,
                make_zip=self.make_zip, progress=signals.progressed.emit, cancel=self.cancel,
                by=self.by)
        except ExportRefused as exc:
            signals.refused.emit(list(exc.problems))
        except ExportCancelled:
            signals.cancelled.emit()
        except NewsdeskError as exc:
            signals.failed.emit(exc.describe())
        except Exception as exc:  # shown to the user, never lost in a thread
            signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            signals.succeeded.emit(result)
        finally:
            signals.finished.emit()
