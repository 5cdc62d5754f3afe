"""The window's export records who exported: the name from Settings, else the login."""

from __future__ import annotations

from editor.gui import settings as S
from editor.model import reviewlog
from editor.model.lock import current_user
from tests.gui.test_export_dialog import SLUG, make_dialog, run, ws  # noqa: F401 - fixture


def _published_by(article) -> list[str]:
    return [e.by for e in reviewlog.read_log(article.folder).events if e.kind == "published"]


def test_export_in_the_app_records_the_settings_name(qtbot, ws, gui_settings,  # noqa: F811
                                                      tmp_path):
    gui_settings.set(S.USER_NAME, "Clara Redaktion")
    dialog = make_dialog(qtbot, ws, gui_settings, tmp_path / "out")
    run(qtbot, dialog)
    assert dialog.result is not None
    assert _published_by(ws.load(SLUG)) == ["Clara Redaktion"]
    gui_settings.set(S.USER_NAME, "")
    dialog = make_dialog(qtbot, ws, gui_settings, tmp_path / "out")
    run(qtbot, dialog)
    assert _published_by(ws.load(SLUG))[-1] == current_user() != ""
