"""Photo panel and photo dialog: attach by drop and paste, badges, actions, required fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox, QListWidget

from editor.gui import dialogs
from editor.gui.photos import attach as attach_mod
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.panel import BADGES_ROLE, ID_ROLE, PhotoPanel
from editor.gui.photos.thumbs import CACHE_SUBDIR
from editor.model.config import SiteConfig
from editor.model.photometa import read_photo_meta
from editor.model.photos import attach_photo
from tests.model.test_photometa import make_jpeg, xmp_packet

CREDITS = {"creator": "Jörg Schäfer", "credit": "Stadt Beispielhausen",
           "copyright": "© Jörg Schäfer", "alt": "Zwei Personen am Rednerpult"}


@pytest.fixture
def no_modals(monkeypatch):
    """Every question answered, every error recorded; dialogs accepted as they are."""
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a, **k: True)
    monkeypatch.setattr(attach_mod, "run_dialog", lambda d: d.buttons.button(
        QDialogButtonBox.StandardButton.Ok).isEnabled())
    return errors


@pytest.fixture
def panel(qtbot, workspace):
    article = workspace.create_article("Stadtfest", body="Erster Absatz.\n")
    widget = PhotoPanel()
    qtbot.addWidget(widget)
    widget.set_article(article, workspace.config, workspace.root)
    return widget


def _credited_jpeg(path: Path) -> Path:
    return make_jpeg(path, size=(320, 200), xmp=xmp_packet(
        creator=CREDITS["creator"], credit=CREDITS["credit"], rights=CREDITS["copyright"],
        alt=CREDITS["alt"]))


def _drop(widget, mime: QMimeData, pos: QPointF | None = None) -> bool:
    """Deliver a drop as Qt's dispatcher does (QApplication drops synthetic drops without
    a real drag in progress, so the widget's own event entry point is called)."""
    event = QDropEvent(pos or QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    if isinstance(widget, QListWidget):
        return widget.viewportEvent(event)
    return widget.event(event)


def test_drop_files_on_the_panel_attaches_them(qtbot, panel, tmp_path, no_modals) -> None:
    src = _credited_jpeg(tmp_path / "Bühne.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    with qtbot.waitSignal(panel.article_changed) as blocker:
        _drop(panel, mime)
    article = blocker.args[0]
    assert [p.id for p in article.photos] == ["buehne"]
    assert article.photos[0].creator == "Jörg Schäfer"
    assert (article.folder / "photos" / "buehne.jpg").read_bytes() == src.read_bytes()
    assert panel.list.count() == 1 and no_modals == []
    # Thumbnails arrive in the background and land in the workspace cache.
    qtbot.waitUntil(lambda: not panel.loader.busy(), timeout=5000)
    cache = panel.workspace_root / CACHE_SUBDIR
    assert any(cache.glob("*.jpg"))


def test_paste_of_a_clipboard_image_attaches_a_png(qtbot, panel, no_modals,
                                                   monkeypatch) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    # A pasted image carries no credits: the dialog is filled in, then accepted.
    original_init = PhotoDialog.__init__

    def fill(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        for name, value in CREDITS.items():
            self.edits[name].setText(value)

    monkeypatch.setattr(PhotoDialog, "__init__", fill)
    with qtbot.waitSignal(panel.article_changed) as blocker:
        assert panel.paste()
    photo = blocker.args[0].photos[0]
    assert photo.file.endswith(".png") and photo.alt == CREDITS["alt"]
    stored = blocker.args[0].folder / photo.file
    assert read_photo_meta(stored).width == 40


def test_bad_drop_is_refused_and_nothing_changes(qtbot, panel, tmp_path, no_modals) -> None:
    bad = tmp_path / "kaputt.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    changes = []
    panel.article_changed.connect(changes.append)
    _drop(panel, mime)
    assert changes == [] and len(no_modals) == 1 and "kaputt.jpg" in no_modals[0]
    assert list((panel.article().folder / "photos").iterdir()) == []


def test_dialog_cannot_be_confirmed_with_a_required_field_empty(qtbot, tmp_path) -> None:
    src = _credited_jpeg(tmp_path / "a.jpg")
    entry = PhotoEntry.from_meta(src, read_photo_meta(src))
    dialog = PhotoDialog([entry], SiteConfig())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert "XMP dc:creator" in dialog.source_labels["creator"].text()
    qtbot.waitUntil(lambda: not dialog.image.pixmap().isNull(), timeout=5000)  # the photo
    dialog.edits["credit"].setText("  ")
    assert not ok.isEnabled()
    assert "Credit line" in dialog.problem.text()
    dialog.accept()
    assert dialog.result() == 0  # refused even when forced
    dialog.keep_incomplete.setChecked(True)
    assert ok.isEnabled()
    dialog.keep_incomplete.setChecked(False)
    dialog.edits["credit"].setText("Presseamt")
    assert ok.isEnabled() and dialog.results()[0]["credit"] == "Presseamt"
    assert not dialog.source_labels["credit"].isVisible()


def test_dialog_applies_credits_to_all_photos(qtbot, tmp_path) -> None:
    entries = [PhotoEntry(make_jpeg(tmp_path / f"{n}.jpg")) for n in "abc"]
    dialog = PhotoDialog(entries, SiteConfig())
    qtbot.addWidget(dialog)
    dialog.apply_all.setChecked(True)
    for name in ("creator", "credit", "copyright"):
        dialog.edits[name].setText(CREDITS[name])
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # alt text is per photo and still missing
    for index in range(3):
        dialog.picker.setCurrentIndex(index)
        assert dialog.edits["creator"].text() == CREDITS["creator"]
        dialog.edits["alt"].setText(f"Bild {index}")
    assert ok.isEnabled()
    assert [r["alt"] for r in dialog.results()] == ["Bild 0", "Bild 1", "Bild 2"]
    assert {r["credit"] for r in dialog.results()} == {CREDITS["credit"]}
    dialog.edits["alt"].setText("x" * 300)
    assert len(dialog.edits["alt"].text()) == 250


def test_badges_and_actions(qtbot, panel, tmp_path, no_modals, monkeypatch) -> None:
    config = SiteConfig()
    article = panel.article()
    article, _ = attach_photo(article, config, make_jpeg(tmp_path / "a.jpg"),
                              {"creator": "A"}, allow_incomplete=True)
    article, _ = attach_photo(article, config, make_jpeg(tmp_path / "b.jpg"), CREDITS)
    article.body += "\n![](photo:b)\n"
    panel.set_article(article, config, panel.workspace_root)
    badges = {panel.list.item(i).data(ID_ROLE): panel.list.item(i).data(BADGES_ROLE)
              for i in range(panel.list.count())}
    assert badges == {"a": ["incomplete", "credit", "alt", "unused"], "b": []}

    inserted = []
    panel.insert_requested.connect(inserted.append)
    panel.select("a")
    panel.actions_by_name["insert"].trigger()
    assert inserted == ["![](photo:a)"]

    with qtbot.waitSignal(panel.article_changed) as blocker:
        panel.actions_by_name["lead"].trigger()
    assert blocker.args[0].lead_photo == "a"
    assert "unused" not in panel.list.item(0).data(BADGES_ROLE)

    with qtbot.waitSignal(panel.article_changed) as blocker:
        panel.actions_by_name["down"].trigger()
    assert [p.id for p in blocker.args[0].photos] == ["b", "a"]

    panel.select("b")  # placed in the text: removal asks first
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) and False)
    assert not panel.remove_selected()
    assert "line" in asked[0] and panel.article().photo("b") is not None


def test_edit_credits_fills_an_incomplete_photo(qtbot, panel, tmp_path, no_modals,
                                                monkeypatch) -> None:
    article, _ = attach_photo(panel.article(), SiteConfig(), make_jpeg(tmp_path / "a.jpg"),
                              {}, allow_incomplete=True)
    panel.set_article(article, SiteConfig(), panel.workspace_root)

    def accept_filled(dialog) -> bool:
        assert dialog.keep_incomplete.isChecked()
        dialog.keep_incomplete.setChecked(False)
        for name, value in CREDITS.items():
            dialog.edits[name].setText(value)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(attach_mod, "run_dialog", accept_filled)
    with qtbot.waitSignal(panel.article_changed) as blocker:
        assert panel.edit_selected()
    photo = blocker.args[0].photos[0]
    assert not photo.incomplete and photo.creator == CREDITS["creator"]
    assert panel.list.item(0).data(BADGES_ROLE) == ["unused"]


def test_internal_drag_reorders(qtbot, panel, tmp_path) -> None:
    article = panel.article()
    for name in "abc":
        article, _ = attach_photo(article, SiteConfig(), make_jpeg(tmp_path / f"{name}.jpg"),
                                  CREDITS)
    panel.set_article(article, SiteConfig(), panel.workspace_root)
    panel.select("a")
    view = panel.list
    mime = view.model().mimeData([view.currentIndex()])  # what a drag inside the list carries
    target = view.visualItemRect(view.item(2)).center()
    with qtbot.waitSignal(panel.article_changed) as blocker:
        _drop(view, mime, QPointF(target))
    assert [p.id for p in blocker.args[0].photos] == ["b", "c", "a"]
    assert view.currentItem().data(ID_ROLE) == "a"


def test_replace_keeps_credits_and_refuses_bad_files(qtbot, panel, tmp_path, no_modals,
                                                     monkeypatch) -> None:
    article, _ = attach_photo(panel.article(), SiteConfig(), make_jpeg(tmp_path / "a.jpg"),
                              CREDITS)
    panel.set_article(article, SiteConfig(), panel.workspace_root)
    bad = tmp_path / "leer.jpg"
    bad.write_bytes(b"")
    monkeypatch.setattr(attach_mod, "choose_files", lambda *a, **k: [bad])
    changes = []
    panel.article_changed.connect(changes.append)
    panel.actions_by_name["replace"].trigger()
    assert changes == [] and "empty" in no_modals[0]
    new = make_jpeg(tmp_path / "Neues Bild.jpg", color=(0, 0, 255))
    monkeypatch.setattr(attach_mod, "choose_files", lambda *a, **k: [new])
    panel.actions_by_name["replace"].trigger()
    photo = changes[-1].photos[0]
    assert photo.file == "photos/neues-bild.jpg" and photo.creator == CREDITS["creator"]
    assert (changes[-1].folder / photo.file).read_bytes() == new.read_bytes()


def test_german_translation_relabels_the_panel(qtbot, panel, tmp_path) -> None:
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from editor.gui import i18n

    tool = i18n._lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "newsdesk_de.ts"
    qm = tmp_path / "photos_de.qm"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.actions_by_name["lead"].text() == "Aufmacherfoto")
        assert panel.badge_text("alt") == "kein Alternativtext"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.actions_by_name["lead"].text() == "Lead photo")


def test_add_uses_the_file_dialog(qtbot, panel, tmp_path, no_modals, monkeypatch) -> None:
    files = [_credited_jpeg(tmp_path / "eins.jpg"), _credited_jpeg(tmp_path / "zwei.png")]
    monkeypatch.setattr(attach_mod, "choose_files", lambda *a, **k: files)
    with qtbot.waitSignal(panel.article_changed) as blocker:
        panel.actions_by_name["add"].trigger()
    assert [p.id for p in blocker.args[0].photos] == ["eins", "zwei"]
    # A PNG named .png but holding JPEG data is stored under its real type.
    assert blocker.args[0].photos[1].file == "photos/zwei.jpg"
    assert panel.selected_id() == "zwei"
    monkeypatch.setattr(attach_mod, "choose_files", lambda *a, **k: [])
    panel.actions_by_name["add"].trigger()  # cancelled: nothing happens
    assert len(panel.article().photos) == 2
