"""Plain-language hints in the GUI: the problems panel (after warnings, own icon and
word, jump to the line), the status bar (figure; hints not counted as problems), and the
review panel (figure and hints for the reviewer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStyle

from editor.gui.preflight import PreflightPanel
from editor.gui.readability_label import ReadabilityLabel
from editor.gui.statusbar import StatusBarWidgets
from editor.model.article import load_article
from editor.model.config import SiteConfig
from editor.model.validation import Location, Problem, validate

LONG = " ".join(["Wort"] * 30) + "."
SAMPLE_ARTICLE = "runder-tisch-der-partnerstaedte-tagt-in-beispielhausen"


def _article(tmp_path: Path, body: str, title: str = "Titel"):
    folder = tmp_path / "artikel"
    folder.mkdir(exist_ok=True)
    (folder / "article.md").write_text(
        f"---\ntitle: {title}\ndate: 2022-06-24\nlead: Ein Vorspann.\n---\n{body}",
        encoding="utf-8")
    return load_article(folder)


def test_hints_come_after_warnings_with_their_own_icon_and_word(qtbot, tmp_path):
    article = _article(tmp_path, f"Kurz.\n\n{LONG}\n\n#### Zu tief\n", title="")
    problems = validate(article, SiteConfig())
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    panel.set_problems(list(reversed(problems)))
    shown = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    severities = [item.data(0, Qt.ItemDataRole.UserRole).severity for item in shown]
    assert severities == ["error", "warning", "hint"]
    hint = shown[2]
    assert hint.toolTip(0).startswith("Hint: A sentence of 30 words")
    assert hint.text(1) == "Line 3"
    info = panel.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    warning = panel.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert hint.icon(0).pixmap(16).toImage() == info.pixmap(16).toImage()
    assert hint.icon(0).pixmap(16).toImage() != warning.pixmap(16).toImage()
    assert "1 error(s), 1 warning(s)" in panel.summary.text()
    assert "1 plain-language hint(s)" in panel.summary.text()


def test_only_hints_still_means_no_problems(qtbot, tmp_path):
    panel = PreflightPanel()
    qtbot.addWidget(panel)
    hint = Problem("hint", "long-word", "x", Location("line", 2),
                   {"word": "Straßenausbaubeitragssatzung", "letters": 28, "limit": 20})
    panel.set_problems([hint])
    assert "No problems: the article is ready for review." in panel.summary.text()
    assert "1 plain-language hint(s)" in panel.summary.text()
    assert "“Straßenausbaubeitragssatzung” has 28 letters" in panel.tree.topLevelItem(0).text(0)
    panel.set_problems([Problem("error", "not-approved", "x", Location("file", "review")),
                        hint])
    assert "No problems in the content" in panel.summary.text()


def test_status_bar_does_not_count_hints_as_problems(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusBarWidgets(window.statusBar())
    hint = Problem("hint", "long-sentence", "x", Location("line", 1))
    status.set_problems([hint, hint])
    assert status.problems_text() == "No problems"
    status.set_problems([hint, Problem("warning", "no-lead", "x", Location("field", "lead"))])
    assert status.problems_text() == "1 warning"


def test_readability_label_computes_off_the_gui_thread(qtbot, tmp_path):
    label = ReadabilityLabel()
    qtbot.addWidget(label)
    text = ("Am Montag beginnen die Arbeiten an der Brücke. Die Straße bleibt bis Freitag "
            "gesperrt. Busse fahren eine Umleitung.")
    article = _article(tmp_path, text + "\n", title="Baustelle")
    article.lead = ""
    with qtbot.waitSignal(label.ready, timeout=30_000) as blocker:
        label.set_article(article, SiteConfig())
        label.compute()  # not waiting for the pause after opening
    figure = blocker.args[0]
    # 19 words (with the title), 4 sentences, 35 syllables: 180 - 4.75 - 58.5 * 35/19
    assert (figure.words, figure.sentences, figure.syllables) == (19, 4, 35)
    assert figure.shown == round(180 - 19 / 4 - 58.5 * 35 / 19)
    assert label.text() == f"Readability {figure.shown} (plain)"  # 60-70: Flesch's "standard"
    assert "Amstad" in label.toolTip() and "about 1 min reading" in label.toolTip()
    # an edit waits for a pause, then shows the new figure
    article.body = LONG + "\n"
    with qtbot.waitSignal(label.ready, timeout=30_000):
        label.update_article(article)
    assert label.figure.words == 31
    label.set_article(None, None)
    assert label.text() == ""


def test_problems_panel_jumps_to_a_hints_line(main_window, qtbot):
    main_window.open_article(SAMPLE_ARTICLE)
    main_window.run_validation()
    hints = [p for p in main_window.problems if p.is_hint]
    assert {p.code for p in hints} >= {"long-sentence", "long-word"}
    panel = main_window.panels.show("preflight")
    tree = panel.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.data(0, Qt.ItemDataRole.UserRole).rank for r in rows] == sorted(
        r.data(0, Qt.ItemDataRole.UserRole).rank for r in rows)
    item = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole).code == "long-word")
    problem = item.data(0, Qt.ItemDataRole.UserRole)
    tree.setCurrentItem(item)
    tree.itemActivated.emit(item, 0)
    editor = main_window.pane.editor
    qtbot.waitUntil(lambda: editor.textCursor().blockNumber() + 1 == problem.location.ref,
                    timeout=2000)
    line = editor.textCursor().block().text()
    assert problem.params["word"] in line


def test_review_panel_shows_figure_and_hints(main_window, qtbot):
    main_window.open_article(SAMPLE_ARTICLE)
    panel = main_window.panels.show("review")
    qtbot.waitUntil(lambda: bool(panel.hints) and panel.figure is not None, timeout=30_000)
    text = panel.plain_label.text()
    assert text.startswith("Plain language: readability ")
    assert "long sentences: 1" in text and "long words: 2" in text
    assert panel.hint_list.topLevelItemCount() == len(panel.hints) == 3
    assert panel.tabs.tabText(2) == "Plain language (3)"
    # a reviewer's double-click goes to the line, like the problems panel
    item = panel.hint_list.topLevelItem(0)
    problem = item.data(0, Qt.ItemDataRole.UserRole)
    panel.hint_list.itemActivated.emit(item, 0)
    editor = main_window.pane.editor
    qtbot.waitUntil(lambda: editor.textCursor().blockNumber() + 1 == problem.location.ref,
                    timeout=2000)


def test_export_dialog_exports_with_hints_and_lists_them_last(qtbot, sample_workspace,
                                                             gui_settings, tmp_path):
    from editor.gui.export import ExportDialog
    from editor.model.workspace import Workspace

    toml = sample_workspace / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "approval_required = true", "approval_required = false"), encoding="utf-8")
    ws = Workspace.open(sample_workspace)
    article = ws.load("stadtbibliothek-oeffnet-nach-der-sanierung-wieder")
    article.lead = ""  # a warning besides the sample's long-sentence hint
    dialog = ExportDialog(article, ws.config, ws.root, gui_settings)
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    dialog.folder.setText(str(out))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    dialog.wait()
    assert dialog.result is not None  # hints never refuse an export
    assert (out / article.slug / "index.html").is_file()
    rows = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert rows[0].startswith("Warning") and "no lead" in rows[0]
    assert rows[-1].startswith("Hint – Line ") and "sentence of 32 words" in rows[-1]
