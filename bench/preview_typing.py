"""Keystroke -> preview DOM latency and GUI-thread stalls in a 10,000-word article.

    .venv/bin/python bench/preview_typing.py [--words 10000] [--keys 300] [--interval 40]

A PreviewPanel and a QPlainTextEdit side by side, offscreen. Key events are sent to the
editor one every --interval ms in the middle of the text; every text change goes to
``PreviewPanel.update_article``. Reports the median and 95th percentile time from a
keystroke to the ``rendered`` signal of the first update that contains it, and the
longest gap of a 1 ms heartbeat timer on the GUI thread while typing.
Goals: median <= 50 ms, longest stall <= 16 ms.
"""

from __future__ import annotations

import os
import sys

# Run as a script, this file's folder comes first on sys.path, and its name would hide
# the standard library's typing module from everything imported below.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import dataclasses  # noqa: E402
import shutil  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SENTENCES = (
    "Die Stadtverwaltung informiert über neue Angebote für Bürgerinnen und Bürger.",
    "Ab dem kommenden Monat stehen im Rathaus zusätzliche Termine zur Verfügung.",
    "Der Gemeinderat hat die Maßnahmen in seiner jüngsten Sitzung einstimmig beschlossen.",
    "Weitere Informationen gibt es im Bürgerbüro und auf der Website der Stadt.",
    "Die Arbeiten an der Fahrradstraße sollen noch vor dem Winter abgeschlossen sein.",
)


def german_body(words: int) -> str:
    parts: list[str] = []
    count = n = 0
    while count < words:
        n += 1
        if n % 6 == 1:
            parts.append(f"## Abschnitt {n // 6 + 1}")
        if n % 11 == 0:
            items = [f"- Punkt {i}: {SENTENCES[(n + i) % 5]}" for i in range(3)]
            parts.append("\n".join(items))
            count += sum(len(i.split()) for i in items)
            continue
        text = " ".join(SENTENCES[(n + i) % 5] for i in range(4))
        text += " Mehr dazu **hier** und [online](https://example.org)."
        parts.append(text)
        count += len(text.split())
    return "\n\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10000)
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--interval", type=int, default=40, help="ms between keystrokes")
    parser.add_argument("--no-preview", action="store_true",
                        help="baseline: type without updating the preview")
    parser.add_argument("--details", action="store_true",
                        help="also list the largest gaps and garbage collections over 2 ms")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    temp = Path(tempfile.mkdtemp(prefix="newsdesk-bench-typing-"))
    try:
        return run(args, temp)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def run(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

    from editor.gui.preview import PreviewPanel
    from editor.model.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    ws = Workspace.init(temp / "ws")
    article = ws.create_article("Ein langer Artikel", lead="Zum Messen.",
                                body=german_body(args.words))
    window = QWidget()
    box = QHBoxLayout(window)
    editor = QPlainTextEdit()
    editor.setPlainText(article.body)
    preview = PreviewPanel()
    box.addWidget(editor)
    box.addWidget(preview)
    window.resize(1400, 900)
    window.show()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_for(predicate, timeout_ms: int = 20000) -> None:
        clock = time.perf_counter()
        while not predicate():
            if (time.perf_counter() - clock) * 1000 > timeout_ms:
                raise SystemExit("timed out waiting for the preview")
            wait(5)

    loaded = []
    preview.rendered.connect(lambda: loaded.append(1))
    clock = time.perf_counter()
    preview.set_article(article, ws.config)
    wait_for(lambda: loaded)
    first_load = time.perf_counter() - clock
    words = len(article.body.split())

    base_length = len(article.body)
    pressed: list[float] = []  # perf_counter of keystroke n (body length base + n + 1)
    latencies: list[float] = []
    done_upto = 0

    def on_text() -> None:
        if args.no_preview:
            pressed_done()
            return
        preview.update_article(dataclasses.replace(article, body=editor.toPlainText()))

    def on_rendered() -> None:
        nonlocal done_upto
        job = preview.last_job
        if job is None:
            return
        included = len(job.article.body) - base_length
        now = time.perf_counter()
        while done_upto < min(included, len(pressed)):
            latencies.append(now - pressed[done_upto])
            done_upto += 1

    def pressed_done() -> None:
        nonlocal done_upto
        done_upto = len(pressed)

    editor.textChanged.connect(on_text)
    preview.rendered.connect(on_rendered)
    cursor = editor.textCursor()
    cursor.setPosition(len(article.body) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    preview.scroll_to_line(cursor.blockNumber() + 1, force=True)
    wait(500)

    gaps: list[float] = []
    beat = QElapsedTimer()
    heartbeat = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=1)

    def tick() -> None:
        gaps.append(beat.nsecsElapsed() / 1e6)
        beat.restart()

    heartbeat.timeout.connect(tick)
    if args.details:
        import gc
        import threading
        gc_log: list[tuple[int, float, str]] = []
        gc_start: dict[str, float] = {}

        def gc_cb(phase, info):
            if phase == "start":
                gc_start["t"] = time.perf_counter()
            else:
                gc_log.append((info["generation"], (time.perf_counter() - gc_start["t"]) * 1000,
                               threading.current_thread().name))
        gc.callbacks.append(gc_cb)
    beat.start()
    heartbeat.start()
    text = "Neuer Text im Artikel, Zeichen für Zeichen getippt. " * 20
    for n in range(args.keys):
        char = text[n % len(text)]
        pressed.append(time.perf_counter())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
        wait(args.interval)
    wait_for(lambda: done_upto >= len(pressed))
    heartbeat.stop()

    ms = [x * 1000 for x in latencies]
    ms.sort()
    stall = max(gaps[3:]) if len(gaps) > 3 else 0.0
    print(f"article: {words} words, {len(article.body)} characters; "
          f"first load {first_load * 1000:.0f} ms")
    print(f"keystrokes: {len(ms)} at {args.interval} ms intervals")
    ms = ms or [0.0]
    print(f"keystroke -> preview DOM: median {statistics.median(ms):.1f} ms, "
          f"p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms, max {ms[-1]:.1f} ms "
          f"(goal median <= 50 ms)")
    print(f"longest GUI-thread stall: {stall:.1f} ms (goal <= 16 ms); "
          f"gaps over 16 ms: {sum(1 for g in gaps[3:] if g > 16)} of {len(gaps)} heartbeats, "
          f"99.9th percentile gap {sorted(gaps)[int(len(gaps) * 0.999)]:.1f} ms")
    if args.details:
        print("gc over 2 ms:", [g for g in gc_log if g[1] > 2], len(gc_log))
    if args.details:
        print("largest gaps:", sorted(gaps[3:])[-10:])
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
