"""Spell-checking benchmark: a whole 10,000-word article, and a re-check after one edit.

    .venv/bin/python bench/spelling.py [--words 10000] [--language de] [--runs 5]

The article is built from the sample workspace's German article bodies (headings, lists,
links, photo references), with every 4th word replaced by another word of the system's
German Hunspell word list (/usr/share/hunspell/de_DE.dic, when there) and every 40th word
misspelled differently, so the text has thousands of distinct words, as a real long
article does (each distinct word is asked of Hunspell once). "Whole" is the check of
article.md with a fresh checker and empty caches (what ``newsdesk check --spelling`` does
after opening the dictionary, whose load time is printed separately). "After one edit" is
the same checker checking the text again with one word changed in one paragraph: only
that line is tokenised again and only the new word is asked of Hunspell.
Goal (issue 14): whole article <= 300 ms.

Also: the slowest hostile line (a line of MAX_LINE characters made of one skip pattern's
prefix repeated, e.g. "a@a@a@..." or "](x](x...") - every pattern runs in linear time.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if __name__ == "__main__" and not sys.flags.safe_path:
    os.execv(sys.executable, [sys.executable, "-P", *sys.argv])
sys.path.insert(0, str(REPO))

from editor.model.spelling.article import article_findings  # noqa: E402
from editor.model.spelling.engine import open_checker  # noqa: E402
from editor.model.spelling.tokens import MAX_LINE, line_tokens  # noqa: E402

HOSTILE = ["a", "a.", "<a", "](x", "`a", "ab ", "-", "a-", "a'", "a@", "a@b.", "<!--",
           '](x "', "[^", "&#", "a1", "http://", "m 1 m ", "www.", "[", "]("]

SAMPLES = REPO / "resources" / "sample-workspace" / "articles"


def make_article(words: int) -> str:
    bodies = []
    for path in sorted(SAMPLES.glob("*/article.md")):
        text = path.read_text(encoding="utf-8")
        bodies.append(text.split("\n---\n", 1)[1])
    source = "\n\n".join(bodies)
    vocabulary = _vocabulary()
    out: list[str] = []
    count = 0
    n = 0
    while count < words:
        lines = []
        for line in source.split("\n"):
            parts = line.split(" ")
            for i, part in enumerate(parts):
                n += 1
                if n % 40 == 0 and part.isalpha() and len(part) > 3:
                    parts[i] = part[:2] + part[3:] + "x" * (n // 4000 + 1)  # new typo
                elif n % 4 == 0 and part.isalpha() and vocabulary:
                    parts[i] = vocabulary[(n // 4) % len(vocabulary)]
            count += sum(1 for p in parts if p)
            lines.append(" ".join(parts))
            if count >= words:
                break
        out.append("\n".join(lines))
    front = "---\ntitle: Ein langer Artikel\nkicker: Aktuelles\nlead: Ein Test.\n---\n"
    return front + "\n\n".join(out) + "\n"


def _vocabulary(size: int = 4000) -> list[str]:
    """Words of the German Hunspell list (a fixed choice, the same on every run)."""
    path = Path("/usr/share/hunspell/de_DE.dic")
    if not path.exists():
        return []
    words = [line.split("/", 1)[0] for line in
             path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]]
    words = [w for w in words if w.isalpha() and len(w) > 2]
    step = max(1, len(words) // size)
    checker = open_checker("de")  # only words that are right on their own (no stems)
    return [w for w in words[::step][:size] if checker.is_correct(w)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--language", default="de")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--gui", action="store_true",
                    help="also: the editor underlining the article (offscreen window)")
    args = ap.parse_args()
    text = make_article(args.words)
    distinct = len(set(re.findall(r"[^\W\d_]+", text)))
    print(f"article: {len(text.split())} words ({distinct} distinct), "
          f"{text.count(chr(10))} lines")
    whole, again, opened, cpu = [], [], [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        checker = open_checker(args.language)
        opened.append(time.perf_counter() - t0)
        if not checker.available:
            print("no dictionary:", checker.reason)
            return 2
        t0, c0 = time.perf_counter(), time.process_time()
        found = article_findings(text, checker)
        whole.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        lines = text.split("\n")
        middle = len(lines) // 2
        while not lines[middle].strip():
            middle += 1
        lines[middle] = lines[middle].replace(" ", " Rathausplatzz ", 1)
        edited = "\n".join(lines)
        t0 = time.perf_counter()
        found_again = article_findings(edited, checker)
        again.append(time.perf_counter() - t0)
        assert len(found_again) == len(found) + 1, (len(found), len(found_again))
    print(f"unknown words found: {len(found)}")
    print(f"open dictionary ({checker.tag}): median {statistics.median(opened) * 1000:.0f} ms")
    print(f"whole article, empty caches: median {statistics.median(whole) * 1000:.0f} ms, "
          f"max {max(whole) * 1000:.0f} ms (goal <= 300 ms); CPU time median "
          f"{statistics.median(cpu) * 1000:.0f} ms (wall time minus waiting for a CPU on a "
          f"busy machine)")
    print(f"re-check after one edit: median {statistics.median(again) * 1000:.1f} ms, "
          f"max {max(again) * 1000:.1f} ms")
    worst = []
    for unit in HOSTILE:
        line = (unit * MAX_LINE)[:MAX_LINE]
        t0 = time.perf_counter()
        line_tokens(line)
        worst.append((time.perf_counter() - t0, unit))
    slowest = max(worst)
    print(f"slowest hostile line of {MAX_LINE} characters: {slowest[0] * 1000:.1f} ms "
          f"({slowest[1]!r} repeated)")
    if args.gui:
        gui(text, args.language)
    return 0


def gui(text: str, language: str) -> None:
    """Open the article in the body editor and wait until every misspelling is underlined:
    how long that takes (the worker thread) and the longest pause of the GUI thread
    meanwhile (a 1 ms heartbeat timer); then one keystroke's handling time."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    from editor.gui.editor_pane.markdown_editor import MarkdownEditor
    from editor.model.article import load_article

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        (root / "newsdesk.toml").write_text(f'language = "{language}"\n', encoding="utf-8")
        folder = root / "articles" / "long"
        folder.mkdir(parents=True)
        (folder / "article.md").write_text(text, encoding="utf-8")
        article = load_article(folder)
        parent = QWidget()
        stack = QUndoStack(parent)
        editor = MarkdownEditor(stack, parent)
        parent.resize(900, 700)
        parent.show()
        session = editor.spelling
        session.set_article(article)
        deadline = time.perf_counter() + 30
        while session.checker is None and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
        if session.checker is None:
            print("editor: the checker did not open within 30 s")
            return
        expected = len({f.word for f in article_findings(text, session.checker)
                        if f.line > text.count("\n", 0, text.index("\n---\n") + 1) + 1})
        wavy = QTextCharFormat.UnderlineStyle.SpellCheckUnderline

        def underlined() -> int:
            words = set()
            block = editor.document().begin()
            while block.isValid():
                for r in block.layout().formats():
                    if r.format.underlineStyle() == wavy:
                        words.add(block.text()[r.start:r.start + r.length])
                block = block.next()
            return len(words)

        gaps = [0.0]
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps[0] = max(gaps[0], now - last[0])
            last[0] = now
        heart = QTimer(interval=1)
        heart.timeout.connect(beat)
        heart.start()
        t0 = time.perf_counter()
        editor.load_text(article.body)
        loaded = time.perf_counter() - t0
        last[0] = time.perf_counter()
        gaps[0] = 0.0
        found = 0
        while time.perf_counter() - t0 < 30:
            app.processEvents()
            # Checked only when the worker and the highlighter's slices are idle; the
            # bench's own walk over the document is not counted as a GUI pause.
            if not session._pending and not session._timer.isActive() \
                    and not getattr(editor.highlighter, "_words", None):
                found = underlined()
                last[0] = time.perf_counter()
                if found >= expected:
                    break
            time.sleep(0.002)
        done = time.perf_counter() - t0
        heart.stop()
        print(f"editor: load_text {loaded * 1000:.0f} ms (syntax highlighting and tokenising; "
              f"Hunspell is asked on the worker); all {found}/{expected} misspelled words "
              f"underlined {done * 1000:.0f} ms after opening; longest GUI-thread pause meanwhile "
              f"{gaps[0] * 1000:.0f} ms")
        cursor = editor.textCursor()
        cursor.setPosition(len(editor.toPlainText()) // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        times = []
        for ch in "Rathausplatzz":
            t1 = time.perf_counter()
            editor.insertPlainText(ch)
            times.append(time.perf_counter() - t1)
        print(f"editor: one keystroke (insert, undo record, highlight with spelling): median "
              f"{statistics.median(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
        parent.close()


if __name__ == "__main__":
    sys.exit(main())
