"""The render worker as a process: one plain child (no fork server, no resource tracker),
blind to modules in the current folder, ending with the app even mid-render, limits
following each request, and a kept-warm worker replaced at once. Real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor.render import RenderError, RenderLimits
from editor.render.sandbox import Sandbox
from tests.render.conftest import ExportLikeImages, make_article

linux_only = pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="needs /proc")
REPO = Path(__file__).resolve().parents[2]


def _gone(pid: int) -> bool:
    """Ended (a zombie nobody reaps in a container counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


def _children(pid: int) -> list[tuple[int, str]]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) != pid:
                continue
            args = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if not _gone(int(entry.name)):
            found.append((int(entry.name), args))
    return found


def _python(code: str, cwd: Path | None = None, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@linux_only
def test_rendering_adds_exactly_one_process(tmp_path):
    """The worker is the only process a render starts: no fork server and no resource
    tracker beside it (each another Python process and ~10-20 MB)."""
    code = f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.render.conftest import ExportLikeImages, make_article
        from tests.render.test_sandbox_process import _children
        from editor.model.config import config_from_dict
        from editor.render import render_isolated
        config = config_from_dict({{"site_name": "S", "language": "de"}})
        page, _ = render_isolated(make_article(__import__("pathlib").Path({str(tmp_path)!r})
                                  / "a", "Hallo *Welt*."), config, ExportLikeImages())
        assert "<em>Welt</em>" in page
        for pid, args in _children(os.getpid()):
            print("CHILD", args)
    """
    process = _python(code)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    children = [line for line in out.splitlines() if line.startswith("CHILD")]
    assert len(children) == 1, children
    assert "editor.render.worker_main" in children[0]
    assert "forkserver" not in out and "resource_tracker" not in out


def test_worker_never_imports_modules_from_the_current_folder(tmp_path, sample_workspace):
    """A workspace may hold a file named like a library the renderer imports; the worker
    started from inside it must not run it (python -m puts the current folder first on
    the parent's sys.path; the worker does not take it over)."""
    marker = tmp_path / "ran"
    hostile = sample_workspace / "articles"
    for name in ("markdown", "jinja2", "nh3", "babel"):
        (hostile / f"{name}.py").write_text(
            f"open({str(marker)!r}, 'a').write('{name} ')\nraise SystemExit(3)\n",
            encoding="utf-8")
    article = next(p for p in hostile.iterdir() if p.is_dir())
    out = tmp_path / "page.html"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "editor", "render", article.name, "-o",
                           str(out)], cwd=hostile, env=env, capture_output=True, text=True,
                          timeout=120)
    assert not marker.exists(), marker.read_text()
    assert done.returncode == 0, done.stderr
    assert "<h1" in out.read_text(encoding="utf-8")


@linux_only
def test_worker_ends_when_the_app_is_killed_mid_render(tmp_path):
    """A busy worker notices that its app is gone (the pipe tells only an idle one)."""
    code = f"""
        import sys, threading, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from tests.render.conftest import ExportLikeImages, make_article
        from editor.model.config import config_from_dict
        from editor.render import RenderLimits
        from editor.render.sandbox import Sandbox
        config = config_from_dict({{"site_name": "S", "language": "de"}})
        sandbox = Sandbox()
        args = (make_article(Path({str(tmp_path)!r}) / "a", "x"), config, ExportLikeImages(),
                "a.css")
        sandbox.call("page", args, RenderLimits())
        print(sandbox.pid, flush=True)
        slow = (make_article(Path({str(tmp_path)!r}) / "s", "[" * 200000), config,
                ExportLikeImages(), "a.css")
        threading.Thread(target=lambda: sandbox.call("page", slow, RenderLimits(timeout=600)),
                         daemon=True).start()
        time.sleep(600)
    """
    process = _python(code)
    assert process.stdout is not None
    worker = int(process.stdout.readline())
    time.sleep(1.0)  # well inside the slow render
    assert not _gone(worker)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    deadline = time.monotonic() + 15
    while not _gone(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(worker)


def test_memory_limit_follows_each_request_in_the_same_worker(tmp_path, config_de):
    """Sites with other limits need no new worker (the prestarted one serves them)."""
    sandbox = Sandbox()
    try:
        args = (make_article(tmp_path / "a", "Eins."), config_de, ExportLikeImages(), "a.css")
        sandbox.call("page", args, RenderLimits(memory_mb=1024))
        first = sandbox.pid
        assert "Eins." in sandbox.call("page", args, RenderLimits(memory_mb=600))[0]
        assert sandbox.pid == first and sandbox.starts == 1
        table = "|a|b|c|d|\n|-|-|-|-|\n" + "|x|y|z|w|\n" * 50000
        big = (make_article(tmp_path / "b", table), config_de, ExportLikeImages(), "a.css")
        with pytest.raises(RenderError, match="more memory than the limit of 100 MB"):
            sandbox.call("page", big, RenderLimits(timeout=60, memory_mb=100))
        assert "Eins." in sandbox.call("page", args, RenderLimits(memory_mb=1024))[0]
    finally:
        sandbox.close()


def test_a_kept_warm_sandbox_replaces_a_stopped_worker_at_once(tmp_path, config_de):
    sandbox = Sandbox(keep_warm=True)
    try:
        args = (make_article(tmp_path / "a", "Eins."), config_de, ExportLikeImages(), "a.css")
        sandbox.call("page", args, RenderLimits())
        first = sandbox.pid
        slow = (make_article(tmp_path / "s", "[" * 20000), config_de, ExportLikeImages(),
                "a.css")
        with pytest.raises(RenderError, match="took too long"):
            sandbox.call("page", slow, RenderLimits(timeout=1))
        # already running again before anyone asks (the next edit need not wait for it)
        assert sandbox.pid not in (None, first) and sandbox.starts == 2
        assert "Eins." in sandbox.call("page", args, RenderLimits())[0]
        assert sandbox.starts == 2
    finally:
        sandbox.close()
    assert sandbox.pid is None


def test_prestart_returns_at_once_and_the_first_call_uses_that_worker(tmp_path, config_de):
    sandbox = Sandbox()
    try:
        sandbox.prestart()  # returns without waiting for the worker's imports
        pid = sandbox.pid
        assert pid is not None
        args = (make_article(tmp_path / "a", "Eins."), config_de, ExportLikeImages(), "a.css")
        assert "Eins." in sandbox.call("page", args, RenderLimits())[0]
        assert sandbox.pid == pid and sandbox.starts == 1
    finally:
        sandbox.close()
