"""Save docs/screenshot-sync-status.png (the window after a sync through Git: the status
bar says "Synchronised 12:04", the Synchronise button in the toolbar) and
docs/screenshot-sync-conflict.png (the compare dialog after both clones changed the same
paragraph).

    .venv/bin/python tools/screenshot_sync.py [--out-dir docs] [--language en]

A bare repository in a temporary folder is the team's remote; "Anna" changes a paragraph
in her clone and syncs, the window (Ben's clone) changes the same paragraph and syncs.
Uses throw-away settings, git config and workspaces (nothing of yours is touched).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.offscreen_screen import parse_size, run_in_temp, size_ok  # noqa: E402

ARTICLE = "stadtbibliothek-oeffnet-nach-der-sanierung-wieder"
PLACE = "öffnet die Stadtbibliothek"
ANNA = "öffnet die frisch sanierte Stadtbibliothek"
BEN = "öffnet die renovierte Stadtbibliothek am Marktplatz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=REPO / "docs")
    parser.add_argument("--language", default="en", choices=("en", "de"))
    parser.add_argument("--size", default="1200x760")
    parser.add_argument("--dialog-size", default="900x600")
    args = parser.parse_args()
    return run_in_temp(parse_size(args.size), lambda temp: _shoot(args, temp))


def _wait(qapp, condition, ms: int = 30000) -> bool:
    import time

    end = time.monotonic() + ms / 1000
    while not condition() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
    return bool(condition())


def _isolate_git(temp: Path) -> None:
    home = temp / "home"
    home.mkdir()
    os.environ.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                       "GIT_CONFIG_NOSYSTEM": "1"})
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL"):
        os.environ.pop(name, None)


def _team(temp: Path) -> tuple[Path, Path]:
    """A remote holding the sample workspace; Anna's clone and Ben's (the window's)."""
    from editor import resources
    from editor.sync import engine

    remote = temp / "team.git"
    subprocess.run(["git", "init", "-q", "--bare", "--initial-branch", "main", str(remote)],
                   check=True)
    first = temp / "setup"
    shutil.copytree(resources.path("sample-workspace"), first,
                    ignore=shutil.ignore_patterns(".newsdesk"))
    engine.init_repository(first, str(remote), name="Redaktion", email="redaktion@example.org")
    clones = engine.clone(str(remote), temp / "Anna"), engine.clone(str(remote), temp / "Newsdesk")
    for root, (name, email) in zip(clones, (("Anna Prüferin", "anna@example.org"),
                                            ("Ben Schreiber", "ben@example.org")), strict=True):
        subprocess.run(["git", "-C", str(root), "config", "user.name", name], check=True)
        subprocess.run(["git", "-C", str(root), "config", "user.email", email], check=True)
    return clones


def _edit(root: Path, old: str, new: str) -> None:
    from editor.model import storage

    loaded = storage.load(root / "articles" / ARTICLE)
    loaded.article.body = loaded.article.body.replace(old, new, 1)
    storage.save_checked(loaded.article, loaded.hash)


def _shoot(args: argparse.Namespace, temp: Path) -> int:
    from editor.gui import app as gui_app
    from editor.gui import i18n
    from editor.gui import settings as S
    from editor.sync import engine

    _isolate_git(temp)
    anna, ben = _team(temp)
    if PLACE not in (ben / "articles" / ARTICLE / "article.md").read_text(encoding="utf-8"):
        print(f"the sample article no longer says {PLACE!r}: change PLACE", file=sys.stderr)
        return 1
    qapp = gui_app.application()
    settings = S.Settings()
    settings.set(S.UI_LANGUAGE, args.language)
    settings.set(S.USER_NAME, "Ben Schreiber")
    settings.set(S.USER_EMAIL, "ben@example.org")
    settings.set(S.SYNC_INTERVAL_S, 0)  # the pictures show the syncs asked for here
    i18n.install(args.language)
    window = gui_app.create_window(settings, ben)
    window.complete()  # the whole window now, not staged behind the first page
    size = parse_size(args.size)
    window.resize(*size)
    window.open_article(ARTICLE)
    window.show()
    sync = window.sync
    if not _wait(qapp, lambda: sync.controller.repository):
        print("the window did not see a Git repository", file=sys.stderr)
        return 1

    # 1. Anna's edit of another article arrives: "Synchronised 12:04"
    other = next(p.name for p in sorted((anna / "articles").iterdir())
                 if p.name != ARTICLE and (p / "article.md").is_file())
    text = (anna / "articles" / other / "article.md").read_text(encoding="utf-8")
    (anna / "articles" / other / "article.md").write_text(text + "\nNachtrag von Anna.\n",
                                                          encoding="utf-8")
    engine.sync(anna)
    sync.controller.sync_now()  # what the Synchronise button does
    _wait(qapp, lambda: not sync.controller.worker.busy())
    _wait(qapp, lambda: window.status.sync_text().startswith(("Synchronised",
                                                              "Synchronisiert")), 5000)
    qapp.processEvents()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    status_out = args.out_dir / "screenshot-sync-status.png"
    ok = window.grab().save(str(status_out)) and size_ok(status_out, size)
    print(f"{'saved' if ok else 'could not save'} {status_out} ({window.status.sync_text()})")

    # 2. Both change the same sentence: the compare dialog after the sync
    _edit(anna, PLACE, ANNA)
    engine.sync(anna)
    editor = window.pane.editor
    editor.setPlainText(editor.toPlainText().replace(PLACE, BEN, 1))
    sync.controller.sync_now()
    if not _wait(qapp, lambda: sync.conflict_dialog is not None):
        print(f"no conflict dialog opened ({window.status.sync_text()}; "
              f"{sync.controller.error})", file=sys.stderr)
        return 1
    dialog = sync.conflict_dialog
    dialog.resize(*parse_size(args.dialog_size))
    _wait(qapp, lambda: dialog.isVisible(), 2000)
    qapp.processEvents()
    conflict_out = args.out_dir / "screenshot-sync-conflict.png"
    dialog_ok = dialog.grab().save(str(conflict_out)) and size_ok(
        conflict_out, parse_size(args.dialog_size))
    print(f"{'saved' if dialog_ok else 'could not save'} {conflict_out}")
    shown = dialog.diff_view.lines
    removed = sum(x.startswith("-") and not x.startswith("---") for x in shown)
    added = sum(x.startswith("+") and not x.startswith("+++") for x in shown)
    print(f"compared: {len(shown)} lines, {removed} removed, {added} added; the first 12:")
    for line in shown[:12]:
        print(f"  {line[:100]}")
    dialog.reject()
    window.close()
    sync.controller.shutdown(5)
    qapp.processEvents()
    return 0 if ok and dialog_ok else 1


if __name__ == "__main__":
    sys.exit(main())
