"""File ▸ Import Document… and Edit ▸ Paste as Plain Text, wired into the window.

The window calls :func:`install` once. Importing asks for a .docx or .odt file, converts
it off the GUI thread (editor/model/convert/document.py) behind a progress dialog, then
opens the new article; an error is shown in a message and nothing is created. Images
without credits are named in the status bar (they are kept incomplete; export refuses).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from editor.gui import dialogs
from editor.gui.action_specs import A

STATUS_MS = 15000


def choose_document(parent: QWidget | None) -> Path | None:
    """The file chooser (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("DocumentImport", "Import Document"), "",
        QCoreApplication.translate("DocumentImport", "Documents") + " (*.docx *.odt)")
    return Path(name) if name else None


def install(window: Any) -> DocumentImport:
    """Connect the import and plain-paste actions and the paste of images; once per window."""
    found = getattr(window, "_document_import", None)
    if found is not None:
        return found
    from editor.gui.editor_pane import paste

    importer = DocumentImport(window)
    window._document_import = importer
    window.actions[A.IMPORT_DOCUMENT].triggered.connect(importer.run)
    window.actions[A.PASTE_PLAIN].triggered.connect(lambda: paste.paste_plain(window))
    paste.install(paste.PasteHost(window, window.doc, window.stack, window.pane.editor,
                                  lambda: window.workspace))
    return importer


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal()


class DocumentImport(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.last_result: Any = None

    def run(self) -> Path | None:
        """Ask for a document and import it; the new article's folder, or None."""
        workspace = self.window.workspace
        if workspace is None:
            return None
        source = choose_document(self.window)
        if source is None:
            return None
        try:
            result = self._convert(workspace, source)
        except Exception as exc:  # shown, never raised into Qt's event loop
            from editor.model.errors import NewsdeskError

            text = exc.describe() if isinstance(exc, NewsdeskError) else \
                f"{type(exc).__name__}: {exc}"
            dialogs.show_error(self.window, self.tr("Import Document"),
                               self.tr("The document could not be imported.") + "\n\n" + text)
            return None
        self.last_result = result
        slug = result.folder.name
        self.window.panel.refresh(select=slug)
        self.window.open_article(slug)
        notes = list(result.warnings)
        if result.incomplete:
            notes.append(self.tr("Photos without credits (export refuses them until "
                                 "credited): %1").replace("%1", ", ".join(result.incomplete)))
        if notes:
            self.window.statusBar().showMessage(" · ".join(notes), STATUS_MS)
        return result.folder

    def _convert(self, workspace: Any, source: Path) -> Any:
        """import_document on a helper thread; a window-modal progress dialog meanwhile."""
        from editor.model.convert.document import import_document

        signals = _Signals()
        dialog = QProgressDialog(self.tr("Importing “%1”…").replace("%1", source.name), "",
                                 0, 100, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Import Document"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        loop = QEventLoop()
        signals.progress.connect(lambda value, _text: dialog.setValue(value))
        signals.finished.connect(loop.quit)
        outcome: dict[str, Any] = {}

        def work() -> None:
            try:
                outcome["result"] = import_document(
                    workspace, source,
                    lambda fraction, text: signals.progress.emit(int(fraction * 100), text))
            except BaseException as exc:  # handed to the GUI thread
                outcome["error"] = exc
            signals.finished.emit()

        thread = threading.Thread(target=work, name="newsdesk-import", daemon=True)
        thread.start()
        if thread.is_alive():
            loop.exec()
        thread.join()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]
