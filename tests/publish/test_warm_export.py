"""A warm re-export trusts the stat of unchanged files (size, mtime, inode, device, ctime)
and reads no original; any change to a file, even with its mtime set back, is noticed."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import contenthash, filehashes
from editor.publish import derivatives, quick

from .conftest import UMLAUT_CREDITS, make_article, make_photo

COMMENT = b"A" * 64


def _workspace(root: Path) -> Path:
    ws = root / "ws"
    ws.mkdir(parents=True)
    (ws / "newsdesk.toml").write_text(
        'image_widths = [160, 320]\napproval_required = false\n', "utf-8")
    folder = ws / "articles" / "stadtfest"
    for name in ("a", "b"):
        make_photo(folder / "photos" / f"{name}.jpg", comment=COMMENT)
    make_article(folder, [("a", "photos/a.jpg", dict(UMLAUT_CREDITS)),
                          ("b", "photos/b.jpg", dict(UMLAUT_CREDITS))])
    return folder


def _export(folder: Path, out: Path) -> dict:
    contenthash._file_hashes.clear()  # as in a new process: only the disk cache is left
    assert main(["export", str(folder), "--out", str(out), "--jobs", "1"]) == 0
    return json.loads((out / folder.name / "article.json").read_text("utf-8"))


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Every file whose bytes are hashed (originals and cached derivatives)."""
    seen: list[str] = []
    real_read, real_cached = filehashes.read_sha256, derivatives.file_sha256

    def read(path):
        seen.append(Path(path).name)
        return real_read(path)

    def cached(path):
        seen.append(Path(path).name)
        return real_cached(path)

    monkeypatch.setattr(filehashes, "read_sha256", read)
    monkeypatch.setattr(derivatives, "file_sha256", cached)
    return seen


def test_warm_export_reads_no_original_and_no_cached_file(tmp_path, reads):
    folder = _workspace(tmp_path)
    first = _export(folder, tmp_path / "out")
    assert sorted(reads) == ["a.jpg", "b.jpg"]  # each original once: hash shared
    reads.clear()
    second = _export(folder, tmp_path / "out")
    assert reads == []
    assert second == first


def test_a_changed_original_is_noticed_even_with_its_mtime_set_back(tmp_path, reads):
    folder = _workspace(tmp_path)
    first = _export(folder, tmp_path / "out")
    photo = folder / "photos" / "a.jpg"
    before = photo.stat()
    data = photo.read_bytes()
    assert data.count(COMMENT) == 1
    with open(photo, "r+b") as f:  # same size, same inode: only the ctime tells
        f.seek(data.index(COMMENT))
        f.write(b"B" * len(COMMENT))
    os.utime(photo, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = photo.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == \
        (before.st_size, before.st_mtime_ns, before.st_ino)
    reads.clear()
    second = _export(folder, tmp_path / "out")
    assert reads.count("a.jpg") == 1 and "b.jpg" not in reads
    new_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert second["photos"][0]["original"]["sha256"] == new_sha
    assert first["photos"][0]["original"]["sha256"] != new_sha
    assert second["content_hash"] != first["content_hash"]


def test_a_copied_workspace_trusts_nothing_of_the_copied_cache(tmp_path, reads):
    folder = _workspace(tmp_path / "one")
    _export(folder, tmp_path / "out1")
    copy = tmp_path / "two" / "ws"
    shutil.copytree(tmp_path / "one" / "ws", copy)  # copy2: mtimes and cache kept
    reads.clear()
    _export(copy / "articles" / "stadtfest", tmp_path / "out2")
    assert sorted(n for n in reads if n.endswith(".jpg") and len(n) < 10) == ["a.jpg", "b.jpg"]


def test_damaged_or_forged_cache_entries_are_ignored(tmp_path, reads):
    folder = _workspace(tmp_path)
    first = _export(folder, tmp_path / "out")
    store = folder.parent.parent / ".newsdesk" / "cache" / filehashes.FOLDER
    entries = sorted(store.rglob("*.json"))
    assert entries
    photo = folder / "photos" / "a.jpg"
    known = filehashes.KnownHashes(store.parent)
    _name, entry = known._entry(photo)
    forged = json.loads(entry.read_text("utf-8"))
    forged["sha256"] = "0" * 64
    forged["path"] = "/elsewhere/a.jpg"  # an entry for another path never matches
    entry.write_text(json.dumps(forged), "utf-8")
    for other in entries:
        if other != entry:
            other.write_bytes(b"\x00not json" * 1000)
    # The command line's record of the last check (editor.publish.quick) would skip the
    # check altogether, rightly: no photo changed. Without it the check hashes them.
    shutil.rmtree(store.parent / quick.FOLDER)
    reads.clear()
    second = _export(folder, tmp_path / "out")
    assert second == first
    assert "a.jpg" in reads and "b.jpg" in reads
