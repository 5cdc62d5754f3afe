"""editor.sync is below the GUI: it imports no Qt (the app and the CLI both call it)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.sync.helpers import REPO


def test_sync_imports_no_qt() -> None:
    code = ("import json, sys\nimport editor.sync.engine, editor.commands.sync\n"
            "print(json.dumps(sorted(m for m in sys.modules if 'PySide' in m or 'Qt' in m)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, timeout=60, check=True)
    assert json.loads(out.stdout) == []
    source = "".join(p.read_text() for p in (REPO / "editor" / "sync").glob("*.py"))
    assert "import PySide" not in source and "from PySide" not in source
