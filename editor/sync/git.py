"""Running the system ``git``: argument lists only (no shell), a timeout, no prompts.

Output is parsed in the C locale; file names come NUL-separated where we read them.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

from editor.model.errors import NewsdeskError

MIN_VERSION = (2, 30)
LOCAL_TIMEOUT = 120.0    # seconds for work on the local repository
NETWORK_TIMEOUT = 300.0  # fetch, push, clone: a slow line must not hang us forever


class GitError(NewsdeskError):
    """git is missing or too old, or a git command failed (message in plain words)."""


class Offline(GitError):
    """The remote cannot be reached (no network, wrong address, refused)."""


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "LC_ALL": "C", "LANGUAGE": "C",
        "GIT_TERMINAL_PROMPT": "0",        # never wait for a password on a terminal
        "GIT_EDITOR": "true", "GIT_SEQUENCE_EDITOR": "true", "GIT_MERGE_AUTOEDIT": "no",
        "GIT_PAGER": "cat", "GIT_OPTIONAL_LOCKS": "0",
    })
    if extra:
        env.update(extra)
    return env


def git_path() -> str:
    found = shutil.which("git")
    if not found:
        raise GitError("git is not installed; install git "
                       f"{'.'.join(map(str, MIN_VERSION))} or newer to work as a team "
                       "through Git")
    return found


def run(root: Path | str | None, *args: str, timeout: float = LOCAL_TIMEOUT,
        env: dict[str, str] | None = None, input: bytes | None = None,
        check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """``git -C root args``; raises GitError when it fails (with ``check``) or hangs."""
    command = [git_path()]
    if root is not None:
        command += ["-C", str(root)]
    # core.fsmonitor names a program git would run: a planted .git/config must not make
    # a sync run it (hooks stay: git-lfs and team policies live there)
    command += ["-c", "core.quotepath=off", "-c", "core.fsmonitor=false", *args]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout,
                              env=environment(env), input=input,
                              stdin=None if input is not None else subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise GitError(f"git {args[0]} did not finish within {timeout:.0f} s", root) from exc
    except OSError as exc:
        raise GitError(f"git cannot be started: {exc.strerror or exc}", root) from exc
    if check and done.returncode != 0:
        raise GitError(f"git {args[0]} failed: {last_line(done.stderr)}", root)
    return done


def out(root: Path | str | None, *args: str, **kwargs: object) -> str:
    return run(root, *args, **kwargs).stdout.decode("utf-8", "replace").strip()  # type: ignore[arg-type]


def last_line(data: bytes) -> str:
    lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    useful = [ln for ln in lines if ln.startswith(("fatal:", "error:"))] or lines
    return useful[-1] if useful else "no message"


@functools.lru_cache(maxsize=1)
def version() -> tuple[int, ...]:
    text = out(None, "--version")
    found = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", text)
    if not found:
        raise GitError(f"cannot read git's version from {text!r}")
    return tuple(int(g) for g in found.groups() if g is not None)


def require() -> None:
    """Raise GitError with a clear message unless git is installed and new enough."""
    have = version()
    if have[:2] < MIN_VERSION:
        need = ".".join(map(str, MIN_VERSION))
        raise GitError(f"git {'.'.join(map(str, have))} is too old: Newsdesk needs git "
                       f"{need} or newer")


def is_repository(root: Path | str) -> bool:
    """True when ``root`` is the top folder of a Git working tree."""
    try:
        top = run(root, "rev-parse", "--show-toplevel", check=False)
    except GitError:
        return False
    if top.returncode != 0:
        return False
    shown = Path(top.stdout.decode("utf-8", "replace").strip())
    try:
        return shown.resolve() == Path(root).resolve()
    except OSError:
        return False


def git_dir(root: Path) -> Path:
    return _git_dir(Path(root).resolve())


@functools.lru_cache(maxsize=64)
def _git_dir(root: Path) -> Path:
    path = Path(out(root, "rev-parse", "--git-dir"))
    return path if path.is_absolute() else root / path
