"""The review-folder watcher no longer asks for its whole watch list once per article."""

from __future__ import annotations

import shutil
from pathlib import Path

from editor.gui.review.watcher import ReviewWatcher


def _articles(root: Path, count: int) -> list[Path]:
    folders = []
    for i in range(count):
        folder = root / f"a{i:03d}"
        (folder / "review").mkdir(parents=True)
        folders.append(folder)
    return folders


def test_watching_many_articles_never_lists_the_watches(tmp_path: Path, qtbot) -> None:
    watcher = ReviewWatcher(debounce_ms=50)
    folders = _articles(tmp_path, 150)
    calls = []
    real = watcher._fs.directories
    watcher._fs.directories = lambda: calls.append(1) or real()
    for folder in folders:
        watcher.watch(folder)
    for folder in folders:
        watcher.watch(folder)  # again: nothing new
    assert calls == []
    assert len(real()) == 300 and watcher.watched() == set(folders)
    for folder in folders[:50]:
        watcher.unwatch(folder)
    assert calls == [] and len(real()) == 200
    watcher.clear()
    assert real() == [] and watcher.watched() == set()


def test_a_review_folder_made_again_is_watched_again(tmp_path: Path, qtbot) -> None:
    watcher = ReviewWatcher(debounce_ms=50)
    [folder] = _articles(tmp_path, 1)
    watcher.watch(folder)
    shutil.rmtree(folder / "review")
    qtbot.wait(200)
    (folder / "review").mkdir()
    with qtbot.waitSignal(watcher.events_changed, timeout=3000) as blocker:
        pass
    assert blocker.args == [folder]
    with qtbot.waitSignal(watcher.events_changed, timeout=3000) as blocker:
        (folder / "review" / "event.json").write_text("{}")
    assert blocker.args == [folder]
