"""Spell checking as the writer sees it: the wavy underline in the body and the fields,
the menu's suggestions (one undo step), the workspace dictionary, and the 'off' state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget

from editor.gui.editor_pane.markdown_editor import MarkdownEditor
from editor.gui.editor_pane.metadata_form import MetadataForm
from editor.model.article import load_article
from editor.model.spelling import engine

WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def _article(tmp_path: Path, body: str, title: str = "Titel", language: str = "de"):
    root = tmp_path / "ws"
    folder = root / "articles" / "a"
    folder.mkdir(parents=True)
    (root / "newsdesk.toml").write_text(f'language = "{language}"\n', encoding="utf-8")
    (folder / "article.md").write_text(
        f"---\ntitle: {title}\nlead: Ein kurzer Vorspann\n---\n{body}", encoding="utf-8")
    return load_article(folder)


class Pane(QMainWindow):
    """The two spelling users of an editor pane, siblings as in EditorPane."""

    def __init__(self) -> None:
        super().__init__()
        self.stack = QUndoStack(self)
        central = QWidget(self)
        self.form = MetadataForm(central)
        self.editor = MarkdownEditor(self.stack, central)
        layout = QVBoxLayout(central)
        layout.addWidget(self.form)
        layout.addWidget(self.editor)
        self.setCentralWidget(central)
        self.resize(700, 500)

    def open(self, article) -> None:
        self.form.set_article(article)
        self.editor.load_text(article.body)


@pytest.fixture
def pane(qtbot):
    window = Pane()
    qtbot.addWidget(window)
    yield window
    window.editor.spelling.shutdown()


def _underlined(editor, word: str) -> bool:
    document = editor.document()
    block = document.begin()
    while block.isValid():
        index = block.text().find(word)
        if index >= 0:
            for r in block.layout().formats():
                if (r.format.underlineStyle() == WAVY and r.start <= index
                        and index + len(word) <= r.start + r.length):
                    return True
        block = block.next()
    return False


def _open(qtbot, pane: Pane, article) -> None:
    pane.open(article)
    qtbot.waitUntil(lambda: pane.editor.spelling.checker is not None, timeout=5000)


def _cursor_on(editor, word: str) -> QTextCursor:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return cursor


def test_misspelled_word_is_underlined_and_code_is_not(qtbot, pane, tmp_path) -> None:
    _open(qtbot, pane, _article(tmp_path, "## Die Sitzzung\n\nDer Rat tagt im Rathauss."
                                          "\n\n```\nfalschh\n```\n\nSiehe `Codee`.\n"))
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Rathauss"), timeout=5000)
    assert _underlined(pane.editor, "Sitzzung")  # in a heading too
    assert not _underlined(pane.editor, "Rat ")
    assert not _underlined(pane.editor, "falschh") and not _underlined(pane.editor, "Codee")


def test_typing_a_misspelling_underlines_it(qtbot, pane, tmp_path) -> None:
    _open(qtbot, pane, _article(tmp_path, "Der Rat tagt.\n"))
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, " Morgenn frueh")
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Morgenn"), timeout=5000)


def test_suggestion_replaces_and_one_undo_restores(qtbot, pane, tmp_path) -> None:
    _open(qtbot, pane, _article(tmp_path, "Der Rat tagt im Rathauss.\n"))
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Rathauss"), timeout=5000)
    menu = QMenu()
    assert pane.editor.spelling_menu(_cursor_on(pane.editor, "Rathauss"), menu)
    texts = [a.text() for a in menu.actions()]
    assert "Rathaus" in texts and len([t for t in texts if t]) <= 7 + 2 + 20
    assert "Add to workspace dictionary" in texts and "Ignore in this article" in texts
    before = pane.stack.count()
    next(a for a in menu.actions() if a.text() == "Rathaus").trigger()
    assert pane.editor.toPlainText() == "Der Rat tagt im Rathaus.\n"
    assert pane.stack.count() == before + 1
    pane.editor.setFocus()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.editor.toPlainText() == "Der Rat tagt im Rathauss.\n"


def test_add_to_dictionary_writes_the_file_and_the_underline_goes(qtbot, pane,
                                                                   tmp_path) -> None:
    article = _article(tmp_path, "Frau Rademacherr begrüßt Gäste.\n")
    (tmp_path / "ws" / "dictionary.txt").write_text("Dongguan\n", encoding="utf-8")
    _open(qtbot, pane, article)
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Rademacherr"), timeout=5000)
    menu = QMenu()
    pane.editor.spelling_menu(_cursor_on(pane.editor, "Rademacherr"), menu)
    next(a for a in menu.actions() if a.text() == "Add to workspace dictionary").trigger()
    assert (tmp_path / "ws" / "dictionary.txt").read_text(encoding="utf-8") == (
        "Dongguan\nRademacherr\n")
    qtbot.waitUntil(lambda: not _underlined(pane.editor, "Rademacherr"), timeout=5000)
    assert pane.editor.toPlainText() == "Frau Rademacherr begrüßt Gäste.\n"


def test_ignore_in_this_article_only(qtbot, pane, tmp_path) -> None:
    article = _article(tmp_path, "Das Wort Quaxx steht hier.\n")
    _open(qtbot, pane, article)
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Quaxx"), timeout=5000)
    menu = QMenu()
    pane.editor.spelling_menu(_cursor_on(pane.editor, "Quaxx"), menu)
    next(a for a in menu.actions() if a.text() == "Ignore in this article").trigger()
    qtbot.waitUntil(lambda: not _underlined(pane.editor, "Quaxx"), timeout=5000)
    assert not (tmp_path / "ws" / "dictionary.txt").exists()
    other = load_article(article.folder)
    other.folder = tmp_path / "ws" / "articles" / "b"  # another article: checked again
    other.folder.mkdir()
    _open(qtbot, pane, other)
    qtbot.waitUntil(lambda: _underlined(pane.editor, "Quaxx"), timeout=5000)


def test_front_matter_language_en(qtbot, pane, tmp_path) -> None:
    root = tmp_path / "ws"
    folder = root / "articles" / "a"
    folder.mkdir(parents=True)
    (root / "newsdesk.toml").write_text('language = "de"\n', encoding="utf-8")
    (folder / "article.md").write_text("---\ntitle: The council\nlanguage: en\n---\n"
                                       "The mayor will recieve the guests.\n", encoding="utf-8")
    _open(qtbot, pane, load_article(folder))
    qtbot.waitUntil(lambda: _underlined(pane.editor, "recieve"), timeout=5000)
    assert not _underlined(pane.editor, "mayor")


def test_lead_and_title_fields(qtbot, pane, tmp_path) -> None:
    article = _article(tmp_path, "Text.\n", title="Der Tittel")
    article.lead = "Ein Vorspannn hier"
    _open(qtbot, pane, article)
    qtbot.waitUntil(lambda: _underlined(pane.form.lead, "Vorspannn"), timeout=5000)
    qtbot.waitUntil(lambda: id(pane.form.title) in pane.form.field_spelling._marked,
                    timeout=5000)  # the title shows an underline
    assert id(pane.form.kicker) not in pane.form.field_spelling._marked
    edits = []
    pane.form.edited.connect(lambda name, value: edits.append((name, value)))
    pos = pane.form.title.cursorRect().center()
    pane.form.title.setCursorPosition(6)
    pos.setX(pane.form.title.cursorRect().center().x())
    menu = pane.form.field_spelling.menu_for(pane.form.title, pos)
    titel = next(a for a in menu.actions() if a.text() == "Titel")
    titel.trigger()
    assert pane.form.title.text() == "Der Titel"
    assert edits == [("title", "Der Titel")]
    assert id(pane.form.title) not in pane.form.field_spelling._marked


def test_no_dictionary_is_off_with_a_status_notice(qtbot, pane, tmp_path,
                                                   monkeypatch) -> None:
    monkeypatch.setitem(engine.TAGS, "de", ("zz_ZZ",))
    _open(qtbot, pane, _article(tmp_path, "Der Rat tagt im Rathauss.\n"))
    assert not pane.editor.spelling.active()
    assert "Spell checking is off" in pane.statusBar().currentMessage()
    assert not _underlined(pane.editor, "Rathauss")
    menu = QMenu()
    assert not pane.editor.spelling_menu(_cursor_on(pane.editor, "Rathauss"), menu)
    qtbot.keyClicks(pane.editor, "Tippen gehtt weiter")  # and typing still works
    assert "gehtt" in pane.editor.toPlainText()


def test_the_spelling_preference(qtbot, main_window, gui_settings) -> None:
    """Settings ▸ Spelling off: the underlines go at once and stay off in the next
    article; on again: back."""
    from editor.gui import settings as S
    from editor.gui.settings_dialog import SettingsDialog

    editor = main_window.pane.editor
    qtbot.waitUntil(lambda: _underlined(editor, "Lindner"), timeout=5000)
    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    assert dialog.spell_check.isChecked()
    dialog.spell_check.setChecked(False)
    dialog.accept()
    assert gui_settings.get(S.SPELL_CHECK) is False
    assert not _underlined(editor, "Lindner")
    main_window.open_article("neue-fahrradstrasse-verbindet-bahnhof-und-altstadt")
    assert "Mühlenweg" in editor.toPlainText()
    qtbot.wait(300)
    assert not editor.spelling.active() and not _underlined(editor, "Mühlenweg")
    dialog = SettingsDialog(gui_settings)
    qtbot.addWidget(dialog)
    dialog.spell_check.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: _underlined(editor, "Mühlenweg"), timeout=5000)


def test_found_misspellings_are_underlined_visible_blocks_first_in_slices(qtbot, pane,
                                                                           tmp_path) -> None:
    """New answers underline what is on screen at once and the rest of a long article a
    slice per event-loop turn: the window never waits for the whole document."""
    from editor.gui.editor_pane import highlighter as hl

    body = "".join(f"Absatz {i} mit dem Wort Zwiebelturmm darin.\n\n" for i in range(1000))
    _open(qtbot, pane, _article(tmp_path, body))
    pane.show()
    qtbot.waitExposed(pane)
    pane.editor.spelling.wait_idle()
    highlighter = pane.editor.highlighter
    document = pane.editor.document()

    def underlined(block) -> bool:
        return any(r.format.underlineStyle() == WAVY for r in block.layout().formats())

    with_word = [n for n in range(document.blockCount())
                 if "Zwiebelturmm" in document.findBlockByNumber(n).text()]
    assert len(with_word) == 1000
    qtbot.waitUntil(lambda: underlined(document.findBlockByNumber(with_word[0]))
                    and underlined(document.findBlockByNumber(with_word[-1])), timeout=20000)
    qtbot.waitUntil(lambda: not highlighter._slice.isActive(), timeout=20000)
    # The word is found misspelled (again): which blocks are highlighted, and when.
    calls: list[int] = []
    original = highlighter.rehighlightBlock
    highlighter.rehighlightBlock = lambda block: (calls.append(block.blockNumber()),
                                                  original(block))
    slices: list[float] = []
    original_slice = highlighter._rehighlight_slice

    def timed_slice() -> None:
        import time
        t = time.perf_counter()
        original_slice()
        slices.append(time.perf_counter() - t)
    highlighter._slice.timeout.disconnect()
    highlighter._slice.timeout.connect(timed_slice)
    highlighter._rehighlight_words({"Zwiebelturmm"})
    assert calls and calls[0] == pane.editor.firstVisibleBlock().blockNumber()
    assert max(calls) < 200  # only what is on screen before the event loop runs again
    qtbot.waitUntil(lambda: not highlighter._slice.isActive() and not highlighter._words,
                    timeout=20000)
    assert len(slices) > 1  # the rest of the document in more than one turn
    assert set(with_word) <= set(calls)  # every block with the word
    assert hl.SLICE_SECONDS <= 0.004


def test_found_word_highlights_again_only_lines_with_that_word(qtbot, pane, tmp_path) -> None:
    """While typing, the words found misspelled are often beginnings of words ("sc" of
    "schnell"): only lines holding such a word as a word of its own are highlighted
    again, not every line it is a part of (that took tens of ms per answer, issue 12)."""
    body = "".join(f"Absatz {i}: schnell tippen.\n\n" for i in range(300)) + "Hier sc.\n"
    _open(qtbot, pane, _article(tmp_path, body))
    pane.show()
    qtbot.waitExposed(pane)
    pane.editor.spelling.wait_idle()
    highlighter = pane.editor.highlighter
    qtbot.waitUntil(lambda: not highlighter._slice.isActive(), timeout=20000)
    calls: list[int] = []
    original = highlighter.rehighlightBlock
    highlighter.rehighlightBlock = lambda block: (calls.append(block.blockNumber()),
                                                  original(block))
    highlighter._rehighlight_words({"sc"})
    qtbot.waitUntil(lambda: not highlighter._slice.isActive() and not highlighter._words,
                    timeout=20000)
    assert calls == [pane.editor.document().blockCount() - 2]  # "Hier sc." (then an empty line)


def test_a_dictionary_that_fails_to_open_is_reported(qtbot, pane, tmp_path,
                                                     monkeypatch) -> None:
    """Opening the dictionary raising (a broken Hunspell file, a library error) is said in
    the status bar, as a missing dictionary is; spelling is off, typing goes on."""
    from editor.gui import spelling_worker

    def broken(*_args):
        raise OSError("de_DE.dic: Eingabe-/Ausgabefehler")

    monkeypatch.setattr(spelling_worker, "open_checker", broken)
    monkeypatch.setattr(spelling_worker, "_checkers", {})
    pane.open(_article(tmp_path, "Der Rat tagt im Rathauss.\n"))
    qtbot.waitUntil(lambda: "Spell checking is off" in pane.statusBar().currentMessage(),
                    timeout=5000)
    assert "Eingabe-/Ausgabefehler" in pane.statusBar().currentMessage()
    assert not pane.editor.spelling.active()
    qtbot.keyClicks(pane.editor, "Tippen gehtt weiter")
    assert "gehtt" in pane.editor.toPlainText()
