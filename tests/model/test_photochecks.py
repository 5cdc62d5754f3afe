"""The photo file check remembered on disk (editor.model.photochecks): an export or check
with nothing changed runs no check (and imports no Pillow); a photo changed in any way,
even written back with its old mtime, is checked again; the cache is confined."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import contenthash, photochecks, photometa, validation
from tests.publish.conftest import UMLAUT_CREDITS, make_article, make_photo

REPO = Path(__file__).resolve().parents[2]


def _workspace(root: Path, extra: str = "") -> Path:
    ws = root / "ws"
    ws.mkdir(parents=True)
    (ws / "newsdesk.toml").write_text(
        f'site_name = "Stadt"\nimage_widths = [160]\napproval_required = false\n{extra}',
        "utf-8")
    folder = ws / "articles" / "stadtfest"
    make_photo(folder / "photos" / "a.jpg")
    make_photo(folder / "photos" / "b.jpg", (500, 300))
    make_article(folder, [("a", "photos/a.jpg", dict(UMLAUT_CREDITS)),
                          ("b", "photos/b.jpg", dict(UMLAUT_CREDITS))])
    return folder


def _new_process() -> None:
    """Forget what this process remembers, as a new `newsdesk` process would."""
    validation._CHECKED.clear()
    contenthash._file_hashes.clear()


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    _new_process()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _corrupt_keeping_mtime(path: Path) -> None:
    """Overwrite the photo in place (same inode, same size) and set its mtime back."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[:64] = b"\x00" * 64  # no longer a JPEG header
    with open(path, "r+b") as f:
        f.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == \
        (st.st_size, st.st_mtime_ns, st.st_ino)


@pytest.fixture
def counted(monkeypatch):
    calls: list[Path] = []
    real = photometa.check_photo_file

    def check(path, *a, **k):
        calls.append(Path(path))
        return real(path, *a, **k)

    monkeypatch.setattr(photometa, "check_photo_file", check)
    return calls


def test_unchanged_photos_are_not_checked_again(tmp_path, capsys, counted):
    folder = _workspace(tmp_path)
    code, _out, err = _cli(capsys, "check", str(folder))
    assert code == 0, err
    assert len(counted) == 2
    entries = list((folder.parent.parent / ".newsdesk/cache/photo-checks").glob("*.json"))
    assert len(entries) == 2
    code, _out, err = _cli(capsys, "check", str(folder))
    assert code == 0, err
    assert len(counted) == 2  # both results came from the cache
    out = tmp_path / "out"
    assert _cli(capsys, "export", str(folder), "--out", str(out), "--as", "T")[0] == 0
    assert len(counted) == 2


def test_photo_corrupted_with_mtime_set_back_is_refused(tmp_path, capsys):
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    code, _out, err = _cli(capsys, "export", str(folder), "--out", str(out), "--as", "T")
    assert code == 0, err
    _corrupt_keeping_mtime(folder / "photos" / "a.jpg")
    code, _out, err = _cli(capsys, "check", str(folder), "--json")
    problems = json.loads(_out)
    assert code == 1
    assert [p["code"] for p in problems if p["severity"] == "error"] == ["photo-unreadable"]
    code, _out, err = _cli(capsys, "export", str(folder), "--out", str(out), "--as", "T")
    assert code == 1
    assert "photo-unreadable" in err or "'a'" in err
    assert "up to date" not in err


def test_photo_corrupted_is_refused_in_the_same_process(tmp_path, capsys):
    """The problems panel's process remembers results too: by the full stat (ctime)."""
    folder = _workspace(tmp_path)
    assert main(["check", str(folder)]) == 0
    _corrupt_keeping_mtime(folder / "photos" / "b.jpg")
    capsys.readouterr()
    assert main(["check", str(folder)]) == 1
    assert "b.jpg" in capsys.readouterr().err


def test_replaced_photo_is_checked_again(tmp_path, capsys, counted):
    folder = _workspace(tmp_path)
    assert _cli(capsys, "check", str(folder))[0] == 0
    photo = folder / "photos" / "a.jpg"
    st = photo.stat()
    spare = tmp_path / "spare.jpg"
    spare.write_bytes(photo.read_bytes())
    os.replace(spare, photo)  # same bytes and mtime, a new inode
    os.utime(photo, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _cli(capsys, "check", str(folder))[0] == 0
    assert counted[-1] == photo and len(counted) == 3


def test_changed_limits_check_again(tmp_path, capsys):
    folder = _workspace(tmp_path)
    assert _cli(capsys, "check", str(folder))[0] == 0
    toml = folder.parent.parent / "newsdesk.toml"
    toml.write_text(toml.read_text("utf-8") + "max_megapixels = 0\n", "utf-8")
    code, _out, err = _cli(capsys, "check", str(folder))
    assert code == 1 and "megapixels" in err


def test_forged_entry_for_another_stat_is_ignored(tmp_path, capsys):
    """An entry saying 'fine' counts only for the stat it names."""
    folder = _workspace(tmp_path)
    assert _cli(capsys, "check", str(folder))[0] == 0
    photo = folder / "photos" / "a.jpg"
    store = photochecks.for_workspace_of(folder)
    _name, entry = store._entry(photo)
    data = json.loads(entry.read_text("utf-8"))
    _corrupt_keeping_mtime(photo)
    entry.write_text(json.dumps(data), "utf-8")  # still the old ctime: must not match
    assert _cli(capsys, "check", str(folder))[0] == 1


def test_cache_folder_through_a_symlink_is_not_used(tmp_path, capsys):
    folder = _workspace(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    cache = folder.parent.parent / ".newsdesk" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "photo-checks").symlink_to(outside, target_is_directory=True)
    assert _cli(capsys, "check", str(folder))[0] == 0
    assert list(outside.iterdir()) == []
    _corrupt_keeping_mtime(folder / "photos" / "a.jpg")
    assert _cli(capsys, "check", str(folder))[0] == 1


def test_planted_fifo_and_symlink_entries(tmp_path, capsys):
    """An entry that is a FIFO does not hang the check; one that is a symlink is not read
    through, and writing the entry replaces the link, not its target."""
    folder = _workspace(tmp_path)
    store = photochecks.for_workspace_of(folder)
    store.folder.mkdir(parents=True)
    _n, entry_a = store._entry(folder / "photos" / "a.jpg")
    _n, entry_b = store._entry(folder / "photos" / "b.jpg")
    os.mkfifo(entry_a)
    target = tmp_path / "victim.txt"
    target.write_text("keep", "utf-8")
    entry_b.symlink_to(target)
    code = subprocess.run([sys.executable, "-P", "-m", "editor", "check", str(folder)],
                          cwd=REPO, capture_output=True, text=True, timeout=60).returncode
    assert code == 0
    assert target.read_text("utf-8") == "keep"
    assert not entry_b.is_symlink() and entry_b.is_file()


def test_up_to_date_export_imports_no_pillow(tmp_path):
    """From outside: a new process that finds the export up to date never loads Pillow,
    and still refuses once a photo was corrupted with its mtime set back."""
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    probe = ("import sys; from editor.cli import main; "
             "code = main(sys.argv[1:]); print('PIL' in sys.modules); sys.exit(code)")
    cmd = [sys.executable, "-P", "-c", probe, "export", str(folder), "--out", str(out),
           "--as", "T"]
    first = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "up to date" in again.stderr
    assert again.stdout.splitlines()[-1] == "False"
    _corrupt_keeping_mtime(folder / "photos" / "a.jpg")
    bad = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert "a.jpg" in bad.stderr and "up to date" not in bad.stderr
