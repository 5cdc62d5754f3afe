"""Save docs/screenshot-social-card.png: the social media card of a sample article, as the
app's "Social media card" panel shows it (the 1200 x 630 crop around the photo's focal
point, the site's host, the title and the meta description).

    .venv/bin/python tools/screenshot_social_card.py [--out docs/screenshot-social-card.png]

Runs offscreen unless QT_QPA_PLATFORM says otherwise; uses throw-away settings and a
private copy of the sample workspace (nothing of yours is touched).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import run_in_temp, size_ok  # noqa: E402

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
PADDING = 24  # px of light background around the card


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=REPO / "docs" / "screenshot-social-card.png")
    parser.add_argument("--article", default=ARTICLE)
    parser.add_argument("--language", default="en", choices=("en", "de"))
    args = parser.parse_args()
    return run_in_temp((800, 800), lambda temp: _shoot(args, temp))


def _wait(qapp, condition, ms: int = 10000) -> bool:
    end = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    return bool(condition())


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from editor import resources
    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui.social_card import CARD_WIDTH, SocialCardPreview
    from editor.model.article import load_article
    from editor.model.config import load_config

    workspace = temp / "Newsdesk"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    qapp = gui_app.application()
    i18n.install(args.language)
    config = load_config(workspace / "newsdesk.toml")
    article = load_article(workspace / "articles" / args.article)
    window = QWidget()
    window.setObjectName("social_card_shot")
    window.setStyleSheet("#social_card_shot { background: #f3f5f7; }")
    box = QVBoxLayout(window)
    box.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
    card = SocialCardPreview(window)
    card.setStyleSheet("#social_card { background: #ffffff; }")
    box.addWidget(card)
    ready: list[bool] = []
    card.ready.connect(lambda: ready.append(True))
    card.set_article(article, config)
    window.setFixedWidth(CARD_WIDTH + 2 + 2 * PADDING)
    window.show()
    if not _wait(qapp, lambda: bool(ready)) or card.image.pixmap().isNull():
        print("the card's image was not made", file=sys.stderr)
        return 1
    window.adjustSize()
    for _ in range(10):
        qapp.processEvents()
        time.sleep(0.02)
    picture = window.grab()
    size = (picture.width(), picture.height())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    ok = picture.save(str(args.out)) and size_ok(args.out, size)
    window.close()
    qapp.processEvents()
    print(f"{'saved' if ok else 'could not save'} {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
