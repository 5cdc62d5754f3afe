"""Who acts on the command line: the settings' name, else the login name (as the lock
module says it); the ini parser and the lock module load only when needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.commands import _user
from editor.model.lock import current_user

REPO = Path(__file__).resolve().parents[2]


def test_no_settings_file_means_the_login_name(tmp_path, monkeypatch):
    monkeypatch.setenv(_user.SETTINGS_ENV, str(tmp_path / "missing.ini"))
    assert _user.acting_user(None) == current_user()
    assert _user.acting_user("  Jana  ") == "Jana"


def test_settings_name_wins(tmp_path, monkeypatch):
    ini = tmp_path / "Newsdesk.ini"
    monkeypatch.setenv(_user.SETTINGS_ENV, str(ini))
    ini.write_text("[preferences]\nuser_name=Jörg Müller\n", "utf-8")
    assert _user.acting_user(None) == "Jörg Müller"


def test_no_ini_parser_without_a_settings_file(tmp_path):
    probe = ("import sys; from editor.commands import _user; print(_user.acting_user('X')); "
             "print(_user.acting_user(None)); print('configparser' in sys.modules)")
    env = {"PATH": "/usr/bin:/bin", "NEWSDESK_SETTINGS": str(tmp_path / "none.ini"),
           "USER": "probe-user", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-P", "-c", probe], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "X" and lines[1]
    assert lines[2] == "False"
