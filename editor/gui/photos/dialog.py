"""The photo dialog: the image, its caption, alt text and credits, and where each came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.gui import colours
from editor.gui.photos.focal_point import FocalPointPicker
from editor.gui.photos.thumbs import ThumbnailLoader
from editor.gui.spelling import FieldSpelling, SpellingSession
from editor.model.config import PHOTO_FIELDS, SiteConfig
from editor.model.focus import CENTRE
from editor.model.photometa import PhotoMeta
from editor.model.photos import ALT_HINT, ALT_MAX, missing_fields

CREDIT_FIELDS = ("creator", "credit", "copyright", "license", "web_statement")
PREVIEW_SIZE = 320


@dataclass
class PhotoEntry:
    """One photo in the dialog: its file, the values to edit and the file field of each."""

    path: Path
    values: dict[str, str] = field(default_factory=lambda: {n: "" for n in PHOTO_FIELDS})
    sources: dict[str, str] = field(default_factory=dict)
    # The focal point (editor.model.focus): fractions from the top left, centre by default.
    focus: tuple[float, float] = CENTRE

    @classmethod
    def from_meta(cls, path: Path, meta: PhotoMeta) -> PhotoEntry:
        values = {n: "" for n in PHOTO_FIELDS}
        values.update(meta.values())
        return cls(path, values, {n: fv.tag for n, fv in meta.fields.items()})


class PhotoDialog(QDialog):
    """Edit the fields of one or several photos; OK only when required fields are filled."""

    def __init__(self, entries: list[PhotoEntry], config: SiteConfig,
                 parent: QWidget | None = None, cache_root: Path | None = None):
        super().__init__(parent)
        self.setObjectName("PhotoDialog")
        self.entries = entries
        self.config = config
        self.current = 0
        self._loading = False
        self.loader = ThumbnailLoader(self, size=PREVIEW_SIZE)
        self.loader.set_workspace(cache_root)
        self.loader.ready.connect(self._preview_ready)

        self.picker = QComboBox()
        self.picker.addItems([e.path.name for e in entries])
        self.picker.setVisible(len(entries) > 1)
        self.picker.currentIndexChanged.connect(self._show_entry)
        # The photo; a click (or the arrow keys) sets its focal point for the crops.
        self.image = FocalPointPicker()
        self.image.setMinimumSize(PREVIEW_SIZE, PREVIEW_SIZE * 2 // 3)
        self.image.focus_changed.connect(self._focus_changed)
        self.focus_note = QLabel()
        self.focus_note.setObjectName("focus_note")
        self.focus_note.setWordWrap(True)

        self.edits: dict[str, QLineEdit] = {}
        self.source_labels: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in PHOTO_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.textChanged.connect(lambda text, n=name: self._edited(n, text))
            self.edits[name] = edit
            source = QLabel()
            source.setObjectName(f"source_{name}")
            small = source.font()
            small.setPointSizeF(small.pointSizeF() * 0.9)
            source.setFont(small)
            self.source_labels[name] = source
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(edit)
            if name == "alt":  # the counter belongs right under its own field
                self.alt_count = QLabel()
                self.alt_count.setObjectName("alt_count")
                box.addWidget(self.alt_count)
            box.addWidget(source)
            label = QLabel()
            label.setBuddy(edit)
            self.form_labels[name] = label
            form.addRow(label, box)
        self.edits["alt"].setMaxLength(ALT_MAX)
        # Spelling of caption and alt text, in the workspace's language.
        self.spelling = SpellingSession(self)
        self.field_spelling = FieldSpelling(self.spelling, self)
        for name in ("caption", "alt"):
            self.field_spelling.watch_line(self.edits[name])
        self.spelling.set_language(config.language, cache_root)

        self.apply_all = QCheckBox()
        self.apply_all.setObjectName("apply_all")
        self.apply_all.setVisible(len(entries) > 1)
        self.apply_all.toggled.connect(lambda _on: self._copy_credits())
        self.keep_incomplete = QCheckBox()
        self.keep_incomplete.setObjectName("keep_incomplete")
        self.keep_incomplete.toggled.connect(lambda _on: self._update_state())
        self.problem = QLabel()
        self.problem.setObjectName("photo_problem")
        self.problem.setWordWrap(True)
        # What is still missing is a Tab stop while there is something to say (OK is
        # disabled then, so it is where a keyboard user finds out why).
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.problem.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.apply_all)
        right.addWidget(self.keep_incomplete)
        right.addWidget(self.problem)
        left = QVBoxLayout()
        left.addWidget(self.image, 1)
        left.addWidget(self.focus_note)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        # Tab order: the fields first (the dialog opens at the caption), then the focal
        # point, then the choices and the buttons.
        QWidget.setTabOrder(self.edits[PHOTO_FIELDS[-1]], self.image)
        QWidget.setTabOrder(self.image, self.apply_all)
        self.retranslate()
        self._show_entry(0)

    # Text ----------------------------------------------------------------------------

    def field_label(self, name: str) -> str:
        return {
            "caption": self.tr("Caption"),
            "alt": self.tr("Alt text"),
            "creator": self.tr("Creator"),
            "credit": self.tr("Credit line"),
            "copyright": self.tr("Copyright notice"),
            "license": self.tr("Licence / usage terms"),
            "web_statement": self.tr("Rights URL"),
        }[name]

    def form_label(self, name: str) -> str:
        """The label beside a field; '&' marks its Alt key (unique in the dialog)."""
        return {
            "caption": self.tr("&Caption"),
            "alt": self.tr("&Alt text"),
            "creator": self.tr("C&reator"),
            "credit": self.tr("Cre&dit line"),
            "copyright": self.tr("Co&pyright notice"),
            "license": self.tr("&Licence / usage terms"),
            "web_statement": self.tr("Rights &URL"),
        }[name]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo credits") if len(self.entries) == 1
                            else self.tr("Credits for %n photos", "", len(self.entries)))
        required = set(self.config.required_photo_fields)
        for name, label in self.form_labels.items():
            label.setText(self.form_label(name) + (" *" if name in required else ""))
            # Read out with the field: its name, and whether it must be filled.
            self.edits[name].setAccessibleName(
                self.field_label(name) + (" " + self.tr("(required)") if name in required
                                          else ""))
            if name in required:
                label.setToolTip(self.tr("Required"))
        self.edits["alt"].setPlaceholderText(
            self.tr("What the photo shows, for people who cannot see it"))
        self.apply_all.setText(self.tr("Appl&y credit fields to all photos"))
        self.keep_incomplete.setText(
            self.tr("Keep as &incomplete (flagged; export refuses it until filled)"))
        self.picker.setAccessibleName(self.tr("Photo"))
        self.image.retranslate()
        self.focus_note.setText(self.tr("Click the photo (or use the arrow keys) to mark its "
                                        "most important part: crops for social media and "
                                        "search results keep it."))
        self._update_alt_count()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_entry(self.current)
        elif event.type() in (QEvent.Type.PaletteChange,
                              QEvent.Type.ApplicationPaletteChange):
            self._tint_notes()  # the system switched between light and dark
        super().changeEvent(event)

    # State ---------------------------------------------------------------------------

    def _show_entry(self, index: int) -> None:
        if index < 0 or index >= len(self.entries):
            return
        self.current = index
        entry = self.entries[index]
        self._loading = True
        for name, edit in self.edits.items():
            edit.setText(entry.values.get(name, ""))
            source = entry.sources.get(name)
            self.source_labels[name].setText(
                self.tr("from the file: %1").replace("%1", source) if source else "")
            self.source_labels[name].setVisible(bool(source))
        self.image.set_focus_point(*entry.focus)
        self._loading = False
        self.image.setText(self.tr("Loading…"))
        image = self.loader.request(entry.path)
        if image is not None:
            self._preview_ready(str(entry.path), image)
        self._update_alt_count()
        self._update_state()

    def _preview_ready(self, path: str, image: QImage) -> None:
        if path != str(self.entries[self.current].path):
            return
        if image.isNull():
            self.image.setText(self.tr("No preview"))
        else:
            self.image.setPixmap(QPixmap.fromImage(image))

    def _focus_changed(self, x: float, y: float) -> None:
        self.entries[self.current].focus = (x, y)

    def _edited(self, name: str, text: str) -> None:
        if self._loading:
            return
        entry = self.entries[self.current]
        if text != entry.values.get(name, ""):
            entry.values[name] = text
            entry.sources.pop(name, None)  # typed by a person now
            self.source_labels[name].setVisible(False)
        if name in CREDIT_FIELDS and self.apply_all.isChecked():
            self._copy_credits()
        if name == "alt":
            self._update_alt_count()
        self._update_state()

    def _copy_credits(self) -> None:
        if not self.apply_all.isChecked():
            return
        source = self.entries[self.current]
        for entry in self.entries:
            if entry is not source:
                for name in CREDIT_FIELDS:
                    entry.values[name] = source.values.get(name, "")
                    entry.sources.pop(name, None)
        self._update_state()

    def _update_alt_count(self) -> None:
        n = len(self.edits["alt"].text())
        text = self.tr("%1 characters; about %2 are best, at most %3")
        text = text.replace("%1", str(n)).replace("%2", str(ALT_HINT)).replace("%3", str(ALT_MAX))
        self.alt_count.setText(text)
        self.edits["alt"].setAccessibleDescription(text)  # read out with the field
        self._tint_notes()

    def _tint_notes(self) -> None:
        """Secondary notes in a quieter colour, the alt counter in the warning colour
        once over the hint; both readable (4.5:1) on a light or a dark palette."""
        if not hasattr(self, "alt_count"):
            return  # a palette change while the dialog is still being built
        for label in self.source_labels.values():
            colours.tint(label, "note")
        colours.tint(self.focus_note, "note")
        over = len(self.edits["alt"].text()) > ALT_HINT
        colours.tint(self.alt_count, "warning" if over else None)

    def missing(self) -> list[tuple[int, list[str]]]:
        """(entry index, missing required fields) for every entry that lacks some."""
        result = []
        for i, entry in enumerate(self.entries):
            gaps = missing_fields(entry.values, self.config)
            if gaps:
                result.append((i, gaps))
        return result

    def _update_state(self) -> None:
        gaps = self.missing()
        ok = not gaps or self.keep_incomplete.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not gaps:
            self.problem.setText("")
            self.problem.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            return
        index, names = gaps[0]
        labels = ", ".join(self.field_label(n) for n in names)
        text = self.tr("Still needed: %1").replace("%1", labels)
        if len(self.entries) > 1:
            text = f"{self.entries[index].path.name}: {text}"
        self.problem.setText(text)
        self.problem.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def accept(self) -> None:
        if self.missing() and not self.keep_incomplete.isChecked():
            return  # also guards against a default-button press while OK is disabled
        super().accept()

    def results(self) -> list[dict[str, str]]:
        return [{n: e.values.get(n, "").strip() for n in PHOTO_FIELDS} for e in self.entries]

    def focus_results(self) -> list[tuple[float, float]]:
        """Each photo's focal point, in the order of the entries."""
        return [e.focus for e in self.entries]

    def allow_incomplete(self) -> bool:
        return self.keep_incomplete.isChecked()
