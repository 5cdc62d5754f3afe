"""UI language: builds .qm files from the committed .ts into a cache folder, installs them.

Installing a translator makes Qt send LanguageChange to every widget, whose
``retranslate`` then relabels it: switching languages needs no restart.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor import resources

LANGUAGES = ("de", "en")
_installed: list[QTranslator] = []


def resolve(setting: str) -> str:
    """'system', 'de' or 'en' -> the language to show ('en' when the system has neither)."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Newsdesk", "Newsdesk")) / "translations"


def _lrelease() -> str | None:
    import PySide6

    candidates = [Path(PySide6.__file__).parent / "lrelease",
                  Path(sys.executable).parent / "pyside6-lrelease"]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(language: str, target: Path | None = None) -> Path | None:
    """The .qm for ``language``, rebuilt when missing or older than its .ts."""
    try:
        ts = resources.path(f"translations/newsdesk_{language}.ts")
    except FileNotFoundError:
        return None
    folder = target or cache_dir()
    qm = folder / f"newsdesk_{language}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return qm if qm.is_file() else None


def install(setting: str) -> str:
    """Switch the UI to the language of ``setting``; returns the language used."""
    app = QCoreApplication.instance()
    language = resolve(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_dir):
            _installed.append(qt)
    ours = QTranslator(app)
    qm = compiled(language)
    if qm is not None and ours.load(str(qm)):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return language
