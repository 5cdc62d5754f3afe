"""Repair after a killed sync (kill -9, power loss): a stale index.lock, our rebase left
half-way (aborted, with edits made since kept), a merge of ours left open."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path, PurePosixPath

from editor.model.atomic import atomic_write
from editor.sync import git
from editor.sync.conflicts import REBASE_MARK, host_label, side_name, stage, stamp
from editor.sync.content import is_content
from editor.sync.git import GitError

STALE_LOCK_SECONDS = 30.0


def _git_running_in(root: Path) -> bool:
    """Is a git process working in this repository? (Linux: /proc; elsewhere unknown.)"""
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    target = str(root.resolve())
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text().strip()
            if not comm.startswith("git"):
                continue
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if cwd == target or cwd.startswith(target + os.sep) or \
                target.encode() in cmdline:
            return True
    return False


def repair(root: Path) -> list[str]:
    """Undo what a killed sync left behind; returns what was done, in plain words.
    Raises GitError when the repository needs a person (a rebase we did not start)."""
    done: list[str] = []
    gdir = git.git_dir(root)
    index_lock = gdir / "index.lock"
    if index_lock.exists():
        try:
            age = time.time() - index_lock.stat().st_mtime
        except OSError:
            age = 0.0
        if age > STALE_LOCK_SECONDS or not _git_running_in(root):
            with contextlib.suppress(FileNotFoundError):
                index_lock.unlink()
            done.append("removed a lock file left by an interrupted git command "
                        "(.git/index.lock)")
        else:
            raise GitError("git is working in this workspace right now (.git/index.lock); "
                           "try again in a moment", root)
    rebasing = (gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists()
    if rebasing:
        if not (gdir / REBASE_MARK).exists():
            raise GitError("a rebase started outside Newsdesk is in progress; finish it "
                           "with 'git rebase --continue' or undo it with 'git rebase "
                           "--abort'", root)
        # the abort resets the files: changes made to them since the crash (the app
        # kept working) are read first and written back after it
        data = git.run(root, "diff", "--name-only", "-z", "--diff-filter=M", check=False).stdout
        unmerged = set(git.run(root, "diff", "--name-only", "-z", "--diff-filter=U",
                               check=False).stdout.split(b"\0"))
        kept = {}
        for raw in data.split(b"\0"):
            name = raw.decode("utf-8", "surrogateescape")
            if raw and raw not in unmerged and is_content(name):  # not git's conflict text
                with contextlib.suppress(OSError):
                    kept[name] = ((root / name).read_bytes(), stage(root, 0, name) or b"")
        if git.run(root, "rebase", "--abort", check=False).returncode != 0:
            git.run(root, "rebase", "--quit", check=False)
        for name, (content, base) in kept.items():
            done += merge_back(root, name, content, base)
        done.append("an interrupted sync was undone (its rebase aborted); your commits "
                    "are kept and are sent now")
    if (gdir / "MERGE_HEAD").exists() and (gdir / REBASE_MARK).exists():
        git.run(root, "merge", "--abort", check=False)
        done.append("an interrupted merge was undone")
    with contextlib.suppress(FileNotFoundError):
        (gdir / REBASE_MARK).unlink()
    return done


def merge_back(root: Path, name: str, edited: bytes, base: bytes) -> list[str]:
    """A file edited after a crash mid-rebase was edited from the rebase's half-way text
    (``base``); merge that edit into the restored file. If the two clash, the restored
    text stays and the edit is kept as a conflict copy (and in an article's history)."""
    target = root / name
    try:
        restored = target.read_bytes()
    except OSError:
        restored = b""
    if restored == edited:
        return []
    gdir = git.git_dir(root)
    parts = [gdir / f"newsdesk-merge-{n}" for n in ("current", "base", "other")]
    try:
        for path, data in zip(parts, (restored, base, edited), strict=True):
            path.write_bytes(data)
        done = git.run(root, "merge-file", "-p", *map(str, parts), check=False)
    finally:
        for path in parts:
            with contextlib.suppress(OSError):
                path.unlink()
    if done.returncode == 0:
        atomic_write(target, done.stdout)
        return [f"your change to {name} made after the interruption was kept"]
    copy = side_name(name, f"{stamp()}-{host_label()}")
    atomic_write(root / copy, edited)
    if PurePosixPath(name).name == "article.md":
        from editor.model import history

        history.add_version(target.parent, edited)
    return [f"your change to {name} made after the interruption clashes with your earlier "
            f"one; it is kept in {copy}"]
