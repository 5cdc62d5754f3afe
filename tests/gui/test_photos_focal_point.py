"""Photo dialog: the focal point is set by a click on the photo or with the arrow keys,
and the panel stores it as the photo's ``focus``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from editor.gui.photos import attach as attach_mod
from editor.gui.photos.dialog import PhotoDialog, PhotoEntry
from editor.gui.photos.focal_point import FocalPointPicker
from editor.gui.photos.panel import PhotoPanel
from editor.model.config import SiteConfig
from editor.model.focus import focus_of
from editor.model.photometa import read_photo_meta
from editor.model.photos import attach_photo, set_focus
from tests.model.test_photometa import make_jpeg, xmp_packet

CREDITS = {"creator": "Jörg Schäfer", "credit": "Stadt Beispielhausen",
           "copyright": "© Jörg Schäfer", "alt": "Zwei Personen am Rednerpult"}


def _jpeg(path: Path) -> Path:
    return make_jpeg(path, size=(300, 200), xmp=xmp_packet(
        creator=CREDITS["creator"], credit=CREDITS["credit"], rights=CREDITS["copyright"],
        alt=CREDITS["alt"]))


def _dialog(qtbot, tmp_path: Path, focus=(0.5, 0.5)) -> PhotoDialog:
    src = _jpeg(tmp_path / "a.jpg")
    entry = PhotoEntry.from_meta(src, read_photo_meta(src))
    entry.focus = focus
    dialog = PhotoDialog([entry], SiteConfig())
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.image.pixmap().isNull(), timeout=5000)
    return dialog


def test_click_on_the_photo_sets_the_focal_point(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    picker: FocalPointPicker = dialog.image
    rect = picker.image_rect()
    assert rect.isValid()
    target = QPoint(round(rect.left() + rect.width() * 0.25),
                    round(rect.top() + rect.height() * 0.75))
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=target)
    x, y = dialog.focus_results()[0]
    assert abs(x - 0.25) < 0.02 and abs(y - 0.75) < 0.02
    # outside the image (the margin at the far left) is clamped to the edge
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(0, round(rect.center().y())))
    assert dialog.focus_results()[0][0] == 0.0


def test_arrow_keys_move_the_marker_and_it_has_a_name(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path, focus=(0.5, 0.5))
    picker = dialog.image
    assert picker.accessibleName() == "Focal point"
    assert picker.focusPolicy() & Qt.FocusPolicy.TabFocus
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert dialog.focus_results()[0] == (0.6, 0.45)
    qtbot.keyClick(picker, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focus_results()[0] == (0.6, 0.46)
    assert "60 %" in picker.accessibleDescription()
    for _ in range(30):
        qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert dialog.focus_results()[0][0] == 0.0  # never past the edge
    qtbot.keyClick(picker, Qt.Key.Key_Home)
    assert dialog.focus_results()[0] == (0.5, 0.5)


def test_dialog_shows_the_stored_focal_point(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, tmp_path, focus=(0.1, 0.9))
    assert dialog.image.focus_point() == (0.1, 0.9)


@pytest.fixture
def panel(qtbot, workspace):
    article = workspace.create_article("Stadtfest", body="Erster Absatz.\n")
    widget = PhotoPanel()
    qtbot.addWidget(widget)
    widget.set_article(article, workspace.config, workspace.root)
    return widget


def test_panel_stores_the_focal_point_from_the_dialog(qtbot, panel, tmp_path,
                                                      monkeypatch) -> None:
    article, _ = attach_photo(panel.article(), SiteConfig(), _jpeg(tmp_path / "a.jpg"), {})
    article = set_focus(article, article.photos[0].id, 0.2, 0.3)
    panel.set_article(article, SiteConfig(), panel.workspace_root)

    def move_right(dialog) -> bool:
        assert dialog.image.focus_point() == (0.2, 0.3)  # shown as stored
        QTest.keyClick(dialog.image, Qt.Key.Key_Right)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(attach_mod, "run_dialog", move_right)
    with qtbot.waitSignal(panel.article_changed) as blocker:
        assert panel.edit_selected()
    photo = blocker.args[0].photos[0]
    assert focus_of(photo) == (0.25, 0.3)
    assert photo.extra["focus"] == [0.25, 0.3]


def test_attach_stores_the_focal_point_chosen_in_the_dialog(qtbot, panel, tmp_path,
                                                            monkeypatch) -> None:
    from editor.gui.photos.attach import attach_files

    src = _jpeg(tmp_path / "neu.jpg")

    def click_corner(dialog) -> bool:
        QTest.keyClick(dialog.image, Qt.Key.Key_Down)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    monkeypatch.setattr(attach_mod, "run_dialog", click_corner)
    updated = attach_files(panel, panel.article(), SiteConfig(), [src], panel.workspace_root)
    assert updated is not None
    assert updated.photos[0].extra["focus"] == [0.5, 0.55]
