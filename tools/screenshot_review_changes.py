"""Save docs/screenshot-review-changes.png: "Show changes since approval" on the sample
workspace (the preview with insertions and deletions marked, the review dock's list of
changed fields and photo credits).

    .venv/bin/python tools/screenshot_review_changes.py [--out PATH] [--language en|de]

Like tools/screenshot.py: offscreen (on a screen of --size) unless QT_QPA_PLATFORM says
otherwise, throw-away settings and a private copy of the sample workspace. The article is
approved there by "Anna Prüferin", then edited (a word in the lead, a sentence in the
text, a photo credit, a tag), so there is something to show.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import parse_size, run_in_temp, save_window  # noqa: E402

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=REPO / "docs" / "screenshot-review-changes.png")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args()
    return run_in_temp(parse_size(args.size), lambda temp: _shoot(args, temp))


def _approve_then_edit(workspace: Path) -> None:
    from editor.model import review, storage
    from editor.model.article import load_article
    from editor.model.workspace import Workspace

    folder = workspace / "articles" / ARTICLE
    article = load_article(folder)
    review.add_event(article, "submitted", "Ben Autor")
    review.add_event(article, "approved", "Anna Prüferin", config=Workspace.open(workspace).config)
    article.lead = article.lead.replace("18 Monaten", "19 Monaten")
    article.body = article.body.replace(
        "öffnet die Stadtbibliothek um 10 Uhr wieder ihre Türen.",
        "öffnet die Stadtbibliothek schon um 9 Uhr wieder ihre Türen. Zur Eröffnung spielt "
        "das Jugendorchester.")
    article.tags = [*article.tags, "Sanierung"]
    article.photos[0].credit = "Stadt Beispielhausen / Lena Hoffmann, Jonas Weber"
    storage.save_checked(article, storage.file_hash(article.path))


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from editor import resources
    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S
    from editor.gui.review.changes_mode import connect_changes_mode

    workspace = temp / "Newsdesk"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    _approve_then_edit(workspace)
    qapp = gui_app.application()
    settings = S.Settings()
    settings.set(S.UI_LANGUAGE, args.language)
    settings.set(S.USER_NAME, "Anna Prüferin")
    i18n.install(args.language)
    window = gui_app.create_window(settings, workspace)
    window.complete()  # the whole window now, not staged behind the first page
    window.resize(*parse_size(args.size))
    window.open_article(ARTICLE)
    window.show()

    def wait(signal: object, ms: int = 20000) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)  # never wait forever
        if signal is not None:
            signal.connect(lambda *_: QTimer.singleShot(300, loop.quit))  # type: ignore[attr-defined]
        loop.exec()

    preview = window.docks["preview"].ensure_created()
    wait(preview.rendered)
    dock = window.docks["review"]
    dock.show()
    dock.raise_()
    panel = dock.ensure_created()
    if panel.status is None:
        wait(panel.status_ready, 5000)
    connect_changes_mode(panel, preview)  # a no-op when the window wired them already
    panel.tabs.setCurrentIndex(1)
    panel.changes_button.setChecked(True)
    if preview.changes.marked is None:
        wait(preview.changes.shown)
    # the first change in the text in view (the legend and the lead are above it)
    from editor.gui.preview.web import WORLD

    preview.page.runJavaScript(
        "document.querySelector('.article-body ins, .article-body del')"
        ".scrollIntoView({block: 'center'})", WORLD)
    wait(None, 600)
    return save_window(qapp, window, args.out, parse_size(args.size))


if __name__ == "__main__":
    sys.exit(main())
