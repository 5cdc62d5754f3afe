"""Injected faults: the N-th write, fsync or rename of a save fails, for every N.

The short mutex files (editor.model.mutex) written around saves, review events and lock
take-overs get the same faults.

Each time the file on disk must be byte-identical to before, the error must be a
StorageError with a plain message, no temporary file may be left, and the same save
must succeed once the fault is gone.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from editor.model import atomic, history, mutex, recovery, review, reviewlog, storage
from editor.model.article import load_article
from editor.model.errors import StorageError

MESSAGES = {
    errno.ENOSPC: "Not saved: the disk is full",
    errno.EIO: "Not saved: the disk or network share reported an input/output error",
    errno.EACCES: "Not saved: permission denied",
}
OPS = ("write", "fsync", "replace")


class FaultyOS(SimpleNamespace):
    """Stands in for ``os`` inside editor.model.atomic; counts and breaks the risky calls.

    Only writes, fsyncs of files and renames count: the folder fsync after the rename is
    best effort by design and cannot undo a save that already happened.
    """

    def __init__(self, fail_at: int | None, err: int) -> None:
        super().__init__()
        self.fail_at = fail_at
        self.err = err
        self.count = 0
        self.calls: list[str] = []
        self._dir_fds: set[int] = set()

    def __getattr__(self, name: str):
        return getattr(os, name)

    def _tick(self, op: str) -> None:
        self.count += 1
        self.calls.append(op)
        if self.count == self.fail_at:
            raise OSError(self.err, os.strerror(self.err))

    def open(self, path, flags, mode=0o777):
        fd = os.open(path, flags, mode)
        if Path(path).is_dir():
            self._dir_fds.add(fd)
        return fd

    def close(self, fd: int) -> None:
        self._dir_fds.discard(fd)
        os.close(fd)

    def write(self, fd: int, data) -> int:
        self._tick("write")
        # Short writes happen on shares; make the loop in atomic_write do its job.
        return os.write(fd, bytes(data[: max(1, len(data) // 2)]))

    def fsync(self, fd: int) -> None:
        if fd in self._dir_fds:
            return os.fsync(fd)
        self._tick("fsync")
        return os.fsync(fd)

    def replace(self, src, dst) -> None:
        self._tick("replace")
        return os.replace(src, dst)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if atomic.is_temp_file(p)]


def _patch(monkeypatch, fake) -> None:
    for module in (atomic, mutex):
        monkeypatch.setattr(module, "os", fake)


def run_faults(monkeypatch, folder: Path, action: Callable[[], object], err: int) -> int:
    """Run ``action`` with a fault at every N; returns how many N were tried."""
    probe = FaultyOS(None, err)
    before = snapshot(folder)
    _patch(monkeypatch, probe)
    try:
        action()
    finally:
        _patch(monkeypatch, os)
    total = probe.count
    assert total >= 3 and set(probe.calls) == set(OPS)
    # Put the files back exactly as they were for the fault runs.
    after = snapshot(folder)
    for rel in after.keys() - before.keys():
        (folder / rel).unlink()
    for rel, data in before.items():
        (folder / rel).write_bytes(data)

    for n in range(1, total + 1):
        faulty = FaultyOS(n, err)
        _patch(monkeypatch, faulty)
        try:
            with pytest.raises(StorageError) as caught:
                action()
        finally:
            _patch(monkeypatch, os)
        assert caught.value.message == MESSAGES[err], (n, faulty.calls)
        assert caught.value.errno == err
        assert snapshot(folder) == before, f"files changed with a fault at call {n}"
        assert temp_files(folder) == [], n
    return total


@pytest.mark.parametrize("err", sorted(MESSAGES))
def test_article_save_with_history(monkeypatch, workspace, err: int) -> None:
    article = load_article(workspace.create_article("Haushalt 2027").folder)
    h0 = storage.file_hash(article.path)
    # One earlier version already, so the save writes a history copy too.
    article.body = "erste Fassung\n"
    h0 = storage.save_checked(article, h0, version_interval=0)
    article.body = "Der Rat hat den Haushalt beschlossen. 😀\n" * 2000
    tried = run_faults(monkeypatch, article.folder,
                       lambda: storage.save_checked(article, h0, version_interval=0), err)
    assert tried >= 6  # history copy and article each: writes, fsync, rename
    assert article.body.startswith("Der Rat")  # the editor's text is untouched
    h1 = storage.save_checked(article, h0, version_interval=0)
    assert load_article(article.folder).body == article.body
    assert h1 == storage.file_hash(article.path)
    assert len(history.list_versions(article.folder)) == 2


@pytest.mark.parametrize("err", sorted(MESSAGES))
def test_journal_write(monkeypatch, tmp_path: Path, err: int) -> None:
    recovery.write_journal(tmp_path, "alter Stand")
    run_faults(monkeypatch, tmp_path, lambda: recovery.write_journal(tmp_path, "neu " * 500),
               err)
    assert recovery.read_journal(tmp_path).text == "alter Stand"
    recovery.write_journal(tmp_path, "neu")
    assert recovery.read_journal(tmp_path).text == "neu"


@pytest.mark.parametrize("err", sorted(MESSAGES))
def test_review_event(monkeypatch, workspace, err: int) -> None:
    article = load_article(workspace.create_article("Kita").folder)
    review.add_event(article, "comment", "Anna", "erste Anmerkung")
    run_faults(monkeypatch, article.folder,
               lambda: review.add_event(article, "comment", "Ben", "zweite " * 300), err)
    assert [e.by for e in reviewlog.read_log(article.folder).events] == ["Anna"]
    review.add_event(article, "comment", "Ben", "zweite")
    assert [e.by for e in reviewlog.read_log(article.folder).events] == ["Anna", "Ben"]


def test_lock_write_failure_leaves_no_lock(monkeypatch, tmp_path: Path) -> None:
    from editor.model import lock

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "full")

    monkeypatch.setattr(lock.os, "fsync", broken_fsync)
    with pytest.raises(lock.LockError):
        lock.acquire(tmp_path, "anna")
    monkeypatch.undo()
    assert lock.read_lock(tmp_path) is None
    lock.acquire(tmp_path, "anna").release()


@pytest.mark.parametrize("err", sorted(MESSAGES))
def test_save_mutex_write_fails_first(monkeypatch, workspace, err: int) -> None:
    """The very first risky call of a save is the mutex file's write: nothing else runs."""
    article = load_article(workspace.create_article("Markt").folder)
    h0 = storage.file_hash(article.path)
    before = snapshot(article.folder)
    faulty = FaultyOS(1, err)
    _patch(monkeypatch, faulty)
    article.body = "neu\n"
    try:
        with pytest.raises(StorageError) as caught:
            storage.save_checked(article, h0, version_interval=0)
    finally:
        _patch(monkeypatch, os)
    assert faulty.calls == ["write"]
    assert caught.value.message == MESSAGES[err]
    assert snapshot(article.folder) == before
    assert not storage.save_mutex_path(article.folder).exists()
    storage.save_checked(article, h0, version_interval=0)


@pytest.mark.parametrize("err", sorted(MESSAGES))
def test_lock_take_over_with_faulty_mutex(monkeypatch, tmp_path: Path, err: int) -> None:
    from editor.model import lock

    seen = lock.acquire(tmp_path, "anna").info  # an old lock the user was shown
    before = lock.lock_path(tmp_path).read_bytes()
    _patch(monkeypatch, FaultyOS(1, err))
    try:
        with pytest.raises(lock.LockError):
            lock.take_over(tmp_path, seen, "ben")
    finally:
        _patch(monkeypatch, os)
    assert lock.lock_path(tmp_path).read_bytes() == before
    assert sorted(p.name for p in (tmp_path / ".newsdesk").iterdir()) == ["lock"]
    assert lock.take_over(tmp_path, seen, "ben").info.user == "ben"
