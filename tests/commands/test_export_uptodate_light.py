"""An up-to-date `newsdesk export` (nothing to write) loads no database, worker-process or
YAML-free-path machinery it does not use: not sqlite3 and the workspace index (export only
names the workspace's folders), not multiprocessing. Run in a new process, as a user runs
it; the export still says 'up to date' and records the 'published' event."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.publish.test_up_to_date import UP_TO_DATE, _export, _published, _workspace

REPO = Path(__file__).resolve().parents[2]
UNUSED = ["sqlite3", "editor.model.index.store", "editor.model.index.read",
          "editor.model.index.folding", "multiprocessing"]


def test_up_to_date_export_loads_no_index_or_worker_modules(tmp_path: Path, capsys) -> None:
    folder = _workspace(tmp_path)
    out = tmp_path / "out"
    assert UP_TO_DATE not in _export(folder, out, capsys)
    events = _published(folder)
    probe = (
        "import sys\n"
        "from editor.cli import main\n"
        f"code = main(['export', {str(folder)!r}, '--out', {str(out)!r}, '--as', 'T'])\n"
        f"print('LOADED', [m for m in {UNUSED!r} if m in sys.modules])\n"
        "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert UP_TO_DATE in proc.stderr
    assert "LOADED []" in proc.stdout
    assert _published(folder) == events + 1


def test_the_index_package_names_what_it_always_named() -> None:
    import editor.model.index as index
    from editor.model.index import folding, read, store

    for name in index.__all__:
        assert any(getattr(index, name) is getattr(module, name, None)
                   for module in (folding, store, read)) or name in vars(index), name
    assert index.ArticleIndex is store.ArticleIndex
    assert index.build_in_subprocess is read.build_in_subprocess
