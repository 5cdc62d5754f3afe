"""Export output under kills and concurrency, with real processes: the bundle folder and the
zip are always one version (after recovery), and no hidden copy outlives an export."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from editor.publish import outfolder

from .conftest import UMLAUT_CREDITS, make_article, make_photo

NAME = "stadtfest"
ROOT = Path(__file__).resolve().parents[2]


def _workspace(base: Path, body: str) -> Path:
    ws = base
    ws.mkdir(parents=True)
    (ws / "newsdesk.toml").write_text(
        "image_widths = [160, 320]\napproval_required = false\n", "utf-8")
    folder = ws / "articles" / NAME
    make_photo(folder / "photos" / "p.jpg")
    article = make_article(folder, [("p", "photos/p.jpg", dict(UMLAUT_CREDITS))])
    article.body = body + "\n\n![](photo:p)\n"
    from tests.util import write_article

    write_article(article)
    return folder


def _folder_files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


def _zip_files(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n.removeprefix(f"{NAME}/"): hashlib.sha256(zf.read(n)).hexdigest()
                for n in zf.namelist()}


def _version(out: Path) -> str | None:
    """The body of the exported article after recovery; asserts folder and zip agree (an
    export without --zip has none: then no zip of an earlier export may stay either)."""
    outfolder.settle(out, NAME)  # what every export (or any reader we control) does first
    folder, zipped = out / NAME, out / f"{NAME}.zip"
    if not folder.exists():
        assert not zipped.exists(), sorted(os.listdir(out))
        return None
    record = json.loads((folder / "article.json").read_text("utf-8"))
    if zipped.exists():
        assert _folder_files(folder) == _zip_files(zipped)
        return record["body_html"]
    return "no zip: " + record["body_html"]


def _export_cmd(article: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "editor", "export", str(article), "--out", str(out),
            "--zip", "--jobs", "1"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


# Independent lanes (own workspaces, own output folder) run side by side: a lane is the
# whole property on its own, and two of them take the time of one on a 2-core machine.
LANES = max(1, min(2, os.cpu_count() or 1))


def test_repeated_sigkill_never_leaves_folder_and_zip_from_different_versions(tmp_path):
    env = _env()
    total = {"killed": 0, "finished": 0, "mid-build": 0, "mid-switch": 0}
    lock = threading.Lock()

    def lane(n: int) -> set[str | None]:
        base = tmp_path / f"lane{n}"
        versions = [_workspace(base / "a", "Erste Fassung des Textes."),
                    _workspace(base / "b", "Zweite Fassung, ganz anders.")]
        out = base / "out"
        durations = []
        for article in versions * 2:  # warm the image caches; learn how long one export takes
            start = time.monotonic()
            subprocess.run(_export_cmd(article, out), env=env, check=True, capture_output=True)
            durations.append(time.monotonic() - start)
        full = min(durations[2:])
        rng = random.Random(11 + n)
        seen: set[str | None] = set()
        staging = outfolder.staging_dir(out, NAME)
        # At least 36 kills in all lanes; more (up to 60) while a loaded machine made too
        # few of them land while the bundle was being built, so every run really
        # exercises that phase.
        for i in range(60 // LANES):
            with lock:
                if i >= 36 // LANES and total["killed"] >= 18 and total["mid-build"] >= 4:
                    break
            proc = subprocess.Popen(_export_cmd(versions[i % 2], out), env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            if i % 3 == 0:  # anywhere in the export
                time.sleep(full * rng.uniform(0.05, 0.95))
            else:  # while bundle and zip are written and switched: a few ms after staging
                deadline = time.monotonic() + 60
                while not staging.exists() and proc.poll() is None \
                        and time.monotonic() < deadline:
                    time.sleep(0.001)
                time.sleep(rng.uniform(0, 0.08))
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the export and its render worker
            except ProcessLookupError:
                pass
            code = proc.wait()
            with lock:
                total["killed" if code == -signal.SIGKILL else "finished"] += 1
                if (staging / outfolder.COMMIT).exists():
                    total["mid-switch"] += 1
                elif staging.exists():
                    total["mid-build"] += 1
            seen.add(_version(out))
        assert None not in seen and len(seen) <= 2  # always a bundle: A's or B's, never a mix
        # The next complete export leaves exactly the two public entries and nothing hidden.
        subprocess.run(_export_cmd(versions[0], out), env=env, check=True, capture_output=True)
        assert sorted(os.listdir(out)) == [NAME, f"{NAME}.zip"]
        assert "Erste Fassung" in (_version(out) or "")
        return seen

    with ThreadPoolExecutor(LANES) as pool:
        for seen in pool.map(lane, range(LANES)):
            assert None not in seen and len(seen) <= 2
    assert total["killed"] >= 18 and total["mid-build"] >= 4, total
    print("kill outcomes:", total)  # how many landed while building and mid-switch


# Deterministic complement: die just before each rename/unlink of the switch.

def _die_at(step: int, article: str, out: str, root: str, make_zip: bool = True) -> None:
    from editor.model.article import load_article
    from editor.publish import bundle
    from tests.publish.conftest import small_config

    calls = {"n": 0}

    def counted(real):
        def wrapper(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return wrapper

    outfolder.os.rename = counted(os.rename)  # type: ignore[attr-defined]
    outfolder.os.unlink = counted(os.unlink)  # type: ignore[attr-defined]
    bundle.export_article(load_article(Path(article)),
                          small_config(approval_required=False, image_widths=(160,)),
                          Path(out), workspace_root=Path(root), make_zip=make_zip, jobs=1)
    os._exit(0)


def _fresh_processes() -> multiprocessing.context.BaseContext:
    """Processes as fresh as spawned ones (no state of this test process), forked from a
    server that imported the export once: a spawned child imported it again for each of
    the ~50 steps (4-5 minutes a test on a loaded machine, the slowest of the suite)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["editor.publish.bundle", "editor.model.article",
                                "tests.publish.conftest", "tests.publish.test_export_kill"])
    return ctx


