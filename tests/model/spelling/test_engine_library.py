"""Opening a checker finds the Enchant C library without running ``ldconfig -p`` (what
pyenchant's own search does, about 40 ms of every start)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent("""
    import os, subprocess
    started = []
    original = subprocess.Popen.__init__

    def recording(self, args, *rest, **kwargs):
        started.append(args)
        original(self, args, *rest, **kwargs)

    subprocess.Popen.__init__ = recording
    from editor.model.spelling.engine import open_checker

    checker = open_checker("de")
    print(checker.available, checker.reason or "-")
    print("STARTED", started)
    print("LIBRARY", os.environ.get("PYENCHANT_LIBRARY_PATH"))
""")


def _run(**env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYENCHANT_")}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          cwd=REPO, env={**clean, **env}, check=True, timeout=60)
    return done.stdout.splitlines()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux library folders")
def test_no_ldconfig_when_the_library_is_in_the_usual_place():
    lines = _run()
    if not any(Path(d, "libenchant-2.so.2").is_file()
               for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                         "/usr/lib64", "/usr/lib")):
        pytest.skip("no system Enchant 2 library")
    assert lines[0].startswith("True"), lines  # the German checker works
    assert lines[1] == "STARTED []", lines  # no ldconfig (nor anything else) was run
    assert lines[2].endswith("/libenchant-2.so.2")


def test_a_library_path_given_by_the_user_is_kept(tmp_path):
    given = tmp_path / "libenchant-2.so.2"  # not a library: pyenchant must fail on it
    given.write_bytes(b"not a library")
    lines = _run(PYENCHANT_LIBRARY_PATH=str(given))
    assert lines[0].startswith("False") and "spelling library" in lines[0], lines
    assert lines[2] == f"LIBRARY {given}"
