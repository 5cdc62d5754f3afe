"""Commit, sync, repair and report on a workspace that is a Git repository.

What is committed is *content* only (:func:`is_content`): newsdesk.toml, dictionary.txt,
templates/, and per article article.md, photos/ and review/ events. Caches, locks,
journals and version history (every ``.newsdesk/``), the trash, import staging and
conflict copies are ignored (:data:`IGNORE_LINES`).

Sync = commit what is pending, fetch, rebase the local commits onto the remote, push.
Conflicts never lose a side: for an article.md the remote text wins in the file, the local
text goes to the article's history and to a conflict copy ``article.conflict-<time>-<host>.md``
next to it (ignored by git, by ``list`` and ``check``); photos and review events are
add-only, so a same-name clash keeps both (the local one renamed); dictionary.txt takes
both sides' words. The rebase is always finished or aborted: the repository is never left
mid-rebase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import socket
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from editor.model import presence
from editor.model.atomic import atomic_write
from editor.sync import git, lfs, synclock
from editor.sync.git import GitError, Offline
from editor.sync.messages import commit_message

REMOTE = "origin"
DEFAULT_BRANCH = "main"
STATE_FILE = "newsdesk-sync.json"     # in .git: never committed, never pushed
SYNC_LOCK = synclock.NAME
REBASE_MARK = "newsdesk-rebase"       # our rebase is running (so a repair may abort it)
STALE_LOCK_SECONDS = 30.0
CONFLICT_MARK = ".conflict-"
LARGE_PHOTO_BYTES = 25 * 1000 * 1000   # a photo this big is worth a warning: every clone
                                       # keeps every version of it forever

IGNORE_LINES = (
    "# Newsdesk: caches, locks, journals and version history are never committed",
    ".newsdesk/",
    ".trash/",
    ".import-*",
    "*.ndtmp",
    ".*.lock",
    "*.conflict-*",
    ".newsdesk-write-test-*",
)
TEXT_ATTRIBUTE_LINES = (
    "# Newsdesk: articles are text with LF line ends, photos are binary",
    "*.md text eol=lf",
    "*.toml text eol=lf",
    "*.txt text eol=lf",
    "*.json text eol=lf",
)
ATTRIBUTE_LINES = (*TEXT_ATTRIBUTE_LINES, *lfs.photo_lines(False))


@dataclass
class Conflict:
    path: str                  # workspace-relative, as git names it
    kind: str                  # 'article', 'photo', 'review', 'dictionary', 'file'
    kept: str                  # what the file holds now (the remote version)
    local_copy: str | None     # where the local version was kept ('' when merged)
    history_version: str | None = None
    note: str = ""


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


# --- what is content -------------------------------------------------------------------

def is_content(path: str) -> bool:
    """A workspace-relative POSIX path that belongs in a commit."""
    parts = PurePosixPath(path).parts
    if not parts or any(p.startswith(".") for p in parts) or CONFLICT_MARK in parts[-1]:
        return path in (".gitignore", ".gitattributes")
    if len(parts) == 1:
        return parts[0] in ("newsdesk.toml", "dictionary.txt")
    if parts[0] == "templates":
        return True
    if parts[0] == presence.PRESENCE_DIR:  # presence/<slug>/<user>@<host>.json
        return len(parts) == 3 and presence.is_file_name(parts[2])
    if parts[0] == "articles" and len(parts) >= 3:
        if len(parts) == 3:
            return parts[2] == "article.md"
        return parts[2] in ("photos", "review")
    return False


def ensure_ignore_files(root: Path, *, use_lfs: bool | None = None) -> list[str]:
    """Write or repair .gitignore and .gitattributes (our lines added, the user's kept);
    returns the names of the files changed. Photos go through LFS when ``use_lfs`` (by
    default: when the .gitattributes already says so)."""
    if use_lfs is None:
        use_lfs = lfs.uses_lfs(root)
    attributes = (*TEXT_ATTRIBUTE_LINES, *lfs.photo_lines(use_lfs))
    changed = []
    for name, lines in ((".gitignore", IGNORE_LINES), (".gitattributes", attributes)):
        path = root / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        have = {ln.strip() for ln in text.splitlines()}
        if name == ".gitattributes":
            # a photo pattern the file already sets (binary or LFS) is the team's choice
            have |= {ln.split()[0] for ln in have if ln and not ln.startswith("#")}
        missing = [ln for ln in lines if not ln.startswith("#") and ln not in have
                   and not (ln.startswith("*.") and ln.split()[0] in have
                            and ln.split()[0][2:] in lfs.PHOTO_EXTENSIONS)]
        if not missing and text:
            continue
        head = [lines[0]] if lines[0] not in have else []
        new = text + ("\n" if text and not text.endswith("\n") else "") + \
            "".join(f"{ln}\n" for ln in [*head, *missing])
        atomic_write(path, new.encode("utf-8"))
        changed.append(name)
    return changed


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


# --- repair after a killed sync --------------------------------------------------------

def _sync_lock(root: Path) -> contextlib.AbstractContextManager[None]:
    """One sync of a repository at a time (portable: :mod:`editor.sync.synclock`)."""
    return synclock.hold(git.git_dir(root))


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
                    kept[name] = ((root / name).read_bytes(), _stage(root, 0, name) or b"")
        if git.run(root, "rebase", "--abort", check=False).returncode != 0:
            git.run(root, "rebase", "--quit", check=False)
        for name, (content, base) in kept.items():
            done += _merge_back(root, name, content, base)
        done.append("an interrupted sync was undone (its rebase aborted); your commits "
                    "are kept and are sent now")
    if (gdir / "MERGE_HEAD").exists() and (gdir / REBASE_MARK).exists():
        git.run(root, "merge", "--abort", check=False)
        done.append("an interrupted merge was undone")
    with contextlib.suppress(FileNotFoundError):
        (gdir / REBASE_MARK).unlink()
    return done


def _merge_back(root: Path, name: str, edited: bytes, base: bytes) -> list[str]:
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
    copy = _side_name(name, f"{_stamp()}-{_host()}")
    atomic_write(root / copy, edited)
    if PurePosixPath(name).name == "article.md":
        from editor.model import history

        history.add_version(target.parent, edited)
    return [f"your change to {name} made after the interruption clashes with your earlier "
            f"one; it is kept in {copy}"]


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


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname().split(".")[0])[:40] or "host"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")


def _stage(root: Path, number: int, path: str) -> bytes | None:
    done = git.run(root, "show", f":{number}:{path}", check=False)
    return done.stdout if done.returncode == 0 else None


def _side_name(path: str, label: str) -> str:
    p = PurePosixPath(path)
    return str(p.with_name(f"{p.stem}{CONFLICT_MARK if label else ''}{label}{p.suffix}"))


def _resolve(root: Path) -> list[Conflict]:
    """Resolve every unmerged path of the stopped rebase step. In a rebase, stage 2 is the
    remote side (the base we replay onto) and stage 3 is our local commit."""
    data = git.run(root, "diff", "--name-only", "-z", "--diff-filter=U").stdout
    unmerged = [p.decode("utf-8", "surrogateescape") for p in data.split(b"\0") if p]
    conflicts = []
    for path in unmerged:
        remote, local = _stage(root, 2, path), _stage(root, 3, path)
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
        label = f"{_stamp()}-{_host()}"
        if kind in ("photo", "review"):
            # add-only files: both stay; the local one under a new, committed name
            other = str(PurePosixPath(path).with_name(
                f"{PurePosixPath(path).stem}-{_host()}-{_stamp()}{PurePosixPath(path).suffix}"))
            atomic_write(root / other, local)
            atomic_write(target, remote)
            git.run(root, "add", "--", path, other)
            conflicts.append(Conflict(path, kind, path, other,
                                      note="same name added on both sides: the local file "
                                      "was renamed"))
            continue
        copy = _side_name(path, label)
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


def _rebase(root: Path, onto: str) -> list[Conflict]:
    """Replay local commits onto ``onto``; conflicts resolved as the module says."""
    gdir = git.git_dir(root)
    atomic_write(gdir / REBASE_MARK, b"")
    conflicts: list[Conflict] = []
    try:
        done = git.run(root, "rebase", "--no-autostash", "--no-verify", onto, check=False)
        for _step in range(10_000):
            if not ((gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists()):
                break
            resolved = _resolve(root)
            conflicts += resolved
            if not resolved and git.run(root, "diff", "--name-only", "--diff-filter=U",
                                        check=False).stdout.strip():
                break
            staged = git.run(root, "diff", "--cached", "--quiet", check=False).returncode
            action = "--continue" if staged else "--skip"
            done = git.run(root, "rebase", action, check=False)
        if (gdir / "rebase-merge").exists() or (gdir / "rebase-apply").exists():
            git.run(root, "rebase", "--abort", check=False)
            raise GitError(f"the remote changes could not be combined with yours "
                           f"({git.last_line(done.stderr)}); nothing was changed, your "
                           "commits are kept", root)
    finally:
        with contextlib.suppress(FileNotFoundError):
            (gdir / REBASE_MARK).unlink()
    return conflicts


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
                        result.conflicts += _rebase(root, upstream)
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
    st.pending = pending_changes(root)
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