@pytest.mark.parametrize("zip_b", [True, False], ids=["zip", "then-no-zip"])
def test_a_kill_at_every_step_of_the_switch_leaves_one_version(tmp_path, zip_b):
    """Export B over A (with a zip), dying at the 1st, 2nd, ... rename or unlink (anywhere
    in the export, so at every step of the switch and of the cleanup): after recovery the
    pair is A or B, and once B was committed at step k it is B for every later step.
    B without --zip removes A's zip in the same switch."""
    import shutil

    versions = [_workspace(tmp_path / "a", "Erste Fassung."),
                _workspace(tmp_path / "b", "Zweite Fassung.")]
    out, pristine = tmp_path / "out", tmp_path / "pristine"
    ctx = _fresh_processes()

    def run(step: int, which: int) -> int | None:
        p = ctx.Process(target=_die_at, args=(step, str(versions[which]), str(out),
                                              str(versions[which].parents[1]),
                                              which == 0 or zip_b))
        p.start()
        p.join(120)
        return p.exitcode

    assert run(0, 1) == 0
    new = _version(out)
    shutil.rmtree(out)
    assert run(0, 0) == 0
    old = _version(out)
    assert old != new
    shutil.copytree(out, pristine, symlinks=True)
    # Steps run side by side in lanes, each with its own copy of B's workspace (warmed by
    # one complete export, so every step of every lane counts the same renames) and its
    # own output folder restored from A's pristine bundle before each step.
    lanes: queue.Queue[tuple[Path, Path]] = queue.Queue()
    for n in range(LANES):
        root = tmp_path / f"lane{n}"
        shutil.copytree(versions[1].parents[1], root / "b", symlinks=True)
        article = root / "b" / versions[1].relative_to(versions[1].parents[1])
        p = ctx.Process(target=_die_at, args=(0, str(article), str(root / "warm"),
                                              str(root / "b"), zip_b))
        p.start()
        p.join(120)
        assert p.exitcode == 0
        lanes.put((root, article))

    def attempt(step: int) -> tuple[int | None, str | None, list[str]]:
        root, article = lanes.get()
        try:
            target = root / "out"
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(pristine, target, symlinks=True)
            p = ctx.Process(target=_die_at, args=(step, str(article), str(target),
                                                  str(root / "b"), zip_b))
            p.start()
            p.join(120)
            return p.exitcode, _version(target), sorted(os.listdir(target))
        finally:
            lanes.put((root, article))

    seen = []
    finished: list[str] | None = None
    with ThreadPoolExecutor(LANES) as pool:
        for first in range(1, 200, LANES):
            for code, now, listing in pool.map(attempt, range(first, min(first + LANES, 200))):
                assert now in (old, new)
                seen.append(now)
                if code == 0:
                    finished = listing
                    break
                assert code == -signal.SIGKILL
            if finished is not None:
                break
    if finished is None:
        pytest.fail("the export never finished")
    assert seen[-1] == new
    switched = seen.index(new)
    assert switched >= 3 and all(v == new for v in seen[switched:])  # never back to A
    assert finished == ([NAME, f"{NAME}.zip"] if zip_b else [NAME])


