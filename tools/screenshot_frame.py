"""Save docs/screenshot-frame.png: an exported sample article in the sample workspace's page
frame (templates/frame.html: site header, breadcrumb, footer with its links).

    .venv/bin/python tools/screenshot_frame.py [--out docs/screenshot-frame.png]

The page is exported as `newsdesk export` does it (approval switched off in a private copy
of the sample workspace) and shown in Qt WebEngine, the preview's engine. The picture is
the top of the page (header, breadcrumb, title, lead, first photo) and its end (tags,
picture credits, footer), joined by a marked gap: the whole page would be too tall for
the README. Runs offscreen unless QT_QPA_PLATFORM says otherwise; nothing of yours is
touched.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import run_in_temp, size_ok  # noqa: E402

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
VIEW_HEIGHT = 1400  # the browser's window: holds the top part and the end part each
GAP = 36  # px between the two parts
MARGIN = 24  # px kept above the end part and below the first photo

# Where the two parts end and begin (CSS pixels of the page); all images loaded first.
MEASURE = """(() => {
  const figure = document.querySelector('figure');
  const end = document.querySelector('.article-footer, .picture-credits, .site-footer');
  const y = (el, side) => el.getBoundingClientRect()[side] + window.scrollY;
  return JSON.stringify({
    height: document.documentElement.scrollHeight,
    topEnd: figure ? y(figure, 'bottom') : 700,
    endStart: end ? y(end, 'top') : document.documentElement.scrollHeight - 300,
    images: Array.from(document.images).every(i => i.complete && i.naturalWidth > 0),
  });
})()"""
EAGER = "document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; }); 0"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot-frame.png")
    parser.add_argument("--article", default=ARTICLE)
    parser.add_argument("--width", type=int, default=960)
    args = parser.parse_args()
    return run_in_temp((args.width, VIEW_HEIGHT), lambda temp: _shoot(args, temp))


def _wait(qapp, condition, ms: int = 15000) -> bool:
    end = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    return bool(condition())


def _export(temp: Path, slug: str) -> Path:
    """The exported bundle's index.html (a private copy of the sample, no approval)."""
    from editor import resources
    from editor.cli import main as cli

    workspace = temp / "Newsdesk"
    shutil.copytree(resources.path("sample-workspace"), workspace)
    toml = workspace / "newsdesk.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "approval_required = true", "approval_required = false"), encoding="utf-8")
    out = temp / "export"
    if cli(["export", str(workspace / "articles" / slug), "-o", str(out), "-q"]) != 0:
        raise SystemExit(f"could not export {slug}")
    return out / slug / "index.html"


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from PySide6.QtCore import QRect, Qt, QUrl
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWebEngineCore import QWebEngineSettings
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from editor.gui import app as gui_app

    page_file = _export(temp, args.article)
    qapp = gui_app.application()
    view = QWebEngineView()
    view.page().settings().setAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars,
                                        False)
    view.resize(args.width, VIEW_HEIGHT)
    loaded: list[bool] = []
    view.loadFinished.connect(loaded.append)
    view.load(QUrl.fromLocalFile(str(page_file)))
    view.show()
    if not _wait(qapp, lambda: bool(loaded)) or not loaded[0]:
        print(f"could not load {page_file}", file=sys.stderr)
        return 1

    def js(script: str):
        box: list = []
        view.page().runJavaScript(script, 0, box.append)
        _wait(qapp, lambda: bool(box), 5000)
        return box[0] if box else None

    js(EAGER)  # the later photos load lazily: all of them now, so none shows as a grey box
    _wait(qapp, lambda: json.loads(js(MEASURE) or "{}").get("images", False))
    where = json.loads(js(MEASURE))
    top_end = min(int(where["topEnd"]) + MARGIN, VIEW_HEIGHT)
    end_start = max(int(where["endStart"]) - MARGIN, top_end)
    end_height = min(int(where["height"]) - end_start, VIEW_HEIGHT)

    def grab(scroll: int) -> QImage:
        js(f"window.scrollTo(0, {scroll}); 0")
        time.sleep(0.3)
        for _ in range(20):  # let the compositor paint the scrolled page
            qapp.processEvents()
            time.sleep(0.02)
        return view.grab().toImage()

    top = grab(0)
    bottom = grab(end_start)
    scroll_y = int(js("window.scrollY") or 0)  # the end part may scroll less than asked
    picture = QImage(args.width, top_end + GAP + end_height, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ffffff"))
    painter = QPainter(picture)
    painter.drawImage(0, 0, top, 0, 0, args.width, top_end)
    # the gap: a light band with a dashed line, so nobody takes it for the page's own
    band = QRect(0, top_end, args.width, GAP)
    painter.fillRect(band, QColor("#eef1f4"))
    pen = QPen(QColor("#8a96a3"), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(0, band.center().y(), args.width, band.center().y())
    painter.drawImage(0, top_end + GAP, bottom, 0, end_start - scroll_y, args.width, end_height)
    painter.end()
    view.close()
    qapp.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    size = (picture.width(), picture.height())
    ok = picture.save(str(args.out)) and size_ok(args.out, size)
    print(f"{'saved' if ok else 'could not save'} {args.out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
