"""Export dialog: success shows the bundle, refusal lists problems and writes nothing,
cancel leaves no half bundle, progress advances; the window's Export… action opens it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from editor.gui import settings as S
from editor.gui.export import ExportDialog
from editor.model.workspace import Workspace
from editor.publish import bundle

SLUG = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"  # the sample with two photos


@pytest.fixture
def ws(sample_workspace: Path) -> Workspace:
    toml = sample_workspace / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "approval_required = true", "approval_required = false"), encoding="utf-8")
    return Workspace.open(sample_workspace)


def make_dialog(qtbot, ws: Workspace, settings, out: Path, article=None, save=None):
    article = article if article is not None else ws.load(SLUG)
    dialog = ExportDialog(article, ws.config, ws.root, settings, save=save)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(out))
    return dialog


def run(qtbot, dialog: ExportDialog) -> None:
    assert dialog.start()
    assert dialog.is_running()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    dialog.wait()


def test_success_writes_bundle_and_shows_path(qtbot, ws, gui_settings, tmp_path):
    out = tmp_path / "out"
    saved: list[bool] = []
    dialog = make_dialog(qtbot, ws, gui_settings, out,
                         save=lambda: saved.append(True) or True)
    dialog.zip.setChecked(True)
    steps: list[tuple[int, int]] = []
    original = dialog._progressed
    dialog._progressed = lambda d, t: (steps.append((d, t)), original(d, t))  # type: ignore
    run(qtbot, dialog)
    assert saved == [True]  # saved before exporting
    target = out / SLUG
    assert dialog.result is not None and dialog.result.bundle == target
    assert (target / "index.html").is_file()
    assert (target / "article.json").is_file()
    assert any((target / "images").iterdir())
    assert (out / f"{SLUG}.zip").is_file()
    assert str(target) in dialog.status.text()
    assert dialog.open_folder.isVisibleTo(dialog)
    assert gui_settings.get(S.LAST_EXPORT_DIR) == str(out)
    # progress advanced to the end, counting the photos
    assert steps and steps[-1][0] == steps[-1][1] == 2
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.export_button.isEnabled()


def test_remembers_folder_and_zip_per_workspace(qtbot, ws, gui_settings, tmp_path):
    fresh = ExportDialog(ws.load(SLUG), ws.config, ws.root, gui_settings)
    qtbot.addWidget(fresh)
    # At first: beside the workspace (not the home folder, never inside the workspace).
    assert Path(fresh.folder.text()) == ws.root.resolve().parent / f"{ws.root.name}-export"
    assert not fresh.zip.isChecked()
    out = tmp_path / "für die Website"
    first = make_dialog(qtbot, ws, gui_settings, out)
    first.zip.setChecked(True)
    run(qtbot, first)
    again = ExportDialog(ws.load(SLUG), ws.config, ws.root, gui_settings)
    qtbot.addWidget(again)
    assert again.folder.text() == str(out)
    assert again.zip.isChecked()
    # Another workspace keeps its own choice.
    other_root = Workspace.init(tmp_path / "other").root
    other = ExportDialog(ws.load(SLUG), ws.config, other_root, gui_settings)
    qtbot.addWidget(other)
    assert other.folder.text() != str(out) and not other.zip.isChecked()


def test_refused_lists_problems_and_writes_nothing(qtbot, ws, gui_settings, tmp_path):
    article = ws.load(SLUG)
    article.photos[0].credit = ""
    out = tmp_path / "out"
    dialog = make_dialog(qtbot, ws, gui_settings, out, article=article)
    run(qtbot, dialog)
    assert dialog.result is None
    codes = [p.code for p in dialog.problems]
    assert "photo-field-missing" in codes
    rows = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert any("fassade" in r and "credit line" in r for r in rows)
    assert dialog.problem_list.isVisibleTo(dialog)
    assert not dialog.open_folder.isVisibleTo(dialog)
    assert not out.exists() or not any(out.iterdir())


def test_approval_gate_says_who_approved_which_version(qtbot, sample_workspace, gui_settings,
                                                       tmp_path):
    from editor.model import review

    ws = Workspace.open(sample_workspace)  # approval_required = true
    article = ws.load(SLUG)
    review.add_event(article, "submitted", "Ben Autor")
    review.add_event(article, "approved", "Clara Chefin", config=ws.config)
    article.body += "\nNoch ein Satz.\n"
    dialog = make_dialog(qtbot, ws, gui_settings, tmp_path / "out", article=article)
    run(qtbot, dialog)
    rows = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert any("Clara Chefin" in r and "approved version" in r for r in rows), rows
    assert not (tmp_path / "out" / SLUG).exists()


def test_cancel_leaves_no_half_bundle(qtbot, ws, gui_settings, tmp_path, monkeypatch):
    real = bundle.build_derivatives
    started = threading.Event()

    def slow(*args, **kwargs):  # holds the worker until the user has cancelled
        started.set()
        kwargs["cancel"].wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle, "build_derivatives", slow)
    out = tmp_path / "out"
    dialog = make_dialog(qtbot, ws, gui_settings, out)
    assert dialog.start()
    assert started.wait(10)
    assert dialog.cancel_button.text() == dialog.tr("Cancel")
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    dialog.wait()
    assert dialog.result is None
    assert "cancelled" in dialog.status.text()
    assert not (out / SLUG).exists()
    assert not out.exists() or not list(out.iterdir())
    assert dialog.export_button.isEnabled()


def test_failed_save_stops_export(qtbot, ws, gui_settings, tmp_path):
    dialog = make_dialog(qtbot, ws, gui_settings, tmp_path / "out", save=lambda: False)
    assert not dialog.start()
    assert not dialog.is_running()
    assert not (tmp_path / "out").exists()


def test_window_action_opens_dialog(qtbot, main_window, tmp_path):
    from editor.gui.actions import A

    window = main_window
    action = window.actions[A.EXPORT]
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.actions.menu("&File").actions()
    window.open_article(SLUG)
    assert window.doc.article is not None
    action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.article is window.doc.article
    dialog.close()


def test_closing_the_window_cancels(qtbot, ws, gui_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    real = bundle.build_derivatives

    def slow(*args, **kwargs):
        kwargs["cancel"].wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle, "build_derivatives", slow)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = ExportDialog(ws.load(SLUG), ws.config, ws.root, gui_settings, parent=window)
    dialog.folder.setText(str(tmp_path / "out"))
    assert dialog.start()
    window.close()
    assert dialog.cancel_event.is_set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    dialog.wait()
    assert not (tmp_path / "out" / SLUG).exists()


def test_cancel_stops_promptly_while_rendering_a_pathological_article(qtbot, ws, gui_settings,
                                                                      tmp_path):
    """Thousands of '[' keep Python-Markdown busy for minutes; the render runs in the
    sandbox, so Cancel stops it within a moment (the time limit is set far away)."""
    import dataclasses
    import time

    from editor.render import sandbox

    article = ws.load(SLUG)
    article.body = "[" * 20000 + "\n"
    article.photos = []
    article.lead_photo = ""
    config = dataclasses.replace(ws.config, render_timeout_seconds=300)
    out = tmp_path / "out"
    dialog = ExportDialog(article, config, ws.root, gui_settings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(out))
    assert dialog.start()
    qtbot.waitUntil(lambda: "Rendering" in dialog.status.text(), timeout=30000)
    time.sleep(1.5)  # well inside the render (which would take minutes)
    assert dialog.is_running()
    clicked = time.monotonic()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    stopped = time.monotonic() - clicked
    dialog.wait()
    assert stopped < 3.0, stopped
    assert "cancelled" in dialog.status.text()
    assert dialog.result is None
    assert not out.exists() or not list(out.iterdir())
    sandbox.shutdown()


@pytest.mark.parametrize("inside", ["root", "article", "photos"])
def test_out_inside_the_workspace_is_refused_like_the_cli(qtbot, ws, gui_settings, inside):
    folder = ws.root / "articles" / SLUG
    out = {"root": ws.root, "article": folder, "photos": folder / "photos"}[inside]
    saved: list[bool] = []
    dialog = make_dialog(qtbot, ws, gui_settings, out, save=lambda: saved.append(True) or True)
    before = sorted(p.relative_to(ws.root).as_posix() for p in ws.root.rglob("*"))
    assert not dialog.start()
    assert not dialog.is_running()
    assert "inside the workspace" in dialog.status.text()
    assert saved == []  # refused before saving or writing anything
    assert sorted(p.relative_to(ws.root).as_posix() for p in ws.root.rglob("*")) == before


def test_second_export_says_already_up_to_date(qtbot, ws, gui_settings, tmp_path):
    """Exporting again with nothing changed writes nothing and says so, with the folder."""
    out = tmp_path / "out"
    first = make_dialog(qtbot, ws, gui_settings, out)
    run(qtbot, first)
    target = out / SLUG
    assert first.result is not None and not first.result.up_to_date
    assert "up to date" not in first.status.text()
    inode = (target / "index.html").stat().st_ino
    again = make_dialog(qtbot, ws, gui_settings, out)
    run(qtbot, again)
    assert again.result is not None and again.result.up_to_date
    assert again.status.text() == f"Already up to date: {target}"
    assert (target / "index.html").stat().st_ino == inode  # not written again
    assert again.open_folder.isVisibleTo(again)
