"""Commit, sync and report on a workspace that is a Git repository.

Sync = repair what a killed sync left (:mod:`editor.sync.repair`), commit what is pending
(content only: :mod:`editor.sync.content`), fetch, rebase the local commits onto the
remote (conflicts resolved so neither side is lost: :mod:`editor.sync.conflicts`), push.
One sync of a repository at a time (:mod:`editor.sync.synclock`); photos through Git LFS
when the workspace says so (:mod:`editor.sync.lfs`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import asdict, dataclass, field
from pathlib import Path

from editor.model import presence
from editor.model.atomic import atomic_write
from editor.sync import git, lfs, synclock
from editor.sync.conflicts import REBASE_MARK, Conflict, rebase
from editor.sync.content import (
    ATTRIBUTE_LINES,
    CONFLICT_MARK,
    IGNORE_LINES,
    TEXT_ATTRIBUTE_LINES,
    ensure_ignore_files,
    is_content,
)
from editor.sync.git import GitError, Offline
from editor.sync.messages import commit_message
from editor.sync.repair import repair

# the names callers have always found here
__all__ = ["ATTRIBUTE_LINES", "CONFLICT_MARK", "IGNORE_LINES", "REBASE_MARK",
           "TEXT_ATTRIBUTE_LINES", "Conflict", "GitError", "Offline", "Status", "SyncResult",
           "clone", "commit_pending", "conflict_copies", "ensure_ignore_files",
           "init_repository", "is_content", "large_photos", "pending_changes", "read_state",
           "repair", "status", "sync"]

REMOTE = "origin"
DEFAULT_BRANCH = "main"
STATE_FILE = "newsdesk-sync.json"     # in .git: never committed, never pushed
SYNC_LOCK = synclock.NAME
LARGE_PHOTO_BYTES = 25 * 1000 * 1000   # a photo this big is worth a warning: every clone
                                       # keeps every version of it forever


@dataclass


class SyncResult:
    committed: list[str] = field(default_factory=list)   # commit messages made
    received: int = 0                                    # remote commits taken
    sent: int = 0                                        # local commits pushed
    conflicts: list[Conflict] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)    # plain words
    warnings: list[str] = field(default_factory=list)    # plain words

    def to_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass


class Status:
    repository: bool
    branch: str | None = None
    remote: str | None = None
    ahead: int = 0
    behind: int = 0
    pending: list[str] = field(default_factory=list)
    last_sync: str | None = None
    last_error: str | None = None
    conflicts: list[str] = field(default_factory=list)
    interrupted: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


# --- state kept in .git ----------------------------------------------------------------

def _state_path(root: Path) -> Path:
    return git.git_dir(root) / STATE_FILE


def read_state(root: Path) -> dict[str, object]:
    try:
        data = json.loads(_state_path(root).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(root: Path, **changes: object) -> None:
    state = {**read_state(root), **changes}
    with contextlib.suppress(OSError):
        atomic_write(_state_path(root), json.dumps(state, indent=2).encode("utf-8"))


# --- one sync at a time ----------------------------------------------------------------

def _sync_lock(root: Path) -> contextlib.AbstractContextManager[None]:
    """One sync of a repository at a time (portable: :mod:`editor.sync.synclock`)."""
    return synclock.hold(git.git_dir(root))


# --- commits ---------------------------------------------------------------------------

def _porcelain(root: Path) -> list[tuple[str, str]]:
    """(status letters, path) of every change git sees, untracked files one by one."""
    data = git.run(root, "status", "--porcelain=v1", "-z", "--untracked-files=all",
                   "--no-renames").stdout
    entries = []
    for item in data.split(b"\0"):
        if len(item) > 3:
            entries.append((item[:2].decode(), item[3:].decode("utf-8", "surrogateescape")))
    return entries


def pending_changes(root: Path) -> list[str]:
    return sorted({p for _s, p in _porcelain(root) if is_content(p)})


def _identity_args(root: Path, name: str | None, email: str | None) -> list[str]:
    """-c user.name/-c user.email: explicit ones, else git's own config, else a fallback
    (git refuses to commit without an identity)."""
    args = []
    have_name = git.run(root, "config", "user.name", check=False).returncode == 0
    have_mail = git.run(root, "config", "user.email", check=False).returncode == 0
    if name or (not have_name and not os.environ.get("GIT_AUTHOR_NAME")):
        args += ["-c", f"user.name={name or _login()}"]
    if email or (not have_mail and not os.environ.get("GIT_AUTHOR_EMAIL")):
        args += ["-c", f"user.email={email or _login() + '@' + socket.gethostname()}"]
    return args


def _login() -> str:
    try:
        import getpass
        return getpass.getuser()
    except Exception:  # no login name (a container): still a name
        return "newsdesk"


def commit_pending(root: Path, *, name: str | None = None,
                   email: str | None = None) -> str | None:
    """Commit every pending content change in one commit; returns its message or None."""
    changes = [(s, p) for s, p in _porcelain(root) if is_content(p)]
    if not changes:
        return None
    lfs.prepare(root)  # photos through LFS when the workspace says so (else GitError)
    paths = b"\0".join(p.encode("utf-8", "surrogateescape") for _s, p in changes)
    git.run(root, "add", "-A", "--pathspec-from-file=-", "--pathspec-file-nul",
            input=paths + b"\0")
    message = commit_message(root, changes)
    git.run(root, *_identity_args(root, name, email), "commit", "--no-verify", "-q",
            "-m", message)
    return message


# --- sync --------------------------------------------------------------------------------

def _branch(root: Path) -> str:
    name = git.out(root, "symbolic-ref", "--short", "-q", "HEAD", check=False)
    if not name:
        raise GitError("this workspace is not on a branch (a detached HEAD); check out "
                       "its branch with 'git switch main'", root)
    return name


def _has_remote(root: Path) -> bool:
    return REMOTE in git.out(root, "remote").split()


def _rev(root: Path, ref: str) -> str | None:
    done = git.run(root, "rev-parse", "-q", "--verify", ref + "^{commit}", check=False)
    return done.stdout.decode().strip() if done.returncode == 0 else None


def _ahead_behind(root: Path, upstream: str) -> tuple[int, int]:
    counts = git.out(root, "rev-list", "--left-right", "--count", f"HEAD...{upstream}")
    ahead, behind = counts.split()
    return int(ahead), int(behind)


def _count(root: Path, spec: str) -> int:
    return int(git.out(root, "rev-list", "--count", spec) or 0)


def _network(root: Path, *args: str) -> None:
    done = git.run(root, *args, timeout=git.NETWORK_TIMEOUT, check=False)
    if done.returncode != 0:
        message = git.last_line(done.stderr)
        if "rejected" in message or "non-fast-forward" in message or "fetch first" in \
                done.stderr.decode("utf-8", "replace"):
            raise _Rejected(message)
        raise Offline(f"cannot reach the remote ({args[0]}: {message}); your changes are "
                      "committed here and will be sent by the next sync", root)


class _Rejected(GitError):
    """The remote moved on while we rebased: fetch and rebase again."""


def large_photos(root: Path, limit: int = LARGE_PHOTO_BYTES) -> list[str]:
    """Warnings for pending photos over ``limit`` bytes (they are committed all the same)."""
    found = []
    for path in pending_changes(root):
        if "/photos/" not in path:
            continue
        try:
            size = (root / path).stat().st_size
        except OSError:
            continue
        if size > limit:
            found.append(f"{path} is {size / 1e6:.0f} MB (over {limit / 1e6:.0f} MB): every "
                         "copy of the workspace keeps it; a smaller export of the photo "
                         "would do")
    return found


def sync(root: Path | str, *, name: str | None = None, email: str | None = None,
         attempts: int = 3, large_photo_bytes: int = LARGE_PHOTO_BYTES) -> SyncResult:
    """Commit, fetch, rebase, push. Raises Offline (remote unreachable) or GitError."""
    root = Path(root).resolve()
    git.require()
    if not git.is_repository(root):
        raise GitError("this workspace is not a Git repository; use 'newsdesk clone' or "
                       "'newsdesk init --git' to work as a team", root)
    result = SyncResult()
    with _sync_lock(root):
        try:
            result.repaired = repair(root)
            # store the files' stat data in the index: files written in the same second as
            # the index are otherwise hashed again by every status (ours run without
            # optional locks, so they never write it): 0.4 s a status in 1,000 articles
            git.run(root, "update-index", "-q", "--refresh", check=False)
            ensure_ignore_files(root)
            result.warnings = large_photos(root, large_photo_bytes)
            presence.expire_own(root)  # an app that died left them; others' are ignored
            message = commit_pending(root, name=name, email=email)
            if message:
                result.committed.append(message)
            if not _has_remote(root):
                raise Offline(f"this workspace has no remote '{REMOTE}' to sync with", root)
            branch = _branch(root)
            use_lfs = lfs.prepare(root)
            for attempt in range(attempts):
                _network(root, "fetch", "--quiet", "--no-tags", REMOTE)
                upstream = f"refs/remotes/{REMOTE}/{branch}"
                if _rev(root, upstream):
                    ahead, behind = _ahead_behind(root, upstream)
                    if behind and use_lfs:  # the photos the rebase checks out, first
                        _network(root, "lfs", "fetch", REMOTE, upstream)
                    if behind:
                        result.received += behind
                        result.conflicts += rebase(root, upstream,
                                                   _identity_args(root, name, email))
                        ahead = _count(root, f"{upstream}..HEAD")
                else:
                    ahead = _count(root, "HEAD") if _rev(root, "HEAD") else 0
                if not ahead:
                    break
                try:
                    if use_lfs:  # --no-verify skips LFS's pre-push hook: send them here
                        _network(root, "lfs", "push", REMOTE, branch)
                    _network(root, "push", "--quiet", "--no-verify", REMOTE,
                             f"HEAD:refs/heads/{branch}")
                    git.run(root, "branch", "-q", f"--set-upstream-to={REMOTE}/{branch}",
                            check=False)
                    result.sent += ahead
                    break
                except _Rejected:
                    if attempt == attempts - 1:
                        raise GitError("the remote kept changing while we sent; sync "
                                       "again", root) from None
        except GitError as exc:
            _write_state(root, last_error=exc.message,
                         last_attempt=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
            raise
        _write_state(root, last_sync=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                     last_error=None)
    return result


def conflict_copies(root: Path) -> list[str]:
    found = []
    articles = root / "articles"
    with contextlib.suppress(OSError):
        for folder in articles.iterdir():
            with contextlib.suppress(OSError):
                found += [f"articles/{folder.name}/{p.name}" for p in folder.iterdir()
                          if p.name.startswith("article" + CONFLICT_MARK)]
    with contextlib.suppress(OSError):
        found += [p.name for p in root.iterdir() if CONFLICT_MARK in p.name]
    return sorted(found)


def status(root: Path | str) -> Status:
    """Where the workspace stands, without the network (ahead/behind as of the last
    fetch)."""
    root = Path(root).resolve()
    git.require()
    if not git.is_repository(root):
        return Status(repository=False)
    state = read_state(root)
    st = Status(repository=True, last_sync=state.get("last_sync"),  # type: ignore[arg-type]
                last_error=state.get("last_error"))  # type: ignore[arg-type]
    st.branch = git.out(root, "symbolic-ref", "--short", "-q", "HEAD", check=False) or None
    if _has_remote(root):
        st.remote = git.out(root, "remote", "get-url", REMOTE, check=False) or None
    upstream = f"refs/remotes/{REMOTE}/{st.branch}"
    if st.branch and _rev(root, upstream) and _rev(root, "HEAD"):
        st.ahead, st.behind = _ahead_behind(root, upstream)
    elif _rev(root, "HEAD"):
        st.ahead = _count(root, "HEAD")
    # presence files change every minute an article is open: a note, not work to send
    st.pending = [p for p in pending_changes(root)
                  if not p.startswith(presence.PRESENCE_DIR + "/")]
    st.conflicts = conflict_copies(root)
    gdir = git.git_dir(root)
    if (gdir / "index.lock").exists():
        st.interrupted.append("a git lock file is left (.git/index.lock)")
    if (gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists():
        st.interrupted.append("a rebase is in progress")
    return st


# --- new repositories ------------------------------------------------------------------

def clone(remote: str, folder: Path | str) -> Path:
    """Clone ``remote`` into ``folder`` and add/repair the ignore files."""
    git.require()
    folder = Path(folder).expanduser()
    if folder.exists() and any(folder.iterdir()):
        raise GitError("the folder is not empty; give a new folder to clone into", folder)
    made = not folder.exists()
    done = git.run(None, "clone", "--quiet", "--no-checkout", "--origin", REMOTE, "--",
                   remote, str(folder), timeout=git.NETWORK_TIMEOUT, check=False)
    if done.returncode != 0:
        raise Offline(f"cannot clone {remote}: {git.last_line(done.stderr)}", folder)
    root = folder.resolve()
    if _rev(root, "HEAD"):
        # photos through LFS: set up before the files are written, or refuse cleanly
        attributes = git.run(root, "show", "HEAD:.gitattributes", check=False).stdout
        if lfs.attributes_use_lfs(attributes.decode("utf-8", "replace")):
            if not lfs.available():
                _remove_clone(folder, made)
                raise GitError(lfs.MISSING, folder)
            git.run(root, "lfs", "install", "--local")
        git.run(root, "reset", "-q", "--hard", "HEAD", timeout=git.NETWORK_TIMEOUT)
    ensure_ignore_files(root)
    _write_state(root, last_sync=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    return root


def _remove_clone(folder: Path, made: bool) -> None:
    """Undo a clone we refuse to finish: the folder we made, or what we put in it."""
    import shutil

    if made:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        for entry in list(folder.iterdir()):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def init_repository(root: Path | str, remote: str | None = None, *, name: str | None = None,
                    email: str | None = None, push: bool = True,
                    use_lfs: bool = False) -> SyncResult | None:
    """Make an existing workspace a repository, commit its content, and (with ``remote``)
    push it to an empty remote. With ``use_lfs``, photos go through Git LFS."""
    git.require()
    if use_lfs:
        lfs.require()  # before anything is made
    root = Path(root).resolve()
    if not git.is_repository(root):
        git.run(root, "init", "-q", "--initial-branch", DEFAULT_BRANCH)
    ensure_ignore_files(root, use_lfs=use_lfs or None)
    if remote is not None:
        if _has_remote(root):
            git.run(root, "remote", "set-url", REMOTE, remote)
        else:
            git.run(root, "remote", "add", REMOTE, remote)
    if remote is not None and push:
        heads = git.run(root, "ls-remote", "--heads", REMOTE, timeout=git.NETWORK_TIMEOUT,
                        check=False)
        if heads.returncode != 0:
            raise Offline(f"cannot reach the remote: {git.last_line(heads.stderr)}", root)
        if heads.stdout.strip():
            raise GitError("the remote is not empty; to work on its workspace use "
                           "'newsdesk clone'", root)
    commit_pending(root, name=name, email=email)
    if remote is not None and push:
        return sync(root, name=name, email=email)
    return None
