"""photo add changes article.md like the app: it respects another person's edit lock,
keeps the replaced text in the history and never overwrites a concurrent change."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.commands import photo as photo_cmd
from editor.model import history, lock, storage
from tests.model.test_photometa import make_jpeg, xmp_packet

REPO = Path(__file__).resolve().parents[2]
OPTIONS = ["--creator", "Anna Groß", "--credit", "Presseamt", "--copyright", "© Stadt",
           "--caption", "Bühne", "--alt", "Eine Bühne", "--license", "nur hier"]


@pytest.fixture
def article_dir(workspace) -> Path:
    return workspace.create_article("Stadtfest", body="Text.\n").folder


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    return make_jpeg(tmp_path / "Bühne.jpg", xmp=xmp_packet(creator="Aus Datei"))


def test_refused_while_another_process_has_it_open(article_dir: Path, picture: Path,
                                                   capsys) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from editor.model import lock; "
         f"held = lock.acquire({str(article_dir)!r}, 'Carla Kollegin'); print('ok', flush=True);"
         " sys.stdin.read(); held.release()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline() == "ok\n"
        before = (article_dir / "article.md").read_bytes()
        assert main(["photo", "add", str(article_dir), str(picture), *OPTIONS]) == 2
        err = capsys.readouterr().err
        assert "being edited by Carla Kollegin" in err and "Traceback" not in err
        assert (article_dir / "article.md").read_bytes() == before
        assert list((article_dir / "photos").iterdir()) == []
        assert history.list_versions(article_dir) == []
        assert lock.read_lock(article_dir).user == "Carla Kollegin"  # theirs, untouched
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0


def test_add_keeps_the_replaced_text_and_releases_its_lock(article_dir: Path,
                                                           picture: Path) -> None:
    before = (article_dir / "article.md").read_bytes()
    assert main(["photo", "add", str(article_dir), str(picture), *OPTIONS]) == 0
    versions = history.list_versions(article_dir)
    assert len(versions) == 1 and versions[0].read_text().encode("utf-8") == before
    assert storage.load(article_dir).article.photos[0].id == "buehne"
    assert lock.read_lock(article_dir) is None


def test_a_stale_lock_does_not_block(article_dir: Path, picture: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    info = lock.LockInfo("weg", socket.gethostname(), dead.pid, dt.datetime.now(dt.UTC), "x")
    lock.lock_path(article_dir).parent.mkdir(exist_ok=True)
    lock.lock_path(article_dir).write_text(info.to_json())
    assert main(["photo", "add", str(article_dir), str(picture), *OPTIONS]) == 0
    assert len(storage.load(article_dir).article.photos) == 1


def test_a_concurrent_save_is_a_conflict_not_overwritten(article_dir: Path, picture: Path,
                                                         monkeypatch, capsys) -> None:
    real_attach = photo_cmd.attach_photo

    def colleague_saves_meanwhile(article, *args, **kwargs):
        theirs = storage.load(article_dir)
        theirs.article.body = "Der Text der Kollegin.\n"
        storage.save_checked(theirs.article, theirs.hash)
        return real_attach(article, *args, **kwargs)

    monkeypatch.setattr(photo_cmd, "attach_photo", colleague_saves_meanwhile)
    assert main(["photo", "add", str(article_dir), str(picture), *OPTIONS]) == 2
    assert "someone else changed this article" in capsys.readouterr().err
    kept = storage.load(article_dir).article
    assert kept.body == "Der Text der Kollegin.\n" and kept.photos == []
    assert list((article_dir / "photos").iterdir()) == []  # the copied original is gone
