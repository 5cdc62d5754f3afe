"""Status bar: counts, reading time, save state, clickable problem count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow

from editor.gui.statusbar import LineCounter, StatusBarWidgets, count
from editor.model.validation import Location, Problem


def _problem(severity: str, code: str = "x") -> Problem:
    return Problem(severity, code, "message", Location("field", "title"))  # type: ignore[arg-type]


def test_count_ignores_markup_and_link_targets() -> None:
    text = ("## Neue Öffnungszeiten\n\nDie **Stadtbibliothek** öffnet am 3. Mai wieder. "
            "Mehr [auf der Website](https://example.org/a-b-c).\n\n![Foto](photo:podium)\n")
    c = count(text)
    # Neue Öffnungszeiten Die Stadtbibliothek öffnet am 3 Mai wieder Mehr auf der Website Foto
    assert c.words == 14
    assert c.characters == len(text.replace("](https://example.org/a-b-c)", "]")
                               .replace("](photo:podium)", "]")) - text.count("\n")


def test_count_joins_hyphenated_words() -> None:
    assert count("E-Mail-Adresse und geht's — gut").words == 4


def test_reading_time_rounds_up_at_200_words_a_minute() -> None:
    assert count("").reading_minutes == 0
    assert count("wort " * 1).reading_minutes == 1
    assert count("wort " * 200).reading_minutes == 1
    assert count("wort " * 201).reading_minutes == 2
    assert count("wort " * 1000).reading_minutes == 5


def test_widgets_show_counts_save_state_and_problems(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    widgets = StatusBarWidgets(window.statusBar())
    widgets.update_counts("eins zwei drei")  # the first text is counted at once
    assert widgets.counts.words == 3
    assert "3 words" in widgets.counts_label.text()
    widgets.update_counts("wort " * 450)  # later ones after a pause in typing
    qtbot.waitUntil(lambda: widgets.counts.words == 450, timeout=2000)
    assert "450 words" in widgets.counts_label.text()
    assert "3 min" in widgets.counts_label.text()
    widgets.set_save_state("Saved")
    assert widgets.save_label.text() == "Saved"
    assert widgets.problems_text() == "No problems"
    widgets.set_problems([_problem("error"), _problem("warning"), _problem("error")])
    assert widgets.problems_text() == "2 errors, 1 warning"
    widgets.set_problems([_problem("warning")])
    assert widgets.problems_text() == "1 warning"
    assert widgets.counts_label.parent() is not None  # placed in the status bar


def test_clicking_problem_count_emits(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    widgets = StatusBarWidgets()
    widgets.install(window.statusBar())
    widgets.set_problems([_problem("error")])
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(widgets.problems_clicked, timeout=1000):
        qtbot.mouseClick(widgets.problems_label, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


# Text made of the pieces that matter: words, hyphens, apostrophes, link brackets, breaks.
_MARKDOWN = st.lists(st.sampled_from([*"ab Ü1-'’_[]()!\n", "](x)", "](a\nb)"]),
                    max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKDOWN, min_size=1, max_size=6))
def test_line_counter_counts_like_count(texts: list[str]) -> None:
    counter = LineCounter()  # one counter for the sequence: its memory must not leak in
    for text in texts:
        assert counter(text) == count(text)


def test_line_counter_follows_typing_in_a_long_text() -> None:
    paragraph = "Die Stadt informiert [hier](https://example.org/a b) über E-Mail-Adressen. "
    text = "\n\n".join(f"## Teil {n}\n{paragraph * 5}" for n in range(200))
    counter = LineCounter()
    assert counter(text) == count(text)
    middle = len(text) // 2
    for typed in ("x", "xy ", "xy z", "xy z](", "xy z](q)", "\n"):
        changed = text[:middle] + typed + text[middle:]
        assert counter(changed) == count(changed)
    assert counter("") == count("") == count("\n\n")
