"""Save docs/screenshot-spelling.png: a misspelling in the body with its red wavy underline
and the spelling menu open (suggestions, "Add to workspace dictionary", "Ignore in this
article").

    .venv/bin/python tools/screenshot_spelling.py [--out docs/screenshot-spelling.png]

Offscreen, a context menu is a window of its own that a grab of the main window does not
show; the menu's own picture is painted onto the window's where it opened. Uses throw-away
settings and a private copy of the sample workspace (nothing of yours is touched).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import parse_size, run_in_temp, size_ok  # noqa: E402

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
TYPO = ("öffnet die Stadtbibliothek", "öffnet die Stadtbiblothek")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot-spelling.png")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--size", default="1200x760")
    args = parser.parse_args()
    return run_in_temp(parse_size(args.size), lambda temp: _shoot(args, temp))


def _wait(qapp, condition, ms: int = 10000) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter, QTextCursor

    from editor import resources
    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S

    workspace = temp / "Newsdesk"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    article = workspace / "articles" / ARTICLE / "article.md"
    text = article.read_text(encoding="utf-8")
    if TYPO[0] not in text:
        print(f"the sample article no longer says {TYPO[0]!r}: change TYPO", file=sys.stderr)
        return 1
    article.write_text(text.replace(*TYPO, 1), encoding="utf-8")
    qapp = gui_app.application()
    settings = S.Settings()
    settings.set(S.UI_LANGUAGE, args.language)
    i18n.install(args.language)
    window = gui_app.create_window(settings, workspace)
    window.complete()  # the whole window now, not staged behind the first page
    size = parse_size(args.size)
    window.resize(*size)
    for name in ("preview", "review", "photos"):  # room for the text
        dock = window.docks.get(name) if hasattr(window, "docks") else None
        widget = getattr(dock, "dock", dock)
        if widget is not None and hasattr(widget, "hide"):
            widget.hide()
    window.open_article(ARTICLE)
    window.show()
    editor = window.pane.editor
    word = TYPO[1].split()[-1]
    _wait(qapp, lambda: editor.spelling.active())
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index(word) + 3)
    _wait(qapp, lambda: editor.misspelled_at(cursor) is not None)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qapp.processEvents()
    menu = editor.createStandardContextMenu()
    editor.spelling_menu(cursor, menu)
    at = editor.viewport().mapTo(window, editor.cursorRect(cursor).bottomLeft())
    menu.popup(window.mapToGlobal(at + QPoint(4, 2)))
    _wait(qapp, lambda: menu.isVisible(), 2000)
    qapp.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    ok = picture.save(str(args.out)) and size_ok(args.out, size)
    window.close()
    qapp.processEvents()
    print(f"{'saved' if ok else 'could not save'} {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
