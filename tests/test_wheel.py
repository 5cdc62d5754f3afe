"""A non-editable install works: the wheel carries resources/ and the helper finds them."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(REPO)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0 and "No module named build" in result.stderr:
        pytest.skip("the 'build' package is not installed")
    assert result.returncode == 0, result.stderr[-2000:]
    [whl] = out.glob("*.whl")
    return whl


def test_wheel_carries_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "editor/_resources/" + str(p.relative_to(REPO / "resources")).replace(os.sep, "/")
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.suffix != ".qm" and "__pycache__" not in p.parts
    }
    assert expected, "resources/ is empty"
    assert expected <= names, sorted(expected - names)[:10]
    assert "editor/cli.py" in names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_layout_finds_resources(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = (
        "import editor.resources as r, editor.cli\n"
        "p = r.path('sample-workspace/newsdesk.toml')\n"
        "print(p)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    assert str(tmp_path / "editor" / "_resources") in out.stdout