# Leftovers and concurrency ------------------------------------------------------------------


def test_a_successful_export_leaves_nothing_hidden_and_cleans_any_leftover(tmp_path):
    article = _workspace(tmp_path / "ws", "Text.")
    out = tmp_path / "out"
    out.mkdir()
    for junk in (f".{NAME}.staging/{NAME}", f".{NAME}.old/{NAME}",
                 f".{NAME}.export-1234abcd/images", f".{NAME}.old-1234abcd"):
        (out / junk).mkdir(parents=True)
        (out / junk / "article.json").write_text("{}")  # fresh: cleaned regardless of age
    (out / f".{NAME}.zip.1234abcd.staged").write_bytes(b"PK")
    (out / "other.txt").write_text("not ours")
    code = subprocess.run(_export_cmd(article, out), env=_env(), capture_output=True).returncode
    assert code == 0
    assert sorted(os.listdir(out)) == sorted([NAME, f"{NAME}.zip", "other.txt"])


def _hold_lock(out: str, ready, release) -> None:
    with outfolder.locked(Path(out), NAME):
        staging = outfolder.new_staging(Path(out), NAME)
        (staging / "busy.txt").write_text("an export in progress")
        ready.set()
        release.wait(60)
        outfolder.recover(Path(out), NAME)


def test_an_export_running_in_another_process_is_not_disturbed(tmp_path):
    article = _workspace(tmp_path / "ws", "Text.")
    out = tmp_path / "out"
    out.mkdir()
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(out), ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        proc = subprocess.Popen(_export_cmd(article, out), env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(3)
        assert proc.poll() is None  # waits for the other export's lock
        assert (out / f".{NAME}.staging" / "busy.txt").is_file()  # not cleaned away
        release.set()
        assert proc.wait(120) == 0
    finally:
        release.set()
        holder.join(30)
    assert sorted(os.listdir(out)) == [NAME, f"{NAME}.zip"]


def test_the_lock_has_one_holder_at_a_time(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    ctx = multiprocessing.get_context("spawn")
    log = tmp_path / "log"
    procs = [ctx.Process(target=_count_in_lock, args=(str(out), str(log))) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    lines = log.read_text().split()
    assert len(lines) == 6 * 2 * 5
    depth = 0
    for line in lines:  # enter/leave strictly alternate: never two holders
        depth += 1 if line == "in" else -1
        assert depth in (0, 1)
    assert not (out / f".{NAME}.lock").exists()


def _count_in_lock(out: str, log: str) -> None:
    for _ in range(5):
        with outfolder.locked(Path(out), NAME):
            with open(log, "a") as f:
                f.write("in\n")
            time.sleep(0.01)
            with open(log, "a") as f:
                f.write("out\n")


@pytest.mark.parametrize("kind", ["zip", "nozip"])
def test_without_zip_an_earlier_zip_is_removed_with_the_switch(tmp_path, kind):
    article = _workspace(tmp_path / "ws", "Text.")
    out = tmp_path / "out"
    subprocess.run(_export_cmd(article, out), env=_env(), check=True, capture_output=True)
    cmd = _export_cmd(article, out)
    if kind == "nozip":
        cmd.remove("--zip")
    subprocess.run(cmd, env=_env(), check=True, capture_output=True)
    expected = [NAME, f"{NAME}.zip"] if kind == "zip" else [NAME]
    assert sorted(os.listdir(out)) == expected


def test_a_share_without_file_locks_still_exports(tmp_path, monkeypatch):
    import errno
    import fcntl

    from editor.model.article import load_article
    from editor.publish.bundle import export_article

    from .conftest import small_config

    def no_locks(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    article = _workspace(tmp_path / "ws", "Text.")
    out = tmp_path / "out"
    result = export_article(load_article(article), small_config(approval_required=False),
                            out, workspace_root=article.parents[1], make_zip=True)
    assert result.zip is not None and sorted(os.listdir(out)) == [NAME, f"{NAME}.zip"]
