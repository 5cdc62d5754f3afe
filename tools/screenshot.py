"""Save docs/screenshot.png: the main window on the sample workspace, preview loaded.

    .venv/bin/python tools/screenshot.py [--out docs/screenshot.png] [--article SLUG]

Runs offscreen (on a screen that holds a window of --size) unless QT_QPA_PLATFORM says
otherwise; uses throw-away settings and a private copy of the sample workspace, so nothing
of yours is touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import parse_size, run_in_temp, save_window  # noqa: E402

DEFAULT_ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--article", default=DEFAULT_ARTICLE)
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args()
    return run_in_temp(parse_size(args.size), lambda temp: _shoot(args, temp))


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from editor import resources
    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S

    workspace = temp / "Newsdesk"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    qapp = gui_app.application()
    settings = S.Settings()
    settings.set(S.UI_LANGUAGE, args.language)
    i18n.install(args.language)
    window = gui_app.create_window(settings, workspace)
    window.complete()  # the whole window now, not staged behind the first page
    window.resize(*parse_size(args.size))
    window.open_article(args.article)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(15000, loop.quit)  # never wait forever
    dock = window.docks.get("preview")
    if dock is not None:
        panel = dock.ensure_created()
        panel.rendered.connect(lambda: QTimer.singleShot(300, loop.quit))
    else:
        QTimer.singleShot(500, loop.quit)
    loop.exec()
    return save_window(qapp, window, args.out, parse_size(args.size))


if __name__ == "__main__":
    sys.exit(main())
