"""The installed Qt binding survives a long session of calls that return nothing.

PySide6 6.12.0 on Python 3.11 lost a reference to None on each such call and aborted
the interpreter after a few thousand of them; pyproject.toml keeps it out.
"""

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject
obj = QObject()
for _ in range(100_000):
    obj.setObjectName("x")
print("survived")
"""


def test_void_calls_do_not_leak_none_references():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
