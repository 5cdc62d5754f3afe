"""An up-to-date `newsdesk export` (no zip wanted, none there) loads only what the check
needs: not the thread pool that flushes a new bundle nor the zip modules. Run in a new
process, as a user runs it."""

from __future__ import annotations

import subprocess
import sys

from .test_up_to_date import REPO, UP_TO_DATE, exported  # noqa: F401 (fixture)


def test_up_to_date_export_loads_no_thread_pool_or_zip_module(exported):  # noqa: F811
    folder, out = exported
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main(['export', {str(folder)!r}, '--out', {str(out)!r}, '--as', 'T'])\n"
        "unneeded = ['concurrent.futures', 'zipfile', 'editor.publish.archive',\n"
        "            'editor.publish.record']\n"
        "print('LOADED', [m for m in unneeded if m in sys.modules])\n"
        "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert UP_TO_DATE in proc.stderr
    assert "LOADED []" in proc.stdout


def test_an_export_with_a_zip_still_writes_and_checks_it(exported, tmp_path):  # noqa: F811
    """The modules now loaded on demand are there when a zip is wanted (and then kept)."""
    folder, out = exported
    for expected in ("", UP_TO_DATE):
        proc = subprocess.run(
            [sys.executable, "-m", "editor", "export", str(folder), "--out", str(out),
             "--zip", "--as", "T"], capture_output=True, text=True, cwd=REPO, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert (UP_TO_DATE in proc.stderr) == bool(expected)
        assert (out / f"{folder.name}.zip").is_file()
