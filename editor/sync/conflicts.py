"""Conflicts of a rebase, resolved so that neither side is ever lost.

For an article.md the remote text wins in the file, the local text goes to the article's
history and to a conflict copy ``article.conflict-<time>-<host>.md`` next to it (ignored by
git, by ``list`` and ``check``); photos and review events are add-only, so a same-name
clash keeps both (the local one renamed); dictionary.txt takes both sides' words; presence
files are never a conflict. The rebase is always finished or aborted: the repository is
never left mid-rebase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import socket
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.model import presence
from editor.model.atomic import atomic_write
from editor.sync import git
from editor.sync.content import CONFLICT_MARK
from editor.sync.git import GitError

REBASE_MARK = "newsdesk-rebase"       # our rebase is running (so a repair may abort it)


@dataclass


class Conflict:
    path: str                  # workspace-relative, as git names it
    kind: str                  # 'article', 'photo', 'review', 'dictionary', 'file'
    kept: str                  # what the file holds now (the remote version)
    local_copy: str | None     # where the local version was kept ('' when merged)
    history_version: str | None = None
    note: str = ""


def host_label() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname().split(".")[0])[:40] or "host"


def stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")


def stage(root: Path, number: int, path: str) -> bytes | None:
    done = git.run(root, "show", f":{number}:{path}", check=False)
    return done.stdout if done.returncode == 0 else None


def side_name(path: str, label: str) -> str:
    p = PurePosixPath(path)
    return str(p.with_name(f"{p.stem}{CONFLICT_MARK if label else ''}{label}{p.suffix}"))


def resolve(root: Path) -> list[Conflict]:
    """Resolve every unmerged path of the stopped rebase step. In a rebase, stage 2 is the
    remote side (the base we replay onto) and stage 3 is our local commit."""
    data = git.run(root, "diff", "--name-only", "-z", "--diff-filter=U").stdout
    unmerged = [p.decode("utf-8", "surrogateescape") for p in data.split(b"\0") if p]
    conflicts = []
    for path in unmerged:
        remote, local = stage(root, 2, path), stage(root, 3, path)
        parts = PurePosixPath(path).parts
        kind = ("article" if parts[-1] == "article.md" else
                "photo" if "photos" in parts[2:3] else
                "review" if "review" in parts[2:3] else
                "dictionary" if path == "dictionary.txt" else
                "presence" if parts[0] == presence.PRESENCE_DIR else "file")
        target = root / path
        if kind == "presence":
            # a courtesy note, never a conflict: a side that has it wins (a renewal is
            # newer news than a removal), ours before theirs; expiry tidies up later
            keep = local if local is not None else remote
            if keep is None:
                git.run(root, "rm", "-q", "--cached", "--ignore-unmatch", "--", path)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(target, keep)
                git.run(root, "add", "--", path)
            continue
        if kind == "dictionary" and remote is not None and local is not None:
            words = sorted(set(remote.decode("utf-8", "replace").splitlines())
                           | set(local.decode("utf-8", "replace").splitlines()) - {""})
            atomic_write(target, ("\n".join(words) + "\n").encode("utf-8"))
            git.run(root, "add", "--", path)
            conflicts.append(Conflict(path, kind, path, "", note="both sides' words kept"))
            continue
        if remote is None or local is None:
            # one side deleted it: keep the side that still has text (never lose one)
            keep = remote if remote is not None else local
            if keep is None:
                git.run(root, "rm", "-q", "--cached", "--", path, check=False)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, keep)
            git.run(root, "add", "--", path)
            conflicts.append(Conflict(path, kind, path, None,
                                      note="deleted on one side, changed on the other: "
                                      "the changed version is kept"))
            continue
        label = f"{stamp()}-{host_label()}"
        if kind in ("photo", "review"):
            # add-only files: both stay; the local one under a new, committed name
            other = str(PurePosixPath(path).with_name(
                f"{PurePosixPath(path).stem}-{host_label()}-{stamp()}{PurePosixPath(path).suffix}"))
            atomic_write(root / other, local)
            atomic_write(target, remote)
            git.run(root, "add", "--", path, other)
            conflicts.append(Conflict(path, kind, path, other,
                                      note="same name added on both sides: the local file "
                                      "was renamed"))
            continue
        copy = side_name(path, label)
        atomic_write(root / copy, local)
        version = None
        if kind == "article":
            from editor.model import history  # only on a conflict

            version = str(history.add_version(target.parent, local))
        atomic_write(target, remote)
        git.run(root, "add", "--", path)
        conflicts.append(Conflict(path, kind, path, copy, version,
                                  note="the remote text is in the file; yours is in the "
                                  "conflict copy and the article's history"))
    return conflicts


def _rebase_step(root: Path, gdir: Path) -> tuple[bytes, bytes]:
    """Where a rebase stands: HEAD and git's step counter (the same after a refused step)."""
    head = git.run(root, "rev-parse", "-q", "--verify", "HEAD", check=False).stdout.strip()
    for name in ("rebase-merge/msgnum", "rebase-apply/next"):
        with contextlib.suppress(OSError):
            return head, (gdir / name).read_bytes()
    return head, b""


def rebase(root: Path, onto: str, identity: list[str] | tuple[str, ...] = ()) -> list[Conflict]:
    """Replay local commits onto ``onto``; conflicts resolved as the module says.
    ``identity``: the -c user.name/-c user.email of commits (a replayed commit is
    committed again: without an identity git stops at every step)."""
    gdir = git.git_dir(root)
    atomic_write(gdir / REBASE_MARK, b"")
    conflicts: list[Conflict] = []
    try:
        done = git.run(root, *identity, "rebase", "--no-autostash", "--no-verify", onto,
                       check=False)
        for _step in range(10_000):
            if not ((gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists()):
                break
            resolved = resolve(root)
            conflicts += resolved
            if not resolved and git.run(root, "diff", "--name-only", "--diff-filter=U",
                                        check=False).stdout.strip():
                break
            staged = git.run(root, "diff", "--cached", "--quiet", check=False).returncode
            action = "--continue" if staged else "--skip"
            before = _rebase_step(root, gdir)
            done = git.run(root, *identity, "rebase", action, check=False)
            if done.returncode and _rebase_step(root, gdir) == before:
                break  # git refused the step and nothing moved: stop, abort and report it
        if (gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists():
            git.run(root, "rebase", "--abort", check=False)
            raise GitError(f"the remote changes could not be combined with yours "
                           f"({git.last_line(done.stderr)}); nothing was changed, your "
                           "commits are kept", root)
    finally:
        with contextlib.suppress(FileNotFoundError):
            (gdir / REBASE_MARK).unlink()
    return conflicts
